import type { Deadline } from '@polku/core';
import type { DurationUnit, UiStrings } from './strings.js';

const PATTERN = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/;

/**
 * An ISO 8601 duration in words: a deadline's `P7D` counted in working days reads
 * "7 arkipäivää", `P3M` "3 kuukautta"; a timer (`counting: 'elapsed'`) waits plain days,
 * "14 päivää". Anything it cannot read is shown as written.
 */
export function formatDuration(deadline: { duration: string; counting: Deadline['counting'] | 'elapsed' }, words: UiStrings): string {
  const match = PATTERN.exec(deadline.duration.trim());
  if (!match || match.slice(1).every((part) => part === undefined)) return deadline.duration;
  const [, years, months, weeks, days, hours, minutes] = match;
  const dayUnit: DurationUnit = deadline.counting === 'working-days' ? 'working-day' : deadline.counting === 'elapsed' ? 'elapsed-day' : 'day';
  const parts: [string | undefined, DurationUnit][] = [
    [years, 'year'],
    [months, 'month'],
    [weeks, 'week'],
    [days, dayUnit],
    [hours, 'hour'],
    [minutes, 'minute'],
  ];
  return parts
    .filter((part): part is [string, DurationUnit] => part[0] !== undefined)
    .map(([amount, unit]) => words.duration(Number(amount), unit))
    .join(' ');
}
