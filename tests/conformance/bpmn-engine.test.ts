/**
 * Differential against bpmn-engine (Node side only). For every model Polku compiles — the
 * repository's `models/`, the shared corpus, Polku's own test fixtures and this harness's — each
 * path `polku paths` lists is replayed in bpmn-engine, steered through engine variables: every
 * step must be something the engine waits for at that moment, the engine must finish, and it
 * must reach the same end events and complete the same activities. Then bpmn-engine's own
 * outcomes are explored without Polku (a bounded search over its waits), and each must be one
 * that `polku paths` lists. Where bpmn-engine departs from BPMN 2.0.2 the harness steers around
 * it or the case is listed in `_engine/deviations.ts` with the spec's section; see ENGINE.md.
 */
import { compileBpmn, enumeratePaths, type PathwayPath } from '@polku/core/compiler';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, loadCase, modelFiles, REPOSITORY, type ModelCase, type Source } from './_engine/discover.js';
import { DEVIATIONS, LISTED_MODELS, pathDeviation, POLKU_BUGS } from './_engine/deviations.js';
import { EngineRun } from './_engine/engine-run.js';
import { exploreEngine, randomWalks, type EngineFinding, type ExploreOptions } from './_engine/explore.js';
import { polkuPaths, replayInPolku, valuesPerStep, type PathPlan } from './_engine/polku-side.js';
import { localId, prepareEngineModel, type EngineModel, type SteerOptions } from './_engine/prepare.js';
import { outcomeKey, replayPath } from './_engine/replay.js';
import { fieldValues } from './_engine/values.js';

/** How much of a model the suite walks; the defaults suit every model but the one named below. */
interface Plan {
  paths: PathPlan;
  /** The engine's bounded search, compared with `polku paths` at the same loop bound. */
  search?: Pick<ExploreOptions, 'maxLoops' | 'interleave' | 'maxRuns'>;
  /** Seeded random engine walks, compared with `polku paths` (`list`) or, where the list is too long to make, with Polku's runtime. */
  walks?: { count: number; maxLoops: number; seed: number; against: 'list' | 'runtime' }[];
}

const DEFAULT_PLAN: Plan = { paths: { maxLoops: 1, maxPaths: 200 }, search: { maxLoops: 1, interleave: 'all', maxRuns: 300 } };

const PLANS: Record<string, Plan> = {
  // About 8,000 paths with one loop each, and bpmn-engine needs about a second for each walk of
  // this model (it discards the branches not taken all the way down, ~2,000 discards a walk).
  // So: 30 of the 84 paths without loops (a cover that takes every step of them, topped up
  // evenly), three paths with a loop; 16 engine walks without loops checked against the list,
  // 6 with a loop checked by Polku's runtime.
  'models/koulupolku.bpmn': {
    paths: { maxLoops: 0, maxPaths: 10_000, sample: 30, extraAtNextBound: 3 },
    walks: [
      { count: 16, maxLoops: 0, seed: 2026, against: 'list' },
      { count: 6, maxLoops: 1, seed: 1809, against: 'runtime' },
    ],
  },
  // Calls four pathways inline (emergency placement, care order, substitute care, aftercare):
  // 5,890 paths without loops, over 10,000 with one.
  // Its engine walks take seconds each (the called pathways' discarded branches), so a smaller sample than koulupolku's.
  'models/lastensuojelu-asiakasprosessi.bpmn': {
    paths: { maxLoops: 0, maxPaths: 10_000, sample: 20, extraAtNextBound: 2 },
    walks: [
      { count: 8, maxLoops: 0, seed: 2026, against: 'list' },
      { count: 2, maxLoops: 1, seed: 1809, against: 'runtime' },
    ],
  },
  // A parallel block inside a repeating period (and three parallel tasks inside a loop): every
  // interleaving of every round is a separate engine run; the first waiting element plus every event covers the outcomes.
  'models/perhehoidon-valvonta.bpmn': { paths: DEFAULT_PLAN.paths, search: { maxLoops: 1, interleave: 'first', maxRuns: 150 } },
  'models/oma-tiimi.bpmn': { paths: DEFAULT_PLAN.paths, search: { maxLoops: 1, interleave: 'first', maxRuns: 150 } },
  // Four pools: every interleaving is thousands of runs; the first waiting element plus every event.
  '../shared/corpus/bpmn/miwg-reference/C.2.0.bpmn': { paths: DEFAULT_PLAN.paths, search: { maxLoops: 1, interleave: 'first', maxRuns: 150 } },
};

