import { isPolkuError } from '../errors/polku-error.js';
import type { Pathway } from '../ir/types.js';
import type { ConditionEvaluator } from '../runtime/evaluator.js';
import { availableTriggers } from '../runtime/check-event.js';
import { activeElements, initialSnapshot, nextStep, type StepOptions } from '../runtime/next-step.js';
import type { FieldValue, StepEvent, WalkthroughSnapshot } from '../runtime/types.js';
import { candidateValues, neutralValue } from './candidate-values.js';

/** One step of a walkthrough, as the `paths` contract writes it. */
export type PathStep =
  | { kind: 'complete'; element: string }
  | { kind: 'choose'; gateway: string; flows: string[] }
  | { kind: 'timer'; element: string }
  | { kind: 'message'; element: string }
  | { kind: 'signal'; element: string };

/** One distinct walkthrough from the start to an end. */
export interface PathwayPath {
  steps: PathStep[];
  /** Field values this path assumes (only fields that conditions read). */
  data: Record<string, FieldValue>;
  /** Activities completed, in order. */
  completed: string[];
  /** End events reached. */
  endEvents: string[];
}

/** Options of {@link enumeratePaths}. */
export interface PathOptions {
  /** How many times a loop may be taken again: an element is entered at most `maxLoops + 1` times. Default 1. */
  maxLoops?: number;
  /** Stop after this many paths and report `truncated`. Default 10,000. */
  maxPaths?: number;
  /** Evaluator for conditional pathways; default: `@polku/core/feel`, loaded when needed. */
  evaluate?: ConditionEvaluator;
}

/**
 * Every distinct walkthrough of a pathway: each decision answer, each trigger a waiting element
 * or an activity's boundary event offers, and for steps whose fields a condition reads, each
 * value that takes a different branch. Independent parallel branches are not interleaved in
 * every order: at each point only the first active element (in model order) acts, which
 * reaches every outcome when branches do not influence each other (signals and shared fields
 * between branches are the exception, see docs/semantics.md). Loops are cut by `maxLoops`.
 * Paths are distinct by their steps; those that end nowhere (cut loops) are left out.
 *
 * @example
 * const { paths } = await enumeratePaths(pathway, { maxLoops: 1 });
 */
