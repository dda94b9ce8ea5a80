import { and, assign, or, raise, setup, stateIn, type AnyStateMachine } from 'xstate';
import type { ActionRef, MachineConfig, Pathway, StateConfig, TransitionConfig } from '../ir/types.js';
import { variablesOf, type ConditionEvaluator } from './evaluator.js';
import { timerDue } from './timers.js';
import type { BroadcastEvent, StepEvent, WalkContext } from './types.js';

const noEvaluator: ConditionEvaluator = () => false;

const implementations = (evaluate: ConditionEvaluator) => setup({
  types: {} as { context: WalkContext; events: StepEvent | BroadcastEvent | LevelEvent; input: { startedAt?: string } | undefined },
  guards: {
    'polku.isElement': ({ event }, params: { elementId: string }) => event.type === 'polku.complete' && event.elementId === params.elementId,
    'polku.isAnswer': ({ event }, params: { gatewayId: string; flowId: string }) =>
      event.type === 'polku.choose' && event.gatewayId === params.gatewayId && event.flowId === params.flowId,
    'polku.condition': ({ context }, params: { flowId: string; expression: string }) => evaluate(params.expression, variablesOf(context)),
    'polku.isLevel': ({ event }, params: { level: string }) => 'level' in event && event.level === params.level,
    'polku.isInterruptOf': ({ event }, params: { level: string; except: string }) =>
      event.type === 'polku.interrupt' && event.level === params.level && event.from !== params.except,
    'polku.isRaisedTo': ({ event }, params: { to: string }) => event.type === 'polku.raise' && event.to === params.to,
    'polku.isContinue': ({ event }, params: { elementId: string }) => event.type === 'polku.continue' && event.elementId === params.elementId,
    'polku.isDelivered': ({ event }, params: { to: string }) => event.type === 'polku.deliver' && event.to === params.to,
    'polku.noRounds': ({ context }, params: RoundParams) => {
      const rounds = context.rounds[params.elementId];
      if (!rounds) return false;
      if (params.kind === 'standard') return params.testBefore === 'true' && rounds.done === 0 && !loopWantsMore(params, variablesOf(context), evaluate, 0);
      return rounds.total <= rounds.done;
    },
    'polku.moreRounds': ({ context, event }, params: RoundParams & { event?: string }) => {
      if (params.event && !(event.type === 'polku.complete' && event.elementId === params.elementId)) return false;
      // Guards run before actions: the values this very step records count already.
      const recorded = event.type === 'polku.complete' && event.values ? event.values : {};
      const variables = { ...variablesOf(context), ...recorded };
      const rounds = context.rounds[params.elementId] ?? { done: 0, total: 1 };
      const done = rounds.done + 1;
      if (params.kind === 'standard') return loopWantsMore(params, variables, evaluate, done);
      if (done >= rounds.total) return false;
      return !(params.completion && evaluate(params.completion, { ...variables, loopCounter: done, nrOfCompletedInstances: done, nrOfInstances: rounds.total }));
    },
    'polku.isInclusion': ({ event }, params: { gatewayId: string }) => event.type === 'polku.include' && event.gatewayId === params.gatewayId,
    'polku.isIncluded': ({ context }, params: { gatewayId: string; flowId: string }) => {
      const answer = context.answers[params.gatewayId];
      return Array.isArray(answer) && answer.includes(params.flowId);
    },
    'polku.anyIncluded': ({ context }, params: InclusiveParams) => includedByConditions(params, context, evaluate).length > 0,
    // The worker confirms this element's trigger, or a signal thrown in the pathway reaches it.
    'polku.isTrigger': ({ event }, params: { elementId: string; ref?: string }) =>
      'broadcast' in event ? params.ref !== undefined && event.ref === params.ref : 'elementId' in event && event.elementId === params.elementId,
  },
  actions: {
    ...withMergedUpdates(contextUpdates(evaluate)),
    'polku.interrupt': raise((_, params: { level: string; from?: string }) => ({ type: 'polku.interrupt' as const, level: params.level, ...(params.from ? { from: params.from } : {}) })),
    'polku.levelDone': raise((_, params: { level: string }) => ({ type: 'polku.levelDone' as const, level: params.level })),
    'polku.continue': raise((_, params: { elementId: string }) => ({ type: 'polku.continue' as const, elementId: params.elementId })),
    'polku.send': raise((_, params: { to: string; flow: string }) => ({ type: 'polku.deliver' as const, to: params.to, flow: params.flow })),
    'polku.raiseTo': raise((_, params: { to: string }) => ({ type: 'polku.raise' as const, to: params.to })),
    'polku.broadcast': raise(({ event }, params: { ref: string }) => ({ type: 'polku.signal' as const, ref: params.ref, broadcast: true as const, ...(event.at ? { at: event.at } : {}) })),
  },
});

