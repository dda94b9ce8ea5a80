import type { Pathway, PathwayNode } from '@polku/core';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { isPathway, loadSource } from '../_internal/load-source.js';
import { pickText, type PickedText } from '../_internal/pick-text.js';
import { renderFacts } from '../_internal/render-facts.js';
import { describeFailure, renderFailure, type Failure } from '../_internal/render-failure.js';
import { renderGuidance } from '../_internal/render-markdown.js';
import { roleOf } from '../_internal/role-of.js';
import { strings, uiLangOf, type UiLang } from '../_internal/strings.js';
import { nextStages } from './next-stages.js';
import { stageStrings } from './stage-strings.js';
import { styles } from './polku-stage.styles.js';

/**
 * The guidance card of one named stage of a pathway, for a static intranet page that explains
 * one step of a process: its name, who does it, the guidance, the statutory deadlines (as
 * rules: a static page has no walkthrough to count from) and sections of law, a decision's
 * possible answers, and what comes next. Nothing to click through; the page stays a page.
 *
 * Give it a model with `src` (a `.bpmn` file or a compiled pathway `.json`) or the `pathway`
 * property, and the stage with `element` (its BPMN id, as in the modeler). `lang` chooses
 * Finnish (default), Swedish or English; a text the model lacks in that language falls back
 * to the model's own and is marked with its `lang`.
 *
 * @summary One stage of a pathway as a static guidance card.
 *
 * @csspart card - The card.
 * @csspart pathway - The pathway the stage belongs to.
 * @csspart stage-heading - The stage's name.
 * @csspart role - Who does the stage.
 * @csspart guidance - Guidance text.
 * @csspart facts - Deadlines and legal references.
 * @csspart deadline - One deadline.
 * @csspart legal-link - One legal reference.
 * @csspart answers - A decision's possible answers.
 * @csspart next - The stages that can follow.
 * @csspart error - The message shown when the model or the stage cannot be shown.
 *
 * @cssproperty --polku-accent - Links and the card's edge. Default `#1c5ca3`.
 * @cssproperty --polku-text - Body text. Default `#1b2631`.
 * @cssproperty --polku-muted - Secondary text. Default `#4a5564`.
 * @cssproperty --polku-surface - Card background. Default `#ffffff`.
 * @cssproperty --polku-border - Card border. Default `#c7ced6`.
 * @cssproperty --polku-focus - Focus ring. Default `#12406f`.
 * @cssproperty --polku-danger - Errors. Default `#b0261c`.
 * @cssproperty --polku-radius - Corner radius. Default `4px`.
 * @cssproperty --polku-space - Base spacing. Default `1rem`.
 *
 * @example
 * <script type="module" src="/polku/polku.js"></script>
 * <polku-stage src="/polku/models/koulupolku.bpmn" element="Task_StartMeeting" lang="fi"></polku-stage>
 */
export class PolkuStage extends LitElement {
  static override styles = styles;

  static override properties = {
    src: { type: String, reflect: true },
    element: { type: String, reflect: true },
    pathway: { attribute: false },
    failure: { state: true },
    loadingNow: { state: true },
  };

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** URL of a BPMN model (`.bpmn`) or a compiled pathway (`.json`), relative to the page. */
  declare src: string | undefined;
  /** The BPMN id of the stage to show. */
  declare element: string | undefined;
  /** The compiled pathway; set it directly, or let `src` load it. */
  declare pathway: Pathway | undefined;
  declare private failure: Failure | undefined;
  declare private loadingNow: boolean;
  private loading: AbortController | undefined;

  constructor() {
    super();
    this.loadingNow = false;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loading?.abort();
  }

