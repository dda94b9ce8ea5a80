import type { Walkthrough } from '@polku/core';

/** The round of a looping activity now running: `round` counts from 1; `total` is -1 when its loop condition decides. */
export interface Round {
  round: number;
  total: number;
}

/** The round `elementId` (a multi-instance or standard-loop activity) is in, or undefined when it does not loop. */
export function roundOf(walk: Walkthrough, elementId: string): Round | undefined {
  const rounds = walk.snapshot.context.rounds[elementId];
  if (!rounds) return undefined;
  // `done` counts finished rounds, so the one open now is the next; a loop never shows past its total.
  const round = rounds.total > 0 ? Math.min(rounds.done + 1, rounds.total) : rounds.done + 1;
  return { round, total: rounds.total };
}
