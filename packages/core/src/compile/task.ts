import type { PathwayNode, StateConfig, TransitionConfig } from '../ir/types.js';
import { sendActions } from './events.js';
import { withLoop } from './loop.js';
import type { Scope } from './analyse-structure.js';
import { completedAction, elementState, type CompileContext } from './compile-context.js';

/**
 * A task (task, user task, manual task) is a worker step: its state waits for
 * `polku.complete` with this element's id, records the values the worker entered, and
 * follows its one outgoing flow.
 */
export function compileTask(node: PathwayNode, scope: Scope, ctx: CompileContext): StateConfig {
  const next = ctx.follow(node.outgoing[0]!, scope);
  const done: TransitionConfig = {
    ...next,
    guard: { type: 'polku.isElement', params: { elementId: node.id } },
    actions: [{ type: 'polku.record', params: { elementId: node.id } }, completedAction(node), ...sendActions(node, ctx), ...(next.actions ?? [])],
  };
  if (!node.loop) return { ...elementState(node), on: { 'polku.complete': [done] } };
  const { state, ends } = withLoop(elementState(node), node, done);
  return { ...state, on: { 'polku.complete': ends } };
}
