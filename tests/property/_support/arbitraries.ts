import * as fc from 'fast-check';
import { STEP_TASKS, SYSTEM_TASKS, type Block, type IdStyle, type ModelOptions } from './structured-model.js';

/**
 * The seed of every property in this folder: fixed, so a run is repeatable, and shown in the
 * test names. `POLKU_PROPERTY_SEED=<n>` explores other inputs; fast-check prints the seed and
 * path of any failure, and `POLKU_PROPERTY_SEED` plus that path replays it.
 */
export const SEED = Number(process.env['POLKU_PROPERTY_SEED'] ?? 20_261_123);

/** fast-check parameters: the fixed seed, and the run count scaled by `POLKU_PROPERTY_RUNS_SCALE` (default 1). */
export function runs(numRuns: number): fc.Parameters<unknown> {
  const scale = Number(process.env['POLKU_PROPERTY_RUNS_SCALE'] ?? 1);
  return { seed: SEED, numRuns: Math.max(1, Math.round(numRuns * scale)) };
}

const task: fc.Arbitrary<Block> = fc.record({
  kind: fc.constant('task' as const),
  type: fc.constantFrom(...STEP_TASKS, ...STEP_TASKS, ...SYSTEM_TASKS),
  field: fc.boolean(),
});

/**
 * Random well-formed pathways: sequences, decisions with 2–4 answers, FEEL-decided gateways
 * (with a default flow or a `true` condition), nested parallel blocks, sub-processes, call
 * activities and loops back to a merge. Depth is bounded so a model stays walkable.
 */
export const blockArbitrary: fc.Arbitrary<Block> = fc.letrec<{ block: Block; sequence: Block }>((tie) => {
  const branches = (min: number) => fc.array(tie('block'), { minLength: min, maxLength: 4 });
  return {
    // The top level is a sequence of several blocks, so most models hold a few constructs.
    sequence: fc.array(tie('block'), { minLength: 1, maxLength: 6 }).map((items): Block => ({ kind: 'sequence', items })),
    block: fc.oneof(
      { maxDepth: 4, depthIdentifier: 'block', withCrossShrink: true },
      { arbitrary: task, weight: 4 },
      { arbitrary: tie('sequence'), weight: 2 },
      { arbitrary: branches(2).map((list): Block => ({ kind: 'decision', branches: list })), weight: 2 },
      { arbitrary: fc.tuple(branches(2), fc.boolean()).map(([list, withDefault]): Block => ({ kind: 'conditions', branches: list, withDefault })), weight: 1 },
      { arbitrary: branches(2).map((list): Block => ({ kind: 'parallel', branches: list })), weight: 2 },
      { arbitrary: tie('sequence').map((body): Block => ({ kind: 'subProcess', body })), weight: 1 },
      { arbitrary: tie('sequence').map((body): Block => ({ kind: 'callActivity', body })), weight: 1 },
      { arbitrary: tie('sequence').map((body): Block => ({ kind: 'loop', body })), weight: 1 },
    ),
  };
}).sequence;

/** How a generated model is written: id spelling, DI, documentation, `polku:field`s. */
export const modelOptionsArbitrary: fc.Arbitrary<ModelOptions> = fc.record({
  idStyle: fc.constantFrom<IdStyle>('plain', 'dotted', 'hyphenated'),
  di: fc.boolean(),
  documentation: fc.boolean(),
  polku: fc.boolean(),
});
