import type { Pathway, PathwayNode } from '@polku/core';

// `@polku/core` does not export its `PathwayPool` type (yet); this is the same shape.
type PathwayPool = NonNullable<Pathway['pools']>[number];

/**
 * The pool of a collaboration that `node` belongs to: the one whose process is `node.pool`,
 * or the first (main) pool for the elements that carry no `pool`. Undefined when the pathway
 * is a single process.
 */
export function poolOf(pathway: Pathway, node: PathwayNode): PathwayPool | undefined {
  const pools = pathway.pools;
  if (!pools || pools.length === 0) return undefined;
  return node.pool ? pools.find((pool) => pool.process === node.pool) : pools[0];
}

/** True when `node` is a step of a pool other than the main one, whose card then names that pool. */
export function inOtherPool(pathway: Pathway, node: PathwayNode): boolean {
  const pool = poolOf(pathway, node);
  return pool !== undefined && pool !== pathway.pools?.[0];
}

/** True when `elementId` is the start event of a pool: a pool that waits for the message (or signal) that starts it. */
export function isPoolStart(pathway: Pathway, elementId: string): boolean {
  return pathway.pools?.some((pool) => pool.start === elementId) ?? false;
}
