import type { PathwayNode, StateConfig, TransitionConfig } from '../ir/types.js';
import type { Scope } from './analyse-structure.js';
import { completedAction, elementState, isActivity, NO_PATH_STATE, type CompileContext } from './compile-context.js';
import { sendActions } from './events.js';

/**
 * An exclusive gateway that splits is a worker decision: the gateway's name is the question
 * and each outgoing flow's name an answer. Its state waits for `polku.choose` naming this
 * gateway and one of its flows, records the answer and follows that flow. A gateway that only
 * merges passes the token straight on.
 */
export function compileExclusiveGateway(node: PathwayNode, scope: Scope, ctx: CompileContext): StateConfig {
  if (node.role !== 'decision') return node.outgoing.length > 1 ? compileConditionalGateway(node, scope, ctx) : compilePassThrough(node, scope, ctx);
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
  const next = ctx.follow(node.outgoing[0]!, scope);
  // Service, script, business rule and send tasks complete the moment they are entered.
  return { ...elementState(node), always: [isActivity(node) ? { ...next, actions: [completedAction(node), ...sendActions(node, ctx), ...(next.actions ?? [])] } : next] };
}

/**
 * An exclusive gateway decided by data: outgoing flows are tried in document order and the
 * first whose FEEL condition holds is taken; the default flow goes last. No match and no
 * default is a runtime error naming the gateway, as BPMN 2.0 §13.4.2 requires.
 */
export function compileConditionalGateway(node: PathwayNode, scope: Scope, ctx: CompileContext): StateConfig {
  const always: TransitionConfig[] = node.outgoing
    .filter((flowId) => flowId !== node.default)
    .map((flowId) => ({
      ...ctx.follow(flowId, scope),
      guard: { type: 'polku.condition', params: { flowId, expression: ctx.draft.flows[flowId]!.condition! } },
    }));
  always.push(
    node.default
      ? ctx.follow(node.default, scope)
      : { target: `#${NO_PATH_STATE}`, actions: [{ type: 'polku.noPath', params: { gatewayId: node.id } }] },
  );
  return { ...elementState(node), always };
}
