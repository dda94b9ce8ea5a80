import type { Pathway } from '../ir/types.js';
import { availableTriggers, type AvailableTrigger } from './check-event.js';
import type { ConditionEvaluator } from './evaluator.js';
import { createActor, type AnyActorRef } from 'xstate';
import { checkEvent } from './check-event.js';
import { activeElements, initialSnapshot, machineFor, restoreSnapshot, toSnapshot, undoStep } from './next-step.js';
import { progressOf, type Progress } from './progress.js';
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
  let snapshot = options.snapshot ? restoreSnapshot(pathway, options.snapshot, stepOptions) : initialSnapshot(pathway, { ...stepOptions, startedAt: clock().toISOString() });
  const listeners = new Set<(walkthrough: Walkthrough) => void>();
  // One live XState actor steps the walkthrough: the pure step function builds an actor per
  // call, which is what makes it pure and also what makes it slow for a running walkthrough.
  const machine = machineFor(pathway, stepOptions);
  const startActor = (from: WalkthroughSnapshot): AnyActorRef =>
    createActor(machine, { snapshot: machine.resolveState({ value: from.value, context: from.context } as never) }).start();
  let actor = startActor(snapshot);
  const apply = (event: StepEvent) => {
    const stamped = { ...event, at: clock().toISOString() };
    checkEvent(pathway, snapshot, stamped);
    actor.send({ type: 'polku.clock', at: stamped.at });
    actor.send(stamped);
    try {
      snapshot = toSnapshot(pathway, actor.getSnapshot(), [...snapshot.events, stamped]);
    } catch (error) {
      // The step found no flow: it is not taken, and the walkthrough stays where it was.
      actor.stop();
      actor = startActor(snapshot);
      throw error;
    }
    notify();
  };
  const notify = () => {
    for (const listener of listeners) listener(walkthrough);
  };
  const walkthrough: Walkthrough = {
    pathway,
    get snapshot() {
      return snapshot;
    },
    get active() {
      return activeElements(snapshot, pathway);
    },
    get done() {
      return snapshot.status === 'done';
    },
    get progress() {
      return progressOf(pathway, snapshot);
    },
    complete(elementId, values) {
      apply(values ? { type: 'polku.complete', elementId, values } : { type: 'polku.complete', elementId });
    },
    choose(gatewayId, flowId) {
      apply(Array.isArray(flowId) ? { type: 'polku.include', gatewayId, flows: flowId } : { type: 'polku.choose', gatewayId, flowId });
    },
    get triggers() {
      return availableTriggers(pathway, snapshot);
    },
    trigger(elementId) {
      const kind = availableTriggers(pathway, snapshot).find((candidate) => candidate.elementId === elementId)?.kind ?? pathway.nodes[elementId]?.trigger?.kind;
      apply({ type: kind === 'timer' ? 'polku.timer' : kind === 'signal' ? 'polku.signal' : 'polku.message', elementId });
    },
    back() {
      if (snapshot.events.length === 0) return false;
      snapshot = undoStep(pathway, snapshot, stepOptions);
      actor.stop();
      actor = startActor(snapshot);
      notify();
      return true;
    },
    trace: () => snapshot.context.trace.map((entry) => entry.elementId),
    history: () => [...snapshot.context.trace],
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return walkthrough;
}