/** What an action's context update sees. */
interface UpdateArgs {
  context: WalkContext;
  event: MachineEvent;
}

/** XState's property assigners: each key of the context an action sets, and how. */
type ContextUpdate = { [Key in keyof WalkContext]?: (args: UpdateArgs, params: never) => WalkContext[Key] };

/** Polku's context updates by action name; `withMergedUpdates` turns them into XState assigns. */
const contextUpdates = (evaluate: ConditionEvaluator) => ({
  'polku.enter': {
    // An element entered by an internal event (a parallel join's done event) was entered at the step's time.
    trace: ({ context, event }, params: { elementId: string }) => {
      const at = event.at ?? context.now;
      return [...context.trace, at ? { elementId: params.elementId, at } : { elementId: params.elementId }];
    },
  },
  'polku.answer': {
    answers: ({ context }, params: { gatewayId: string; flowId: string }) => ({ ...context.answers, [params.gatewayId]: params.flowId }),
  },
  'polku.record': {
    data: ({ context, event }) => (event.type === 'polku.complete' && event.values ? { ...context.data, ...event.values } : context.data),
  },
  'polku.startRounds': {
    rounds: ({ context }, params: RoundParams) =>
      context.rounds[params.elementId] ? context.rounds : { ...context.rounds, [params.elementId]: { done: 0, total: plannedRounds(params, context) } },
  },
  'polku.roundDone': {
    rounds: ({ context }, params: { elementId: string }) => {
      const rounds = context.rounds[params.elementId] ?? { done: 0, total: 1 };
      return { ...context.rounds, [params.elementId]: { ...rounds, done: rounds.done + 1 } };
    },
  },
  'polku.clearRounds': {
    rounds: ({ context }, params: { elementId: string }) => Object.fromEntries(Object.entries(context.rounds).filter(([id]) => id !== params.elementId)),
  },
  'polku.include': {
    answers: ({ context, event }, params: { gatewayId: string }) => (event.type === 'polku.include' ? { ...context.answers, [params.gatewayId]: [...event.flows] } : context.answers),
  },
  'polku.includeByConditions': {
    answers: ({ context }, params: InclusiveParams) => ({ ...context.answers, [params.gatewayId]: includedByConditions(params, context, evaluate) }),
  },
  'polku.completed': {
    completed: ({ context }, params: { elementId: string }) => [...context.completed, params.elementId],
  },
  'polku.noPath': {
    noPath: (_, params: { gatewayId: string }) => params.gatewayId,
  },
  'polku.schedule': {
    timers: ({ context, event }, params: { elementId: string; timerType: 'duration' | 'date' | 'cycle'; value: string }) => {
      const from = event.at ?? context.now ?? context.startedAt;
      const due = from ? timerDue({ type: params.timerType, value: params.value }, from) : undefined;
      return due ? { ...context.timers, [params.elementId]: { due } } : context.timers;
    },
  },
  // The step's time, for what it enters by an internal event; a step without a time leaves it.
  'polku.clock': { now: ({ context, event }) => event.at ?? context.now },
}) satisfies Record<string, ContextUpdate>;

const UPDATES: ReadonlySet<string> = new Set(Object.keys(contextUpdates(noEvaluator)));

/**
 * Each update as an XState assign, and `polku.updates`, which runs several in order as one
 * assign: XState copies the whole snapshot for every assign, which made adjacent updates most
 * of a step's cost (see `withStepUpdates`).
 */
