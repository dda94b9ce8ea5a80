import type { PathwayNode, StateConfig, TransitionConfig } from '../ir/types.js';
import { REGION_PREFIX, toStateKey } from '../_internal/state-id.js';
import type { Scope, SideStarter } from './analyse-structure.js';
import { completedAction, elementState, type CompileContext } from './compile-context.js';
import { deliveryTransition, eventTypeOf, scheduleAction, terminatedKey, triggerParams } from './events.js';

/** Key of the main region of a process level that has side paths. */
export const MAIN_REGION = `${REGION_PREFIX}main`;

/** Keys of the synthetic states of a side path: waiting for its trigger, and ended. */
export function idleKey(starterId: string): string {
  return `${toStateKey(starterId)}:idle`;
}
export function sideFinalKey(starterId: string): string {
  return `${toStateKey(starterId)}:final`;
}
/** Key of the final state the main region goes to when an interrupting event sub-process starts. */
export function interruptedKey(level: string): string {
  return `${toStateKey(level)}:interrupted`;
}

export { levelOf } from '../ir/level-of.js';

/**
 * The states of one process level (the process, a sub-process, a call activity). Without side
 * paths it is the main flow. With non-interrupting boundary events or event sub-processes it is
 * a parallel state: the main flow in one region and each side path in its own, waiting for its
 * trigger (BPMN 2.0 §10.3.5, §10.5.4). A side path may run once at a time; when the main flow
 * has ended, waiting side paths end and a running one ends the level when it finishes. An
 * interrupting event sub-process, or a terminate end event, ends every other path of the level.
 */
export function compileLevel(level: string, main: Scope, start: string, ctx: CompileContext, extraMainStates: Record<string, StateConfig> = {}): StateConfig {
  const states = { ...ctx.compileScope(main), ...extraMainStates };
  const terminates = (ctx.nodesAt.get(level) ?? []).some((node) => node.throws?.kind === 'terminate');
  if (terminates) states[terminatedKey(level === 'root' ? undefined : level)] = { id: terminatedKey(level === 'root' ? undefined : level), type: 'final' };
  const starters = ctx.sides.get(level) ?? [];
  if (starters.length === 0) return { initial: toStateKey(start), states };
  const interrupts = starters.some((starter) => starter.kind === 'eventSubProcess' && ctx.draft.nodes[ctx.draft.nodes[starter.id]!.start!]!.interrupting !== false);
  if (interrupts) states[interruptedKey(level)] = { id: interruptedKey(level), type: 'final' };
  const regions: Record<string, StateConfig> = {
    [MAIN_REGION]: {
      initial: toStateKey(start),
      states,
      ...(interrupts
        ? { on: withInterruptions({ 'polku.interrupt': [{ target: `#${interruptedKey(level)}`, guard: { type: 'polku.isLevel', params: { level } } }] }, starters, undefined, `#${interruptedKey(level)}`, ctx) }
        : {}),
    },
  };
  const mainEnds = mainFinalIds(level, ctx, interrupts);
  for (const starter of starters) regions[`${REGION_PREFIX}side:${toStateKey(starter.id)}`] = compileSide(starter, level, mainEnds, starters, ctx);
  return { type: 'parallel', states: regions };
}

/**
 * The handlers of an event sub-process's start event, leading to `target`: what its side path
 * waits for in `<id>:idle`. A conditional start has none (it is an eventless transition).
 */
function startHandlers(eventSubProcess: PathwayNode, target: string, ctx: CompileContext): Record<string, TransitionConfig[]> {
  const start = ctx.draft.nodes[eventSubProcess.start!]!;
  if (start.catches) return { 'polku.raise': [{ target, guard: { type: 'polku.isRaisedTo', params: { to: eventSubProcess.id } } }] };
  if (!start.trigger || start.trigger.kind === 'conditional') return {};
  return { [eventTypeOf(start.trigger.kind)]: [{ target, guard: { type: 'polku.isTrigger', params: triggerParams(start, ctx) } }], ...deliveryTransition(start, target, ctx) };
}

