import type { Walkthrough } from '@polku/core';
import { helsinkiDate } from './helsinki-date.js';

/**
 * The Finnish civil date (`YYYY-MM-DD`) on which `elementId` last became active: the time of
 * its last trace entry; for the first stage, which the start enters without a step, the
 * walkthrough's start; failing both, `now`. Deadlines count from this day (LSL 26 §).
 */
export function activationDate(walk: Walkthrough, elementId: string, now: Date): string {
  const entered = walk.history().findLast((entry) => entry.elementId === elementId)?.at ?? walk.snapshot.context.startedAt;
  return (entered && helsinkiDate(entered)) ?? helsinkiDate(now)!;
}
