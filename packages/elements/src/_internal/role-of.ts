import type { PathwayNode, Walkthrough } from '@polku/core';
import type { GuideView } from './guide-view.js';
import type { PickedText } from './pick-text.js';
import { inOtherPool, poolOf } from './pool-of.js';

/**
 * Who does a step: its lane, else the lane of the nearest sub-process or call activity around
 * it that has one, else in a collaboration the pool it sits in ("Tekijä: Koulu"). The main
 * pool's process often carries the pathway's own name; as a role that would say nothing, so
 * it is left out.
 */
export function roleOf(node: PathwayNode, view: { walk: Pick<Walkthrough, 'pathway'>; text: GuideView['text'] }): PickedText | undefined {
  const pathway = view.walk.pathway;
  for (let current: PathwayNode | undefined = node; current; current = current.parent ? pathway.nodes[current.parent] : undefined) {
    const lane = current.lane ? pathway.lanes.find((candidate) => candidate.id === current!.lane) : undefined;
    const laneName = lane && view.text(lane.name);
    if (laneName) return laneName;
  }
  const pool = poolOf(pathway, node);
  const poolName = pool && view.text(pool.name);
  if (!poolName || poolName.text === view.text(pathway.name)?.text) return undefined;
  return poolName;
}

/** The name of the pool a step of another pool than the main one sits in, for its card and announcement. */
export function otherPoolName(node: PathwayNode, view: Pick<GuideView, 'walk' | 'text'>): PickedText | undefined {
  const pathway = view.walk.pathway;
  if (!inOtherPool(pathway, node)) return undefined;
  const pool = poolOf(pathway, node)!;
  return view.text(pool.name) ?? { text: pool.id, lang: undefined };
}