const planOf = (name: string): Plan => PLANS[name] ?? DEFAULT_PLAN;

const files = modelFiles();
const cases: ModelCase[] = [];
for (const [source, list] of Object.entries(files) as [Source, string[]][]) for (const file of list) cases.push(await loadCase(file, source));
const walkable = cases.filter((entry) => entry.pathway);
const listed = new Map(LISTED_MODELS.map((entry) => [entry.model, entry]));
const bugModels = new Map(POLKU_BUGS.flatMap((bug) => bug.models.map((model) => [model, bug] as const)));

const stats = {
  models: 0,
  pathsReplayed: 0,
  reordered: 0,
  pathsByDeviation: new Map<string, number>(),
  engineRuns: 0,
  outcomesCompared: 0,
  feelFallbacks: new Set<string>(),
  rewrites: new Map<string, number>(),
};

const engineModels = new Map<string, Promise<EngineModel>>();
/** The engine model of a case, prepared once. */
function engineModelOf(entry: ModelCase, steer: SteerOptions = {}): Promise<EngineModel> {
  const key = `${entry.name}:${JSON.stringify(steer)}`;
  let model = engineModels.get(key);
  if (!model) {
    const pathway = entry.pathway!;
    // A step of a called process is `<callActivityId>/<id>` in Polku; its fields are the same wherever it is called.
    const fieldsOf = (id: string) => {
      const local = localId(id);
      const node = pathway.nodes[local] ?? Object.values(pathway.nodes).find((candidate) => candidate.id.endsWith(`/${local}`));
      return (node?.fields ?? []).map((field) => field.key);
    };
    model = prepareEngineModel(entry.xml, pathway.pools?.map((pool) => pool.process) ?? [pathway.id], entry.loadProcess, fieldsOf, steer);
    engineModels.set(key, model);
  }
  return model;
}

/** Replays Polku's paths of a case; the failures, and how many paths a listed deviation kept out. */
async function replayAll(entry: ModelCase): Promise<{ failures: string[]; replayed: number }> {
  const pathway = entry.pathway!;
  const model = await engineModelOf(entry);
  const { paths } = await polkuPaths(pathway, planOf(entry.name).paths);
  const valuesOf = fieldValues(model.conditions, Object.values(pathway.nodes).flatMap((node) => node.fields), model.roundFields);
  const failures: string[] = [];
  let replayed = 0;
  for (const [index, path] of paths.entries()) {
    const deviation = pathDeviation(pathway, path);
    if (deviation) {
      stats.pathsByDeviation.set(deviation, (stats.pathsByDeviation.get(deviation) ?? 0) + 1);
      continue;
    }
    const result = await replayPath(model, pathway, path, valuesPerStep(pathway, path, valuesOf));
    replayed++;
    if (result.reordered) stats.reordered++;
    if (result.failure) failures.push(`path ${index + 1} [${describePath(path)}]: ${result.failure}`);
  }
  stats.pathsReplayed += replayed;
  return { failures, replayed };
}

