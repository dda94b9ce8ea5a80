/**
 * The Polku side of the differential: the paths `polku paths` lists (with the caps this suite
 * uses), their outcomes, and the reverse replay — a sequence of actions the engine took, fed to
 * Polku's step function — which tells a path `polku paths` leaves out (Polku's runtime accepts
 * it) from a real difference in meaning (it refuses it, or ends elsewhere).
 */
import { initialSnapshot, nextStep, type FieldValue, type Pathway, type StepEvent, type WalkthroughSnapshot } from '@polku/core';
import { enumeratePaths, type PathwayPath } from '@polku/core/compiler';
import { feelEvaluator } from '@polku/core/feel';
import type { EngineAction } from './explore.js';
import { outcomeKey } from './replay.js';

/** What Polku's runtime makes of a sequence of actions. */
export interface PolkuReplay {
  status: 'done' | 'active' | 'refused';
  endEvents: string[];
  completed: string[];
  /** Why a step was refused. */
  error?: string;
}

const options = (pathway: Pathway) => (pathway.conditional ? { evaluate: feelEvaluator } : {});

/** Polku's step event for an engine action. */
export function toStepEvent(pathway: Pathway, action: EngineAction): StepEvent {
  switch (action.kind) {
    case 'complete':
      return Object.keys(action.values).length > 0 ? { type: 'polku.complete', elementId: action.element, values: action.values } : { type: 'polku.complete', elementId: action.element };
    case 'choose':
      return pathway.nodes[action.gateway]?.type === 'inclusiveGateway'
        ? { type: 'polku.include', gatewayId: action.gateway, flows: action.flows }
        : { type: 'polku.choose', gatewayId: action.gateway, flowId: action.flows[0]! };
    default:
      return { type: `polku.${action.kind}`, elementId: action.element };
  }
}

/** Feeds `actions` to Polku's step function from the start. */
export function replayInPolku(pathway: Pathway, actions: readonly EngineAction[]): PolkuReplay {
  let snapshot: WalkthroughSnapshot = initialSnapshot(pathway, options(pathway));
  const outcome = (status: PolkuReplay['status'], error?: string): PolkuReplay => ({
    status,
    endEvents: snapshot.context.trace.map((entry) => entry.elementId).filter((id) => pathway.nodes[id]?.role === 'end'),
    completed: [...snapshot.context.completed],
    ...(error ? { error } : {}),
  });
  for (const action of actions) {
    try {
      snapshot = nextStep(pathway, snapshot, toStepEvent(pathway, action), options(pathway));
    } catch (error) {
      return outcome('refused', `${action.kind} ${action.kind === 'choose' ? action.gateway : action.element}: ${(error as Error).message}`);
    }
  }
  return outcome(snapshot.status === 'done' ? 'done' : 'active');
}

/** The engine action of one step of a path, completing with `values`. */
function actionOf(step: PathwayPath['steps'][number], values: Record<string, FieldValue>): EngineAction {
  if (step.kind === 'complete') return { kind: 'complete', element: step.element, values };
  if (step.kind === 'choose') return { kind: 'choose', gateway: step.gateway, flows: step.flows };
  return { kind: step.kind, element: step.element };
}

/**
 * The field values each step of `path` records. A path carries one `data` map, so a field
 * recorded in several rounds of a loop keeps only its last value there. For a pathway with loops,
 * when `data` at every step does not take Polku's runtime down the path to its outcome, the
 * values are found step by step (each field from `valuesOf`, `data` first) as ones with which
 * the runtime takes the path's steps and ends as the path says.
 */
