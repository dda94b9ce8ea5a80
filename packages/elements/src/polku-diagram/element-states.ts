import type { Pathway, PathwayNode, Walkthrough } from '@polku/core';

/** Where an element stands in a walkthrough: passed, open now, or one of those that may open next. */
export type ElementState = 'done' | 'active' | 'next';

/** What {@link elementStates} reads of a walkthrough, once each. */
export type WalkState = Pick<Walkthrough, 'pathway' | 'active' | 'triggers' | 'trace'>;

/**
 * The state of each element and flow a walkthrough has reached, keyed by BPMN id:
 * - `active`: the steps, decisions and waits open now, and the sub-processes around them;
 * - `next`: what one step can open — the targets of their outgoing flows, passing through
 *   merges, forks and other elements that move on by themselves — with those flows, and the
 *   events the worker can confirm now that are not open themselves (boundary events, the
 *   alternatives of an event-based gateway);
 * - `done`: every other element entered so far, and the flows between two of them.
 * An element both done and possible again (a loop) is `next`; active wins over both.
 */
export function elementStates(walk: WalkState): Map<string, ElementState> {
  const { pathway } = walk;
  const states = new Map<string, ElementState>();
  const active = walk.active;
  for (const id of active) {
    for (let current: PathwayNode | undefined = pathway.nodes[id]; current; current = current.parent ? pathway.nodes[current.parent] : undefined) states.set(current.id, 'active');
  }
  const mark = (id: string) => {
    if (!states.has(id)) states.set(id, 'next');
  };
  for (const id of active) markNext(pathway, id, mark);
  for (const trigger of walk.triggers) mark(trigger.elementId);
  const entered = new Set(walk.trace());
  for (const id of entered) if (!states.has(id)) states.set(id, 'done');
  for (const flow of Object.values(pathway.flows)) {
    if (!states.has(flow.id) && entered.has(flow.source) && entered.has(flow.target) && states.get(flow.source) !== 'active') states.set(flow.id, 'done');
  }
  return states;
}

/** Marks what the outgoing flows of `id` lead to, through the elements that do not wait for the worker. */
function markNext(pathway: Pathway, id: string, mark: (id: string) => void): void {
  const seen = new Set<string>([id]);
  const queue = [...(pathway.nodes[id]?.outgoing ?? [])];
  while (queue.length > 0) {
    const flow = pathway.flows[queue.shift()!];
    if (!flow) continue;
    mark(flow.id);
    const target = pathway.nodes[flow.target];
    if (!target || seen.has(target.id)) continue;
    seen.add(target.id);
    mark(target.id);
    if (target.role === 'pass') queue.push(...target.outgoing);
  }
}