/** Explores the engine's outcomes of a case; the ones `polku paths` does not list, said in words. */
async function exploreAll(entry: ModelCase): Promise<{ unlisted: string[] }> {
  const pathway = entry.pathway!;
  const model = await engineModelOf(entry);
  const plan = planOf(entry.name);
  const valuesOf = fieldValues(model.conditions, Object.values(pathway.nodes).flatMap((node) => node.fields), model.roundFields);
  const several = (pathway.pools?.length ?? 0) > 1;
  const unlisted: string[] = [];
  const listedAt = new Map<number, Set<string> | undefined>();
  const outcomesAt = async (maxLoops: number) => {
    if (!listedAt.has(maxLoops)) {
      const { paths, truncated } = await enumeratePaths(pathway, { maxLoops, maxPaths: 20_000 });
      listedAt.set(maxLoops, truncated ? undefined : new Set(paths.map(outcomeKey)));
    }
    return listedAt.get(maxLoops);
  };
  const check = async (finding: EngineFinding, key: string, maxLoops: number, against: 'list' | 'runtime') => {
    stats.outcomesCompared++;
    const polku = replayInPolku(pathway, finding.actions);
    if (finding.status === 'error' && /no conditional flow taken/.test(finding.error ?? '') && polku.status === 'refused' && /no-flow-taken/.test(polku.error ?? '')) return; // both refuse: no flow's condition holds
    if (finding.status !== 'done') {
      unlisted.push(`bpmn-engine ${finding.status === 'error' ? `failed (${finding.error})` : 'got stuck'} after [${describeActions(finding)}]`);
      return;
    }
    const listedOutcomes = against === 'list' ? await outcomesAt(maxLoops) : undefined;
    if (listedOutcomes?.has(key)) return;
    const same = polku.status === 'done' && outcomeKey(polku) === key;
    if (same && !listedOutcomes) return;
    unlisted.push(
      `bpmn-engine reached end events [${finding.endEvents.join(', ')}] completing [${finding.completed.join(', ')}] by [${describeActions(finding)}]; ` +
        (same
          ? "Polku's runtime accepts these steps and ends the same, but `polku paths` does not list it"
          : `Polku's runtime ${polku.status === 'refused' ? `refuses: ${polku.error}` : `ends elsewhere (${polku.status}: [${polku.endEvents.join(', ')}], [${polku.completed.join(', ')}])`}`),
    );
  };
  if (plan.search) {
    const interleave = plan.search.interleave === 'all' && several ? 'first' : plan.search.interleave;
    const exploration = await exploreEngine(model, { ...plan.search, interleave, valuesOf });
    stats.engineRuns += exploration.runs;
    for (const [key, finding] of exploration.findings) await check(finding, key, plan.search.maxLoops, 'list');
  }
  for (const walk of plan.walks ?? []) {
    const walks = await randomWalks(model, { maxLoops: walk.maxLoops, maxRuns: walk.count, interleave: 'first', valuesOf, walks: walk.count, seed: walk.seed });
    stats.engineRuns += walks.runs;
    for (const [key, finding] of walks.findings) await check(finding, key, walk.maxLoops, walk.against);
  }
  return { unlisted };
}

function describePath(path: PathwayPath): string {
  return path.steps.map((step) => (step.kind === 'choose' ? `${step.gateway}→${step.flows.join('+')}` : `${step.kind} ${step.element}`)).join(', ');
}

function describeActions(finding: EngineFinding): string {
  return finding.actions.map((action) => (action.kind === 'choose' ? `${action.gateway}→${action.flows.join('+')}` : `${action.kind} ${action.element}`)).join(', ');
}

afterAll(() => {
  const deviations = [...stats.pathsByDeviation].map(([id, count]) => `${count} by ${id}`).join(', ') || 'none';
  console.info(
    `bpmn-engine differential: ${stats.models} models, ${stats.pathsReplayed} paths replayed (${stats.reordered} with parallel branches completing in another order), ` +
      `paths not replayed: ${deviations}; ${stats.engineRuns} engine runs, ${stats.outcomesCompared} distinct engine outcomes compared; ` +
      `FEEL conditions evaluated by the service: ${stats.feelFallbacks.size}; rewrites in the models compared in full: ${[...stats.rewrites].map(([kind, count]) => `${kind} ${count}`).join('; ')}`,
  );
});

/** One test of a model: compared in full, or run as a listed deviation. */
interface ModelTest {
  title: string;
  fails: boolean;
  check: () => Promise<void> | void;
}

function testsOf(entry: ModelCase): ModelTest[] {
  const row = listed.get(entry.name);
  const bug = bugModels.get(entry.name);
  if (row) return [{ title: `still departs as listed: ${row.deviation} — ${row.observed}`, fails: false, check: () => expectStillDeparts(entry) }];
  const failing = bug ? (bug.fails ?? ['outcomes']) : [];
  const marked = (test: 'replay' | 'outcomes') => (failing.includes(test) ? ` (Polku bug ${bug!.id})` : '');
  return [
    { title: `replays every path of polku paths in bpmn-engine: each step accepted, the same end events and completed activities${marked('replay')}`, fails: failing.includes('replay'), check: () => expectReplaysAccepted(entry) },
    { title: `bpmn-engine reaches no outcome that polku paths does not list${marked('outcomes')}`, fails: failing.includes('outcomes'), check: () => expectOnlyListedOutcomes(entry) },
  ];
}

