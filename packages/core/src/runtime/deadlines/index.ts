/**
 * The statutory deadline engine: Finnish working days and the due dates of `polku:deadline`s.
 * Dates are `YYYY-MM-DD` strings in Finnish civil time; nothing here reads the clock, so the
 * caller passes "today". Bad input throws a `PolkuError` with code `invalid-deadline`.
 */
export { daysLeft, deadlineProblem, dueDates } from './count-deadline.js';
export type { DeadlineRule, DueDates } from './count-deadline.js';
export { finnishDayKind, finnishHolidays } from './finnish-calendar.js';
export type { FinnishDayKind, FinnishHoliday, FinnishHolidayId, FinnishHolidayKind } from './finnish-calendar.js';
