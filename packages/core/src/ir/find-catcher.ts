import type { PathwayNode } from './types.js';

/** Where an error or escalation thrown at a node is caught. */
export interface Catcher {
  /** The boundary event, or the event sub-process whose start event catches it. */
  id: string;
  via: 'boundary' | 'eventSubProcess';
  interrupting: boolean;
}

/**
 * The catcher of an error or escalation thrown at `node` (BPMN 2.0 §10.5.4, §10.3.5): going out
 * level by level, first an event sub-process of that level whose start event catches it, then a
 * boundary event on the sub-process or call activity of that level; at each, one that names the
 * code wins over a catch-all. An event sub-process never catches what is thrown inside itself.
 * Undefined when nothing catches it.
 */
export function findCatcher(nodes: Record<string, PathwayNode>, node: PathwayNode, kind: 'error' | 'escalation', ref: string | undefined): Catcher | undefined {
  const all = Object.values(nodes);
  const ancestors = new Set<string>();
  for (let owner = node.parent; owner; owner = nodes[owner]?.parent) ancestors.add(owner);
  const pick = (candidates: PathwayNode[]) =>
    candidates.find((candidate) => ref !== undefined && candidate.catches!.ref === ref) ?? candidates.find((candidate) => candidate.catches!.ref === undefined);
  let level = node.parent;
  for (;;) {
    const starts = all
      .filter((candidate) => candidate.eventSubProcess && candidate.parent === level && (level !== undefined || candidate.pool === node.pool) && !ancestors.has(candidate.id) && candidate.start)
      .map((eventSubProcess) => nodes[eventSubProcess.start!]!)
      .filter((start) => start.catches?.kind === kind);
    const start = pick(starts);
    if (start) return { id: start.parent!, via: 'eventSubProcess', interrupting: start.interrupting !== false };
    if (level === undefined) return undefined;
    const boundary = pick(all.filter((candidate) => candidate.attachedTo === level && candidate.catches?.kind === kind));
    if (boundary) return { id: boundary.id, via: 'boundary', interrupting: boundary.interrupting !== false };
    level = nodes[level]?.parent;
  }
}
