/**
 * `pnpm bench [--quick]`: Polku's compile and walkthrough speed, printed as tables in which every
 * figure that meets a goal is a ratio measured in this same run and process (the machine's
 * absolute speed cancels out). See bench/README.md.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { benchCompile, type CompileBenchOptions } from './bench-compile.js';
import { benchWalk, type WalkBenchOptions } from './bench-walk.js';
import { formatNumber, formatRatio, formatTable } from './format-table.js';

// Goals of the issue: compile within 1.25× a bare bpmn-moddle parse and linear in size; walk at
// least 100× bpmn-engine and at least half a hand-written XState machine.
const COMPILE_GOAL = 1.25;
const LINEAR_GOAL = 1.25;
const ENGINE_GOAL = 100;
const XSTATE_GOAL = 0.5;

const quick = process.argv.includes('--quick');
const compileOptions: CompileBenchOptions = quick
  ? { sizes: [100, 1_000], warmups: 1, samples: 3, minSamples: 3, budgetMs: 2_000, stageSamples: 1 }
  : { sizes: [100, 1_000, 5_000], warmups: 2, samples: 15, minSamples: 3, budgetMs: 15_000, stageSamples: 3 };
const walkOptions: WalkBenchOptions = quick ? { length: 100, rounds: 3, roundCpuMs: 100 } : { length: 100, rounds: 7, roundCpuMs: 500 };

const verdict = (met: boolean) => (met ? 'PASS' : 'MISS');
const version = (name: string) => (JSON.parse(readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), 'utf8')) as { version: string }).version;

const started = performance.now();
console.log(`# Polku benchmarks${quick ? ' (--quick: smoke run, figures not comparable)' : ''}`);
console.log(
  `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, load ${loadavg().map((load) => load.toFixed(1)).join(' ')}; ` +
    `bpmn-moddle ${version('bpmn-moddle')}, bpmn-engine ${version('bpmn-engine')}, xstate ${version('xstate')}; ` +
    `${typeof (globalThis as { gc?: unknown }).gc === 'function' ? 'GC before each sample' : 'no --expose-gc: samples include earlier garbage'}.`,
);

const compiled = await benchCompile(compileOptions);
console.log('\n## Compile: `compileBpmn` (parse + validate + compile) vs bpmn-moddle `fromXML` of the same XML (CPU ms, medians)\n');
console.log(
  formatTable(
    ['flow nodes', 'XML KB', 'samples', 'bpmn-moddle ms', 'Polku ms', 'Polku ÷ moddle', `goal ≤ ${COMPILE_GOAL}×`, 'moddle µs/node', 'Polku µs/node', 'wall-time ratio'],
    compiled.rows.map((row) => [
      formatNumber(row.flowNodes),
      formatNumber(row.bytes / 1_024),
      String(row.samples),
      formatNumber(row.moddleMs),
      formatNumber(row.polkuMs),
      formatRatio(row.ratio),
      verdict(row.ratio <= COMPILE_GOAL),
      formatNumber((row.moddleMs * 1_000) / row.flowNodes),
      formatNumber((row.polkuMs * 1_000) / row.flowNodes),
      formatRatio(row.wallRatio),
    ]),
    'rrrrrrlrrr',
  ),
);
// Linear: time per node at the largest size against 1,000 nodes (at 100, fixed costs dominate).
const reference = compiled.rows.find((row) => row.flowNodes === 1_000) ?? compiled.rows[0]!;
const largest = compiled.rows.at(-1)!;
const polkuGrowth = largest.polkuMs / largest.flowNodes / (reference.polkuMs / reference.flowNodes);
const moddleGrowth = largest.moddleMs / largest.flowNodes / (reference.moddleMs / reference.flowNodes);
const linear = largest.flowNodes > reference.flowNodes ? polkuGrowth <= LINEAR_GOAL : undefined;
console.log(
  linear === undefined
    ? '\nLinear in size: not measured (needs a size above 1,000; run without --quick).'
    : `\nLinear in size: Polku's time per node at ${formatNumber(largest.flowNodes)} nodes is ${formatRatio(polkuGrowth)} its time per node at ${formatNumber(reference.flowNodes)} ` +
        `(bpmn-moddle: ${formatRatio(moddleGrowth)}); goal ≤ ${LINEAR_GOAL}× → ${verdict(linear)}`,
);
const stages = compiled.stages;
console.log(`\nWhere Polku's time goes at ${formatNumber(largest.flowNodes)} flow nodes (stages run one by one, CPU ms, median of ${stages.samples}):\n`);
console.log(formatTable(['stage', 'ms', '÷ bare parse'], stages.rows.map((stage) => [stage.stage, formatNumber(stage.ms), formatRatio(stage.ms / stages.rows[0]!.ms)]), 'lrr'));

const walked = await benchWalk(walkOptions);
console.log(`\n## Walkthrough: ${walked.length} user tasks in a row, start to end, steps per CPU second (median of ${walked.rounds} rounds)\n`);
console.log(
  formatTable(
    ['runner', 'steps/s', 'Polku ÷ runner', 'goal', 'result'],
    [
      ['Polku `createWalkthrough(pathway).complete(id)`', formatNumber(walked.polku), '', '', ''],
      [`bpmn-engine ${version('bpmn-engine')}, user tasks signalled on \`wait\``, formatNumber(walked.engine), formatRatio(walked.polkuOverEngine), `≥ ${ENGINE_GOAL}×`, verdict(walked.polkuOverEngine >= ENGINE_GOAL)],
      [`hand-written XState ${version('xstate')} machine, \`createActor\` + \`send\``, formatNumber(walked.xstate), formatRatio(walked.polkuOverXState), `≥ ${XSTATE_GOAL}×`, verdict(walked.polkuOverXState >= XSTATE_GOAL)],
    ],
    'lrrll',
  ),
);

const goals = [
  ...compiled.rows.map((row) => row.ratio <= COMPILE_GOAL),
  ...(linear === undefined ? [] : [linear]),
  walked.polkuOverEngine >= ENGINE_GOAL,
  walked.polkuOverXState >= XSTATE_GOAL,
];
console.log(`\nGoals met: ${goals.filter(Boolean).length} of ${goals.length}. Ran ${((performance.now() - started) / 1_000).toFixed(0)} s.`);
