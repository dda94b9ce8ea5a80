import type { NodeRole, Pathway } from '@polku/core';

/**
 * The roles a worker meets as stages; `pass` nodes (merges, forks, start events, system tasks)
 * move on by themselves and are left out, except boundary events, which the worker confirms.
 */
const STAGE_ROLES: ReadonlySet<NodeRole> = new Set(['step', 'decision', 'wait', 'scope', 'end']);

/**
 * The stages of a pathway in flow order, for the list beside the diagram: every element comes
 * after the elements that lead to it, loops aside, and one branch of a decision is listed to
 * its end before the next branch starts. Elements of a sub-process follow the sub-process,
 * boundary events follow their activity, other pools follow the messages that start them,
 * and anything unreachable comes last in model order.
 */
export function stageOrder(pathway: Pathway): string[] {
  const edges = edgesOf(pathway);
  const ids = Object.keys(pathway.nodes);
  const roots = [pathway.start, ...(pathway.pools ?? []).map((pool) => pool.start), ...ids];
  const { preorder, backEdges } = depthFirst(roots, edges);
  const rank = (id: string) => preorder.get(id) ?? Number.MAX_SAFE_INTEGER;

  // Kahn's algorithm without the loops' back edges, taking the earliest-found ready element first.
  const waiting = new Map<string, number>(ids.map((id) => [id, 0]));
  for (const [from, targets] of edges) for (const to of targets) if (!backEdges.has(`${from}\u0000${to}`)) waiting.set(to, (waiting.get(to) ?? 0) + 1);
  const ready = ids.filter((id) => waiting.get(id) === 0);
  const order: string[] = [];
  while (ready.length > 0) {
    let best = 0;
    for (let index = 1; index < ready.length; index++) if (rank(ready[index]!) < rank(ready[best]!)) best = index;
    const id = ready.splice(best, 1)[0]!;
    order.push(id);
    for (const to of edges.get(id) ?? []) {
      if (backEdges.has(`${id}\u0000${to}`)) continue;
      const left = (waiting.get(to) ?? 1) - 1;
      waiting.set(to, left);
      if (left === 0) ready.push(to);
    }
  }
  return order.filter((id) => STAGE_ROLES.has(pathway.nodes[id]!.role) || pathway.nodes[id]!.type === 'boundaryEvent');
}

/** What leads to what: sequence flows, a sub-process to its start, an activity to its boundary events, message flows. */
function edgesOf(pathway: Pathway): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  const add = (from: string | undefined, to: string | undefined) => {
    if (!from || !to || from === to || !pathway.nodes[from] || !pathway.nodes[to]) return;
    const targets = edges.get(from);
    if (targets) targets.push(to);
    else edges.set(from, [to]);
  };
  for (const node of Object.values(pathway.nodes)) {
    add(node.id, node.start);
    add(node.attachedTo, node.id);
    // An event sub-process, or a start event that no flow reaches, belongs after its scope.
    if (node.incoming.length === 0 && !node.attachedTo) add(node.parent, node.id);
    for (const flowId of node.outgoing) add(node.id, pathway.flows[flowId]?.target);
  }
  for (const message of Object.values(pathway.messages ?? {})) add(message.source, message.target);
  return edges;
}

/**
 * Visits from each root in turn without recursion (a chain of thousands of elements must not
 * overflow the stack), numbering elements in the order found and noting the edges that go back
 * to an element still open: the loops.
 */
function depthFirst(roots: readonly string[], edges: Map<string, string[]>): { preorder: Map<string, number>; backEdges: Set<string> } {
  const preorder = new Map<string, number>();
  const open = new Set<string>();
  const backEdges = new Set<string>();
  for (const root of roots) {
    if (preorder.has(root)) continue;
    preorder.set(root, preorder.size);
    open.add(root);
    const stack: [string, number][] = [[root, 0]];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const [id, next] = top;
      const targets = edges.get(id) ?? [];
      if (next >= targets.length) {
        open.delete(id);
        stack.pop();
        continue;
      }
      top[1] = next + 1;
      const to = targets[next]!;
      if (open.has(to)) backEdges.add(`${id}\u0000${to}`);
      else if (!preorder.has(to)) {
        preorder.set(to, preorder.size);
        open.add(to);
        stack.push([to, 0]);
      }
    }
  }
  return { preorder, backEdges };
}
