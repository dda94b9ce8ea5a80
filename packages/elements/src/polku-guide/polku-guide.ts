import { createWalkthrough, eventElement, isPolkuError, type ConditionEvaluator, type FieldValue, type Pathway, type PathwayNode, type Walkthrough, type WalkthroughSnapshot } from '@polku/core';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { describeProblem } from '../_internal/describe-problem.js';
import { describeStage } from '../_internal/describe-stage.js';
import type { GuideView, Invalid, StepProblem } from '../_internal/guide-view.js';
import { isPathway, loadSource } from '../_internal/load-source.js';
import { loadEvaluator } from '../_internal/load-evaluator.js';
import { pickText, type PickedText } from '../_internal/pick-text.js';
import { readField } from '../_internal/read-field.js';
import { describeFailure, renderFailure, type Failure } from '../_internal/render-failure.js';
import { renderHeader } from '../_internal/render-header.js';
import { renderStage } from '../_internal/render-stage.js';
import { strings, uiLangOf, type UiLang, type UiStrings } from '../_internal/strings.js';
import { PolkuLoadEvent, PolkuStepEvent, type PolkuStepKind } from '../events.js';
import { styles } from './polku-guide.styles.js';

type Status = 'empty' | 'loading' | 'ready' | 'error';

/** Re-render at least this often while the stage shows times (deadlines, timers), so "today" stays today. */
const REFRESH_MS = 60 * 60 * 1000;

/**
 * Walks a social worker through a Polku pathway one stage at a time: what to do, who does it,
 * the deadlines (with their dates) and sections of law, the answers of each decision, and the
 * timers, messages and signals a waiting stage waits for.
 *
 * Give it a model with `src` (a `.bpmn` file or a compiled pathway `.json`, told apart by
 * content) or set `pathway` to a compiled pathway. The interface speaks Finnish, Swedish or
 * English after its `lang` attribute (default Finnish); the model's texts follow the same
 * language and fall back to the model's own. A pathway whose gateways are decided by FEEL
 * conditions loads the evaluator on demand. Bad input never throws into the page: the
 * element shows what went wrong and logs it once.
 *
 * @summary A guided, step-by-step walkthrough of one pathway.
 *
 * @event polku-load - {@link PolkuLoadEvent}: a pathway is loaded and its first stage shown.
 * @event polku-step - {@link PolkuStepEvent}: the worker completed a step, answered, confirmed an event, went back or started over.
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - Title, about and progress.
 * @csspart title - The pathway's name.
 * @csspart progress - Progress text and bar.
 * @csspart progress-bar - The `<progress>` element.
 * @csspart back-button - "Back".
 * @csspart stage - The active stage (one card, or a list of parallel cards).
 * @csspart card - One step, decision, waiting stage or end.
 * @csspart scope-path - The sub-processes around a stage ("Valmistelu ›").
 * @csspart stage-heading - The heading that receives focus after each step.
 * @csspart pool - Whose step it is, on a step of another pool than the main one in a collaboration.
 * @csspart round - The round of a looping step ("Kierros 2/3").
 * @csspart role - Who does the step (its lane, or its pool when it has none).
 * @csspart guidance - Guidance text.
 * @csspart facts - Deadlines and legal references.
 * @csspart deadline - One deadline.
 * @csspart deadline-status - Days left, or how late.
 * @csspart legal-link - One legal reference.
 * @csspart field - One input of a step.
 * @csspart done-button - "Done" of a step.
 * @csspart answers - The answers of a decision (a fieldset of checkboxes for an inclusive one).
 * @csspart answer - One answer: a button, or a checkbox with its label.
 * @csspart continue-button - "Continue" of an inclusive decision.
 * @csspart alternatives - The events an event-based gateway waits for.
 * @csspart trigger - One event the worker can confirm: what it is and its button.
 * @csspart trigger-button - "Mark as received", "Time is up", "Mark as happened".
 * @csspart boundaries - Boundary events of a step, as secondary actions.
 * @csspart pool-starts - The pools of a collaboration waiting for the message that starts them.
 * @csspart problem - Why the last action was not taken (e.g. no flow fits the values).
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
 * @cssproperty --polku-danger - Errors and late deadlines. Default `#b0261c`.
 * @cssproperty --polku-danger-soft - Background of a late deadline and of a problem note. Default `#fbe9e7`.
 * @cssproperty --polku-wait - Edge of a waiting stage's card. Default `#8a5300`.
 * @cssproperty --polku-radius - Corner radius. Default `4px`.
 *
 * @example
 * <script type="module" src="/polku/polku.js"></script>
 * <polku-guide src="/models/koulupolku.bpmn" lang="sv"></polku-guide>
 */
