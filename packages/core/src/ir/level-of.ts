import type { PathwayNode } from './types.js';

/**
 * The process level a node belongs to: the id of its sub-process or call activity, `pool:<process>`
 * for the top level of a pool other than the first, or `root`.
 */
export function levelOf(node: Pick<PathwayNode, 'parent' | 'pool'>): string {
  return node.parent ?? (node.pool ? `pool:${node.pool}` : 'root');
}
