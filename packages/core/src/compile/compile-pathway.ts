import type { PathwayDraft } from '../ir/build-pathway.js';
import type { MachineConfig, Pathway, PathwayNode, StateConfig } from '../ir/types.js';
import { hashText } from '../_internal/hash.js';
import { REGION_PREFIX, toStateKey } from '../_internal/state-id.js';
import type { Structure } from './analyse-structure.js';
import { NO_PATH_STATE, targetOf, type CompileContext } from './compile-context.js';
import { compileExclusiveGateway, compilePassThrough } from './exclusive-gateway.js';
import { compileParallelGateway } from './parallel-gateway.js';
import { compileCatchEvent, compileEventGateway, compileThrowOrEnd, withBoundaryEvents } from './events.js';
import { compileLevel, compilePool, levelOf } from './level.js';
import { compileInclusiveBlock, compileInclusiveGateway, inclusiveBlockKey } from './inclusive-gateway.js';
import { compileSubProcess } from './sub-process.js';
import { compileTask } from './task.js';

/**
 * Compiles a validated draft and its block structure into a {@link Pathway}: the IR plus an
 * XState v5 machine config whose state keys are the BPMN element ids. Guards and actions are
 * referenced by name, so the result is plain JSON; the runtime supplies the implementations.
 */
export function compilePathway(draft: PathwayDraft, structure: Structure): Pathway {
  const nodes = Object.values(draft.nodes);
  const ctx: CompileContext = {
    draft,
    blocks: structure.blocks,
    subprocesses: structure.subprocesses,
    sides: structure.sides,
    sideNodes: new Set([...structure.sides.values()].flatMap((starters) => starters.flatMap((starter) => starter.scope?.nodes ?? []))),
    boundariesOf: groupBy(nodes.filter((node) => node.attachedTo), (node) => node.attachedTo!),
    nodesAt: groupBy(nodes, levelOf),
    follow: (flowId, scope) => ({ target: targetOf(draft, flowId, scope) }),
    compileScope: (scope) => {
      const states: Record<string, StateConfig> = {};
      for (const id of scope.nodes) {
        states[toStateKey(id)] = compileNode(id, scope);
        const node = draft.nodes[id]!;
        if (node.type === 'inclusiveGateway' && structure.blocks.has(id)) states[inclusiveBlockKey(id)] = compileInclusiveBlock(node, ctx);
      }
      return states;
    },
  };
  const compileNode = (id: string, scope: Parameters<CompileContext['compileScope']>[0]): StateConfig => {
    const node = draft.nodes[id]!;
    return withBoundaryEvents(compileElement(node, scope), node, ctx);
  };
  const compileElement = (node: PathwayNode, scope: Parameters<CompileContext['compileScope']>[0]): StateConfig => {
    switch (node.role) {
      case 'end':
        return compileThrowOrEnd(node, scope, ctx);
      case 'scope':
        return compileSubProcess(node, scope, ctx);
      case 'step':
        return compileTask(node, scope, ctx);
      case 'decision':
        return node.type === 'inclusiveGateway' ? compileInclusiveGateway(node, scope, ctx) : compileExclusiveGateway(node, scope, ctx);
      case 'wait':
        return node.type === 'eventBasedGateway' ? compileEventGateway(node, ctx) : compileCatchEvent(node, scope, ctx);
      case 'pass':
        if (node.type === 'parallelGateway') return compileParallelGateway(node, scope, ctx);
        if (node.type === 'exclusiveGateway') return compileExclusiveGateway(node, scope, ctx);
        if (node.type === 'inclusiveGateway') return compileInclusiveGateway(node, scope, ctx);
        if (node.type === 'intermediateThrowEvent') return compileThrowOrEnd(node, scope, ctx);
        return compilePassThrough(node, scope, ctx);
    }
  };
  const conditional =
    Object.values(draft.flows).some((flow) => flow.condition !== undefined) ||
    nodes.some(
      (node) => node.trigger?.kind === 'conditional' || (node.loop?.kind === 'standard' && node.loop.condition) || (node.loop?.kind === 'multiInstance' && node.loop.completion),
    );
  const level = compileLevel('root', structure.root, draft.start, ctx, conditional ? { [NO_PATH_STATE]: { id: NO_PATH_STATE } } : {});
  const otherPools = draft.pools?.slice(1) ?? [];
  // A collaboration: each pool's process in a region of its own (the first pool's is `region:pool:<process>` too).
  const root: StateConfig =
    otherPools.length === 0
      ? level
      : {
          type: 'parallel',
          states: Object.fromEntries([
            [`${REGION_PREFIX}pool:${toStateKey(draft.pools![0]!.process)}`, level],
            ...otherPools.map((pool) => [`${REGION_PREFIX}pool:${toStateKey(pool.process)}`, compilePool(pool.process, pool.start, structure.pools.get(pool.process)!, ctx)]),
          ]),
        };
  const machine = { id: `polku:${draft.id}`, ...root } as MachineConfig;
  const content = { format: 'polku-pathway' as const, version: 1 as const, ...draft, conditional, machine };
  return { ...content, hash: hashText(JSON.stringify(content)) };
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
