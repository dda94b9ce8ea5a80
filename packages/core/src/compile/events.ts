import type { PathwayNode, StateConfig, TransitionConfig } from '../ir/types.js';
import { toStateKey } from '../_internal/state-id.js';
import type { Scope } from './analyse-structure.js';
import { completedAction, elementState, isActivity, type CompileContext } from './compile-context.js';

/** The runtime event that delivers a trigger of this kind. */
export function eventTypeOf(kind: 'timer' | 'message' | 'signal'): string {
  return `polku.${kind}`;
}

/** Key and id of the final state a terminate end event leads to, in its process level. */
export function terminatedKey(scopeOwner: string | undefined): string {
  return scopeOwner ? `${toStateKey(scopeOwner)}:terminated` : 'polku:terminated';
}

/** The transition taken when `node`'s trigger fires, towards `target`. */
function triggerTransition(node: PathwayNode, target: string): TransitionConfig {
  return { target, guard: { type: 'polku.isTrigger', params: node.trigger?.ref ? { elementId: node.id, ref: node.trigger.ref } : { elementId: node.id } } };
}

/** Entry action that records when a timer of `node` is due. */
export function scheduleAction(node: PathwayNode) {
  const timer = node.trigger!.timer!;
  return { type: 'polku.schedule', params: { elementId: node.id, timerType: timer.type, value: timer.value } };
}

/**
 * Adds the handlers of the interrupting boundary events attached to an activity to its state:
 * a timer, message or signal leaves the activity (and everything inside it) for the boundary
 * event, which passes on along its flow (BPMN 2.0 §10.5.4). Timers are scheduled on entry.
 */
export function withBoundaryEvents(state: StateConfig, host: PathwayNode, ctx: CompileContext): StateConfig {
  const boundaries = Object.values(ctx.draft.nodes).filter((node) => node.attachedTo === host.id && node.trigger);
  if (boundaries.length === 0) return state;
  const on = { ...state.on };
  const always = [...(state.always ?? [])];
  const entry = [...(state.entry ?? [])];
  for (const boundary of boundaries) {
    const target = `#${toStateKey(boundary.id)}`;
    const kind = boundary.trigger!.kind;
    if (kind === 'conditional') {
      always.unshift({ target, guard: { type: 'polku.condition', params: { flowId: boundary.id, expression: boundary.trigger!.condition! } } });
      continue;
    }
    if (kind === 'timer') entry.push(scheduleAction(boundary));
    const type = eventTypeOf(kind);
    on[type] = [...(on[type] ?? []), triggerTransition(boundary, target)];
  }
  return { ...state, entry, on, ...(always.length > 0 ? { always } : {}) };
}

/**
 * A catch event (or receive task) waits for its trigger and then follows its flow. After an
 * event-based gateway it does not wait itself: the gateway waited for it, so it passes on.
 * A conditional event waits until its condition holds over the walkthrough's variables.
 */
export function compileCatchEvent(node: PathwayNode, scope: Scope, ctx: CompileContext): StateConfig {
  const next = ctx.follow(node.outgoing[0]!, scope);
  const afterGateway = node.incoming.length > 0 && node.incoming.every((flowId) => ctx.draft.nodes[ctx.draft.flows[flowId]!.source]?.type === 'eventBasedGateway');
  const base = elementState(node);
  if (afterGateway) return { ...base, always: [next] };
  const trigger = node.trigger!;
  if (trigger.kind === 'conditional') {
    return { ...base, always: [{ ...next, guard: { type: 'polku.condition', params: { flowId: node.id, expression: trigger.condition! } } }] };
  }
  return {
    ...base,
    entry: [...base.entry!, ...(trigger.kind === 'timer' ? [scheduleAction(node)] : [])],
    on: { [eventTypeOf(trigger.kind)]: [{ ...triggerTransition(node, next.target!), ...(isActivity(node) ? { actions: [completedAction(node)] } : {}) }] },
  };
}

/**
 * An event-based gateway waits for the first of the events after it (BPMN 2.0 §10.6.6): each
 * alternative's trigger enters that catch event, which passes on; the others are withdrawn.
 */
export function compileEventGateway(node: PathwayNode, ctx: CompileContext): StateConfig {
  const base = elementState(node);
  const on: Record<string, TransitionConfig[]> = {};
  const entry = [...base.entry!];
  for (const flowId of node.outgoing) {
    const alternative = ctx.draft.nodes[ctx.draft.flows[flowId]!.target]!;
    const trigger = alternative.trigger!;
    if (trigger.kind === 'timer') entry.push(scheduleAction(alternative));
    if (trigger.kind === 'conditional') continue;
    const type = eventTypeOf(trigger.kind);
    on[type] = [...(on[type] ?? []), triggerTransition(alternative, `#${toStateKey(alternative.id)}`)];
  }
  const conditions = node.outgoing
    .map((flowId) => ctx.draft.nodes[ctx.draft.flows[flowId]!.target]!)
    .filter((alternative) => alternative.trigger!.kind === 'conditional')
    .map((alternative) => ({ target: `#${toStateKey(alternative.id)}`, guard: { type: 'polku.condition', params: { flowId: alternative.id, expression: alternative.trigger!.condition! } } }));
  return { ...base, entry, on, ...(conditions.length > 0 ? { always: conditions } : {}) };
}

/**
 * Throw and end events. A signal is broadcast to every catch event waiting for it; an error or
 * escalation goes to the nearest enclosing boundary event that catches it (resolved here, at
 * compile time, since scopes are static); a terminate end event ends its whole process level.
 */
export function compileThrowOrEnd(node: PathwayNode, scope: Scope, ctx: CompileContext): StateConfig {
  const base = elementState(node);
  const entry = [...base.entry!];
  const thrown = node.throws;
  if (thrown?.kind === 'signal' && thrown.ref) entry.push({ type: 'polku.broadcast', params: { ref: thrown.ref } });
  const catcher = thrown && (thrown.kind === 'error' || thrown.kind === 'escalation') ? findCatcher(node, thrown.kind, thrown.ref, ctx) : undefined;
  if (catcher) return { ...base, entry, always: [{ target: `#${toStateKey(catcher)}` }] };
  if (thrown?.kind === 'terminate') return { ...base, entry, always: [{ target: `#${terminatedKey(node.parent)}` }] };
  if (node.role === 'end') return { ...base, entry, type: 'final' };
  return { ...base, entry, always: [ctx.follow(node.outgoing[0]!, scope)] };
}

/**
 * The boundary event that catches an error or escalation thrown at `node`: on the nearest
 * enclosing sub-process or call activity, preferring one that names the code over a catch-all
 * (BPMN 2.0 §10.5.4). Undefined when nothing catches it.
 */
export function findCatcher(node: PathwayNode, kind: 'error' | 'escalation', ref: string | undefined, ctx: CompileContext): string | undefined {
  for (let owner = node.parent; owner; owner = ctx.draft.nodes[owner]?.parent) {
    const catchers = Object.values(ctx.draft.nodes).filter((candidate) => candidate.attachedTo === owner && candidate.catches?.kind === kind);
    const exact = catchers.find((candidate) => ref !== undefined && candidate.catches!.ref === ref);
    const any = catchers.find((candidate) => candidate.catches!.ref === undefined);
    if (exact ?? any) return (exact ?? any)!.id;
  }
  return undefined;
}
