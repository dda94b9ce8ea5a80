import type { Pathway } from '../ir/types.js';
import { availableTriggers, type AvailableTrigger } from './check-event.js';
import type { ConditionEvaluator } from './evaluator.js';
import { createActor, type AnyActorRef, type AnyMachineSnapshot } from 'xstate';
import { checkEvent } from './check-event.js';
import { activeElements, machineFor, restoreSnapshot, toSnapshot, undoStep } from './next-step.js';
import { progressOf, type Progress } from './progress.js';
import { isoTime } from './timers.js';
import type { FieldValue, StepEvent, TraceEntry, WalkthroughSnapshot } from './types.js';

/** Options of {@link createWalkthrough}. */
export interface WalkthroughOptions {
  /** A saved snapshot to resume from; it must belong to the same pathway and content hash. */
  snapshot?: WalkthroughSnapshot;
  /** The clock that stamps each step; tests and previews pass a fixed one. Default: now. */
  clock?: () => Date;
  /** Evaluates FEEL conditions; required when `pathway.conditional` (`feelEvaluator` from `@polku/core/feel`). */
  evaluate?: ConditionEvaluator;
}

/** A running walkthrough: steps, undo, and a subscription for views. */
export interface Walkthrough {
  readonly pathway: Pathway;
  /** The current snapshot (plain JSON, ready to save). */
  readonly snapshot: WalkthroughSnapshot;
  /** Ids of the steps and decisions waiting for the worker. */
  readonly active: string[];
  readonly done: boolean;
  readonly progress: Progress;
  /** Marks a task done, with the values its fields asked for. */
  complete(elementId: string, values?: Record<string, FieldValue>): void;
  /** Answers a decision with one of its outgoing flows (several, as a list, for an inclusive decision). */
  choose(gatewayId: string, flowId: string | string[]): void;
  /** The timers, messages and signals that can be confirmed now (see {@link availableTriggers}). */
  readonly triggers: AvailableTrigger[];
  /** Confirms that the timer, message or signal `elementId` waits for has happened. */
  trigger(elementId: string): void;
  /** Takes back the last step; false when there is none. */
  back(): boolean;
  /** The element ids entered so far, in order. */
  trace(): string[];
  /** Trace entries with their times. */
  history(): TraceEntry[];
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: (walkthrough: Walkthrough) => void): () => void;
}

/**
 * Wraps the pure step function in a small stateful object for views: it keeps the current
 * snapshot, stamps steps with the clock, and notifies subscribers.
 *
 * @example
 * const walk = createWalkthrough(pathway);
 * walk.complete('Task_Prepare');
 * walk.choose('Gateway_PlacementType', 'Flow_Emergency');
 * walk.back();
 */
export function createWalkthrough(pathway: Pathway, options: WalkthroughOptions = {}): Walkthrough {
  const clock = options.clock ?? (() => new Date());
  const stepOptions = options.evaluate ? { evaluate: options.evaluate } : {};
  const machine = machineFor(pathway, stepOptions);
  const listeners = new Set<(walkthrough: Walkthrough) => void>();
  // One live XState actor steps the walkthrough: the pure step function builds an actor per
  // call, which is what makes it pure and also what makes it slow for a running walkthrough.
  const startActor = (from: WalkthroughSnapshot): AnyActorRef =>
    createActor(machine, { snapshot: machine.resolveState({ value: from.value, context: from.context } as never) }).start();
  let actor: AnyActorRef;
  // The step log. A snapshot handed out shares it until the next step, which then copies it,
  // so a snapshot once read never changes and a step does not copy the log nobody read.
  let events: StepEvent[];
  let eventsShared = false;
  // The snapshot of the current state, built when first read after a step.
  let current: WalkthroughSnapshot | undefined;
  if (options.snapshot) {
    current = restoreSnapshot(pathway, options.snapshot, stepOptions);
    events = current.events;
    eventsShared = true;
    actor = startActor(current);
  } else {
    // The actor computes the start itself; it runs only once the start has no problem.
    actor = createActor(machine, { input: { startedAt: isoTime(clock()) } });
    const start = actor.getSnapshot() as AnyMachineSnapshot;
    if (start.status === 'error') throw start.error;
    events = [];
    current = toSnapshot(pathway, start, events);
    actor.start();
  }
  const snapshotNow = (): WalkthroughSnapshot => (current ??= toSnapshot(pathway, actor.getSnapshot() as AnyMachineSnapshot, events));
  // Each step event is built whole with its time (a spread copy made XState's steps slower).
  const now = () => isoTime(clock());
  const apply = (stamped: StepEvent & { at: string }) => {
    const before = snapshotNow();
    checkEvent(pathway, before, stamped);
    actor.send(stamped);
    // The step's transitions set the clock; a step that no transition takes still moves it.
    if ((actor.getSnapshot() as AnyMachineSnapshot).context === before.context) actor.send({ type: 'polku.clock', at: stamped.at });
    const after = actor.getSnapshot() as AnyMachineSnapshot;
    if (after.status === 'error' || after.context.noPath) {
      // The step found no flow (or an action failed): it is not taken, and the walkthrough stays where it was.
      actor.stop();
      actor = startActor(before);
      if (after.status === 'error') throw after.error;
      toSnapshot(pathway, after, events); // throws no-flow-taken, naming the gateway
    }
    if (eventsShared) {
      events = [...events, stamped];
      eventsShared = false;
    } else events.push(stamped);
    current = undefined;
    notify();
  };
  const notify = () => {
    if (listeners.size > 0) for (const listener of listeners) listener(walkthrough);
  };
  const walkthrough: Walkthrough = {
    pathway,
    get snapshot() {
      eventsShared = true;
      return snapshotNow();
    },
    get active() {
      return activeElements(snapshotNow(), pathway);
    },
    get done() {
      return actor.getSnapshot().status === 'done';
    },
    get progress() {
      return progressOf(pathway, snapshotNow());
    },
    complete(elementId, values) {
      apply(values ? { type: 'polku.complete', elementId, values, at: now() } : { type: 'polku.complete', elementId, at: now() });
    },
    choose(gatewayId, flowId) {
      apply(Array.isArray(flowId) ? { type: 'polku.include', gatewayId, flows: flowId, at: now() } : { type: 'polku.choose', gatewayId, flowId, at: now() });
    },
    get triggers() {
      return availableTriggers(pathway, snapshotNow());
    },
    trigger(elementId) {
      const kind = availableTriggers(pathway, snapshotNow()).find((candidate) => candidate.elementId === elementId)?.kind ?? pathway.nodes[elementId]?.trigger?.kind;
      apply({ type: kind === 'timer' ? 'polku.timer' : kind === 'signal' ? 'polku.signal' : 'polku.message', elementId, at: now() });
    },
    back() {
      if (events.length === 0) return false;
      current = undoStep(pathway, snapshotNow(), stepOptions);
      events = current.events;
      eventsShared = true;
      actor.stop();
      actor = startActor(current);
      notify();
      return true;
    },
    trace: () => snapshotNow().context.trace.map((entry) => entry.elementId),
    history: () => [...snapshotNow().context.trace],
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return walkthrough;
}
