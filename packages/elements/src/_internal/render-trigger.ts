import type { AvailableTrigger, Trigger } from '@polku/core';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatTime } from './format-date.js';
import { formatDuration } from './format-duration.js';
import type { GuideView } from './guide-view.js';
import { helsinkiDate } from './helsinki-date.js';
import { poolOf } from './pool-of.js';

/**
 * Where a trigger is shown: the one action of a waiting stage (`main`), one of the
 * alternatives of an event-based gateway, a boundary event on a step's card, which either
 * stops the step (`interrupt`) or starts something beside it (`also`), or the start event of
 * a pool in a collaboration that waits for it (`pool-start`).
 */
export type TriggerPlace = 'main' | 'alternative' | 'interrupt' | 'also' | 'pool-start';

/**
 * One thing the worker can confirm has happened: what it is ("Odotetaan: Lausunto saapui",
 * "Odotetaan 14 päivää — erääntyy 16.3.2026") and a real button for it. A timer's button is
 * disabled until the walkthrough's clock reaches its due time, since the runtime would refuse it.
 */
export function renderTrigger(trigger: AvailableTrigger, place: TriggerPlace, view: GuideView): TemplateResult {
  const { s } = view;
  const node = view.walk.pathway.nodes[trigger.elementId];
  const name = view.text(node?.name) ?? { text: s.triggerFallback[trigger.kind], lang: undefined };
  const notYet = trigger.kind === 'timer' && trigger.due !== undefined && view.now.getTime() < Date.parse(trigger.due);
  const due = trigger.due ? dueText(trigger.due, notYet, view) : undefined;
  const named = html`<span lang=${name.lang ?? nothing}>${name.text}</span>`;
  let line: unknown = nothing;
  if (place === 'pool-start') {
    const pool = node ? poolOf(view.walk.pathway, node) : undefined;
    const poolName = (pool && view.text(pool.name)) ?? { text: pool?.id ?? '', lang: undefined };
    line = html`<span lang=${poolName.lang ?? nothing}>${poolName.text}</span> ${s.poolStartsWhen} ${named}${due ? ` — ${s.dueOn(due)}` : ''}`;
  } else if (place === 'interrupt' || place === 'also') {
    line = html`${place === 'interrupt' ? s.interruptIf : s.alsoIf} ${named}${due ? ` — ${s.dueOn(due)}` : ''}`;
  } else if (trigger.kind === 'timer') {
    line = html`${s.timerWait(timerDuration(node?.trigger, view))}${due ? ` — ${s.dueOn(due)}` : ''}`;
  } else if (place === 'alternative') {
    line = html`${s.waitingFor} ${named}`;
  }
  const textId = `trigger-${trigger.elementId}`;
  const secondary = place === 'interrupt' || place === 'also' || place === 'pool-start';
  return html`<div class="trigger ${place}" part="trigger" data-trigger-id=${trigger.elementId}>
    ${line === nothing ? nothing : html`<p class="trigger-text" id=${textId}>${line}</p>`}
    <button
      type="button"
      class=${place === 'main' ? 'primary' : secondary ? 'secondary' : 'answer'}
      part="trigger-button"
      ?disabled=${notYet}
      aria-describedby=${line === nothing ? nothing : textId}
      @click=${() => view.onTrigger(trigger.elementId)}
    >
      ${s.triggerButton[trigger.kind]}
    </button>
  </div>`;
}

/** The due date in Finland; on the due day itself, also the time, so a disabled button makes sense. */
function dueText(due: string, notYet: boolean, view: GuideView): string | undefined {
  const day = helsinkiDate(due);
  if (!day) return undefined;
  const date = formatDate(day, view.lang);
  return notYet && day === helsinkiDate(view.now) ? `${date} ${view.s.atTime(formatTime(new Date(due), view.lang))}` : date;
}

/** How long a duration or cycle timer waits, in words; a date timer has only its due date. */
function timerDuration(trigger: Trigger | undefined, view: GuideView): string | undefined {
  const timer = trigger?.timer;
  if (!timer || timer.type === 'date') return undefined;
  const value = timer.value.replace(/^=\s*/, '').trim();
  const duration = timer.type === 'cycle' ? value.split('/').find((part) => part.startsWith('P')) : value;
  return duration ? formatDuration({ duration, counting: 'elapsed' }, view.s) : undefined;
}