async function expectReplaysAccepted(entry: ModelCase): Promise<void> {
  // given
  stats.models++;
  const model = await engineModelOf(entry);
  model.feelFallbacks.forEach((condition) => stats.feelFallbacks.add(condition));
  for (const [kind, count] of Object.entries(model.rewrites)) stats.rewrites.set(kind, (stats.rewrites.get(kind) ?? 0) + count);
  // when
  const { failures } = await replayAll(entry);
  // then
  expect(failures).toEqual([]);
}

async function expectOnlyListedOutcomes(entry: ModelCase): Promise<void> {
  // when
  const { unlisted } = await exploreAll(entry);
  // then
  expect(unlisted).toEqual([]);
}

/** A listed model: run both ways, and the listed difference must still be there. */
async function expectStillDeparts(entry: ModelCase): Promise<void> {
  // given
  stats.models++;
  // when
  const { failures } = await replayAll(entry);
  const { unlisted } = await exploreAll(entry);
  // then: a row whose difference is gone must go
  expect(failures.length + unlisted.length, `${entry.name} no longer differs; remove it from LISTED_MODELS`).toBeGreaterThan(0);
}

const inCorpus = (name: string) => name.startsWith('../shared/corpus/');

const fixture = (name: string) => loadCase(join(FIXTURES, name), 'harness fixtures');

/** Completes whatever worker step waits (a decision takes its first answer) until nothing does. */
function completeAll(run: EngineRun): void {
  for (let guard = 0; guard < 50; guard++) {
    const wait = run.waiting().find((candidate) => candidate.kind === 'step' || candidate.kind === 'decide');
    if (!wait) return;
    if (wait.kind === 'step') run.complete(wait.element);
    else run.choose(wait.element, [wait.flows![0]!]);
  }
}

describe('differential against bpmn-engine', () => {
  it("has models to compare: models/, Polku's fixtures and the harness's", () => {
    // then
    expect(walkable.filter((entry) => entry.source === 'models').length).toBeGreaterThan(0);
    expect(walkable.filter((entry) => entry.source === 'harness fixtures').length).toBeGreaterThan(0);
  });

  it.skipIf(files.corpus.length > 0)('needs the shared corpus beside the repository (../shared/corpus) for its corpus models', () => {
    expect(files.corpus).toEqual([]);
  });

  it('lists only deviations, models and bugs that exist', () => {
    // given
    const ids = new Set(DEVIATIONS.map((deviation) => deviation.id));
    const names = walkable.map((model) => model.name);
    const expected = [...LISTED_MODELS.map((row) => row.model), ...bugModels.keys()].filter((name) => files.corpus.length > 0 || !inCorpus(name));
    // then
    expect(ids.size).toBe(DEVIATIONS.length);
    expect(LISTED_MODELS.filter((row) => !ids.has(row.deviation))).toEqual([]);
    expect(expected.filter((name) => !names.includes(name))).toEqual([]);
  });

  for (const entry of walkable) {
    for (const { title, fails, check: body } of testsOf(entry)) {
      const run = fails ? it.fails : it;
      // koulupolku's tests take 15–30 s on two cores alone, and passed 180 s while other test runs shared the machine.
      run(`${entry.name} (${entry.source}): ${title}`, body, 300_000);
    }
  }
});