export function valuesPerStep(pathway: Pathway, path: PathwayPath, valuesOf: (key: string) => FieldValue[]): Record<string, FieldValue>[] {
  const fieldsAt = (step: PathwayPath['steps'][number]) => (step.kind === 'complete' ? pathway.nodes[step.element]!.fields : []);
  const plain = path.steps.map((step) => Object.fromEntries(fieldsAt(step).filter((field) => field.key in path.data).map((field) => [field.key, path.data[field.key]!])));
  if (!Object.values(pathway.nodes).some((node) => node.loop)) return plain;
  const target = outcomeKey(path);
  const search = (snapshot: WalkthroughSnapshot, index: number, chosen: Record<string, FieldValue>[]): Record<string, FieldValue>[] | undefined => {
    if (index === path.steps.length) {
      const endEvents = snapshot.context.trace.map((entry) => entry.elementId).filter((id) => pathway.nodes[id]?.role === 'end');
      return snapshot.status === 'done' && outcomeKey({ endEvents, completed: snapshot.context.completed }) === target ? chosen : undefined;
    }
    const step = path.steps[index]!;
    let tries: Record<string, FieldValue>[] = [plain[index]!];
    for (const field of fieldsAt(step)) tries = [...tries, ...tries.flatMap((values) => valuesOf(field.key).map((value) => ({ ...values, [field.key]: value })))];
    const seen = new Set<string>();
    for (const values of tries) {
      if (seen.has(JSON.stringify(values))) continue;
      seen.add(JSON.stringify(values));
      let next: WalkthroughSnapshot;
      try {
        next = nextStep(pathway, snapshot, toStepEvent(pathway, actionOf(step, values)), options(pathway));
      } catch {
        continue;
      }
      const found = search(next, index + 1, [...chosen, values]);
      if (found) return found;
    }
    return undefined;
  };
  return search(initialSnapshot(pathway, options(pathway)), 0, []) ?? plain;
}

/** How many of a model's paths the suite replays, and at which loop bound. */
export interface PathPlan {
  /** Loop bound of the exhaustive list (and of the engine's search). */
  maxLoops: number;
  /** Paths listed at `maxLoops`; `truncated` when the cap cut the list. */
  maxPaths: number;
  /** Extra paths at `maxLoops + 1` (the first ones `polku paths` lists that take a loop), when the full list is too long to walk. */
  extraAtNextBound?: number;
  /**
   * Replay only a deterministic sample of this many paths of the exhaustive list: a cover that
   * takes every step of the list at least once (every answer of every decision, every
   * completion, every trigger), topped up with evenly spaced paths.
   */
  sample?: number;
}

const keyOf = (step: PathwayPath['steps'][number]) => JSON.stringify(step);

/** Greedy cover: the shortest list of paths, in list order, whose steps include every step of `paths`. */
export function coveringPaths(paths: readonly PathwayPath[]): PathwayPath[] {
  const missing = new Set(paths.flatMap((path) => path.steps.map(keyOf)));
  const chosen: PathwayPath[] = [];
  while (missing.size > 0) {
    let best: PathwayPath | undefined;
    let bestGain = 0;
    for (const path of paths) {
      const gain = new Set(path.steps.map(keyOf).filter((key) => missing.has(key))).size;
      if (gain > bestGain) [best, bestGain] = [path, gain];
    }
    if (!best) break;
    chosen.push(best);
    best.steps.forEach((step) => missing.delete(keyOf(step)));
  }
  return chosen;
}

function sampled(paths: readonly PathwayPath[], size: number): PathwayPath[] {
  const chosen = new Set(coveringPaths(paths));
  const step = paths.length / Math.max(1, size - chosen.size);
  for (let index = 0; chosen.size < Math.min(size, paths.length) && index < paths.length; index += Math.max(1, step)) chosen.add(paths[Math.floor(index)]!);
  return paths.filter((path) => chosen.has(path));
}

/** Polku's paths under `plan`: the exhaustive list first, then the extra ones (deduplicated). */
export async function polkuPaths(pathway: Pathway, plan: PathPlan): Promise<{ paths: PathwayPath[]; exhaustive: PathwayPath[]; truncated: boolean }> {
  const { paths: exhaustive, truncated } = await enumeratePaths(pathway, { maxLoops: plan.maxLoops, maxPaths: plan.maxPaths });
  const base = plan.sample === undefined ? exhaustive : sampled(exhaustive, plan.sample);
  if (!plan.extraAtNextBound) return { paths: base, exhaustive, truncated };
  const seen = new Set(exhaustive.map((path) => JSON.stringify(path.steps)));
  const { paths: more } = await enumeratePaths(pathway, { maxLoops: plan.maxLoops + 1, maxPaths: plan.extraAtNextBound * 20 });
  const extra = more.filter((path) => !seen.has(JSON.stringify(path.steps))).slice(0, plan.extraAtNextBound);
  return { paths: [...base, ...extra], exhaustive, truncated };
}
