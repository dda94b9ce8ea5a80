import type { Deadline } from '@polku/core';
import type { DurationUnit, UiStrings } from './strings.js';

const PATTERN = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?)?$/;

/**
 * A deadline's ISO 8601 duration in words: `P7D` counted in working days reads
 * "7 arkipäivää", `P3M` "3 kuukautta". Anything it cannot read is shown as written.
 */
export function formatDuration(deadline: Pick<Deadline, 'duration' | 'counting'>, words: UiStrings): string {
  const match = PATTERN.exec(deadline.duration.trim());
  if (!match || match.slice(1).every((part) => part === undefined)) return deadline.duration;
  const [, years, months, weeks, days, hours] = match;
  const dayUnit: DurationUnit = deadline.counting === 'working-days' ? 'working-day' : 'day';
  const parts: [string | undefined, DurationUnit][] = [
    [years, 'year'],
    [months, 'month'],
    [weeks, 'week'],
    [days, dayUnit],
    [hours, 'hour'],
  ];
  return parts
    .filter((part): part is [string, DurationUnit] => part[0] !== undefined)
    .map(([amount, unit]) => words.duration(Number(amount), unit))
    .join(' ');
}
