import type { Pathway, PathwayNode } from '@polku/core';

/**
 * The stages that can follow `node`: the first worker-facing elements (steps, decisions,
 * waits, scopes, ends) reached along its outgoing flows, looking through the nameless
 * gateways and events that only route the path. In model order, each once.
 */
export function nextStages(pathway: Pathway, node: PathwayNode): PathwayNode[] {
  const found: PathwayNode[] = [];
  const seen = new Set<string>([node.id]);
  const queue = node.outgoing.map((flowId) => pathway.flows[flowId]?.target).filter((id): id is string => id !== undefined);
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const next = pathway.nodes[id];
    if (!next) continue;
    if (next.role === 'pass' && Object.keys(next.name).length === 0) {
      queue.push(...next.outgoing.map((flowId) => pathway.flows[flowId]?.target).filter((target): target is string => target !== undefined));
    } else {
      found.push(next);
    }
  }
  return found;
}
