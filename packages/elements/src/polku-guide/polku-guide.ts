import { createWalkthrough, eventElement, isPolkuError, type Field, type FieldValue, type Pathway, type PathwayNode, type Walkthrough } from '@polku/core';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import { isPathway, loadSource } from '../_internal/load-source.js';
import { readField } from '../_internal/read-field.js';
import { describeFailure, renderFailure, type Failure } from '../_internal/render-failure.js';
import { pickText, type PickedText } from '../_internal/pick-text.js';
import { renderFacts } from '../_internal/render-facts.js';
import { renderMarkdown } from '../_internal/render-markdown.js';
import { strings, uiLangOf, type UiLang, type UiStrings } from '../_internal/strings.js';
import { PolkuLoadEvent, PolkuStepEvent, type PolkuStepKind } from '../events.js';
import { styles } from './polku-guide.styles.js';

type Status = 'empty' | 'loading' | 'ready' | 'error';
interface Invalid {
  elementId: string;
  keys: string[];
}

/**
 * Walks a social worker through a Polku pathway one stage at a time: what to do, who does it,
 * the deadlines and sections of law, and the answers of each decision.
 *
 * Give it a model with `src` (a `.bpmn` file or a compiled pathway `.json`, told apart by
 * content) or set `pathway` to a compiled pathway. The interface speaks Finnish, Swedish or
 * English after its `lang` attribute (default Finnish); the model's texts follow the same
 * language and fall back to the model's own. Bad input never throws into the page: the
 * element shows what went wrong and logs it once.
 *
 * @summary A guided, step-by-step walkthrough of one pathway.
 *
 * @event polku-load - {@link PolkuLoadEvent}: a pathway is loaded and its first stage shown.
 * @event polku-step - {@link PolkuStepEvent}: the worker completed a step, answered, went back or started over.
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - Title, about and progress.
 * @csspart title - The pathway's name.
 * @csspart progress - Progress text and bar.
 * @csspart progress-bar - The `<progress>` element.
 * @csspart back-button - "Back".
 * @csspart stage - The active stage (one card, or a list of parallel cards).
 * @csspart card - One step, decision or end.
 * @csspart stage-heading - The heading that receives focus after each step.
 * @csspart role - Who does the step (its lane).
 * @csspart guidance - Guidance text.
 * @csspart facts - Deadlines and legal references.
 * @csspart deadline - One deadline.
 * @csspart legal-link - One legal reference.
 * @csspart field - One input of a step.
 * @csspart done-button - "Done" of a step.
 * @csspart answers - The answers of a decision.
 * @csspart answer - One answer button.
 * @csspart restart-button - "Start over" at the end.
 * @csspart error - The error shown instead of a pathway.
 *
 * @cssproperty --polku-accent - Buttons, links and progress. Default `#1c5ca3`.
 * @cssproperty --polku-accent-strong - Hover and pressed buttons. Default `#12406f`.
 * @cssproperty --polku-text - Body text. Default `#1b2631`.
 * @cssproperty --polku-muted - Secondary text. Default `#4a5564`.
 * @cssproperty --polku-surface - Card background. Default `#ffffff`.
 * @cssproperty --polku-surface-muted - Page-tone background of the header. Default `#f2f4f7`.
 * @cssproperty --polku-border - Card borders. Default `#c7ced6`.
 * @cssproperty --polku-focus - Focus ring. Default `#12406f`.
 * @cssproperty --polku-danger - Errors. Default `#b0261c`.
 * @cssproperty --polku-radius - Corner radius. Default `4px`.
 *
 * @example
 * <script type="module" src="polku-elements.js"></script>
 * <polku-guide src="/models/koulupolku.bpmn" lang="sv"></polku-guide>
 */
export class PolkuGuide extends LitElement {
  static override styles = styles;

  static override properties = {
    src: { type: String },
    pathway: { attribute: false },
    status: { state: true },
    failure: { state: true },
    announcement: { state: true },
    invalid: { state: true },
  };

  // `lang` stays the element's own global attribute; it is observed here, not shadowed by a property.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** URL of a BPMN model (`.bpmn`) or a compiled pathway (`.json`), relative to the page. */
  declare src: string | undefined;
  /** The compiled pathway to walk; set it directly, or let `src` load it. */
  declare pathway: Pathway | undefined;
  declare private status: Status;
  declare private failure: Failure | undefined;
  declare private announcement: string;
  declare private invalid: Invalid | undefined;

  private walk: Walkthrough | undefined;
  private loading: AbortController | undefined;
  private pendingLoad: Pathway | undefined;
  private pendingFocus: 'stage' | 'invalid' | undefined;