  private get uiLang(): UiLang {
    return uiLangOf(this.getAttribute('lang'));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) this.load(this.src);
    if (changed.has('pathway') && this.pathway !== undefined && !isPathway(this.pathway)) {
      this.failure = { kind: 'format', src: this.src ?? 'pathway' };
    }
  }

  private load(src: string | undefined): void {
    this.loading?.abort();
    if (!src) return;
    const controller = new AbortController();
    this.loading = controller;
    this.loadingNow = true;
    this.failure = undefined;
    loadSource(src, controller.signal).then(
      (result) => {
        if (controller.signal.aborted) return;
        this.loadingNow = false;
        if ('pathway' in result) this.pathway = result.pathway;
        else this.fail(result.failure);
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        this.loadingNow = false;
        this.fail({ kind: 'runtime', message: error instanceof Error ? error.message : String(error) });
      },
    );
  }

  private fail(failure: Failure): void {
    this.failure = failure;
    console.error(`<polku-stage>: ${describeFailure(failure)}`);
  }

  protected override render(): TemplateResult {
    const lang = this.uiLang;
    const s = strings[lang];
    const words = stageStrings[lang];
    if (this.failure) return renderFailure(this.failure, s);
    const pathway = this.pathway;
    if (!pathway) return html`<p class="loading" role="status">${this.loadingNow ? words.loading : nothing}</p>`;
    if (!this.element) return html`<p class="error" part="error" role="alert">${words.noElement}</p>`;
    const node = pathway.nodes[this.element];
    if (!node) return html`<p class="error" part="error" role="alert">${words.missingElement(this.element)}</p>`;
    const text = (texts: PathwayNode['name'] | undefined): PickedText | undefined => pickText(texts, lang, pathway.lang);
    const view = { s, lang, text, walk: { pathway } };
    const name = text(node.name) ?? { text: node.id, lang: undefined };
    const title = text(pathway.name);
    const role = roleOf(node, view);
    const guidance = text(node.guidance);
    const next = nextStages(pathway, node);
    return html`<article class="card" part="card" aria-labelledby="heading">
      ${title ? html`<p class="pathway" part="pathway" lang=${title.lang ?? nothing}>${title.text}</p>` : nothing}
      <h3 id="heading" class="card-heading" part="stage-heading" lang=${name.lang ?? nothing}>${name.text}</h3>
      ${role ? html`<div class="card-meta"><p class="role" part="role">${s.role}: <span lang=${role.lang ?? nothing}>${role.text}</span></p></div>` : nothing}
      ${guidance ? html`<div class="guidance" part="guidance" lang=${guidance.lang ?? nothing}>${renderGuidance(pathway, guidance.text, s.opensInNewTab)}</div>` : nothing}
      ${renderFacts(node, undefined, view)}
      ${node.role === 'decision' ? this.renderAnswers(pathway, node, text, words.answers) : nothing}
      ${next.length > 0 && node.role !== 'decision'
        ? html`<section class="next" part="next" aria-labelledby="next-heading">
            <h4 id="next-heading">${words.next}</h4>
            <ul>
              ${next.map((stage) => {
                const stageName = text(stage.name) ?? { text: stage.role === 'end' ? words.end : stage.id, lang: undefined };
                return html`<li lang=${stageName.lang ?? nothing}>${stageName.text}</li>`;
              })}
            </ul>
          </section>`
        : nothing}
    </article>`;
  }

  private renderAnswers(pathway: Pathway, node: PathwayNode, text: (texts: PathwayNode['name'] | undefined) => PickedText | undefined, heading: string): TemplateResult {
    return html`<section class="answers" part="answers" aria-labelledby="answers-heading">
      <h4 id="answers-heading">${heading}</h4>
      <ul>
        ${node.outgoing.map((flowId) => {
          const answer = text(pathway.flows[flowId]?.name) ?? { text: flowId, lang: undefined };
          return html`<li lang=${answer.lang ?? nothing}>${answer.text}</li>`;
        })}
      </ul>
    </section>`;
  }
}

if (!customElements.get('polku-stage')) customElements.define('polku-stage', PolkuStage);

declare global {
  interface HTMLElementTagNameMap {
    'polku-stage': PolkuStage;
  }
}
