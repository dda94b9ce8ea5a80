import type { PathwayNode, StateConfig } from '../ir/types.js';
import type { Scope } from './analyse-structure.js';
import { completedAction, elementState, type CompileContext } from './compile-context.js';
import { compileLevel } from './level.js';
import { sendActions } from './events.js';
import { withLoop } from './loop.js';

/**
 * An embedded sub-process (or a call activity, whose process is inlined) is a compound state:
 * entering it enters its start event; its end events are final states, and reaching one
 * completes the sub-process (BPMN 2.0 §13.3.4), so `onDone` follows its outgoing flow. Its
 * event sub-processes and non-interrupting boundary events run beside (see compileLevel).
 */
export function compileSubProcess(node: PathwayNode, scope: Scope, ctx: CompileContext): StateConfig {
  const done = { ...ctx.follow(node.outgoing[0]!, scope), actions: [completedAction(node), ...sendActions(node, ctx)] };
  const state = { ...elementState(node), ...compileLevel(node.id, ctx.subprocesses.get(node.id)!, node.start!, ctx) };
  if (!node.loop) return { ...state, onDone: [done] };
  const looped = withLoop(state, node, done);
  return { ...looped.state, onDone: looped.ends };
}
