import { initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import { WalkthroughError } from '../errors/walkthrough-error.js';
import type { Pathway } from '../ir/types.js';
import { fromStateKey, isSyntheticKey } from '../_internal/state-id.js';
import { checkEvent } from './check-event.js';
import type { ConditionEvaluator } from './evaluator.js';
import { createPathwayMachine } from './machine.js';
import type { StepEvent, WalkContext, WalkthroughSnapshot } from './types.js';

/** Options of the step functions. */
export interface StepOptions {
  /** Evaluates FEEL conditions; required when `pathway.conditional` (use `feelEvaluator` from `@polku/core/feel`). */
  evaluate?: ConditionEvaluator;
  /** When the walkthrough started (ISO 8601); timers count from it until a step stamps a time. */
  startedAt?: string;
}

/** The machine for `pathway` with the evaluator it needs (internal: used by the walkthrough wrapper). */
export function machineFor(pathway: Pathway, options: StepOptions) {
  if (pathway.conditional && !options.evaluate) {
    throw new WalkthroughError('evaluator-missing', `Pathway "${pathway.id}" has gateways decided by conditions; pass an evaluator, e.g. { evaluate: feelEvaluator } from '@polku/core/feel'.`);
  }
  return createPathwayMachine(pathway, options.evaluate);
}

/**
 * The walkthrough at its start: the start event entered and passed, the first step(s) active.
 *
 * @example
 * let snapshot = initialSnapshot(pathway);
 * snapshot = nextStep(pathway, snapshot, { type: 'polku.complete', elementId: 'Task_Prepare' });
 */
export function initialSnapshot(pathway: Pathway, options: StepOptions = {}): WalkthroughSnapshot {
  const [state] = initialTransition(machineFor(pathway, options), options.startedAt ? { startedAt: options.startedAt } : undefined);
  return toSnapshot(pathway, state, []);
}

/**
 * The pure step function: the snapshot after the worker's `event`, without side effects.
 * Throws a {@link WalkthroughError} when the event does not fit the walkthrough: the element
 * is not active (`step-not-active`) or the answer is not one of the decision's (`unknown-answer`).
 */
export function nextStep(pathway: Pathway, snapshot: WalkthroughSnapshot, event: StepEvent, options: StepOptions = {}): WalkthroughSnapshot {
  assertBelongs(pathway, snapshot);
  checkEvent(pathway, snapshot, event);
  const machine = machineFor(pathway, options);
  const before = machine.resolveState({ value: snapshot.value, context: snapshot.context } as never);
  let [state] = transition(machine, before, event);
  // The step's transitions set the clock; a step that no transition takes still moves it.
  if (event.at && state.context === before.context) [state] = transition(machine, state, { type: 'polku.clock', at: event.at } as never);
  return toSnapshot(pathway, state, [...snapshot.events, event]);
}

/** The snapshot before the last step, by replaying all steps but the last. The start stays the start. */
export function undoStep(pathway: Pathway, snapshot: WalkthroughSnapshot, options: StepOptions = {}): WalkthroughSnapshot {
  assertBelongs(pathway, snapshot);
  return replay(pathway, snapshot.events.slice(0, -1), withStart(options, snapshot));
}

/**
 * Checks that a saved snapshot belongs to `pathway` (id and content hash) and rebuilds it by
 * replaying its own step log, so a hand-edited state cannot sneak in.
 */
export function restoreSnapshot(pathway: Pathway, saved: WalkthroughSnapshot, options: StepOptions = {}): WalkthroughSnapshot {
  assertBelongs(pathway, saved);
  return replay(pathway, saved.events, withStart(options, saved));
}

/** Replays a list of steps from the start. */
export function replay(pathway: Pathway, events: readonly StepEvent[], options: StepOptions = {}): WalkthroughSnapshot {
  let snapshot = initialSnapshot(pathway, options);
  for (const event of events) snapshot = nextStep(pathway, snapshot, event, options);
  return snapshot;
}

/**
 * The BPMN ids of the elements waiting for the worker now, in model order. Pass the pathway to
 * leave out end events a process level's main flow rests in while its side paths still run.
 */
export function activeElements(snapshot: WalkthroughSnapshot, pathway?: Pathway): string[] {
  if (snapshot.status === 'done') return [];
  const ids: string[] = [];
  collectElements(snapshot.value, ids);
  return pathway ? ids.filter((id) => pathway.nodes[id]?.role !== 'end') : ids;
}

// Leaves are element states; objects are compound elements (sub-processes, parallel forks)
// and their regions, whose inner values are scopes again. Synthetic keys contain ':'.
function collectElements(value: unknown, ids: string[]): void {
  if (typeof value === 'string') {
    // Only a key with an escape differs from its element id (the check spares a step two regex replaces).
    if (!isSyntheticKey(value)) ids.push(value.includes('%') ? fromStateKey(value) : value);
    return;
  }
  for (const inner of Object.values(value as Record<string, unknown>)) collectElements(inner, ids);
}

/** A walkthrough snapshot of an XState state; throws `no-flow-taken` for a step that found no flow (internal). */
export function toSnapshot(pathway: Pathway, state: AnyMachineSnapshot, events: StepEvent[]): WalkthroughSnapshot {
  const context = state.context as WalkContext;
  if (context.noPath) {
    // The step is not taken: the caller keeps the snapshot it had, and learns why.
    throw new WalkthroughError(
      'no-flow-taken',
      `No outgoing flow of gateway "${context.noPath}" can be taken: no condition holds for the recorded values and there is no default flow (BPMN 2.0 §13.4.2). Check the values, or add a default flow to the model.`,
      { elementId: context.noPath, elementType: 'bpmn:ExclusiveGateway' },
    );
  }
  return {
    format: 'polku-walkthrough',
    version: 1,
    pathwayId: pathway.id,
    pathwayHash: pathway.hash,
    events,
    value: state.value,
    context: state.context as WalkContext,
    status: state.status === 'done' ? 'done' : 'active',
  };
}

/** A saved walkthrough restored against another model is a typed error, never a guess. */
function assertBelongs(pathway: Pathway, snapshot: WalkthroughSnapshot): void {
  if (snapshot.format !== 'polku-walkthrough' || snapshot.version !== 1) {
    throw new WalkthroughError('snapshot-invalid', 'This is not a saved Polku walkthrough (format polku-walkthrough, version 1).');
  }
  if (snapshot.pathwayId !== pathway.id) {
    throw new WalkthroughError('snapshot-model-mismatch', `The walkthrough belongs to pathway "${snapshot.pathwayId}", not "${pathway.id}".`);
  }
  if (snapshot.pathwayHash !== pathway.hash) {
    throw new WalkthroughError('snapshot-model-changed', `The pathway "${pathway.id}" changed since this walkthrough was saved (hash ${snapshot.pathwayHash}, now ${pathway.hash}).`);
  }
}

/**
 * The side paths (non-interrupting boundary events, event sub-processes) waiting for their
 * trigger now: their synthetic `<id>:idle` states are active.
 */
export function waitingSides(snapshot: WalkthroughSnapshot): string[] {
  const ids: string[] = [];
  const scan = (value: unknown) => {
    if (typeof value === 'string') {
      if (value.endsWith(':idle')) ids.push(fromStateKey(value.slice(0, -':idle'.length)));
      return;
    }
    for (const inner of Object.values(value as Record<string, unknown>)) scan(inner);
  };
  if (snapshot.status !== 'done') scan(snapshot.value);
  return ids;
}

function withStart(options: StepOptions, snapshot: WalkthroughSnapshot): StepOptions {
  return snapshot.context.startedAt && !options.startedAt ? { ...options, startedAt: snapshot.context.startedAt } : options;
}
