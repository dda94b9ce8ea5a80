import { BpmnModdle } from 'bpmn-moddle';
import { analyseStructure, buildPathway, compileBpmn, compilePathway, indexPositions, parseBpmn } from '@polku/core/compiler';
// Stages compileBpmn runs that the compiler API does not export on their own.
import { parseForCompile } from '../packages/core/src/parse/parse-bpmn.js';
import { findPlainDiagram } from '../packages/core/src/parse/plain-diagram.js';
import { checkConditions } from '../packages/core/src/validate/check-conditions.js';
import { generatePathway } from '../tests/property/_support/sized-pathway.js';
import { median, timeOnce, type Timing } from './measure.js';

/** How long and how often to measure. */
export interface CompileBenchOptions {
  sizes: number[];
  /** Warm-up runs per size, fewer once a quarter of `budgetMs` is spent (large sizes). */
  warmups: number;
  /** Samples per size: at most `samples`, at least `minSamples`, and no more once `budgetMs` (wall) is spent. */
  samples: number;
  minSamples: number;
  budgetMs: number;
  /** Samples of the stage breakdown at the largest size: at least one, at most this many within half of `budgetMs`. */
  stageSamples: number;
}

export interface CompileRow {
  flowNodes: number;
  bytes: number;
  samples: number;
  /** Median CPU milliseconds. */
  moddleMs: number;
  polkuMs: number;
  /** Median over the samples of Polku's CPU time ÷ bpmn-moddle's, each pair measured back to back. */
  ratio: number;
  /** The same median of wall-time ratios, for comparison. */
  wallRatio: number;
}

export interface StageRow {
  stage: string;
  ms: number;
}

export interface CompileBench {
  rows: CompileRow[];
  /** Per-stage medians at the largest size, and bpmn-moddle's bare parse of the same XML. */
  stages: { samples: number; rows: StageRow[] };
}

/**
 * Polku's `compileBpmn` (parse, validate, compile) against bpmn-moddle's bare `fromXML` of the
 * same generated XML, in this process, back to back in alternating order, after warm-up.
 * bpmn-moddle gets a new instance per parse, as Polku creates one per compile.
 */
export async function benchCompile(options: CompileBenchOptions): Promise<CompileBench> {
  const rows: CompileRow[] = [];
  for (const flowNodes of options.sizes) {
    const { xml } = generatePathway(flowNodes);
    const check = await compileBpmn(xml, { file: 'generated.bpmn' });
    if (!check.pathway) throw new Error(`the generated model of ${flowNodes} flow nodes does not compile: ${check.diagnostics.map((diagnostic) => diagnostic.message).join('; ')}`);
    const polku = () => compileBpmn(xml, { file: 'generated.bpmn' });
    const moddle = () => new BpmnModdle().fromXML(xml);
    const warming = performance.now();
    for (let warmup = 0; warmup < options.warmups && (warmup === 0 || performance.now() - warming < options.budgetMs / 4); warmup++) {
      await polku();
      await moddle();
    }
    const polkuTimes: Timing[] = [];
    const moddleTimes: Timing[] = [];
    const started = performance.now();
    while (polkuTimes.length < options.samples && (polkuTimes.length < options.minSamples || performance.now() - started < options.budgetMs)) {
      // Alternate who goes first, so neither always runs on a warmer or fuller heap.
      if (polkuTimes.length % 2 === 0) {
        polkuTimes.push(await timeOnce(polku));
        moddleTimes.push(await timeOnce(moddle));
      } else {
        moddleTimes.push(await timeOnce(moddle));
        polkuTimes.push(await timeOnce(polku));
      }
    }
    rows.push({
      flowNodes,
      bytes: Buffer.byteLength(xml),
      samples: polkuTimes.length,
      moddleMs: median(moddleTimes.map((time) => time.cpuMs)),
      polkuMs: median(polkuTimes.map((time) => time.cpuMs)),
      ratio: median(polkuTimes.map((time, index) => time.cpuMs / moddleTimes[index]!.cpuMs)),
      wallRatio: median(polkuTimes.map((time, index) => time.wallMs / moddleTimes[index]!.wallMs)),
    });
  }
  return { rows, stages: await benchStages(generatePathway(Math.max(...options.sizes)).xml, options.stageSamples, options.budgetMs / 2) };
}

// compileBpmn's stages one by one (the generated models have no called files), and parseBpmn,
// which reads the DI too, for comparison.
async function benchStages(xml: string, samples: number, budgetMs: number): Promise<CompileBench['stages']> {
  const times: Record<string, Timing[]> = { moddle: [], full: [], diagram: [], index: [], parse: [], build: [], analyse: [], conditions: [], compile: [] };
  const diagram = findPlainDiagram(xml);
  if (!diagram) throw new Error('the generated DI is not plain: compileBpmn would parse it');
  const withoutDiagram = xml.slice(0, diagram.start) + xml.slice(diagram.end);
  const started = performance.now();
  for (let sample = 0; sample < samples && (sample === 0 || performance.now() - started < budgetMs); sample++) {
    times.moddle!.push(await timeOnce(() => new BpmnModdle().fromXML(xml)));
    times.full!.push(await timeOnce(() => parseBpmn(xml)));
    times.diagram!.push(await timeOnce(() => findPlainDiagram(xml)));
    times.index!.push(await timeOnce(() => indexPositions(withoutDiagram)));
    let parsed: Awaited<ReturnType<typeof parseForCompile>> | undefined;
    times.parse!.push(await timeOnce(async () => (parsed = await parseForCompile(xml))));
    let built: ReturnType<typeof buildPathway> | undefined;
    times.build!.push(await timeOnce(() => (built = buildPathway(parsed!))));
    let structure: ReturnType<typeof analyseStructure> | undefined;
    times.analyse!.push(await timeOnce(() => (structure = analyseStructure(built!.draft!))));
    times.conditions!.push(await timeOnce(() => checkConditions(built!.draft!, undefined, () => ({}))));
    times.compile!.push(await timeOnce(() => compilePathway(built!.draft!, structure!)));
  }
  const cpu = (stage: string) => median(times[stage]!.map((time) => time.cpuMs));
  const rows = [
    { stage: 'bpmn-moddle fromXML, bare (the baseline)', ms: cpu('moddle') },
    { stage: 'parse for compile: DI check, bpmn-moddle without the DI, position index, warnings', ms: cpu('parse') },
    { stage: '  of which findPlainDiagram: the DI checked, not built (measured alone)', ms: cpu('diagram') },
    { stage: '  of which indexPositions without the DI (measured alone)', ms: cpu('index') },
    { stage: 'buildPathway: IR and model checks', ms: cpu('build') },
    { stage: 'analyseStructure: blocks, reachability, loops', ms: cpu('analyse') },
    { stage: 'checkConditions: FEEL conditions (none in these models)', ms: cpu('conditions') },
    { stage: 'compilePathway: machine config and content hash', ms: cpu('compile') },
    { stage: 'for comparison: parseBpmn, the whole XML with the DI', ms: cpu('full') },
  ];
  return { samples: times.moddle!.length, rows };
}
