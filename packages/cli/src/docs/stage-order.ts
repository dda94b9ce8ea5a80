import type { Pathway, PathwayNode } from '@polku/core';

/** A stage of the handbook: a node worth a section, and the stages inside it (a sub-process's). */
export interface Stage {
  node: PathwayNode;
  children: Stage[];
}

/** The stages of a pathway in reading order, and the nodes no flow reaches (event sub-processes and the like). */
export interface StageOrder {
  stages: Stage[];
  others: Stage[];
}

/**
 * Orders a pathway's stages for reading: breadth-first from the start event along the
 * sequence flows (a decision's answers in the order the model lists them, each activity's
 * boundary events right after it), then the other pools from their start events. A
 * sub-process's contents are ordered the same way inside it. Merges, forks, joins and gateways
 * decided by data are passed through, not listed; so are the elements of processes a call
 * activity calls from another file, which have their own handbook.
 */
export function stageOrder(pathway: Pathway): StageOrder {
  const nodes = Object.values(pathway.nodes).filter((node) => !node.id.includes('/'));
  const visited = new Set<string>();
  const starts = [pathway.start, ...(pathway.pools ?? []).slice(1).map((pool) => pool.start)];
  const stages = walk(pathway, nodes, starts, undefined, visited);
  const others = nodes
    .filter((node) => node.parent === undefined && !visited.has(node.id) && isStage(node))
    .flatMap((node) => walk(pathway, nodes, [node.id], undefined, visited));
  return { stages, others };
}

/** Whether a node gets its own section: everything but the gateways that only route. */
export function isStage(node: PathwayNode): boolean {
  if (node.type.endsWith('Gateway')) return node.role === 'decision' || node.type === 'eventBasedGateway';
  if (node.type === 'startEvent' || node.type === 'endEvent' || node.role === 'pass') return Object.keys(node.name).length > 0 || Object.keys(node.guidance).length > 0;
  return true;
}

function walk(pathway: Pathway, nodes: PathwayNode[], starts: string[], parent: string | undefined, visited: Set<string>): Stage[] {
  const stages: Stage[] = [];
  const queue = [...starts];
  while (queue.length > 0) {
    const id = queue.shift()!;
    const node = pathway.nodes[id];
    if (!node || visited.has(id) || node.parent !== parent) continue;
    visited.add(id);
    if (isStage(node)) {
      const inner = node.type === 'subProcess' && node.start ? walk(pathway, nodes, [node.start], node.id, visited) : [];
      if (node.type === 'subProcess') {
        // Event sub-processes and other contents no flow reaches, inside this one.
        for (const child of nodes.filter((candidate) => candidate.parent === node.id && !visited.has(candidate.id) && isStage(candidate))) {
          inner.push(...walk(pathway, nodes, [child.id], node.id, visited));
        }
      }
      stages.push({ node, children: inner });
    }
    queue.push(...nodes.filter((candidate) => candidate.attachedTo === id).map((candidate) => candidate.id));
    queue.push(...node.outgoing.map((flowId) => pathway.flows[flowId]?.target).filter((target): target is string => target !== undefined));
  }
  return stages;
}

/**
 * Where a flow leads, as the handbook names it: its target, or through merges, forks and
 * routing gateways the stages behind them (several after a fork).
 */
export function stagesBehind(pathway: Pathway, flowId: string): PathwayNode[] {
  const found: PathwayNode[] = [];
  const seen = new Set<string>();
  const queue = [pathway.flows[flowId]?.target];
  while (queue.length > 0) {
    const id = queue.shift();
    if (id === undefined || seen.has(id)) continue;
    seen.add(id);
    const node = pathway.nodes[id];
    if (!node) continue;
    if (isStage(node)) found.push(node);
    else queue.push(...node.outgoing.map((next) => pathway.flows[next]?.target));
  }
  return found;
}
