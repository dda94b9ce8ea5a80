/**
 * Replays one of Polku's paths in bpmn-engine: each step must be something the engine waits
 * for at that moment, the engine must then finish, and it must have reached the same end
 * events and completed the same activities.
 */
import type { FieldValue, Pathway } from '@polku/core';
import type { PathwayPath } from '@polku/core/compiler';
import { EngineRun, NotWaiting, type EngineOutcome } from './engine-run.js';
import type { EngineModel } from './prepare.js';

/** The result of one replay: `failure` says what went wrong, in words a test can print. */
export interface ReplayResult {
  failure?: string;
  outcome: EngineOutcome;
  /** True when the completed activities matched only as a multiset (parallel branches finished in another order). */
  reordered: boolean;
}

/** Sorted copy, for comparing as multisets. */
export const sorted = (items: readonly string[]) => items.toSorted();

/** The outcome of a path or a run as one comparable key: end events and completed activities, as multisets. */
export const outcomeKey = (outcome: { endEvents: readonly string[]; completed: readonly string[] }) => JSON.stringify([sorted(outcome.endEvents), sorted(outcome.completed)]);

/**
 * Replays `path` of `pathway` in a fresh engine run over `model`; `values` are the field values
 * each step records (by default the path's `data`, see `valuesPerStep`).
 */
export async function replayPath(model: EngineModel, pathway: Pathway, path: PathwayPath, values?: readonly Record<string, FieldValue>[]): Promise<ReplayResult> {
  const run = await EngineRun.start(model);
  const fail = async (failure: string): Promise<ReplayResult> => {
    await run.stop();
    return { failure, outcome: run.outcome(), reordered: false };
  };
  for (const [index, step] of path.steps.entries()) {
    const where = `step ${index + 1} (${step.kind} ${step.kind === 'choose' ? `${step.gateway} → ${step.flows.join('+')}` : step.element})`;
    if (run.error) return fail(`the engine failed before ${where}: ${run.error}`);
    if (run.done) return fail(`the engine had already finished before ${where}`);
    try {
      if (step.kind === 'complete') {
        run.complete(step.element, values?.[index] ?? Object.fromEntries(pathway.nodes[step.element]!.fields.filter((field) => field.key in path.data).map((field) => [field.key, path.data[field.key]!])));
      } else if (step.kind === 'choose') {
        run.choose(step.gateway, step.flows);
      } else {
        run.trigger(step.kind, step.element);
      }
    } catch (error) {
      if (error instanceof NotWaiting) return fail(`${where} was not accepted: ${error.message}`);
      throw error;
    }
  }
  const outcome = run.outcome();
  if (outcome.status === 'error') return fail(`the engine failed: ${outcome.error}`);
  if (outcome.status !== 'done') return fail(`after the last step the engine had not finished; it waits at ${run.describeWaits()}`);
  if (JSON.stringify(sorted(outcome.endEvents)) !== JSON.stringify(sorted(path.endEvents))) {
    return fail(`the engine reached end events [${outcome.endEvents.join(', ')}], Polku [${path.endEvents.join(', ')}]`);
  }
  if (JSON.stringify(sorted(outcome.completed)) !== JSON.stringify(sorted(path.completed))) {
    return fail(`the engine completed [${outcome.completed.join(', ')}], Polku [${path.completed.join(', ')}]`);
  }
  // The worker's own steps complete in the order the harness fed them, whatever the branches do.
  const steps = new Set(path.steps.filter((step) => step.kind === 'complete').map((step) => step.element));
  const engineSteps = outcome.completed.filter((id) => steps.has(id));
  const polkuSteps = path.completed.filter((id) => steps.has(id));
  if (JSON.stringify(engineSteps) !== JSON.stringify(polkuSteps)) {
    return fail(`the worker's steps completed in another order: engine [${engineSteps.join(', ')}], Polku [${polkuSteps.join(', ')}]`);
  }
  return { outcome, reordered: JSON.stringify(outcome.completed) !== JSON.stringify(path.completed) };
}