describe('bpmn-engine departs from BPMN 2.0 where the harness steers around it', () => {
  it('lets every token through an inclusive join unless the join runs as a parallel join (§13.4.3)', async () => {
    // given
    const entry = await fixture('decisions.inclusive-fork-join.bpmn');
    const walk = async (steer: SteerOptions) => {
      const run = await EngineRun.start(await engineModelOf(entry, steer));
      run.complete('Task_Open');
      run.choose('Gateway_Which', ['Flow_A', 'Flow_B']);
      completeAll(run);
      return run.outcome();
    };
    // when
    const unsteered = await walk({ inclusiveJoins: false });
    const steered = await walk({});
    // then
    expect(unsteered.completed.filter((id) => id === 'Task_Summary')).toHaveLength(2);
    expect(steered.completed.filter((id) => id === 'Task_Summary')).toHaveLength(1);
    expect(steered.endEvents).toEqual(['End']);
  });

  it('fires a parallel join whose other branch was never taken (§13.4.1), on a model Polku refuses', async () => {
    // given
    const xml = readFileSync(join(FIXTURES, 'engine-only.parallel-join-after-choice.bpmn'), 'utf8');
    expect((await compileBpmn(xml)).diagnostics.map((diagnostic) => diagnostic.code)).toContain('unstructured-parallel');
    const run = await EngineRun.start(await prepareEngineModel(xml, ['Process_SkippedJoin'], undefined, () => []));
    // when
    run.choose('Gateway_Choose', ['Flow_A']);
    run.complete('Task_A');
    // then: by the spec the join waits for Flow_B2 forever
    expect(run.outcome()).toMatchObject({ status: 'done', endEvents: ['End'] });
  });

  it('delivers no message from a send task over its message flow unless the harness carries it (§9.3)', async () => {
    // given
    const entry = await fixture('messages.send-task.bpmn');
    const walk = async (steer: SteerOptions) => {
      const run = await EngineRun.start(await engineModelOf(entry, steer));
      run.complete('Task_Write');
      return run.waiting().map((wait) => wait.element);
    };
    // when / then
    expect(await walk({ messages: false })).toEqual(['Task_Receive']);
    expect(await walk({})).toEqual(['Task_Handle']);
  });

  it('reads a FEEL condition as an always-true expression unless it is rewritten (no FEEL)', async () => {
    // given
    const entry = await fixture('conditions.inclusive-and-exclusive.bpmn');
    const walk = async (steer: SteerOptions) => {
      const run = await EngineRun.start(await engineModelOf(entry, steer));
      run.complete('Task_Record', { age: 3, urgent: false, kind: '' });
      return run.waiting().map((wait) => wait.element);
    };
    // when / then: urgent = false, age 3 — only the default flow's service task is taken, which passes at once
    expect(await walk({ feel: false })).toContain('Task_CallNow');
    expect(await walk({})).toEqual([]);
  });

  it('calls only processes of the same file unless the called process is copied in (§10.3.6)', async () => {
    // given
    const entry = await loadCase(join(REPOSITORY, 'packages/cli/test/fixtures/call/main.bpmn'), 'polku fixtures');
    const first = async (steer: SteerOptions) => {
      const run = await EngineRun.start(await engineModelOf(entry, steer));
      return { waits: run.waiting().map((wait) => wait.element), outcome: run.outcome() };
    };
    // when
    const unsteered = await first({ calls: false });
    const steered = await first({});
    // then: bpmn-engine reports the run ended at the call activity, no end event reached
    expect(unsteered).toEqual({ waits: [], outcome: { status: 'done', endEvents: [], completed: [] } });
    expect(steered.waits).toEqual(['Call_Placement/Task_Decide']);
  });

  it("reads a standard loop's condition as a stop condition, and waits for ever at a loop that tests before a round it does not run, unless the harness answers the condition (§10.3.8)", async () => {
    // given: Sub_Visit loops while again = true; Task_Check tests `loopCounter < 2 and recheck = true` before each round
    const entry = await fixture('loops.standard.bpmn');
    const walk = async (steer: SteerOptions) => {
      const run = await EngineRun.start(await engineModelOf(entry, steer));
      run.complete('Task_Open', { recheck: false });
      run.complete('Task_Meet', { again: true });
      const second = run.waiting().map((wait) => wait.element);
      if (second.includes('Task_Meet')) run.complete('Task_Meet', { again: false });
      return { second, ended: run.done, outcome: run.outcome() };
    };
    // when
    const unsteered = await walk({ loops: false });
    const steered = await walk({});
    // then: unsteered, the FEEL text is a truthy `${…}` string — it stops Sub_Visit after one round, and Task_Check starts and never ends
    expect(unsteered.second).toEqual([]);
    expect(unsteered).toMatchObject({ ended: false, outcome: { endEvents: ['Visit_End'], completed: ['Task_Open', 'Task_Meet', 'Sub_Visit'] } });
    expect(steered.second).toEqual(['Task_Meet']);
    expect(steered.ended).toBe(true);
    expect(steered.outcome).toMatchObject({ status: 'done', endEvents: ['Visit_End', 'Visit_End', 'End'], completed: ['Task_Open', 'Task_Meet', 'Sub_Visit', 'Task_Meet', 'Sub_Visit'] });
  });
});