export class PolkuGuide extends LitElement {
  static override styles = styles;

  static override properties = {
    src: { type: String },
    pathway: { attribute: false },
    snapshot: { attribute: false },
    clock: { attribute: false },
    status: { state: true },
    failure: { state: true },
    announcement: { state: true },
    invalid: { state: true },
    problem: { state: true },
  };

  // `lang` stays the element's own global attribute; it is observed here, not shadowed by a property.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** URL of a BPMN model (`.bpmn`) or a compiled pathway (`.json`), relative to the page. */
  declare src: string | undefined;
  /** The compiled pathway to walk; set it directly, or let `src` load it. */
  declare pathway: Pathway | undefined;
  /**
   * A saved walkthrough to resume instead of starting from the beginning (what
   * `<polku-walkthroughs>` sets, or a snapshot a page kept itself). It applies to the pathway
   * it names: one of another pathway is ignored, and one of another version of this pathway is
   * an error, so migrate it first with `migrateSnapshot`. Setting it restarts the guide from it
   * and fires `polku-load`; when a walkthrough was already shown, focus moves to the resumed
   * stage. "Start over" still starts from the beginning. The running walkthrough is `walkthrough`.
   */
  declare snapshot: WalkthroughSnapshot | undefined;
  /**
   * Where "now" comes from: stamps each step, decides when a timer may be confirmed, and is
   * "today" for the days left of a deadline. Default: the real time. Set it to preview a later
   * day ("what if it is the 30th day") or to make tests exact; it is read on every use.
   */
  declare clock: (() => Date) | undefined;
  declare private status: Status;
  declare private failure: Failure | undefined;
  declare private announcement: string;
  declare private invalid: Invalid | undefined;
  declare private problem: StepProblem | undefined;

