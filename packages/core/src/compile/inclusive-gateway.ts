import type { PathwayNode, StateConfig, TransitionConfig } from '../ir/types.js';
import { regionDoneKey, regionKey, toStateKey } from '../_internal/state-id.js';
import type { Scope } from './analyse-structure.js';
import { elementState, NO_PATH_STATE, type CompileContext } from './compile-context.js';
import { compilePassThrough } from './exclusive-gateway.js';

/** Key and id of the parallel state that holds an inclusive fork's branches. */
export function inclusiveBlockKey(gatewayId: string): string {
  return `${toStateKey(gatewayId)}:block`;
}

/**
 * An inclusive fork with its matching join (BPMN 2.0 §13.4.3): the fork selects one or more
 * outgoing flows — the worker picks them (the gateway's name is the question, the flow names
 * the answers, any non-empty set may be chosen) or FEEL conditions do, with the default flow
 * when none holds. The gateway's state records the selection and enters a parallel state with
 * one region per outgoing flow; each region first passes a gate that starts its branch only
 * when its flow was selected, otherwise ends at once. The join fires when every region ended,
 * which is exactly when every selected branch arrived.
 */
export function compileInclusiveGateway(node: PathwayNode, scope: Scope, ctx: CompileContext): StateConfig {
  if (!ctx.blocks.get(node.id)) return compilePassThrough(node, scope, ctx);
  const block = `#${inclusiveBlockKey(node.id)}`;
  if (node.role === 'decision') {
    return {
      ...elementState(node),
      on: {
        'polku.include': [
          {
            target: block,
            guard: { type: 'polku.isInclusion', params: { gatewayId: node.id } },
            actions: [{ type: 'polku.include', params: { gatewayId: node.id } }],
          },
        ],
      },
    };
  }
  const conditional = node.outgoing.filter((flowId) => flowId !== node.default);
  const params = {
    gatewayId: node.id,
    flows: conditional,
    expressions: conditional.map((flowId) => ctx.draft.flows[flowId]!.condition!),
    ...(node.default ? { default: node.default } : {}),
  };
  const always: TransitionConfig[] = [
    { target: block, guard: { type: 'polku.anyIncluded', params }, actions: [{ type: 'polku.includeByConditions', params }] },
    { target: `#${NO_PATH_STATE}`, actions: [{ type: 'polku.noPath', params: { gatewayId: node.id } }] },
  ];
  return { ...elementState(node), always };
}

/** The parallel state of an inclusive block: gated regions, then the join. */
export function compileInclusiveBlock(node: PathwayNode, ctx: CompileContext): StateConfig {
  const block = ctx.blocks.get(node.id)!;
  const regions: Record<string, StateConfig> = {};
  for (const region of block.regions) {
    const first = ctx.draft.flows[region.id]!.target;
    const doneKey = regionDoneKey(region.id);
    const gateKey = `${toStateKey(region.id)}:gate`;
    regions[regionKey(region.id)] = {
      initial: gateKey,
      states: {
        [gateKey]: {
          always: [
            { target: first === block.join ? `#${doneKey}` : `#${toStateKey(first)}`, guard: { type: 'polku.isIncluded', params: { gatewayId: node.id, flowId: region.id } } },
            { target: `#${doneKey}` },
          ],
        },
        ...ctx.compileScope(region),
        [doneKey]: { id: doneKey, type: 'final' },
      },
    };
  }
  return { id: inclusiveBlockKey(node.id), type: 'parallel', states: regions, onDone: [{ target: `#${toStateKey(block.join)}` }] };
}