/**
 * Adds to a region's handlers (`on`) the start events of the interrupting event sub-processes of
 * its level, other than `except`, each leading to `target`: the region ends in the very step
 * the event sub-process starts. BPMN 2.0.2 §10.3.5 (Event Sub-Process), §13.5.4: an
 * interrupting start event cancels the parent's running activities when it is triggered, so
 * nothing queued behind the trigger (a signal throw event's `polku.continue`, a raised message)
 * may move a token of the level after that. `polku.interrupt`, raised by the event
 * sub-process, stays as the fallback: a state inside the region that handles the same event
 * itself takes precedence over these region-level handlers, and conditional starts have none.
 */
function withInterruptions(on: Record<string, TransitionConfig[]>, starters: SideStarter[], except: string | undefined, target: string, ctx: CompileContext): Record<string, TransitionConfig[]> {
  const result = { ...on };
  for (const starter of starters) {
    const node = ctx.draft.nodes[starter.id]!;
    if (starter.kind !== 'eventSubProcess' || starter.id === except || ctx.draft.nodes[node.start!]!.interrupting === false) continue;
    // Only while it waits: once it has run, its own throws must reach the catchers around the level.
    const whileWaiting = (transition: TransitionConfig): TransitionConfig => ({ ...transition, guard: { type: 'polku.whileIn', params: { ...transition.guard!.params, guardType: transition.guard!.type, whileIn: idleKey(node.id) } } });
    for (const [type, transitions] of Object.entries(startHandlers(node, target, ctx))) result[type] = [...(result[type] ?? []), ...transitions.map(whileWaiting)];
  }
  return result;
}

/** The states in which the main region of a level has ended. */
export function mainEndsOf(level: string, ctx: CompileContext): string[] {
  const starters = ctx.sides.get(level) ?? [];
  const interrupts = starters.some((starter) => starter.kind === 'eventSubProcess' && ctx.draft.nodes[ctx.draft.nodes[starter.id]!.start!]!.interrupting !== false);
  return mainFinalIds(level, ctx, interrupts);
}

function mainFinalIds(level: string, ctx: CompileContext, interrupts: boolean): string[] {
  const ends = (ctx.nodesAt.get(level) ?? []).filter((node) => node.role === 'end' && !ctx.sideNodes.has(node.id));
  const ids = ends.map((node) => toStateKey(node.id));
  if (ends.some((node) => node.throws?.kind === 'terminate')) ids.push(terminatedKey(level === 'root' ? undefined : level));
  if (interrupts) ids.push(interruptedKey(level));
  return ids;
}

/** After a side path ends: end the level if its main flow has ended, else wait again. */
export function afterSide(starterId: string, mainEnds: string[]): TransitionConfig[] {
  return [{ target: `#${sideFinalKey(starterId)}`, guard: { type: 'polku.inAny', params: { ids: mainEnds } } }, { target: `#${idleKey(starterId)}` }];
}