describe('the harness steers loops from the path', () => {
  it('replays a path whose loop records a field once per round with the value of each round', async () => {
    // given: a path that `polku paths` would list once it tries again = true (paths-miss-loop-condition-values); its data keeps the last round's value
    const entry = await fixture('loops.standard.bpmn');
    const pathway = entry.pathway!;
    const model = await engineModelOf(entry);
    const path: PathwayPath = {
      steps: [
        { kind: 'complete', element: 'Task_Open' },
        { kind: 'complete', element: 'Task_Meet' },
        { kind: 'complete', element: 'Task_Meet' },
        { kind: 'complete', element: 'Task_Check' },
        { kind: 'complete', element: 'Task_Check' },
      ],
      data: { recheck: true, again: false },
      completed: ['Task_Open', 'Task_Meet', 'Sub_Visit', 'Task_Meet', 'Sub_Visit', 'Task_Check', 'Task_Check'],
      endEvents: ['Visit_End', 'Visit_End', 'End'],
    };
    const values = valuesPerStep(pathway, path, fieldValues(model.conditions, Object.values(pathway.nodes).flatMap((node) => node.fields), model.roundFields));
    // when
    const result = await replayPath(model, pathway, path, values);
    // then
    expect(values).toEqual([{ recheck: true }, { again: true }, { again: false }, {}, {}]);
    expect(result.failure).toBeUndefined();
  });
});

describe('Polku bugs found by the differential', () => {
  it('polku paths lists the walkthrough that starts a waiting pool while a step is open (paths-miss-pool-start)', async () => {
    // given: the runtime accepts the pool's start signal at once
    const entry = await loadCase(join(FIXTURES, 'paths.pool-start-trigger.bpmn'), 'harness fixtures');
    // when
    const { paths } = await enumeratePaths(entry.pathway!, { maxLoops: 1 });
    // then
    expect(paths.map((path) => path.endEvents.toSorted())).toContainEqual(['End_Other', 'End_Worker']);
  });

  it('does not warn that not(…) in a FEEL condition is an unknown variable', async () => {
    // given
    const file = join(FIXTURES, 'conditions.inclusive-and-exclusive.bpmn');
    // when
    const { diagnostics } = await compileBpmn(readFileSync(file, 'utf8'), { file });
    // then
    expect(diagnostics.filter((diagnostic) => diagnostic.code === 'unknown-variable')).toEqual([]);
  });

  // Was POLKU_BUGS zero-rounds-run-inside: the skip came after the sub-process's own start.
  it('completes nothing inside a multi-instance sub-process that runs no round (zero-rounds-run-inside)', async () => {
    // given
    const entry = await fixture('loops.zero-rounds.bpmn');
    // when
    const { paths } = await enumeratePaths(entry.pathway!, { maxLoops: 1 });
    // then
    expect(paths.find((path) => path.data.count === 0)?.completed).toEqual(['Task_Open']);
  });

  // Was POLKU_BUGS paths-miss-loop-condition-values: candidate-values.ts read no loop condition.
  it('polku paths lists a second round of a standard loop whose condition reads a field the loop records (paths-miss-loop-condition-values)', async () => {
    // given: Sub_Visit loops while again = true, and the worker records `again` in it
    const entry = await fixture('loops.standard.bpmn');
    // when
    const { paths } = await enumeratePaths(entry.pathway!, { maxLoops: 1 });
    // then
    expect(paths.map((path) => path.completed.filter((id) => id === 'Sub_Visit').length)).toContain(2);
  });
});
