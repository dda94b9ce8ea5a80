import type { Deadline } from '../../ir/types.js';
import { LAST_DAY, addMonths, formatDate, invalidDeadline, parseDate, type DayNumber } from './_civil-date.js';
import { dayKindOf } from './finnish-calendar.js';

/** What the engine needs of a deadline; a full IR {@link Deadline} fits. */
export type DeadlineRule = Pick<Deadline, 'duration' | 'counting' | 'firstDayCounts'>;

/** The two dates of one deadline, both `YYYY-MM-DD`. */
export interface DueDates {
  /**
   * The date to show the worker. Working-day limits count May Day, Independence Day,
   * Midsummer Eve and Christmas Eve as working days; calendar limits end on the statutory day
   * even when it is a holiday.
   */
  target: string;
  /**
   * The last lawful date. Working-day limits skip the four ambiguous days; a calendar limit
   * whose last day is a Saturday, Sunday, holiday or one of the four days moves to the next
   * working day (MääräaikaL 5 §). Never before `target`.
   */
  latest: string;
}

interface Duration {
  months: number;
  days: number;
}

const DURATION = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

/**
 * Reads a deadline's duration, or says why the engine cannot count it. Only whole days,
 * weeks, months and years are dates; working days are counted in days only.
 */
function readDuration(rule: DeadlineRule): Duration | string {
  const { duration, counting } = rule;
  if (counting !== 'working-days' && counting !== 'calendar') {
    return `The deadline counting "${String(counting)}" is unknown; use "working-days" or "calendar".`;
  }
  const match = typeof duration === 'string' ? DURATION.exec(duration) : null;
  if (!match) {
    const hint = typeof duration === 'string' && /^P[^T]*T/.test(duration) ? ' Hours and minutes are not date limits.' : '';
    return `The deadline duration "${String(duration)}" is not a whole number of days, weeks, months or years in ISO 8601 (P7D, P2W, P3M, P1Y).${hint}`;
  }
  const [years, months, weeks, days] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number];
  if (counting === 'working-days' && (years > 0 || months > 0 || weeks > 0)) {
    return `The deadline duration "${duration}" counts working days, which are given in days only (P7D).`;
  }
  if (years === 0 && months === 0 && weeks === 0 && days === 0) {
    return `The deadline duration "${duration}" is zero; "immediately" is not a date limit, so say it in the step's guidance.`;
  }
  return { months: years * 12 + months, days: weeks * 7 + days };
}

/**
 * Why the engine cannot count a deadline, or `undefined` when it can. The compiler can call
 * this to report a bad deadline as a diagnostic instead of failing at run time.
 */
export function deadlineProblem(rule: DeadlineRule): string | undefined {
  const duration = readDuration(rule);
  return typeof duration === 'string' ? duration : undefined;
}

function checkedDate(dayNumber: DayNumber): string {
  if (!(dayNumber <= LAST_DAY)) throw invalidDeadline('The deadline ends after the year 9999; check the duration.');
  return formatDate(dayNumber);
}

/** Counts `count` working days after `dayZero`; with `skipAmbiguous` the four days do not count. */
function addWorkingDays(dayZero: DayNumber, count: number, skipAmbiguous: boolean): DayNumber {
  // Each working day takes at least one calendar day: a longer count cannot end by 9999.
  if (count > LAST_DAY - dayZero) return LAST_DAY + 1;
  let day = dayZero;
  for (let counted = 0; counted < count; ) {
    day += 1;
    if (day > LAST_DAY) return day;
    const kind = dayKindOf(day);
    if (kind === 'working' || (kind === 'ambiguous' && !skipAmbiguous)) counted += 1;
  }
  return day;
}

/** MääräaikaL 5 §: the next day that is surely a working day, or `day` itself. */
function nextSureWorkingDay(day: DayNumber): DayNumber {
  let next = day;
  while (next <= LAST_DAY && dayKindOf(next) !== 'working') next += 1;
  return next;
}

