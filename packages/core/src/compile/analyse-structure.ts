import type { PathwayDraft } from '../ir/build-pathway.js';
import { findCatcher } from '../ir/find-catcher.js';
import { levelOf } from '../ir/level-of.js';
import type { PathwayNode } from '../ir/types.js';
import type { Diagnostic } from '../validate/diagnostic.js';

/**
 * A scope is a set of nodes that become sibling states: the process itself, or one branch
 * (region) of a parallel block. A region starts at the target of one outgoing flow of its
 * fork and ends where it reaches the block's join.
 */
export interface Scope {
  /** `root`, the id of the fork's outgoing flow that starts a region, or the sub-process id. */
  id: string;
  kind: 'root' | 'region' | 'subprocess' | 'side';
  /** For a region: the gateway type whose join ends it (parallel or inclusive). */
  joinType?: 'parallelGateway' | 'inclusiveGateway';
  nodes: string[];
  /** For a region: the join gateway whose arrival ends it. */
  join?: string;
}

/** A parallel fork with its regions and matching join. */
export interface ParallelBlock {
  fork: string;
  join: string;
  regions: Scope[];
}

/**
 * Something that starts a path beside a process level's main flow: a non-interrupting
 * boundary event (its path is `scope`) or an event sub-process (its inside is in `subprocesses`).
 */
export interface SideStarter {
  id: string;
  kind: 'boundary' | 'eventSubProcess';
  /** For a boundary event: the nodes of its path. */
  scope?: Scope;
}

/** The block structure of a pathway, or the diagnostics that say why it has none. */
export interface Structure {
  root: Scope;
  /** The top level of every pool but the first, by process id. */
  pools: Map<string, Scope>;
  blocks: Map<string, ParallelBlock>;
  /** The inner scope of each embedded sub-process, by its id. */
  subprocesses: Map<string, Scope>;
  /** Side starters by process level: `root`, or the id of the sub-process or call activity. */
  sides: Map<string, SideStarter[]>;
  diagnostics: Diagnostic[];
}

/**
 * Finds the fork/join blocks of parallel gateways. BPMN allows any graph; XState's parallel
 * states are nested blocks, so a model whose parallel gateways do not pair up (a join merging
 * branches of different forks, a jump into or out of a block, an end event inside one) is
 * refused with `unstructured-parallel` naming the elements, instead of walking differently
 * from what the model says. Loops inside one scope are fine.
 */
