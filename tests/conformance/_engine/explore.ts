/**
 * Explores bpmn-engine's own outcomes, without asking Polku: a bounded depth-first search over
 * what the engine waits for. At each point it tries every answer of a waiting decision (every
 * non-empty set of answers for an inclusive one), completes a waiting step with each value its
 * fields may take for the conditions, and fires each pending timer, message or signal. Runs
 * are replayed from the start for each branch (bpmn-engine is deterministic under the
 * harness's clock). Loops are bounded like Polku's `maxLoops`: a run is dropped once any
 * element has started more than `maxLoops + 1` times.
 */
import { EngineRun, type EngineWait } from './engine-run.js';
import type { EngineModel } from './prepare.js';
import { outcomeKey } from './replay.js';

import type { FieldValue } from '@polku/core';

/** One thing the harness does to the engine. */
export type EngineAction =
  | { kind: 'complete'; element: string; values: Record<string, FieldValue> }
  | { kind: 'choose'; gateway: string; flows: string[] }
  | { kind: 'timer' | 'message' | 'signal'; element: string };

/** Options of {@link exploreEngine}. */
export interface ExploreOptions {
  maxLoops: number;
  /** Stop after this many runs and report `truncated`. */
  maxRuns: number;
  /**
   * `all`: act on every waiting element in turn (every interleaving of parallel branches);
   * `first`: act only on the element that has waited longest, plus every pending event.
   */
  interleave: 'all' | 'first';
  /** Values to try for a field that a condition reads; fields without any are left empty. */
  valuesOf: (fieldKey: string) => FieldValue[];
}

/** An outcome the engine reached, with one sequence of actions that reaches it. */
export interface EngineFinding {
  status: 'done' | 'error' | 'stuck';
  endEvents: string[];
  completed: string[];
  actions: EngineAction[];
  error?: string;
}

/** Everything the search found. */
export interface Exploration {
  /** By {@link outcomeKey}; errors and dead ends by their own key. */
  findings: Map<string, EngineFinding>;
  runs: number;
  truncated: boolean;
}

/** Runs the bounded search over `model`. */
export async function exploreEngine(model: EngineModel, options: ExploreOptions): Promise<Exploration> {
  const findings = new Map<string, EngineFinding>();
  let runs = 0;
  let truncated = false;

  const replay = async (actions: EngineAction[]) => {
    runs++;
    const run = await EngineRun.start(model);
    for (const action of actions) apply(run, action);
    return run;
  };

  const visit = async (run: EngineRun, actions: EngineAction[]): Promise<void> => {
    if ([...run.starts.values()].some((count) => count > options.maxLoops + 1)) return run.stop();
    const outcome = run.outcome();
    if (outcome.status === 'error') {
      findings.set(`error:${outcome.error}`, { status: 'error', endEvents: outcome.endEvents, completed: outcome.completed, actions, error: outcome.error! });
      return;
    }
    if (outcome.status === 'done') {
      const key = outcomeKey(outcome);
      if (!findings.has(key)) findings.set(key, { status: 'done', endEvents: outcome.endEvents, completed: outcome.completed, actions });
      return;
    }
    const next = actionsAt(run.waiting(), options);
    if (next.length === 0) {
      findings.set(`stuck:${outcomeKey(outcome)}`, { status: 'stuck', endEvents: outcome.endEvents, completed: outcome.completed, actions });
      return run.stop();
    }
    // The live run takes the last branch; the others start again from a replay of the actions so far.
    for (const [index, action] of next.entries()) {
      if (runs >= options.maxRuns) {
        truncated = true;
        return run.stop();
      }
      const branch = index === next.length - 1 ? run : await replay(actions);
      apply(branch, action);
      await visit(branch, [...actions, action]);
    }
  };

  runs++;
  await visit(await EngineRun.start(model), []);
  return { findings, runs, truncated };
}

/** Does `action` in `run`. */
export function apply(run: EngineRun, action: EngineAction): void {
  if (action.kind === 'complete') run.complete(action.element, action.values);
  else if (action.kind === 'choose') run.choose(action.gateway, action.flows);
  else run.trigger(action.kind, action.element);
}

function actionsAt(waits: EngineWait[], options: ExploreOptions): EngineAction[] {
  const events = waits.filter((wait) => wait.kind === 'timer' || wait.kind === 'message' || wait.kind === 'signal');
  const workers = waits.filter((wait) => wait.kind === 'step' || wait.kind === 'decide');
  const chosen = options.interleave === 'all' ? waits : [...workers.slice(0, 1), ...events];
  return chosen.flatMap((wait): EngineAction[] => {
    switch (wait.kind) {
      case 'step':
        return valueCombinations(wait.fields ?? [], options).map((values) => ({ kind: 'complete', element: wait.element, values }));
      case 'decide':
        return (wait.inclusive ? nonEmptySubsets(wait.flows!) : wait.flows!.map((flow) => [flow])).map((flows) => ({ kind: 'choose', gateway: wait.element, flows }));
      default:
        return [{ kind: wait.kind, element: wait.element }];
    }
  });
}

function valueCombinations(fields: string[], options: ExploreOptions): Record<string, FieldValue>[] {
  let combinations: Record<string, FieldValue>[] = [{}];
  for (const key of fields) {
    const values = options.valuesOf(key);
    if (values.length === 0) continue;
    combinations = combinations.flatMap((combination) => values.map((value) => ({ ...combination, [key]: value })));
  }
  return combinations;
}

function nonEmptySubsets(items: string[]): string[][] {
  const subsets: string[][] = [];
  for (let mask = 1; mask < 1 << items.length; mask++) subsets.push(items.filter((_, index) => mask & (1 << index)));
  return subsets;
}

/**
 * Seeded random walks through the engine: at each point one of the actions {@link exploreEngine}
 * would try, picked by a linear congruential generator, until the run ends or breaks the loop
 * bound. For models whose full search is too long to run here.
 */
export async function randomWalks(model: EngineModel, options: ExploreOptions & { walks: number; seed: number }): Promise<Exploration> {
  const findings = new Map<string, EngineFinding>();
  let state = options.seed >>> 0;
  const random = (below: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % below;
  };
  let runs = 0;
  let truncated = false;
  for (let walk = 0; walk < options.walks; walk++) {
    runs++;
    const run = await EngineRun.start(model);
    const actions: EngineAction[] = [];
    for (;;) {
      if ([...run.starts.values()].some((count) => count > options.maxLoops + 1)) {
        truncated = true;
        await run.stop();
        break;
      }
      const outcome = run.outcome();
      if (outcome.status !== 'waiting') {
        const key = outcome.status === 'error' ? `error:${outcome.error}` : outcomeKey(outcome);
        if (!findings.has(key)) findings.set(key, { status: outcome.status, endEvents: outcome.endEvents, completed: outcome.completed, actions, ...(outcome.error ? { error: outcome.error } : {}) });
        break;
      }
      const next = actionsAt(run.waiting(), options);
      if (next.length === 0) {
        findings.set(`stuck:${outcomeKey(outcome)}`, { status: 'stuck', endEvents: outcome.endEvents, completed: outcome.completed, actions });
        await run.stop();
        break;
      }
      const action = next[random(next.length)]!;
      apply(run, action);
      actions.push(action);
    }
  }
  return { findings, runs, truncated };
}