/**
 * The due dates of a statutory deadline that starts on `startDate` (`YYYY-MM-DD`, Finnish
 * civil date).
 *
 * - Working days (LSL 26 §): the start day is day 0 and is not counted; day 1 is the next
 *   working day. `target` counts May Day, Independence Day, Midsummer Eve and Christmas Eve
 *   as working days, `latest` skips them.
 * - Calendar months and years end on the same day number, or on the month's last day when it
 *   has none (MääräaikaL 3 §): 30.11.2025 + P3M → 28.2.2026. Weeks and days are added after
 *   months. `latest` moves off a Saturday, Sunday, holiday or one of the four days above to
 *   the next working day (MääräaikaL 5 §).
 * - `firstDayCounts` makes the start day day 1 (LSL 38 § 2 mom.): placed on 10.3.2025, day 30
 *   is 8.4.2025. A calendar limit then ends one day before the same limit counted from the
 *   start day; a working-day limit counts the start day when it is a working day.
 *
 * Throws a `PolkuError` with code `invalid-deadline` when the duration or counting cannot be
 * counted (see {@link deadlineProblem}) or the start date is not a date.
 *
 * @example
 * ```ts
 * dueDates({ duration: 'P7D', counting: 'working-days', firstDayCounts: false }, '2025-04-29');
 * // { target: '2025-05-08', latest: '2025-05-09' } — May Day (Thu 1.5.) counted or skipped
 * dueDates({ duration: 'P3M', counting: 'calendar', firstDayCounts: false }, '2025-11-30');
 * // { target: '2026-02-28', latest: '2026-03-02' } — 28.2.2026 is a Saturday
 * ```
 */
export function dueDates(deadline: DeadlineRule, startDate: string): DueDates {
  const duration = readDuration(deadline);
  if (typeof duration === 'string') throw invalidDeadline(duration);
  const start = parseDate(startDate, 'start date');

  if (deadline.counting === 'working-days') {
    const dayZero = deadline.firstDayCounts ? start - 1 : start;
    return {
      target: checkedDate(addWorkingDays(dayZero, duration.days, false)),
      latest: checkedDate(addWorkingDays(dayZero, duration.days, true)),
    };
  }
  const end = addMonths(start, duration.months) + duration.days - (deadline.firstDayCounts ? 1 : 0);
  const target = checkedDate(end);
  return { target, latest: checkedDate(nextSureWorkingDay(end)) };
}

/** Days in `(from, to]` that count as working days for `daysLeft`. */
function workingDaysBetween(from: DayNumber, to: DayNumber): number {
  let count = 0;
  for (let day = from + 1; day <= to; day += 1) {
    if (dayKindOf(day) !== 'non-working') count += 1;
  }
  return count;
}

/**
 * How many days are left from `today` until `due` (both `YYYY-MM-DD`): 0 on the due day,
 * negative once it has passed. Pass "today" from the walkthrough's clock, so a preview of
 * "what if it is the 30th day" is exact.
 *
 * With `'working-days'` the days after `today` up to and including `due` are counted the way
 * `target` counts them (the four ambiguous days count), so `daysLeft(target, start)` is the
 * deadline's own number. An overdue deadline is at least -1, also when only a weekend has
 * passed since the due day. With `'calendar'` it is the plain difference in days.
 *
 * @example
 * ```ts
 * daysLeft('2025-05-08', '2025-04-29', 'working-days'); // 7
 * daysLeft('2025-04-08', '2025-04-10', 'calendar'); // -2
 * ```
 */
export function daysLeft(due: string, today: string, counting: Deadline['counting']): number {
  if (counting !== 'working-days' && counting !== 'calendar') {
    throw invalidDeadline(`The deadline counting "${String(counting)}" is unknown; use "working-days" or "calendar".`);
  }
  const dueDay = parseDate(due, 'due date');
  const todayDay = parseDate(today, 'date of today');
  if (counting === 'calendar') return dueDay - todayDay;
  if (dueDay >= todayDay) return workingDaysBetween(todayDay, dueDay);
  return -Math.max(1, workingDaysBetween(dueDay, todayDay));
}