export function analyseStructure(draft: PathwayDraft, file?: string, positionOf?: (id: string) => { line?: number; column?: number }): Structure {
  const diagnostics: Diagnostic[] = [];
  const scopeOf = new Map<string, string>();
  const blocks = new Map<string, ParallelBlock>();
  const subprocesses = new Map<string, Scope>();
  const sides = new Map<string, SideStarter[]>();
  const addSide = (level: string, starter: SideStarter) => {
    const starters = sides.get(level);
    if (starters) starters.push(starter);
    else sides.set(level, [starter]);
  };
  const refuse = (elementId: string, message: string) => {
    if (diagnostics.some((diagnostic) => diagnostic.elementId === elementId)) return;
    diagnostics.push({
      severity: 'error',
      code: 'unstructured-parallel',
      message,
      file,
      ...positionOf?.(elementId),
      elementId,
      elementType: elementTypeOf(draft, elementId),
    });
  };
  // Interrupting boundary events continue in their activity's scope; non-interrupting ones
  // start a side path at the activity's process level.
  const nodes = Object.values(draft.nodes);
  const eventSubProcessesOf = new Map<string | undefined, PathwayNode[]>();
  const boundariesOf = new Map<string, string[]>();
  const sideBoundariesOf = new Map<string, string[]>();
  for (const node of nodes) {
    if (node.eventSubProcess) {
      const siblings = eventSubProcessesOf.get(node.parent);
      if (siblings) siblings.push(node);
      else eventSubProcessesOf.set(node.parent, [node]);
    }
    if (!node.attachedTo) continue;
    const table = node.interrupting === false ? sideBoundariesOf : boundariesOf;
    const attached = table.get(node.attachedTo);
    if (attached) attached.push(node.id);
    else table.set(node.attachedTo, [node.id]);
  }
  // An end event that jumps out of its process level (terminate, a caught error or escalation)
  // may sit inside a parallel branch: it does not leave a join waiting.
  const leavesScope = (node: PathwayNode) =>
    node.throws?.kind === 'terminate' ||
    ((node.throws?.kind === 'error' || node.throws?.kind === 'escalation') && findCatcher(draft.nodes, node, node.throws.kind, node.throws.ref)?.interrupting === true);
  const isBlockGateway = (id: string) => draft.nodes[id]!.type === 'parallelGateway' || draft.nodes[id]!.type === 'inclusiveGateway';
  const isFork = (id: string) => isBlockGateway(id) && draft.nodes[id]!.outgoing.length > 1;
  const isJoin = (id: string) => isBlockGateway(id) && draft.nodes[id]!.incoming.length > 1;
  // An inclusive join that is no block's join merges paths of which only one can carry a token
  // (one token per scope outside blocks), so it simply passes the token on (BPMN 2.0 §13.4.3).
  const isMerge = (id: string, scope: Scope) => draft.nodes[id]!.type === 'inclusiveGateway' && scope.joinType !== 'inclusiveGateway';

  // Explores one scope from its entry nodes. Stops at any parallel join and returns the joins reached.
  const explore = (scope: Scope, entries: string[]): Set<string> => {
    const reachedJoins = new Set<string>();
    const stack = entries.toReversed();
    while (stack.length > 0) {
      const id = stack.pop()!;
      const node = draft.nodes[id]!;
      if (isJoin(id) && !isFork(id) && isMerge(id, scope)) {
        // falls through: treated as a merge
      } else if (scope.kind === 'region') {
        if (isJoin(id) && !isFork(id)) {
          reachedJoins.add(id);
          continue;
        }
      } else if (isJoin(id) && !isFork(id) && !blocksWithJoin(blocks, id)) {
        refuse(id, `Parallel join "${id}" waits for branches that no parallel fork started, so the walkthrough would stop here forever; start the branches with a parallel gateway or make this an exclusive gateway.`);
        continue;
      }
      const owner = scopeOf.get(id);
      if (owner !== undefined) {
        if (owner !== scope.id) {
          refuse(id, `"${id}" is reached both inside and outside the parallel block of "${forkOfScope(blocks, owner) ?? forkOfScope(blocks, scope.id) ?? id}"; paths must not jump into or out of a parallel block.`);
        }
        continue;
      }
      scopeOf.set(id, scope.id);
      scope.nodes.push(id);
      if (isFork(id) && isJoin(id)) {
        refuse(id, `Parallel gateway "${id}" both joins and forks; split it into a join followed by a fork.`);
        continue;
      }
      if (node.role === 'end' && scope.kind === 'region' && !leavesScope(node)) {
        refuse(id, `End event "${id}" sits inside a parallel branch, so its join would wait forever; lead the branch to the join and end after it.`);
        continue;
      }
      // Boundary events belong to their activity's scope: their paths leave the activity there.
      for (const boundary of boundariesOf.get(id) ?? []) stack.push(boundary);
      for (const boundary of sideBoundariesOf.get(id) ?? []) {
        const side: Scope = { id: boundary, kind: 'side', nodes: [] };
        addSide(levelOf(node), { id: boundary, kind: 'boundary', scope: side });
        for (const join of explore(side, [boundary])) refuse(join, `Join "${join}" waits for branches that no fork on the path of boundary event "${boundary}" started.`);
      }
      if (node.role === 'scope' && node.start) {
        // An embedded sub-process is one state here; its inside is a scope of its own.
        const inner: Scope = { id, kind: 'subprocess', nodes: [] };
        subprocesses.set(id, inner);
        for (const join of explore(inner, [node.start])) refuse(join, `Parallel join "${join}" waits for branches that no parallel fork in sub-process "${id}" started.`);
        // Event sub-processes of this level run beside its main flow.
        for (const eventSubProcess of eventSubProcessesOf.get(id) ?? []) {
          exploreEventSubProcess(eventSubProcess);
        }
      }
      if (isFork(id)) {
        const join = exploreBlock(id);
        if (!join) continue;
        if (scopeOf.has(join)) continue;
        scopeOf.set(join, scope.id);
        scope.nodes.push(join);
        for (const flowId of draft.nodes[join]!.outgoing.toReversed()) stack.push(draft.flows[flowId]!.target);
        continue;
      }
      for (const flowId of node.outgoing.toReversed()) stack.push(draft.flows[flowId]!.target);
    }
    return reachedJoins;
  };

  const exploreBlock = (fork: string): string | undefined => {
    const regions: Scope[] = [];
    const joins = new Set<string>();
    for (const flowId of draft.nodes[fork]!.outgoing) {
      const region: Scope = { id: flowId, kind: 'region', joinType: draft.nodes[fork]!.type as Scope['joinType'], nodes: [] };
      regions.push(region);
      const target = draft.flows[flowId]!.target;
      for (const join of explore(region, [target])) joins.add(join);
    }
    if (joins.size !== 1) {
      refuse(
        fork,
        joins.size === 0
          ? `The branches of ${kindOf(draft, fork)} fork "${fork}" never meet in a join; add a ${kindOf(draft, fork)} join where they come together.`
          : `The branches of ${kindOf(draft, fork)} fork "${fork}" end in different joins (${[...joins].join(', ')}); each fork needs exactly one matching join.`,
      );
      return undefined;
    }
    const join = [...joins][0]!;
    if (draft.nodes[join]!.type !== draft.nodes[fork]!.type) {
      refuse(join, `The branches of ${kindOf(draft, fork)} fork "${fork}" meet in ${kindOf(draft, join)} join "${join}"; a fork and its join must be of the same kind.`);
      return undefined;
    }
    const inside = new Set(regions.flatMap((region) => region.nodes).concat(fork));
    const strangers = draft.nodes[join]!.incoming.filter((flowId) => !inside.has(draft.flows[flowId]!.source));
    if (strangers.length > 0) {
      refuse(join, `Parallel join "${join}" also receives ${strangers.join(', ')} from outside the block of fork "${fork}"; a join must merge only the branches of its own fork.`);
      return undefined;
    }
    for (const region of regions) region.join = join;
    blocks.set(fork, { fork, join, regions });
    return join;
  };

  const exploreEventSubProcess = (eventSubProcess: PathwayNode) => {
    if (scopeOf.has(eventSubProcess.id) || !eventSubProcess.start) return;
    scopeOf.set(eventSubProcess.id, `side:${eventSubProcess.id}`);
    addSide(levelOf(eventSubProcess), { id: eventSubProcess.id, kind: 'eventSubProcess' });
    const inner: Scope = { id: eventSubProcess.id, kind: 'subprocess', nodes: [] };
    subprocesses.set(eventSubProcess.id, inner);
    for (const join of explore(inner, [eventSubProcess.start])) refuse(join, `Parallel join "${join}" waits for branches that no parallel fork in event sub-process "${eventSubProcess.id}" started.`);
    for (const nested of eventSubProcessesOf.get(eventSubProcess.id) ?? []) exploreEventSubProcess(nested);
  };

  const root: Scope = { id: 'root', kind: 'root', nodes: [] };
  explore(root, [draft.start]);
  // Every other pool's process is a top level of its own.
  const pools = new Map<string, Scope>();
  for (const pool of draft.pools?.slice(1) ?? []) {
    const scope: Scope = { id: `pool:${pool.process}`, kind: 'root', nodes: [] };
    pools.set(pool.process, scope);
    if (pool.start) explore(scope, [pool.start]);
  }
  for (const eventSubProcess of nodes.filter((candidate) => candidate.eventSubProcess && !candidate.parent)) exploreEventSubProcess(eventSubProcess);

  for (const node of nodes) {
    if (!scopeOf.has(node.id) && ![...blocks.values()].some((block) => block.join === node.id)) {
      diagnostics.push({
        severity: 'warning',
        code: 'unreachable-element',
        message: `"${node.id}" cannot be reached from the start event, so no walkthrough ever shows it; connect it or remove it.`,
        file,
        ...positionOf?.(node.id),
        elementId: node.id,
        elementType: elementTypeOf(draft, node.id),
      });
    }
  }

  for (const cycle of findPassOnlyCycles(draft, nodes, scopeOf)) {
    diagnostics.push({
      severity: 'error',
      code: 'loop-without-step',
      message: `The loop through ${cycle.map((id) => `"${id}"`).join(', ')} has no task or decision, so it would run forever without the worker; put a task or a decision in the loop.`,
      file,
      ...positionOf?.(cycle[0]!),
      elementId: cycle[0],
      elementType: elementTypeOf(draft, cycle[0]!),
    });
  }

  return { root, pools, blocks, subprocesses, sides, diagnostics };
}

