import { eventElement, type FieldValue, type Pathway, type StepEvent, type Texts, type Walkthrough, type WalkthroughSnapshot } from '@polku/core';
import { html, nothing, type TemplateResult } from 'lit';
import { activationDate } from './activation-date.js';
import { formatDate, formatTime } from './format-date.js';
import { helsinkiDate } from './helsinki-date.js';
import { pickText, type PickedText } from './pick-text.js';
import { renderDeadline } from './render-deadline.js';
import type { UiLang, UiStrings } from './strings.js';
import type { TimelineStrings } from './timeline-strings.js';

/** What the timeline's render helpers need for one render. */
export interface TimelineView {
  s: UiStrings;
  t: TimelineStrings;
  lang: UiLang;
  /** "Today" for days left, read once per render. */
  now: Date;
  /** A model text in the interface language, or the fallback marked with its language. */
  text(texts: Texts | undefined): PickedText | undefined;
  /** Names kept from when the walkthrough was saved, for elements the pathway no longer has. */
  names?: Record<string, Texts> | undefined;
}

/** A moment as the worker reads it: "2.3.2026 klo 11.00", in Finnish time. */
export function formatMoment(at: string, view: Pick<TimelineView, 's' | 'lang'>): string {
  const day = helsinkiDate(at);
  if (!day) return at;
  return `${formatDate(day, view.lang)} ${view.s.atTime(formatTime(new Date(at), view.lang))}`;
}

/**
 * The steps the worker took, oldest first, as an ordered list: when, what (the task,
 * decision or awaited event), and the answer chosen or the values recorded. Elements the
 * pathway no longer has keep the name they had when saved, marked as gone.
 */
export function renderStepsTaken(pathway: Pathway, snapshot: WalkthroughSnapshot, view: TimelineView): TemplateResult {
  const { t } = view;
  const started = snapshot.context.startedAt;
  return html`${started ? html`<p class="started" part="started">${t.started(formatMoment(started, view))}</p>` : nothing}
    ${snapshot.events.length === 0
      ? html`<p class="empty">${t.noSteps}</p>`
      : html`<ol class="steps" part="steps">
          ${snapshot.events.map((event) => renderStep(pathway, event, view))}
        </ol>`}`;
}

function renderStep(pathway: Pathway, event: StepEvent, view: TimelineView): TemplateResult {
  const id = eventElement(event);
  const what = nameOf(pathway.nodes[id]?.name, id, pathway, view);
  const gone = !pathway.nodes[id];
  return html`<li class="step" part="step" data-element-id=${id}>
    ${event.at ? html`<time class="when" datetime=${event.at}>${formatMoment(event.at, view)}</time>` : nothing}
    <span class="what" lang=${what.lang ?? nothing}>${what.text}</span>${gone ? html` <span class="gone">${view.t.gone}</span>` : nothing}
    <span class="answer" part="answer">${outcomeOf(pathway, event, view)}</span>
  </li>`;
}

/** What came of a step: the answer(s), the values recorded, or what the worker confirmed. */
function outcomeOf(pathway: Pathway, event: StepEvent, view: TimelineView): TemplateResult | string {
  const { t } = view;
  switch (event.type) {
    case 'polku.choose':
    case 'polku.include': {
      const flows = event.type === 'polku.choose' ? [event.flowId] : event.flows;
      const answers = flows.map((flowId) => nameOf(pathway.flows[flowId]?.name, flowId, pathway, view));
      return html`${t.answer}: ${answers.map((answer, index) => html`${index > 0 ? ', ' : ''}<span lang=${answer.lang ?? nothing}>${answer.text}</span>`)}`;
    }
    case 'polku.complete': {
      const node = pathway.nodes[event.elementId];
      const values = Object.entries(event.values ?? {}).filter(([, value]) => value !== null && value !== '');
      if (values.length === 0) return t.markedDone;
      return html`${t.recorded}: ${values.map(([key, value], index) => {
        const field = node?.fields.find((candidate) => candidate.key === key);
        const name = (field && view.text(field.name)) ?? { text: key, lang: undefined };
        return html`${index > 0 ? '; ' : ''}<span lang=${name.lang ?? nothing}>${name.text}</span> ${formatValue(value, field?.type, view)}`;
      })}`;
    }
    default:
      return t.trigger[event.type];
  }
}

function formatValue(value: FieldValue, type: string | undefined, { s, lang }: Pick<TimelineView, 's' | 'lang'>): string {
  if (typeof value === 'boolean') return value ? s.yes : s.no;
  if (Array.isArray(value)) return value.join(', ');
  if (type === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, lang);
  return String(value);
}

/** The name of an element or answer: from the pathway, else as it was saved, else its id. */
function nameOf(texts: Texts | undefined, id: string, pathway: Pathway, view: TimelineView): PickedText {
  return view.text(texts) ?? pickText(view.names?.[id], view.lang, pathway.lang ?? 'fi') ?? { text: id, lang: undefined };
}

/**
 * The statutory deadlines running now, grouped by the step they belong to: each counted from
 * the day its step became active, with its due dates and the days left against `now`, the
 * way the law counts them (working days skip weekends and Finnish public holidays).
 */
export function renderDeadlinesRunning(walk: Walkthrough, view: TimelineView): TemplateResult {
  const { t } = view;
  if (walk.done) return html`<p class="empty">${t.finished}</p>`;
  const today = helsinkiDate(view.now)!;
  const running = walk.active.map((id) => walk.pathway.nodes[id]).filter((node) => node !== undefined && node.deadlines.length > 0);
  if (running.length === 0) return html`<p class="empty">${t.noDeadlines}</p>`;
  return html`<ul class="deadline-groups" part="deadlines" role="list">
    ${running.map((node) => {
      const start = activationDate(walk, node!.id, view.now);
      const name = view.text(node!.name) ?? { text: node!.id, lang: undefined };
      return html`<li class="deadline-group" data-element-id=${node!.id}>
        <span class="group-name" lang=${name.lang ?? nothing}>${name.text}</span>
        <span class="from">(${t.countedFrom(formatDate(start, view.lang))})</span>
        <ul class="deadline-list" role="list">
          ${node!.deadlines.map((deadline) => renderDeadline(deadline, { start, today }, view))}
        </ul>
      </li>`;
    })}
  </ul>`;
}
