import type { Pathway } from '../ir/types.js';
import { activeElements } from './next-step.js';
import type { WalkthroughSnapshot } from './types.js';

/** How far along a walkthrough is. */
export interface Progress {
  /** Steps the worker has taken (tasks done and decisions answered). */
  taken: number;
  /** Fewest steps still needed to reach an end event (0 when done). An estimate: later answers may lengthen it. */
  remaining: number;
  /** `taken / (taken + remaining)`, 1 when done. */
  ratio: number;
}

const distances = new WeakMap<Pathway, Map<string, number>>();

/**
 * Fewest worker steps from each node to an end event, counting tasks and decisions (the
 * element itself included). Computed once per pathway by relaxing edges backwards from the
 * end events; parallel branches count along the longest open branch.
 */
function stepsToEnd(pathway: Pathway): Map<string, number> {
  let cached = distances.get(pathway);
  if (cached) return cached;
  cached = new Map();
  const cost = (id: string) => (pathway.nodes[id]!.role === 'step' || pathway.nodes[id]!.role === 'decision' ? 1 : 0);
  // Where the token goes next: a sub-process into its start event, the end of a sub-process
  // out along the sub-process's outgoing flow, anything else along its own flows.
  const successors = (id: string): string[] => {
    const node = pathway.nodes[id]!;
    if (node.role === 'scope' && node.start) return [node.start];
    const from = node.role === 'end' && node.parent ? pathway.nodes[node.parent]! : node;
    return from.outgoing.map((flowId) => pathway.flows[flowId]!.target);
  };
  for (const node of Object.values(pathway.nodes)) if (node.role === 'end' && !node.parent) cached.set(node.id, 0);
  let changed = true;
  for (let round = 0; changed && round <= Object.keys(pathway.nodes).length; round++) {
    changed = false;
    for (const node of Object.values(pathway.nodes)) {
      const next = successors(node.id).map((target) => cached.get(target)).filter((value): value is number => value !== undefined);
      if (next.length === 0) continue;
      const best = cost(node.id) + Math.min(...next);
      if (best < (cached.get(node.id) ?? Infinity)) {
        cached.set(node.id, best);
        changed = true;
      }
    }
  }
  distances.set(pathway, cached);
  return cached;
}

/** Steps taken and the shortest estimate of steps left. */
export function progressOf(pathway: Pathway, snapshot: WalkthroughSnapshot): Progress {
  const taken = snapshot.events.length;
  if (snapshot.status === 'done') return { taken, remaining: 0, ratio: 1 };
  const table = stepsToEnd(pathway);
  const remaining = Math.max(0, ...activeElements(snapshot, pathway).map((id) => table.get(id) ?? 0));
  return { taken, remaining, ratio: taken + remaining === 0 ? 0 : taken / (taken + remaining) };
}
