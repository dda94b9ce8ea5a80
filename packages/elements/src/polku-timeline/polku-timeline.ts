import type { Texts, Walkthrough } from '@polku/core';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { GuideLink, type GuideChange } from '../_internal/guide-link.js';
import { pickText } from '../_internal/pick-text.js';
import { renderDeadlinesRunning, renderStepsTaken, type TimelineView } from '../_internal/render-timeline.js';
import { strings, uiLangOf, type UiLang } from '../_internal/strings.js';
import { timelineStrings } from '../_internal/timeline-strings.js';
import { styles } from './polku-timeline.styles.js';

/** Re-render at least this often while deadlines are shown, so "today" stays today. */
const REFRESH_MS = 60 * 60 * 1000;

/**
 * What a walkthrough has been so far and what is running now: the steps the worker took (when,
 * what, and the answer chosen or the values recorded) as an ordered list, and the statutory
 * deadlines of the steps open now, each with its due date and the days left, counted the way
 * the law counts them (working days skip weekends and Finnish public holidays; calendar limits
 * that end on a holiday move to the next working day).
 *
 * Give it a walkthrough in one of two ways: set `walkthrough` (what `createWalkthrough` from
 * `@polku/core` returns, or `guide.walkthrough`), or name a `<polku-guide>` on the page with
 * `for="guide-id"`, and it follows that guide step by step, also when the guide resumes a
 * saved walkthrough or starts over. The interface speaks Finnish, Swedish or English after
 * `lang` (default Finnish). "Today" comes from `clock`, else the linked guide's clock, else
 * the real time. It shows nothing until there is a walkthrough.
 *
 * @summary The steps taken and the deadlines running in one walkthrough.
 *
 * @csspart base - The wrapper of everything.
 * @csspart heading - "Aikajana".
 * @csspart started - When the walkthrough started.
 * @csspart steps - The ordered list of steps taken.
 * @csspart step - One step taken.
 * @csspart answer - What came of a step: the answer, the values recorded, or the event confirmed.
 * @csspart deadlines - The list of deadlines running, by step.
 * @csspart deadline - One deadline.
 * @csspart deadline-status - Days left, or how late.
 *
 * @cssproperty --polku-accent - Markers of the steps. Default `#1c5ca3`.
 * @cssproperty --polku-accent-strong - Days left. Default `#12406f`.
 * @cssproperty --polku-text - Body text. Default `#1b2631`.
 * @cssproperty --polku-muted - Times and secondary text. Default `#4a5564`.
 * @cssproperty --polku-surface-muted - Background of the deadlines. Default `#f2f4f7`.
 * @cssproperty --polku-border - The line between the steps. Default `#c7ced6`.
 * @cssproperty --polku-danger - Late deadlines. Default `#b0261c`.
 * @cssproperty --polku-danger-soft - Background of a late deadline. Default `#fbe9e7`.
 * @cssproperty --polku-radius - Corner radius. Default `4px`.
 *
 * @example
 * <polku-guide id="guide" src="/models/koulupolku.bpmn"></polku-guide>
 * <polku-timeline for="guide"></polku-timeline>
 */
export class PolkuTimeline extends LitElement {
  static override styles = styles;

  static override properties = {
    walkthrough: { attribute: false },
    for: { type: String, reflect: true },
    clock: { attribute: false },
    names: { attribute: false },
  };

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** The walkthrough to show; when set it wins over `for`. */
  declare walkthrough: Walkthrough | undefined;
  /** The id of a `<polku-guide>` in the same document (or shadow root) whose walkthrough to show. */
  declare for: string | undefined;
  /** Where "today" comes from for days left; read on every render. Default: the linked guide's clock, else the real time. */
  declare clock: (() => Date) | undefined;
  /** Names of elements the pathway no longer has, as a saved walkthrough remembers them (`record.names`). */
  declare names: Record<string, Texts> | undefined;

  private readonly link = new GuideLink(this, () => this.for, (change) => this.onGuide(change));
  private linked: Walkthrough | undefined;
  private subscribed: { walk: Walkthrough; stop: () => void } | undefined;
  private refresh: ReturnType<typeof setTimeout> | undefined;

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.refresh);
    this.subscribed?.stop();
    this.subscribed = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page: follow the walkthrough again (a `for` guide is looked up by the link).
    this.follow();
  }

  /** The walkthrough shown now: the property, else the linked guide's. */
  private get shown(): Walkthrough | undefined {
    return this.walkthrough ?? this.linked;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('for')) this.link.refresh();
    if (changed.has('walkthrough')) this.follow();
  }

  protected override updated(): void {
    clearTimeout(this.refresh);
    if (this.isConnected && this.shown && !this.shown.done) this.refresh = setTimeout(() => this.requestUpdate(), REFRESH_MS);
  }

  private onGuide(change: GuideChange): void {
    this.linked = change.guide?.walkthrough;
    this.follow();
    this.requestUpdate();
  }

  /** Subscribes to the walkthrough shown, so steps taken from code show too. */
  private follow(): void {
    const walk = this.shown;
    if (this.subscribed?.walk === walk || !this.isConnected) return;
    this.subscribed?.stop();
    this.subscribed = walk ? { walk, stop: walk.subscribe(() => this.requestUpdate()) } : undefined;
  }

  private get uiLang(): UiLang {
    return uiLangOf(this.getAttribute('lang'));
  }

  /** The clock's time: this element's clock, else the linked guide's, else the real time. A broken clock falls back to the real time. */
  private now(): Date {
    try {
      const value = (this.clock ?? this.link.guide?.clock)?.();
      if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
    } catch {
      // A broken clock must not hide the timeline; the real time is the best guess.
    }
    return new Date();
  }

  override render(): TemplateResult | typeof nothing {
    const walk = this.shown;
    if (!walk) return nothing;
    const lang = this.uiLang;
    const view: TimelineView = {
      s: strings[lang],
      t: timelineStrings[lang],
      lang,
      now: this.now(),
      names: this.names,
      text: (texts) => pickText(texts, lang, walk.pathway.lang ?? 'fi'),
    };
    const { t } = view;
    const current = walk.snapshot.pathwayHash === walk.pathway.hash;
    return html`<section class="timeline" part="base" lang=${lang} aria-labelledby="heading">
      <h2 id="heading" class="heading" part="heading">${t.heading}</h2>
      <section class="part" aria-labelledby="steps-heading">
        <h3 id="steps-heading">${t.stepsHeading}</h3>
        ${renderStepsTaken(walk.pathway, walk.snapshot, view)}
      </section>
      <section class="part" aria-labelledby="deadlines-heading">
        <h3 id="deadlines-heading">${t.deadlinesHeading}</h3>
        ${current ? renderDeadlinesRunning(walk, view) : html`<p class="empty">${t.staleDeadlines}</p>`}
      </section>
    </section>`;
  }
}

if (!customElements.get('polku-timeline')) customElements.define('polku-timeline', PolkuTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'polku-timeline': PolkuTimeline;
  }
}
