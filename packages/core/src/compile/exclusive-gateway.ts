import type { PathwayNode, StateConfig } from '../ir/types.js';
import type { Scope } from './analyse-structure.js';
import { elementState, type CompileContext } from './compile-context.js';

/**
 * An exclusive gateway that splits is a worker decision: the gateway's name is the question
 * and each outgoing flow's name an answer. Its state waits for `polku.choose` naming this
 * gateway and one of its flows, records the answer and follows that flow. A gateway that only
 * merges passes the token straight on.
 */
export function compileExclusiveGateway(node: PathwayNode, scope: Scope, ctx: CompileContext): StateConfig {
  if (node.role !== 'decision') return compilePassThrough(node, scope, ctx);
  return {
    ...elementState(node),
    on: {
      'polku.choose': node.outgoing.map((flowId) => {
        const next = ctx.follow(flowId, scope);
        return {
          ...next,
          guard: { type: 'polku.isAnswer', params: { gatewayId: node.id, flowId } },
          actions: [{ type: 'polku.answer', params: { gatewayId: node.id, flowId } }, ...(next.actions ?? [])],
        };
      }),
    },
  };
}

/** A node that completes by itself (start event, merge, 1-in-1-out gateway): an eventless transition. */
export function compilePassThrough(node: PathwayNode, scope: Scope, ctx: CompileContext): StateConfig {
  return { ...elementState(node), always: [ctx.follow(node.outgoing[0]!, scope)] };
}
