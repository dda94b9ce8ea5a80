import type { Loop, PathwayNode, StateConfig, TransitionConfig } from '../ir/types.js';
import { toStateKey } from '../_internal/state-id.js';

/** The JSON params that tell the runtime how an activity's loop counts. */
export function loopParams(node: PathwayNode): Record<string, string> {
  const loop = node.loop as Loop;
  const params: Record<string, string> = { elementId: node.id, kind: loop.kind };
  if (loop.kind === 'standard') {
    if (loop.condition) params.condition = loop.condition;
    if (loop.maximum !== undefined) params.maximum = String(loop.maximum);
    if (loop.testBefore) params.testBefore = 'true';
  } else {
    if (loop.count !== undefined) params.count = String(loop.count);
    if (loop.countField) params.countField = loop.countField;
    if (loop.collectionField) params.collectionField = loop.collectionField;
    if (loop.completion) params.completion = loop.completion;
  }
  return params;
}

/**
 * Makes an activity's state repeat (BPMN 2.0 §10.2.8): entering it starts the round count
 * (keeping it when a round re-enters); with no round to run it passes straight on; when a
 * round ends (and is recorded as completed), `again` re-enters the state while the loop wants
 * another round, else `onward` leaves it. `again`/`onward` are the transitions the activity takes at the end of a round
 * (its completion event, or `onDone` for a sub-process), without their own actions.
 */
export function withLoop(state: StateConfig, node: PathwayNode, roundEnd: TransitionConfig): { state: StateConfig; ends: TransitionConfig[] } {
  const params = loopParams(node);
  const self = `#${toStateKey(node.id)}`;
  const guard = roundEnd.guard;
  const again: TransitionConfig = {
    target: self,
    reenter: true,
    guard: { type: 'polku.moreRounds', params: { ...params, ...(guard?.params.elementId && guard.type === 'polku.isElement' ? { event: 'complete' } : {}) } },
    actions: [...(roundEnd.actions ?? []).filter((action) => action.type === 'polku.record' || action.type === 'polku.completed'), { type: 'polku.roundDone', params: { elementId: node.id } }],
  };
  const onward: TransitionConfig = {
    ...roundEnd,
    actions: [...(roundEnd.actions ?? []), { type: 'polku.roundDone', params: { elementId: node.id } }, { type: 'polku.clearRounds', params: { elementId: node.id } }],
  };
  const skip: TransitionConfig = {
    target: roundEnd.target!,
    guard: { type: 'polku.noRounds', params },
    // No round to run: nothing completes, the token passes on.
    actions: [{ type: 'polku.clearRounds', params: { elementId: node.id } }, ...(roundEnd.actions ?? []).filter((action) => action.type !== 'polku.record' && action.type !== 'polku.completed')],
  };
  // XState takes the eventless transitions of the innermost states first, so in a sub-process
  // the skip must also be the first choice of the state it starts in: otherwise a start event
  // and the steps that complete by themselves after it would run before the skip (§10.2.8: an
  // activity with no instance to run does nothing).
  const initial = state.initial !== undefined ? state.states?.[state.initial] : undefined;
  const states = initial ? { ...state.states, [state.initial!]: { ...initial, always: [skip, ...(initial.always ?? [])] } } : state.states;
  return {
    state: {
      ...state,
      ...(states ? { states } : {}),
      entry: [...(state.entry ?? []), { type: 'polku.startRounds', params }],
      always: [skip, ...(state.always ?? [])],
    },
    ends: [again, onward],
  };
}