function withMergedUpdates(updates: Record<string, ContextUpdate>) {
  type Setter = (args: UpdateArgs, params: never) => unknown;
  const setters = new Map(Object.entries(updates).map(([type, update]) => [type, Object.entries(update) as [keyof WalkContext, Setter][]]));
  const assigns: Record<string, ReturnType<typeof assign>> = {};
  for (const [type, update] of Object.entries(updates)) assigns[type] = assign(update as never);
  assigns['polku.updates'] = assign(({ context, event }: UpdateArgs, params: { actions: ActionRef[] }) => {
    const next: Record<string, unknown> = { ...context };
    const args = { context: next as unknown as WalkContext, event };
    for (const action of params.actions) {
      const keys = setters.get(action.type)!;
      // As XState's assign does: each key is computed from the context before this action.
      const values = keys.length === 1 ? [keys[0]![1](args, action.params as never)] : keys.map(([, set]) => set(args, action.params as never));
      for (let index = 0; index < keys.length; index++) next[keys[index]![0]] = values[index];
    }
    return next;
  }) as never;
  return assigns;
}

/** Every event the machine handles. */
type MachineEvent = StepEvent | BroadcastEvent | LevelEvent;

/** Internal events between the regions of a process level. */
type LevelEvent =
  | { type: 'polku.interrupt'; level: string; from?: string; at?: string }
  | { type: 'polku.levelDone'; level: string; at?: string }
  | { type: 'polku.raise'; to: string; at?: string }
  | { type: 'polku.deliver'; to: string; flow: string; at?: string }
  | { type: 'polku.continue'; elementId: string; at?: string }
  // Sent before each step: the step's time, for what it enters without an event of its own.
  | { type: 'polku.clock'; at: string };

type GuardRef = { type: string; params?: Record<string, unknown> };

/**
 * Guards that also ask which states are active are compiled as plain references (the pathway
 * stays JSON) and turned into XState's `stateIn` combinations here.
 */
function withStateGuards(config: unknown): unknown {
  if (Array.isArray(config)) return config.map(withStateGuards);
  if (typeof config !== 'object' || config === null) return config;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(config)) {
    result[key] = key === 'guard' ? stateGuard(value as GuardRef) : withStateGuards(value);
  }
  return result;
}

function stateGuard(guard: GuardRef): unknown {
  const params = guard.params ?? {};
  switch (guard.type) {
    case 'polku.inAny':
      return or((params.ids as string[]).map((id) => stateIn(`#${id}`)));
    case 'polku.triggerWhileIn':
      return and([{ type: 'polku.isTrigger', params: { elementId: params.elementId, ...(params.ref !== undefined ? { ref: params.ref } : {}) } }, stateIn(`#${String(params.host)}`)]);
    case 'polku.conditionWhileIn':
      return and([{ type: 'polku.condition', params: { flowId: params.flowId, expression: params.expression } }, stateIn(`#${String(params.host)}`)]);
    case 'polku.whileIn': {
      // Any named guard, taken only while the state `whileIn` is active.
      const { whileIn, guardType, ...rest } = params;
      return and([{ type: String(guardType), params: rest }, stateIn(`#${String(whileIn)}`)]);
    }
    default:
      return guard;
  }
}

/** How a looping activity counts its rounds (compile/loop.ts). */
interface RoundParams {
  elementId: string;
  kind: 'standard' | 'multiInstance';
  condition?: string;
  maximum?: string;
  testBefore?: string;
  count?: string;
  countField?: string;
  collectionField?: string;
  completion?: string;
}

// A standard loop goes round again while its condition holds and the maximum is not reached.
function loopWantsMore(params: RoundParams, variables: Record<string, unknown>, evaluate: ConditionEvaluator, done: number): boolean {
  if (params.maximum !== undefined && done >= Number(params.maximum)) return false;
  if (!params.condition) return true;
  return evaluate(params.condition, { ...variables, loopCounter: done });
}

// A multi-instance activity runs once per count, or per item of a recorded list (a list, or text with one item per line or comma).
function plannedRounds(params: RoundParams, context: WalkContext): number {
  if (params.kind === 'standard') return -1;
  if (params.count !== undefined) return Number(params.count);
  const value = context.data[(params.countField ?? params.collectionField)!];
  if (typeof value === 'number') return Math.max(0, Math.floor(value));
  if (Array.isArray(value)) return value.length;
  if (typeof value === 'string') return value.split(/[\n,;]/).map((item) => item.trim()).filter(Boolean).length;
  return 0;
}

