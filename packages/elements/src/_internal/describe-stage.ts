import type { PathwayNode, Walkthrough } from '@polku/core';
import type { GuideView } from './guide-view.js';
import { endName } from './render-end.js';
import { scopesOf } from './render-scope-path.js';
import { otherPoolName } from './role-of.js';
import { roundOf } from './round-of.js';
import { stageTitle } from './stage-title.js';

/**
 * The live-region announcement after a step: the stage number and the headings of what is
 * open now, each with its round when it loops, the pool when it is another participant's step,
 * and the sub-processes around it (with their rounds), or the end reached.
 */
export function describeStage(walk: Walkthrough, view: Pick<GuideView, 's' | 'text' | 'walk'>): string {
  const { s } = view;
  if (walk.done) return s.announceEnd(endName(walk, view).text);
  const names = walk.active
    .map((id) => walk.pathway.nodes[id])
    .filter((node) => node !== undefined)
    .map((node) => {
      const extras = extrasOf(node, walk, view);
      return `${stageTitle(node, view).text}${extras.length > 0 ? ` (${extras.join('; ')})` : ''}`;
    })
    .join(', ');
  return s.announceStage(walk.progress.taken + 1, names);
}

/** "kierros 1/2", "toimija: Koulu", "osana: Tapaamiset, kierros 1/2": what a sighted worker sees around the heading. */
function extrasOf(node: PathwayNode, walk: Walkthrough, view: Pick<GuideView, 's' | 'text' | 'walk'>): string[] {
  const { s } = view;
  const extras: string[] = [];
  const round = roundOf(walk, node.id);
  if (round) extras.push(s.roundInline(round.round, round.total));
  const pool = otherPoolName(node, view);
  if (pool) extras.push(s.announcePool(pool.text));
  const scopes = scopesOf(node, view).map(({ name, round: inRound }) => (inRound ? `${name.text}, ${s.roundInline(inRound.round, inRound.total)}` : name.text));
  if (scopes.length > 0) extras.push(s.announceScope(scopes.join(' › ')));
  return extras;
}