  private walk: Walkthrough | undefined;
  private evaluator: ConditionEvaluator | undefined;
  private loading: AbortController | undefined;
  private pendingLoad: Pathway | undefined;
  private pendingFocus: 'stage' | 'invalid' | undefined;
  private refresh: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.status = 'empty';
    this.announcement = '';
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.refresh);
  }

  /**
   * The running walkthrough, for views that follow it (`<polku-diagram for="…">`); undefined
   * until a pathway is loaded. Starting over replaces it: read it again after `polku-load`
   * and after a `polku-step` of kind `restart`. Step it through the guide, not from outside.
   */
  get walkthrough(): Walkthrough | undefined {
    return this.walk;
  }

  private get uiLang(): UiLang {
    return uiLangOf(this.getAttribute('lang'));
  }

  /** The clock's time; a clock that throws or returns no valid date falls back to the real time. */
  private now(): Date {
    try {
      const value = this.clock?.();
      if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
    } catch {
      // A broken clock must not stop the walkthrough; the real time is the best guess.
    }
    return new Date();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) this.loadFrom(this.src);
    if (changed.has('pathway')) this.begin(this.pathway, this.snapshot);
    else if (changed.has('snapshot')) {
      const shown = this.status === 'ready';
      if (this.begin(this.pathway, this.snapshot) && shown) this.pendingFocus = 'stage';
    }
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
    this.scheduleRefresh();
  }

  /** Re-renders when a timer falls due, and hourly while times are shown, so buttons and days left follow the clock. */
  private scheduleRefresh(): void {
    clearTimeout(this.refresh);
    const walk = this.walk;
    if (!walk || walk.done || !this.isConnected) return;
    const now = this.now().getTime();
    const dues = walk.triggers.map((trigger) => (trigger.due ? Date.parse(trigger.due) - now : NaN)).filter((delay) => delay > 0);
    const timed = dues.length > 0 || walk.active.some((id) => (walk.pathway.nodes[id]?.deadlines.length ?? 0) > 0);
    if (timed) this.refresh = setTimeout(() => this.requestUpdate(), Math.min(REFRESH_MS, ...dues.map((delay) => delay + 1000)));
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

  /**
   * Starts a walkthrough of `pathway`, resumed `from` a saved snapshot of it when given, else
   * fresh; false (and an error shown) when it cannot be walked. A conditional pathway first
   * loads the FEEL evaluator and starts when it is here.
   */
  private begin(pathway: Pathway | undefined, from?: WalkthroughSnapshot): boolean {
    this.walk = undefined;
    this.invalid = undefined;
    this.problem = undefined;
    if (!pathway) {
      if (this.status === 'ready') this.status = 'empty';
      return false;
    }
    if (!isPathway(pathway)) {
      this.fail({ kind: 'runtime', message: 'the pathway is not a compiled Polku pathway (format "polku-pathway", version 1).' });
      return false;
    }
    if (pathway.conditional && !this.evaluator) {
      this.status = 'loading';
      loadEvaluator().then(
        (evaluator) => {
          this.evaluator = evaluator;
          if (this.pathway === pathway) this.begin(pathway, from);
        },
        (error: unknown) => {
          if (this.pathway === pathway) this.fail({ kind: 'runtime', message: `the FEEL evaluator could not be loaded: ${messageOf(error)}` });
        },
      );
      return false;
    }
    try {
      const snapshot = from?.pathwayId === pathway.id ? from : undefined;
      this.walk = createWalkthrough(pathway, { clock: () => this.now(), ...(snapshot ? { snapshot } : {}), ...(pathway.conditional ? { evaluate: this.evaluator } : {}) });
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
  private act(elementId: string, kind: PolkuStepKind, run: (walk: Walkthrough) => void, flow?: string | string[]): void {
    const walk = this.walk;
    if (!walk) return;
    const s = strings[this.uiLang];
    const triggers = walk.triggers;
    try {
      run(walk);
    } catch (error) {
      if (!isPolkuError(error)) {
        this.fail({ kind: 'runtime', message: messageOf(error) });
        return;
      }
      // The walkthrough stays where it was. A worker's problem is said next to the step; the
      // rest (a double press on a step no longer active) is only logged.
      const message = describeProblem(error, { walk, s, lang: this.uiLang, text: (texts) => this.text(texts) }, triggers);
      if (error.code !== 'timer-not-due') console.error(error.message, this);
      if (message) {
        this.problem = { elementId, message };
        this.announcement = this.announcement === message ? `${message}\u00a0` : message;
      }
      return;
    }
    this.invalid = undefined;
    this.problem = undefined;
    this.announcement = describeStage(this.walk ?? walk, { s, walk: this.walk ?? walk, text: (texts) => this.text(texts) });
    this.pendingFocus = 'stage';
    this.requestUpdate();
    this.dispatchEvent(new PolkuStepEvent(elementId, kind, flow));
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
      this.problem = undefined;
      this.pendingFocus = 'invalid';
      return;
    }
    this.act(node.id, 'complete', (walk) => walk.complete(node.id, node.fields.length > 0 ? values : undefined));
  }

  private onChoose(node: PathwayNode, flowId: string): void {
    this.act(node.id, 'choose', (walk) => walk.choose(node.id, flowId), flowId);
  }

  /** An inclusive decision: the ticked answers, in model order; none ticked keeps it open and says so. */
  private onInclude(event: SubmitEvent, node: PathwayNode): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const ticked = new Set([...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')].map((input) => input.value));
    const flowIds = node.outgoing.filter((flowId) => ticked.has(flowId));
    if (flowIds.length === 0) {
      this.invalid = { elementId: node.id, keys: [] };
      this.problem = undefined;
      this.pendingFocus = 'invalid';
      return;
    }
    this.act(node.id, 'choose', (walk) => walk.choose(node.id, flowIds), flowIds);
  }

  private onTrigger(elementId: string): void {
    this.act(elementId, 'trigger', (walk) => walk.trigger(elementId));
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

  /** What the render helpers see of this element for one render. */
  private view(walk: Walkthrough, s: UiStrings): GuideView {
    return {
      walk,
      s,
      lang: this.uiLang,
      now: this.now(),
      triggers: walk.triggers,
      invalid: this.invalid,
      problem: this.problem,
      text: (texts) => this.text(texts),
      onSubmit: (event, node) => this.onSubmit(event, node),
      onChoose: (node, flowId) => this.onChoose(node, flowId),
      onInclude: (event, node) => this.onInclude(event, node),
      onTrigger: (elementId) => this.onTrigger(elementId),
    };
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
    const view = this.view(walk, s);
    return html`${renderHeader(walk, view, () => this.onBack())}
      <div class="stage" part="stage">${renderStage(view, () => this.onRestart())}</div>`;
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