  constructor() {
    super();
    this.status = 'empty';
    this.announcement = '';
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  private get uiLang(): UiLang {
    return uiLangOf(this.getAttribute('lang'));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) this.loadFrom(this.src);
    if (changed.has('pathway')) this.begin(this.pathway);
  }

  protected override updated(): void {
    if (this.pendingLoad) {
      const pathway = this.pendingLoad;
      this.pendingLoad = undefined;
      this.dispatchEvent(new PolkuLoadEvent(pathway));
    }
    if (this.pendingFocus) {
      const selector = this.pendingFocus === 'stage' ? '[data-stage-heading]' : '[aria-invalid="true"]';
      this.pendingFocus = undefined;
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
    }
  }

  private loadFrom(src: string | undefined): void {
    this.loading?.abort();
    if (!src) return;
    const controller = new AbortController();
    this.loading = controller;
    this.status = 'loading';
    this.failure = undefined;
    loadSource(src, controller.signal).then(
      (result) => {
        if (controller.signal.aborted) return;
        if ('pathway' in result) this.pathway = result.pathway;
        else this.fail(result.failure);
      },
      (error: unknown) => {
        if (!controller.signal.aborted) this.fail({ kind: 'runtime', message: messageOf(error) });
      },
    );
  }

  /** Starts a fresh walkthrough of `pathway`; false (and an error shown) when it cannot be walked. */
  private begin(pathway: Pathway | undefined): boolean {
    this.walk = undefined;
    this.invalid = undefined;
    if (!pathway) {
      if (this.status === 'ready') this.status = 'empty';
      return false;
    }
    if (!isPathway(pathway)) {
      this.fail({ kind: 'runtime', message: 'the pathway is not a compiled Polku pathway (format "polku-pathway", version 1).' });
      return false;
    }
    try {
      this.walk = createWalkthrough(pathway);
    } catch (error) {
      this.fail({ kind: 'runtime', message: messageOf(error) });
      return false;
    }
    this.walk.subscribe(() => this.requestUpdate());
    this.status = 'ready';
    this.failure = undefined;
    this.announcement = '';
    this.pendingLoad = pathway;
    return true;
  }

  private fail(failure: Failure): void {
    this.status = 'error';
    this.failure = failure;
    console.error(`<polku-guide>: ${describeFailure(failure)}`, this);
  }

  /** Runs one user action, then announces the new stage, moves focus to it and fires `polku-step`. */
  private act(elementId: string, kind: PolkuStepKind, run: (walk: Walkthrough) => void, flowId?: string): void {
    const walk = this.walk;
    if (!walk) return;
    try {
      run(walk);
    } catch (error) {
      // A step that is no longer active (a double press) leaves the walkthrough as it was.
      if (isPolkuError(error)) console.error(error.message, this);
      else this.fail({ kind: 'runtime', message: messageOf(error) });
      return;
    }
    this.invalid = undefined;
    this.announcement = this.describeStage(this.walk ?? walk, strings[this.uiLang]);
    this.pendingFocus = 'stage';
    this.requestUpdate();
    this.dispatchEvent(new PolkuStepEvent(elementId, kind, flowId));
  }

