import { daysLeft, dueDates, type Deadline } from '@polku/core';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from './format-date.js';
import { formatDuration } from './format-duration.js';
import type { GuideView } from './guide-view.js';

/** The day a deadline started and "today", both `YYYY-MM-DD` in Finland. */
export interface DeadlineDays {
  start: string;
  today: string;
}

/**
 * One statutory deadline in a line: its rule ("7 arkipäivää (LSL 26 § 5 mom.)"), its dates
 * counted from the day the step became active ("viimeistään 11.3.2026"; the target and the
 * statutory last day when they differ) and how much time is left against the clock. A rule
 * the engine cannot count keeps its words and loses only the dates.
 */
export function renderDeadline(deadline: Deadline, days: DeadlineDays | undefined, view: Pick<GuideView, 's' | 'lang' | 'text'>): TemplateResult {
  const { s, lang } = view;
  const name = view.text(deadline.name);
  const rule = [formatDuration(deadline, s), deadline.firstDayCounts ? s.firstDayCounts : undefined].filter(Boolean).join(', ');
  const due = days ? countDeadline(deadline, days) : undefined;
  return html`<li part="deadline" class="deadline">
    ${name ? html`<strong lang=${name.lang ?? nothing}>${name.text}</strong>: ` : nothing}${rule}${deadline.basis
      ? html` <span class="basis">(${deadline.basis})</span>`
      : nothing}${due
      ? html` — <span class="due">${s.dueBy(formatDate(due.target, lang), due.latest === due.target ? undefined : formatDate(due.latest, lang))}</span>
          <span class="left ${due.status.late ? 'late' : ''}" part="deadline-status">${status(due.status, deadline.counting, view)}</span>`
      : nothing}
  </li>`;
}

interface Status {
  /** Days to the target, or, once it has passed, to the statutory last day. */
  left: number;
  pastTarget: boolean;
  late: boolean;
}

function countDeadline(deadline: Deadline, days: DeadlineDays): { target: string; latest: string; status: Status } | undefined {
  try {
    const { target, latest } = dueDates(deadline, days.start);
    const toTarget = daysLeft(target, days.today, deadline.counting);
    if (toTarget >= 0) return { target, latest, status: { left: toTarget, pastTarget: false, late: false } };
    const toLatest = daysLeft(latest, days.today, deadline.counting);
    return { target, latest, status: { left: toLatest, pastTarget: true, late: toLatest < 0 } };
  } catch {
    // The compiler reports deadlines the engine cannot count; a hand-made pathway shows the rule only.
    return undefined;
  }
}

function status({ left, pastTarget, late }: Status, counting: Deadline['counting'], { s }: Pick<GuideView, 's'>): string {
  if (late) return s.overdue(-left, counting);
  return pastTarget ? s.pastTarget(s.daysLeft(left, counting)) : s.daysLeft(left, counting);
}