interface InclusiveParams {
  gatewayId: string;
  flows: string[];
  expressions: string[];
  default?: string;
}

// Every flow whose condition holds, or the default flow when none does (BPMN 2.0 §13.4.3).
function includedByConditions(params: InclusiveParams, context: WalkContext, evaluate: ConditionEvaluator): string[] {
  const variables = variablesOf(context);
  const included = params.flows.filter((_, index) => evaluate(params.expressions[index]!, variables));
  return included.length > 0 ? included : params.default ? [params.default] : [];
}

/** The events a worker's step sends (`StepEvent`): a transition taken on one also moves the clock. */
const STEP_EVENTS: ReadonlySet<string> = new Set(['polku.complete', 'polku.choose', 'polku.include', 'polku.timer', 'polku.message', 'polku.signal']);

/**
 * The compiled states with each run of adjacent context updates merged into one
 * `polku.updates` action, and `polku.clock` first on every transition taken on a worker's
 * event: a step is one event, and the elements it enters by internal events (a parallel
 * join's done event) still see its time.
 */
function withStepUpdates<State extends StateConfig>(state: State): State {
  const transitions = (list: TransitionConfig[], step: boolean) =>
    list.map((transition) => {
      const actions = step ? [{ type: 'polku.clock', params: {} }, ...(transition.actions ?? [])] : transition.actions;
      return actions ? { ...transition, actions: mergeUpdates(actions) } : transition;
    });
  return {
    ...state,
    ...(state.entry ? { entry: mergeUpdates(state.entry) } : {}),
    ...(state.on ? { on: Object.fromEntries(Object.entries(state.on).map(([type, list]) => [type, transitions(list, STEP_EVENTS.has(type))])) } : {}),
    ...(state.always ? { always: transitions(state.always, false) } : {}),
    ...(state.onDone ? { onDone: transitions(state.onDone, false) } : {}),
    ...(state.states ? { states: Object.fromEntries(Object.entries(state.states).map(([key, inner]) => [key, withStepUpdates(inner)])) } : {}),
  };
}

function mergeUpdates(actions: ActionRef[]): ActionRef[] {
  const merged: ActionRef[] = [];
  let run: ActionRef[] = [];
  const flush = () => {
    if (run.length > 1) merged.push({ type: 'polku.updates', params: { actions: run } as unknown as ActionRef['params'] });
    else merged.push(...run);
    run = [];
  };
  for (const action of actions) {
    if (UPDATES.has(action.type)) run.push(action);
    else {
      flush();
      merged.push(action);
    }
  }
  flush();
  return merged;
}

const machines = new WeakMap<Pathway, Map<ConditionEvaluator, AnyStateMachine>>();

/**
 * The XState machine of a pathway, with Polku's guard and action implementations and the
 * given condition evaluator. Created once per pathway object and evaluator, and cached.
 */
export function createPathwayMachine(pathway: Pathway, evaluate: ConditionEvaluator = noEvaluator): AnyStateMachine {
  let byEvaluator = machines.get(pathway);
  if (!byEvaluator) machines.set(pathway, (byEvaluator = new Map()));
  let machine = byEvaluator.get(evaluate);
  if (!machine) {
    const root = withStateGuards(withStepUpdates<MachineConfig>(pathway.machine)) as { on?: Record<string, unknown> };
    const config = {
      ...root,
      // A clock event alone is answered at the root (a step's own transitions set the clock too).
      on: { ...root.on, 'polku.clock': [{ actions: [{ type: 'polku.clock' }] }] },
      context: ({ input }: { input: { startedAt?: string } | undefined }) => ({ trace: [], completed: [], answers: {}, data: {}, rounds: {}, timers: {}, ...(input?.startedAt ? { startedAt: input.startedAt } : {}) }),
    };
    const setupWith = implementations(evaluate);
    machine = setupWith.createMachine(config as unknown as Parameters<typeof setupWith.createMachine>[0]) as unknown as AnyStateMachine;
    byEvaluator.set(evaluate, machine);
  }
  return machine;
}