function compileSide(starter: SideStarter, level: string, mainEnds: string[], starters: SideStarter[], ctx: CompileContext): StateConfig {
  const node = ctx.draft.nodes[starter.id]!;
  const idle = idleKey(starter.id);
  const final = sideFinalKey(starter.id);
  const idleState: StateConfig = {
    id: idle,
    on: { 'polku.levelDone': [{ target: `#${final}`, guard: { type: 'polku.isLevel', params: { level } } }] },
  };
  let states: Record<string, StateConfig>;
  if (starter.kind === 'boundary') {
    const host = node.attachedTo!;
    const trigger = node.trigger;
    if (!trigger) {
      // A non-interrupting escalation boundary event hears the throw inside its activity.
      idleState.on!['polku.raise'] = [{ target: `#${toStateKey(node.id)}`, guard: { type: 'polku.isRaisedTo', params: { to: node.id } } }];
    } else if (trigger.kind === 'conditional') {
      idleState.always = [{ target: `#${toStateKey(node.id)}`, guard: { type: 'polku.conditionWhileIn', params: { flowId: node.id, expression: trigger.condition!, host: toStateKey(host) } } }];
    } else {
      idleState.on![eventTypeOf(trigger.kind)] = [
        { target: `#${toStateKey(node.id)}`, guard: { type: 'polku.triggerWhileIn', params: { ...triggerParams(node, ctx), host: toStateKey(host) } } },
      ];
    }
    states = ctx.compileScope(starter.scope!);
    // A cycle timer starts its next round each time it fires.
    if (trigger?.timer?.type === 'cycle') states[toStateKey(node.id)]!.entry = [...(states[toStateKey(node.id)]!.entry ?? []), scheduleAction(node)];
  } else {
    const start = ctx.draft.nodes[node.start!]!;
    const interrupting = start.interrupting !== false;
    const target = `#${toStateKey(node.id)}`;
    Object.assign(idleState.on!, startHandlers(node, target, ctx));
    if (start.trigger?.kind === 'conditional') {
      idleState.always = [{ target, guard: { type: 'polku.condition', params: { flowId: start.id, expression: start.trigger.condition! } } }];
    } else if (start.trigger?.kind === 'timer') {
      idleState.entry = [scheduleAction(start)];
    }
    const inner = compileLevel(node.id, ctx.subprocesses.get(node.id)!, node.start!, ctx);
    states = {
      [toStateKey(node.id)]: {
        ...elementState(node),
        entry: [...elementState(node).entry!, ...(interrupting ? [{ type: 'polku.interrupt', params: { level, from: node.id } }] : [])],
        ...inner,
        onDone: interrupting
          ? [{ target: `#${final}`, actions: [completedAction(node)] }]
          : afterSide(starter.id, mainEnds).map((transition) => ({ ...transition, actions: [completedAction(node)] })),
      },
    };
  }
  return {
    initial: idle,
    states: { [idle]: idleState, ...states, [final]: { id: final, type: 'final' } },
    // An interrupting event sub-process (another one) or a terminate end event of this level ends this side path too.
    on: withInterruptions({ 'polku.interrupt': [{ target: `#${final}`, guard: { type: 'polku.isInterruptOf', params: { level, except: starter.id } } }] }, starters, starter.id, `#${final}`, ctx),
  };
}

/**
 * A pool other than the first (BPMN 2.0 §9.2): its process runs beside the others. One that
 * starts with a message start event waits in `<process>:idle` for the message (from a pool of
 * the model, or confirmed by the worker); when the first pool's process ends, a pool still
 * waiting ends too, and a running one ends the walkthrough when it finishes.
 */
export function compilePool(process: string, start: string, scope: Scope, ctx: CompileContext): StateConfig {
  const level = `pool:${process}`;
  const startNode = ctx.draft.nodes[start]!;
  const idle = idleKey(process);
  const running = `${toStateKey(process)}:running`;
  const final = sideFinalKey(process);
  const states: Record<string, StateConfig> = {
    [running]: { id: running, ...compileLevel(level, scope, start, ctx), onDone: [{ target: `#${final}` }] },
    [final]: { id: final, type: 'final' },
  };
  const pool = ctx.draft.pools?.find((candidate) => candidate.process === process);
  // A message flow into the pool or its start event starts the process (BPMN 2.0 §10.5.2).
  const messaged = Object.values(ctx.draft.messages ?? {}).some((message) => message.target === start || message.target === pool?.id);
  const trigger = startNode.trigger?.kind === 'message' || startNode.trigger?.kind === 'signal' ? startNode.trigger : undefined;
  if (!trigger && !messaged) return { initial: running, states };
  states[idle] = {
    id: idle,
    on: {
      ...(trigger ? { [eventTypeOf(trigger.kind as 'message' | 'signal')]: [{ target: `#${running}`, guard: { type: 'polku.isTrigger', params: triggerParams(startNode, ctx) } }] } : {}),
      'polku.deliver': [{ target: `#${running}`, guard: { type: 'polku.isDelivered', params: { to: start } } }],
      'polku.levelDone': [{ target: `#${final}`, guard: { type: 'polku.isLevel', params: { level: 'root' } } }],
    },
  };
  return { initial: idle, states };
}