export async function enumeratePaths(pathway: Pathway, options: PathOptions = {}): Promise<{ paths: PathwayPath[]; truncated: boolean }> {
  const maxLoops = options.maxLoops ?? 1;
  const maxPaths = options.maxPaths ?? 10_000;
  const evaluate = options.evaluate ?? (pathway.conditional ? (await import('../feel.js')).feelEvaluator : undefined);
  const stepOptions: StepOptions = evaluate ? { evaluate } : {};
  const candidates = candidateValues(pathway);
  const paths: PathwayPath[] = [];
  const seen = new Set<string>();
  let truncated = false;

  const visitsOk = (snapshot: WalkthroughSnapshot) => {
    const counts = new Map<string, number>();
    // Rounds of a multi-instance activity are not loops the modeller drew: they do not count.
    for (const entry of snapshot.context.trace) {
      if (pathway.nodes[entry.elementId]?.loop?.kind === 'multiInstance') continue;
      counts.set(entry.elementId, (counts.get(entry.elementId) ?? 0) + 1);
    }
    return [...counts.values()].every((count) => count <= maxLoops + 1);
  };

  const explore = (snapshot: WalkthroughSnapshot, steps: PathStep[], data: Record<string, FieldValue>) => {
    if (paths.length >= maxPaths) {
      truncated = true;
      return;
    }
    if (!visitsOk(snapshot)) return;
    if (snapshot.status === 'done') {
      // Values that lead down the same steps are one walkthrough: keep the first.
      const key = JSON.stringify(steps);
      if (seen.has(key)) return;
      seen.add(key);
      const endEvents = snapshot.context.trace.map((entry) => entry.elementId).filter((id) => pathway.nodes[id]?.role === 'end');
      paths.push({ steps, data, completed: [...snapshot.context.completed], endEvents });
      return;
    }
    for (const [event, step, assumed] of optionsAt(snapshot)) {
      let next: WalkthroughSnapshot;
      try {
        next = nextStep(pathway, snapshot, event, stepOptions);
      } catch (error) {
        // A combination of values that no flow accepts is not a walkthrough; anything else is a bug.
        if (isPolkuError(error) && error.code === 'no-flow-taken') continue;
        throw error;
      }
      explore(next, [...steps, step], { ...data, ...assumed });
    }
  };

  // What can happen next: the first active element acts (or a boundary event of it or its scopes fires).
  const optionsAt = (snapshot: WalkthroughSnapshot): [StepEvent, PathStep, Record<string, FieldValue>][] => {
    const first = activeElements(snapshot, pathway)[0];
    if (first === undefined) return [];
    const node = pathway.nodes[first]!;
    const result: [StepEvent, PathStep, Record<string, FieldValue>][] = [];
    if (node.role === 'step') {
      for (const values of valueCombinations(node.fields)) {
        const assumed = Object.fromEntries(Object.entries(values).filter(([key]) => candidates.has(key)));
        const event: StepEvent = Object.keys(values).length > 0 ? { type: 'polku.complete', elementId: first, values } : { type: 'polku.complete', elementId: first };
        result.push([event, { kind: 'complete', element: first }, assumed]);
      }
    } else if (node.role === 'decision' && node.type === 'inclusiveGateway') {
      for (const flows of nonEmptySubsets(node.outgoing)) result.push([{ type: 'polku.include', gatewayId: first, flows }, { kind: 'choose', gateway: first, flows }, {}]);
    } else if (node.role === 'decision') {
      for (const flowId of node.outgoing) result.push([{ type: 'polku.choose', gatewayId: first, flowId }, { kind: 'choose', gateway: first, flows: [flowId] }, {}]);
    }
    const scopes = new Set<string>([first]);
    for (let owner = node.parent; owner; owner = pathway.nodes[owner]?.parent) scopes.add(owner);
    for (const trigger of availableTriggers(pathway, snapshot)) {
      const target = pathway.nodes[trigger.elementId]!;
      const eventSubProcess = target.parent ? pathway.nodes[target.parent] : undefined;
      // A pool waiting for a message or signal from outside may start at any point: pools talk to
      // each other by messages, so when it starts can change the outcome.
      const startsPool = pathway.pools?.some((pool) => pool.start === target.id) ?? false;
      const relevant = startsPool
        ? true
        : target.attachedTo
        ? scopes.has(target.attachedTo)
        : eventSubProcess?.eventSubProcess
          ? eventSubProcess.parent === undefined || scopes.has(eventSubProcess.parent)
          : node.role === 'wait';
      if (!relevant) continue;
      result.push([{ type: `polku.${trigger.kind}`, elementId: trigger.elementId }, { kind: trigger.kind, element: trigger.elementId }, {}]);
    }
    return result;
  };

  const valueCombinations = (fields: Pathway['nodes'][string]['fields']): Record<string, FieldValue>[] => {
    let combinations: Record<string, FieldValue>[] = [{}];
    for (const field of fields) {
      const tried = candidates.get(field.key) ?? (field.required ? [neutralValue(field)] : []);
      if (tried.length === 0) continue;
      combinations = combinations.flatMap((combination) => tried.map((value) => ({ ...combination, [field.key]: value })));
    }
    return combinations;
  };

  let start: WalkthroughSnapshot;
  try {
    start = initialSnapshot(pathway, stepOptions);
  } catch (error) {
    // A condition right after the start that no flow satisfies: no walkthrough can begin.
    if (isPolkuError(error) && error.code === 'no-flow-taken') return { paths, truncated };
    throw error;
  }
  explore(start, [], {});
  return { paths, truncated };
}

/** Every non-empty subset, in a stable order: singletons first, then pairs, … */
function nonEmptySubsets(items: string[]): string[][] {
  const subsets: string[][] = [];
  for (let mask = 1; mask < 1 << items.length; mask++) subsets.push(items.filter((_, index) => mask & (1 << index)));
  return subsets.toSorted((a, b) => a.length - b.length);
}