function blocksWithJoin(blocks: Map<string, ParallelBlock>, join: string): boolean {
  return [...blocks.values()].some((block) => block.join === join);
}

function forkOfScope(blocks: Map<string, ParallelBlock>, scopeId: string): string | undefined {
  return [...blocks.values()].find((block) => block.regions.some((region) => region.id === scopeId))?.fork;
}

export function elementTypeOf(draft: PathwayDraft, id: string): string | undefined {
  const type = draft.nodes[id]?.type;
  return type ? `bpmn:${type[0]!.toUpperCase()}${type.slice(1)}` : undefined;
}

// A cycle made only of nodes that complete by themselves would spin without the worker.
// Iterative depth-first search: models may hold thousands of such nodes in a row.
function findPassOnlyCycles(draft: PathwayDraft, nodes: PathwayNode[], reachable: Map<string, string>): string[][] {
  const passes = nodes.filter((node) => node.role === 'pass' && reachable.has(node.id));
  const passIds = new Set(passes.map((node) => node.id));
  const state = new Map<string, 'open' | 'closed'>();
  const cycles: string[][] = [];
  for (const root of passes) {
    if (state.has(root.id)) continue;
    const path: string[] = [];
    const stack: { id: string; next: number }[] = [{ id: root.id, next: 0 }];
    state.set(root.id, 'open');
    path.push(root.id);
    while (stack.length > 0) {
      const frame = stack.at(-1)!;
      const outgoing = draft.nodes[frame.id]!.outgoing;
      if (frame.next >= outgoing.length) {
        state.set(frame.id, 'closed');
        path.pop();
        stack.pop();
        continue;
      }
      const next = draft.flows[outgoing[frame.next++]!]!.target;
      if (!passIds.has(next)) continue;
      if (state.get(next) === 'open') cycles.push(path.slice(path.indexOf(next)));
      else if (!state.has(next)) {
        state.set(next, 'open');
        path.push(next);
        stack.push({ id: next, next: 0 });
      }
    }
  }
  return cycles;
}


function kindOf(draft: PathwayDraft, id: string): string {
  return draft.nodes[id]!.type === 'inclusiveGateway' ? 'inclusive' : 'parallel';
}
