import type { PathwayNode, StateConfig, TransitionConfig } from '../ir/types.js';
import { toStateKey } from '../_internal/state-id.js';
import type { Scope } from './analyse-structure.js';
import { findCatcher } from '../ir/find-catcher.js';
import { completedAction, elementState, isActivity, type CompileContext } from './compile-context.js';
import { afterSide, levelOf, mainEndsOf } from './level.js';

/** The runtime event that delivers a trigger of this kind. */
export function eventTypeOf(kind: 'timer' | 'message' | 'signal'): string {
  return `polku.${kind}`;
}

/** Key and id of the final state a terminate end event leads to, in its process level. */
export function terminatedKey(scopeOwner: string | undefined): string {
  return scopeOwner ? `${toStateKey(scopeOwner)}:terminated` : 'polku:terminated';
}

/** Message flows that deliver to `node` (its id, or its pool's when it is that pool's start). */
function deliversTo(node: PathwayNode, ctx: CompileContext): boolean {
  return Object.values(ctx.draft.messages ?? {}).some((message) => message.target === node.id);
}

/** The `polku.deliver` handler of an element a message flow of the model delivers to. */
export function deliveryTransition(node: PathwayNode, target: string, ctx: CompileContext): Record<string, TransitionConfig[]> {
  if (node.trigger?.kind !== 'message' || !deliversTo(node, ctx)) return {};
  return { 'polku.deliver': [{ target, guard: { type: 'polku.isDelivered', params: { to: node.id } } }] };
}

/** Actions that send the messages of `node`'s outgoing message flows (BPMN 2.0 §9.3). */
export function sendActions(node: PathwayNode, ctx: CompileContext) {
  const pools = ctx.draft.pools ?? [];
  return Object.values(ctx.draft.messages ?? {})
    .filter((message) => message.source === node.id)
    .map((message) => ({ type: 'polku.send', params: { to: pools.find((pool) => pool.id === message.target)?.start ?? message.target, flow: message.id } }));
}

/**
 * Params of `polku.isTrigger`: the element the worker confirms, and the signal name a broadcast
 * must carry. A non-interrupting catcher does not hear a broadcast that also starts an
 * interrupting event sub-process of its level: that one cancels the level at the same moment.
 */
export function triggerParams(node: PathwayNode, ctx: CompileContext): Record<string, string> {
  const ref = node.trigger?.ref;
  if (ref === undefined) return { elementId: node.id };
  if (node.trigger!.kind === 'signal' && isNonInterrupting(node, ctx) && interruptingSignalAtLevel(node, ref, ctx)) return { elementId: node.id };
  return { elementId: node.id, ref };
}

function isNonInterrupting(node: PathwayNode, ctx: CompileContext): boolean {
  if (node.attachedTo) return node.interrupting === false;
  const owner = node.parent ? ctx.draft.nodes[node.parent] : undefined;
  return owner?.eventSubProcess === true && owner.start === node.id && node.interrupting === false;
}

function interruptingSignalAtLevel(node: PathwayNode, ref: string, ctx: CompileContext): boolean {
  const level = levelOf(node.parent && ctx.draft.nodes[node.parent]?.eventSubProcess ? ctx.draft.nodes[node.parent]! : node);
  return Object.values(ctx.draft.nodes).some((candidate) => {
    if (!candidate.eventSubProcess || levelOf(candidate) !== level || !candidate.start) return false;
    const start = ctx.draft.nodes[candidate.start]!;
    return start.interrupting !== false && start.trigger?.kind === 'signal' && start.trigger.ref === ref;
  });
}