  private onSubmit(event: SubmitEvent, node: PathwayNode): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const values: Record<string, FieldValue> = {};
    const missing: string[] = [];
    for (const field of node.fields) {
      values[field.key] = readField(form, field);
      if (field.required && values[field.key] === null) missing.push(field.key);
    }
    if (missing.length > 0) {
      this.invalid = { elementId: node.id, keys: missing };
      this.pendingFocus = 'invalid';
      return;
    }
    this.act(node.id, 'complete', (walk) => walk.complete(node.id, node.fields.length > 0 ? values : undefined));
  }

  private onChoose(node: PathwayNode, flowId: string): void {
    this.act(node.id, 'choose', (walk) => walk.choose(node.id, flowId), flowId);
  }

  private onBack(): void {
    const last = this.walk?.snapshot.events.at(-1);
    if (!last) return;
    this.act(eventElement(last), 'back', (walk) => walk.back());
  }

  private onRestart(): void {
    const pathway = this.pathway;
    if (!pathway) return;
    this.act(pathway.start, 'restart', () => {
      this.begin(pathway);
      this.pendingLoad = undefined;
    });
  }

  private text(texts: PathwayNode['name'] | undefined): PickedText | undefined {
    return pickText(texts, this.uiLang, this.pathway?.lang ?? 'fi');
  }

  private nameOf(node: PathwayNode): PickedText {
    return this.text(node.name) ?? { text: node.id, lang: undefined };
  }

  private describeStage(walk: Walkthrough, s: UiStrings): string {
    if (walk.done) return s.announceEnd(this.endName(walk, s).text);
    const names = walk.active.map((id) => this.nameOf(walk.pathway.nodes[id]!).text).join(', ');
    return s.announceStage(walk.progress.taken + 1, names);
  }

  private endNode(walk: Walkthrough): PathwayNode | undefined {
    const ends = walk.trace().filter((id) => walk.pathway.nodes[id]?.role === 'end');
    return ends.length > 0 ? walk.pathway.nodes[ends.at(-1)!] : undefined;
  }

  private endName(walk: Walkthrough, s: UiStrings): PickedText {
    const node = this.endNode(walk);
    return (node && this.text(node.name)) ?? { text: s.endFallback, lang: undefined };
  }

  override render(): TemplateResult | typeof nothing {
    const s = strings[this.uiLang];
    if (this.status === 'empty') return nothing;
    return html`<section class="guide" part="base" lang=${this.uiLang} aria-labelledby="title">
      ${this.status === 'error' && this.failure ? renderFailure(this.failure, s) : nothing}
      ${this.status === 'loading' ? html`<h2 id="title" class="title">${s.guideLabel}</h2><p class="loading">${s.loading}</p>` : nothing}
      ${this.status === 'ready' && this.walk ? this.renderWalk(this.walk, s) : nothing}
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </section>`;
  }

  private renderWalk(walk: Walkthrough, s: UiStrings): TemplateResult {
    const pathway = walk.pathway;
    const title = this.text(pathway.name);
    const about = this.text(pathway.guidance);
    const { taken, remaining, ratio } = walk.progress;
    const percent = Math.round(ratio * 100);
    const active = walk.active.map((id) => pathway.nodes[id]).filter((node): node is PathwayNode => node !== undefined);
    let stage: unknown;
    if (walk.done) stage = this.renderEnd(walk, s);
    // Keyed by element id, so a new step never inherits the previous step's typed values.
    else if (active.length === 1) stage = keyed(active[0]!.id, this.renderCard(active[0]!, 3, s));
    else {
      stage = html`<h3 class="group-heading" part="stage-heading" tabindex="-1" data-stage-heading>${s.parallel(active.length)}</h3>
        <ul class="cards" role="list">
          ${repeat(active, (node) => node.id, (node) => html`<li>${this.renderCard(node, 4, s)}</li>`)}
        </ul>`;
    }
    return html`<header class="header" part="header">
        <h2 id="title" class="title" part="title" lang=${title?.lang ?? nothing}>${title?.text ?? s.guideLabel}</h2>
        ${about
          ? html`<details class="about" part="about">
              <summary>${s.about}</summary>
              <div class="guidance" lang=${about.lang ?? nothing}>${renderMarkdown(about.text, s.opensInNewTab)}</div>
            </details>`
          : nothing}
        <div class="progress" part="progress">
          <p id="progress-text" class="progress-text">${walk.done ? s.progressDone(taken) : s.progress(taken + 1, remaining)}</p>
          <progress part="progress-bar" max="100" .value=${percent} aria-label=${s.progressLabel} aria-describedby="progress-text">${percent} %</progress>
        </div>
      </header>
      <div class="toolbar">
        <button type="button" class="back" part="back-button" ?disabled=${taken === 0} @click=${this.onBack}>
          <span class="arrow" aria-hidden="true">←</span> ${s.back}
        </button>
      </div>
      <div class="stage" part="stage">${stage}</div>`;
  }

  private renderCard(node: PathwayNode, level: 3 | 4, s: UiStrings): TemplateResult {
    const name = this.nameOf(node);
    const headingId = `heading-${node.id}`;
    const lane = node.lane ? this.walk?.pathway.lanes.find((candidate) => candidate.id === node.lane) : undefined;
    const laneName = lane && this.text(lane.name);
    const guidance = this.text(node.guidance);
    const heading =
      level === 3
        ? html`<h3 id=${headingId} class="card-heading" part="stage-heading" tabindex="-1" data-stage-heading lang=${name.lang ?? nothing}>${name.text}</h3>`
        : html`<h4 id=${headingId} class="card-heading" lang=${name.lang ?? nothing}>${name.text}</h4>`;
    return html`<article class="card ${node.role}" part="card" aria-labelledby=${headingId} data-element-id=${node.id}>
      ${heading}
      ${laneName
        ? html`<p class="role" part="role">${s.role}: <span lang=${laneName.lang ?? nothing}>${laneName.text}</span></p>`
        : nothing}
      ${guidance
        ? html`<div class="guidance" part="guidance" lang=${guidance.lang ?? nothing}>${renderMarkdown(guidance.text, s.opensInNewTab)}</div>`
        : nothing}
      ${renderFacts(node, (texts) => this.text(texts), s)}
      ${node.role === 'decision' ? this.renderAnswers(node, headingId) : this.renderTaskForm(node, headingId, s)}
    </article>`;
  }

  private renderAnswers(node: PathwayNode, headingId: string): TemplateResult {
    const pathway = this.walk!.pathway;
    return html`<div class="answers" part="answers" role="group" aria-labelledby=${headingId}>
      ${node.outgoing.map((flowId) => {
        const flow = pathway.flows[flowId];
        const target = flow ? pathway.nodes[flow.target] : undefined;
        const label = (flow && this.text(flow.name)) ?? (target && this.text(target.name)) ?? { text: flowId, lang: undefined };
        return html`<button type="button" class="answer" part="answer" lang=${label.lang ?? nothing} @click=${() => this.onChoose(node, flowId)}>
          ${label.text}
        </button>`;
      })}
    </div>`;
  }

  private renderTaskForm(node: PathwayNode, headingId: string, s: UiStrings): TemplateResult {
    return html`<form class="task-form" novalidate @submit=${(event: SubmitEvent) => this.onSubmit(event, node)}>
      ${node.fields.length > 0 ? html`<div class="fields">${node.fields.map((field) => this.renderField(node, field, s))}</div>` : nothing}
      <div class="actions">
        <button type="submit" class="primary" part="done-button" aria-describedby=${headingId}>${s.done}</button>
      </div>
    </form>`;
  }

  private renderField(node: PathwayNode, field: Field, s: UiStrings): TemplateResult {
    const id = `field-${node.id}-${field.key}`;
    const errorId = `${id}-error`;
    const invalid = this.invalid?.elementId === node.id && this.invalid.keys.includes(field.key);
    const label = this.text(field.name) ?? { text: field.key, lang: undefined };
    const labelText = html`<span lang=${label.lang ?? nothing}>${label.text}</span>${field.required
        ? html` <span class="required">${s.required}</span>`
        : nothing}`;
    const error = invalid ? html`<p class="field-error" id=${errorId}>${s.fieldRequired}</p>` : nothing;
    if (field.type === 'boolean') {
      return html`<fieldset class="field choice-field" part="field" aria-describedby=${invalid ? errorId : nothing}>
        <legend>${labelText}</legend>
        ${error}
        <div class="choices">
          ${[
            ['true', s.yes],
            ['false', s.no],
          ].map(
            ([value, text], index) => html`<label class="choice">
              <input type="radio" name=${field.key} value=${value!} ?required=${field.required} aria-invalid=${invalid && index === 0 ? 'true' : nothing} />
              ${text}
            </label>`,
          )}
        </div>
      </fieldset>`;
    }
    const type = field.type === 'date' ? 'date' : field.type === 'number' ? 'number' : 'text';
    return html`<div class="field" part="field">
      <label for=${id}>${labelText}</label>
      ${error}
      <input
        id=${id}
        name=${field.key}
        type=${type}
        autocomplete="off"
        ?required=${field.required}
        aria-invalid=${invalid ? 'true' : nothing}
        aria-describedby=${invalid ? errorId : nothing}
      />
    </div>`;
  }

  private renderEnd(walk: Walkthrough, s: UiStrings): TemplateResult {
    const end = this.endNode(walk);
    const name = this.endName(walk, s);
    const guidance = end && this.text(end.guidance);
    return html`<article class="card end" part="card" aria-labelledby="heading-end" data-element-id=${end?.id ?? nothing}>
      <h3 id="heading-end" class="card-heading" part="stage-heading" tabindex="-1" data-stage-heading lang=${name.lang ?? nothing}>${name.text}</h3>
      ${guidance
        ? html`<div class="guidance" part="guidance" lang=${guidance.lang ?? nothing}>${renderMarkdown(guidance.text, s.opensInNewTab)}</div>`
        : nothing}
      <p class="end-text">${s.endText}</p>
      <div class="actions">
        <button type="button" class="primary" part="restart-button" @click=${this.onRestart}>${s.restart}</button>
      </div>
    </article>`;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

if (!customElements.get('polku-guide')) customElements.define('polku-guide', PolkuGuide);

declare global {
  interface HTMLElementTagNameMap {
    'polku-guide': PolkuGuide;
  }
}
