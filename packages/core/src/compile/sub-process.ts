import type { PathwayNode, StateConfig } from '../ir/types.js';
import { toStateKey } from '../_internal/state-id.js';
import type { Scope } from './analyse-structure.js';
import { completedAction, elementState, type CompileContext } from './compile-context.js';
import { terminatedKey } from './events.js';

/**
 * An embedded sub-process is a compound state: entering it enters its start event; its end
 * events are final states, and reaching one completes the sub-process (BPMN 2.0 §13.3.4), so
 * `onDone` follows its outgoing flow.
 */
export function compileSubProcess(node: PathwayNode, scope: Scope, ctx: CompileContext): StateConfig {
  const states = ctx.compileScope(ctx.subprocesses.get(node.id)!);
  // A terminate end event inside ends this sub-process only (BPMN 2.0 §10.5.3).
  if (Object.values(ctx.draft.nodes).some((inner) => inner.parent === node.id && inner.throws?.kind === 'terminate')) {
    states[terminatedKey(node.id)] = { id: terminatedKey(node.id), type: 'final' };
  }
  return {
    ...elementState(node),
    initial: toStateKey(node.start!),
    states,
    onDone: [{ ...ctx.follow(node.outgoing[0]!, scope), actions: [completedAction(node)] }],
  };
}