/** The transition taken when `node`'s trigger fires, towards `target`. */
function triggerTransition(node: PathwayNode, target: string, ctx: CompileContext): TransitionConfig {
  return { target, guard: { type: 'polku.isTrigger', params: triggerParams(node, ctx) } };
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
  const boundaries = (ctx.boundariesOf.get(host.id) ?? []).filter((node) => node.trigger);
  if (boundaries.length === 0) return state;
  // Non-interrupting ones wait in a side region (compile/level.ts); their timers start with the host.
  for (const boundary of boundaries.filter((candidate) => candidate.interrupting === false && candidate.trigger!.kind === 'timer')) {
    state = { ...state, entry: [...(state.entry ?? []), scheduleAction(boundary)] };
  }
  boundaries.splice(0, boundaries.length, ...boundaries.filter((candidate) => candidate.interrupting !== false));
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
    on[type] = [...(on[type] ?? []), triggerTransition(boundary, target, ctx)];
    for (const [deliverType, transitions] of Object.entries(deliveryTransition(boundary, target, ctx))) on[deliverType] = [...(on[deliverType] ?? []), ...transitions];
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
  if (afterGateway) return { ...base, always: [isActivity(node) ? { ...next, actions: [completedAction(node), ...sendActions(node, ctx)] } : next] };
  const trigger = node.trigger!;
  if (trigger.kind === 'conditional') {
    return { ...base, always: [{ ...next, guard: { type: 'polku.condition', params: { flowId: node.id, expression: trigger.condition! } } }] };
  }
  const actions = isActivity(node) ? { actions: [completedAction(node), ...sendActions(node, ctx)] } : {};
  const delivered = deliveryTransition(node, next.target!, ctx);
  return {
    ...base,
    entry: [...base.entry!, ...(trigger.kind === 'timer' ? [scheduleAction(node)] : [])],
    on: {
      [eventTypeOf(trigger.kind)]: [{ ...triggerTransition(node, next.target!, ctx), ...actions }],
      ...Object.fromEntries(Object.entries(delivered).map(([type, transitions]) => [type, transitions.map((transition) => ({ ...transition, ...actions }))])),
    },
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
    on[type] = [...(on[type] ?? []), triggerTransition(alternative, `#${toStateKey(alternative.id)}`, ctx)];
    for (const [deliverType, transitions] of Object.entries(deliveryTransition(alternative, `#${toStateKey(alternative.id)}`, ctx))) on[deliverType] = [...(on[deliverType] ?? []), ...transitions];
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
  const level = levelOf(node);
  // Other pools waiting for a message end when the first pool's process ends.
  const hasSides = ctx.sides.has(level) || (level === 'root' && (ctx.draft.pools?.length ?? 0) > 1);
  entry.push(...sendActions(node, ctx));
  const broadcasts = thrown?.kind === 'signal' && thrown.ref !== undefined;
  if (broadcasts) entry.push({ type: 'polku.broadcast', params: { ref: thrown.ref! } });
  const catcher = thrown && (thrown.kind === 'error' || thrown.kind === 'escalation') ? findCatcher(ctx.draft.nodes, node, thrown.kind, thrown.ref) : undefined;
  if (catcher?.via === 'boundary' && catcher.interrupting) return { ...base, entry, always: [{ target: `#${toStateKey(catcher.id)}` }] };
  if (catcher) {
    // An event sub-process or a non-interrupting boundary event waits in its own region; it
    // hears of the throw as an internal event.
    entry.push({ type: 'polku.raiseTo', params: { to: catcher.id } });
    if (catcher.interrupting) return { ...base, entry }; // the event sub-process interrupts this level
  }
  if (broadcasts && node.role !== 'end') {
    // A signal may interrupt the level this event is in: let it arrive before the token moves on.
    entry.push({ type: 'polku.continue', params: { elementId: node.id } });
    return { ...base, entry, on: { 'polku.continue': [{ ...ctx.follow(node.outgoing[0]!, scope), guard: { type: 'polku.isContinue', params: { elementId: node.id } } }] } };
  }
  if (thrown?.kind === 'terminate') {
    if (hasSides) entry.push({ type: 'polku.interrupt', params: { level } });
    return { ...base, entry, always: [{ target: `#${terminatedKey(level === 'root' ? undefined : level)}` }] };
  }
  if (node.role === 'end') {
    // The end of a side path: wait for the trigger again, or end the level if the main flow has.
    if (scope.kind === 'side') return { ...base, entry, always: afterSide(scope.id, mainEndsOf(level, ctx)) };
    if (hasSides) entry.push({ type: 'polku.levelDone', params: { level } });
    return { ...base, entry, type: 'final' };
  }
  return { ...base, entry, always: [ctx.follow(node.outgoing[0]!, scope)] };
}
