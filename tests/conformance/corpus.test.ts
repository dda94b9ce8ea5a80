/**
 * Conformance over the shared corpus (`../shared/corpus`): 118 BPMN files written by other
 * people and tools. For every file, compiling either gives a pathway that can be walked to an
 * end, or fails with typed diagnostics that point into the file — never a crash, a hang or a
 * silently wrong walkthrough. Which files fail, and with which codes, is pinned by
 * `corpus-allowlist.ts`; the figures in this folder's README are checked against it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWalkthrough, type FieldValue, type Pathway, type Walkthrough } from '@polku/core';
import { compileBpmn, enumeratePaths, type CompileResult, type Diagnostic, type DiagnosticCode, type PathStep, type PathwayPath } from '@polku/core/compiler';
import { feelEvaluator } from '@polku/core/feel';
import { afterAll, describe, expect, it } from 'vitest';
import { ALLOWLIST, BROKEN_ON_PURPOSE, KNOWN_DEFECTS, type AllowlistEntry, type Check } from './corpus-allowlist.js';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const README = fileURLToPath(new URL('./README.md', import.meta.url));
/** A generous but real bound: on an idle machine the slowest file (0.55 MB) compiles in about a quarter of it. */
const COMPILE_BUDGET_MS = 1000;
const KEBAB_CASE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const BROKEN_INTENTS = new Set(['invalid-bpmn', 'invalid-xml', 'not-bpmn']);
/** Same scan as the CLI's folder loader (packages/cli/src/folder-processes.ts). */
const PROCESS_ID = /<(?:[\w.-]+:)?process\b[^>]*?\sid\s*=\s*["']([^"']+)["']/g;

/** The fields of a `manifest.json` entry this suite reads. */
interface ManifestEntry {
  file: string;
  intent: 'valid' | 'lint-violation' | 'invalid-bpmn' | 'invalid-xml' | 'not-bpmn';
  /** Ids that BPMN or DI elements share, found by the corpus generator's namespace-aware scan. */
  duplicateIds: string[];
}

interface Compiled {
  result: CompileResult;
  ms: number;
  /** The XML of the file and of each sibling a call activity loaded, by the `file` diagnostics name. */
  sources: Map<string, string>;
}

const corpusFound = existsSync(join(CORPUS, 'manifest.json'));
const manifest: ManifestEntry[] = corpusFound ? JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8')) : [];
const listed = new Map(ALLOWLIST.map((entry) => [entry.file, entry]));
const compilations = new Map<string, Promise<Compiled>>();

/** Compiles a corpus file once; every test of the file shares the result and its timing. */
function compiled(file: string): Promise<Compiled> {
  let pending = compilations.get(file);
  if (!pending) {
    pending = compile(file);
    compilations.set(file, pending);
  }
  return pending;
}

async function compile(file: string): Promise<Compiled> {
  const xml = readFileSync(join(CORPUS, file), 'utf8');
  const sources = new Map([[file, xml]]);
  const started = performance.now();
  const result = await compileBpmn(xml, { file, loadProcess: siblingLoader(file, sources) });
  return { result, ms: performance.now() - started, sources };
}

/** A `loadProcess` that looks among the `.bpmn` files beside `file`, as the CLI does in `models/`. */
function siblingLoader(file: string, sources: Map<string, string>) {
  return async (processId: string) => {
    const folder = dirname(file);
    const siblings = readdirSync(join(CORPUS, folder)).filter((name) => name.endsWith('.bpmn') && name !== basename(file)).toSorted();
    for (const name of siblings) {
      const sibling = join(folder, name);
      const xml = readFileSync(join(CORPUS, sibling), 'utf8');
      if ([...xml.matchAll(PROCESS_ID)].some((match) => match[1] === processId)) {
        sources.set(sibling, xml);
        return { xml, file: sibling };
      }
    }
    return undefined;
  };
}

const enumerations = new Map<string, ReturnType<typeof enumeratePaths>>();

/** The walkthroughs of a compiled file, enumerated once for the walk and reach checks. */
function walks(file: string, pathway: Pathway): ReturnType<typeof enumeratePaths> {
  let pending = enumerations.get(file);
  if (!pending) {
    pending = enumeratePaths(pathway, { maxLoops: 1, maxPaths: 500 });
    enumerations.set(file, pending);
  }
  return pending;
}

/** The pathway of a file that is meant to compile; the codes check says why when there is none. */
async function compiledPathway(file: string): Promise<Pathway> {
  const { pathway } = (await compiled(file)).result;
  if (!pathway) throw new Error(`${file} does not compile`);
  return pathway;
}

const errorCodes = (diagnostics: Diagnostic[]) => [...new Set(diagnostics.filter((diagnostic) => diagnostic.severity === 'error').map((diagnostic) => diagnostic.code))].toSorted();

/** What is wrong with where a diagnostic points; empty when it names an element of the file, at its start tag. */
function locationProblems(diagnostic: Diagnostic, sources: Map<string, string>): string[] {
  const id = diagnostic.elementId;
  if (id === undefined) return [];
  const xml = diagnostic.file === undefined ? undefined : sources.get(diagnostic.file);
  if (xml === undefined) return [`names element "${id}" but file ${String(diagnostic.file)} is neither the compiled file nor one it loaded`];
  const idAttribute = new RegExp(`\\sid\\s*=\\s*(["'])${escapeRegExp(id)}\\1`);
  if (!idAttribute.test(xml)) return [`names element "${id}", which has no id attribute in ${diagnostic.file}`];
  const problems: string[] = [];
  if (diagnostic.elementType === undefined) problems.push(`names element "${id}" without its type`);
  if (diagnostic.line === undefined || diagnostic.column === undefined) return [...problems, `names element "${id}" without a line and column`];
  const tag = startTagAt(xml, diagnostic.line, diagnostic.column);
  if (!tag || !idAttribute.test(tag)) problems.push(`points at ${diagnostic.file}:${diagnostic.line}:${diagnostic.column}, which is not the start tag of "${id}"`);
  return problems;
}

function startTagAt(xml: string, line: number, column: number): string | undefined {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    offset = xml.indexOf('\n', offset) + 1;
    if (offset === 0) return undefined;
  }
  offset += column - 1;
  if (xml[offset] !== '<') return undefined;
  const next = xml.indexOf('<', offset + 1);
  return xml.slice(offset, next === -1 ? undefined : next);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Replays a path step by step on a walkthrough, the way a worker would: completing steps with
 * the values the path assumes, answering decisions, confirming triggers. The clock moves to a
 * timer's due time before the timer is confirmed.
 */
function replay(pathway: Pathway, path: PathwayPath): Walkthrough {
  let now = Date.parse('2026-01-05T09:00:00.000Z');
  const walk = createWalkthrough(pathway, { clock: () => new Date(now), ...(pathway.conditional ? { evaluate: feelEvaluator } : {}) });
  for (const step of path.steps) {
    now += 60_000;
    act(walk, pathway, path, step, (due) => {
      now = Math.max(now, Date.parse(due));
    });
  }
  return walk;
}

function act(walk: Walkthrough, pathway: Pathway, path: PathwayPath, step: PathStep, waitUntil: (due: string) => void): void {
  switch (step.kind) {
    case 'complete': {
      const values = valuesFor(pathway, path, step.element);
      if (values) walk.complete(step.element, values);
      else walk.complete(step.element);
      return;
    }
    case 'choose':
      if (step.flows.length === 1) walk.choose(step.gateway, step.flows[0]!);
      else walk.choose(step.gateway, step.flows);
      return;
    case 'timer': {
      const due = walk.triggers.find((trigger) => trigger.elementId === step.element)?.due;
      if (due) waitUntil(due);
      walk.trigger(step.element);
      return;
    }
    case 'message':
    case 'signal':
      walk.trigger(step.element);
      return;
  }
}

/** The values a path assumes for a step's fields, and a neutral value for each other required field. */
function valuesFor(pathway: Pathway, path: PathwayPath, elementId: string): Record<string, FieldValue> | undefined {
  const fields = pathway.nodes[elementId]?.fields ?? [];
  const values: Record<string, FieldValue> = {};
  for (const field of fields) {
    if (field.key in path.data) values[field.key] = path.data[field.key]!;
    else if (field.required) values[field.key] = field.type === 'number' ? 0 : field.type === 'boolean' ? false : field.type === 'date' ? '2026-01-01' : '-';
  }
  return Object.keys(values).length > 0 ? values : undefined;
}

/** A ready-to-paste allowlist entry for a file that fails differently than listed. */
function entrySkeleton(file: string, diagnostics: Diagnostic[]): string {
  const firstOfEach = errorCodes(diagnostics).map((code) => {
    const diagnostic = diagnostics.find((candidate) => candidate.severity === 'error' && candidate.code === code)!;
    return `    // ${code}: ${diagnostic.message.split('\n')[0]}`;
  });
  return [
    '  {',
    `    file: ${JSON.stringify(file)},`,
    `    codes: ${JSON.stringify(errorCodes(diagnostics))},`,
    ...firstOfEach,
    "    why: 'TODO: one sentence naming the construct and element.',",
    "    bringIn: 'TODO: what would bring it in.',",
    '  },',
  ].join('\n');
}

/** The checks a file gets: broken XML only for `invalid-xml`, walking only when it is meant to compile. */
function checksOf(entry: ManifestEntry): Check[] {
  const checks: Check[] = ['typed', 'located', 'duplicates', 'codes'];
  if (entry.intent === 'invalid-xml') checks.push('broken-xml');
  if (!listed.has(entry.file)) checks.push('walk', 'reach');
  return checks;
}

/** Test options of a check: it is expected to fail while a known core defect breaks it (KNOWN_DEFECTS says which and why). */
function expecting(file: string, check: Check): { fails: boolean } {
  return { fails: KNOWN_DEFECTS.some((known) => known.file === file && known.check === check) };
}

const percent = (count: number, total: number) => `${total === 0 ? 0 : Math.round((count / total) * 1000) / 10} %`;

/** The figures of the README block, computed from the manifest and the allowlist. */
function summaryBlock(entries: readonly ManifestEntry[], allowlist: readonly AllowlistEntry[]): string {
  const refused = new Set(allowlist.map((entry) => entry.file));
  const compiling = entries.filter((entry) => !refused.has(entry.file)).length;
  const intents = ['valid', 'lint-violation', 'invalid-bpmn', 'invalid-xml', 'not-bpmn'] as const;
  const lines = [`**${compiling} of ${entries.length} files compile (${percent(compiling, entries.length)}).**`, '', '| Intent | Files | Compile | Share |', '| --- | ---: | ---: | ---: |'];
  for (const intent of intents) {
    const ofIntent = entries.filter((entry) => entry.intent === intent);
    const ok = ofIntent.filter((entry) => !refused.has(entry.file)).length;
    lines.push(`| ${intent} | ${ofIntent.length} | ${ok} | ${percent(ok, ofIntent.length)} |`);
  }
  const broken = allowlist.filter((entry) => entry.bringIn === BROKEN_ON_PURPOSE).length;
  const nothing = allowlist.filter((entry) => entry.bringIn.startsWith('nothing:')).length - broken;
  lines.push(
    '',
    `Of the ${allowlist.length} refused files, ${broken} are broken on purpose, ${nothing} need nothing new from Polku (fragments and galleries with no path to walk, other engines' expression languages, modelling fixes) and ${allowlist.length - broken - nothing} wait for a construct Polku does not support yet.`,
  );
  const codes = [...new Set(allowlist.flatMap((entry) => entry.codes))];
  const withCode = (code: DiagnosticCode) => allowlist.filter((entry) => entry.codes.includes(code));
  codes.sort((a, b) => withCode(b).length - withCode(a).length || a.localeCompare(b));
  lines.push('', '| Error code | Files refused with it | Files refused with it alone |', '| --- | ---: | ---: |');
  for (const code of codes) lines.push(`| \`${code}\` | ${withCode(code).length} | ${withCode(code).filter((entry) => entry.codes.length === 1).length} |`);
  return lines.join('\n');
}

if (!corpusFound) console.warn(`Conformance suite skipped: no manifest.json in ${CORPUS} (the corpus belongs beside the repository, at ../shared/corpus).`);

describe.skipIf(!corpusFound)(`conformance over the shared corpus (${CORPUS})`, () => {
  const timings: { file: string; ms: number }[] = [];

  afterAll(() => {
    const slowest = timings.toSorted((a, b) => b.ms - a.ms).slice(0, 3);
    const byIntent = summaryBlock(manifest, ALLOWLIST)
      .split('\n')
      .filter((line) => /^\| [a-z-]+ \| \d/.test(line))
      .map((line) => line.split(' | ').map((cell) => cell.replace(/^\| /, '')))
      .map(([intent, files, ok]) => `${intent} ${ok}/${files}`);
    console.log(`${summaryBlock(manifest, ALLOWLIST).split('\n')[0]!.replaceAll('**', '')} By intent: ${byIntent.join(', ')}.`);
    console.log(`Slowest compiles: ${slowest.map(({ file, ms }) => `${file} ${ms.toFixed(0)} ms`).join(', ')}`);
  });

  describe('the allowlist', () => {
    it('lists only corpus files, each once, with distinct sorted codes and a sentence for why and for what brings it in', () => {
      // given
      const files = new Set(manifest.map((entry) => entry.file));
      // then
      for (const entry of ALLOWLIST) {
        expect(files.has(entry.file), `${entry.file} is not in manifest.json`).toBe(true);
        expect(entry.codes.length, `${entry.file} lists no codes`).toBeGreaterThan(0);
        expect(entry.codes, `${entry.file}: codes must be distinct and sorted`).toEqual([...new Set(entry.codes)].toSorted());
        expect(entry.why, `${entry.file}: why`).toMatch(/^[A-Z].*\.$/);
        expect(entry.bringIn, `${entry.file}: bringIn`).toMatch(/^([A-Z].*\.|nothing: .*)$/);
      }
      expect(listed.size, 'a file is listed twice').toBe(ALLOWLIST.length);
    });

    it('lists every file whose intent is broken, with nothing to bring it in', () => {
      for (const entry of manifest.filter((candidate) => BROKEN_INTENTS.has(candidate.intent))) {
        expect(listed.get(entry.file)?.bringIn, `${entry.file} (${entry.intent}) must be refused`).toMatch(/^nothing: /);
      }
    });

    it('names known defects only for checks that run', () => {
      for (const defect of KNOWN_DEFECTS) {
        const entry = manifest.find((candidate) => candidate.file === defect.file);
        expect(entry, `${defect.file} is not in manifest.json`).toBeDefined();
        expect(checksOf(entry!), `${defect.file} gets no ${defect.check} check`).toContain(defect.check);
      }
    });

    it('matches the figures in tests/conformance/README.md', () => {
      // given
      const readme = readFileSync(README, 'utf8');
      const expected = summaryBlock(manifest, ALLOWLIST);
      // when
      const block = /<!-- generated:summary:start -->\n([\s\S]*?)\n?<!-- generated:summary:end -->/.exec(readme)?.[1];
      // then
      expect(block === expected, `README.md is out of date; put this between the generated:summary markers:\n\n${expected}\n`).toBe(true);
    });
  });

  describe('every file compiles or is refused with typed diagnostics that point into it', () => {
    for (const entry of manifest) {
      const listing = listed.get(entry.file);
      const codesTitle = listing ? `is refused with exactly ${listing.codes.join(', ')}` : 'compiles to a pathway';
      describe(`${entry.file} (${entry.intent})`, () => {
        it(`resolves within ${COMPILE_BUDGET_MS} ms to a pathway or errors, with kebab-case codes and messages`, expecting(entry.file, 'typed'), async () => {
          // when
          const { result, ms } = await compiled(entry.file);
          timings.push({ file: entry.file, ms });
          // then
          expect(ms, `compiling took ${ms.toFixed(0)} ms`).toBeLessThan(COMPILE_BUDGET_MS);
          expect(result.pathway !== undefined || errorCodes(result.diagnostics).length > 0, 'no pathway, yet no error diagnostic').toBe(true);
          for (const diagnostic of result.diagnostics) {
            expect(['error', 'warning'], `severity of ${diagnostic.code}`).toContain(diagnostic.severity);
            expect(diagnostic.code, 'code').toMatch(KEBAB_CASE);
            expect(diagnostic.message.trim(), `${diagnostic.code} has no message`).not.toBe('');
          }
        });

        it('points every diagnostic that names an element at its start tag in the file', expecting(entry.file, 'located'), async () => {
          // when
          const { result, sources } = await compiled(entry.file);
          // then
          const problems = result.diagnostics.flatMap((diagnostic) => locationProblems(diagnostic, sources).map((problem) => `${diagnostic.code} ${problem}`));
          expect(problems.length, `${problems.join('\n')}`).toBe(0);
        });

        it('reports a duplicate id only where BPMN elements share it', expecting(entry.file, 'duplicates'), async () => {
          // given
          const shared = new Set(entry.duplicateIds);
          // when
          const { result } = await compiled(entry.file);
          // then
          const reported = result.diagnostics.filter((diagnostic) => diagnostic.code === 'duplicate-id').map((diagnostic) => diagnostic.elementId);
          expect(reported.filter((id) => id === undefined || !shared.has(id)), 'ids the manifest does not list as shared by BPMN elements').toEqual([]);
        });

        it(`${codesTitle}`, expecting(entry.file, 'codes'), async () => {
          // when
          const { result } = await compiled(entry.file);
          // then
          const advice = listing
            ? `${entry.file} compiles now, or fails differently; its entry in corpus-allowlist.ts would read (delete it if it compiles):\n${entrySkeleton(entry.file, result.diagnostics)}`
            : `${entry.file} no longer compiles; if that is intended, add to corpus-allowlist.ts:\n${entrySkeleton(entry.file, result.diagnostics)}`;
          expect(result.pathway === undefined, `${advice}`).toBe(listing !== undefined);
          expect(errorCodes(result.diagnostics), `${advice}`).toEqual(listing?.codes ?? []);
        });
      });
    }
  });

  describe('a file whose XML is broken is refused as broken XML, not for what it models', () => {
    for (const entry of manifest.filter((candidate) => candidate.intent === 'invalid-xml')) {
      it(`${entry.file} is refused with xml-not-well-formed or not-bpmn`, expecting(entry.file, 'broken-xml'), async () => {
        // when
        const { result } = await compiled(entry.file);
        // then
        const codes = errorCodes(result.diagnostics);
        expect(codes.some((code) => code === 'xml-not-well-formed' || code === 'not-bpmn'), `refused only with ${codes.join(', ') || 'nothing'}`).toBe(true);
      });
    }
  });

  describe('every file that compiles can be walked to each of its ends', () => {
    for (const entry of manifest.filter((candidate) => !listed.has(candidate.file))) {
      describe(`${entry.file} (${entry.intent})`, () => {
        it('walks each enumerated path from the start to its end', expecting(entry.file, 'walk'), async () => {
          // given
          const pathway = await compiledPathway(entry.file);
          // when
          const { paths, truncated } = await walks(entry.file, pathway);
          // then
          expect(truncated || paths.length > 0, 'enumeratePaths found no path to an end').toBe(true);
          for (const path of paths) {
            const walk = replay(pathway, path);
            const trace = walk.trace();
            expect(walk.done, `stopped at ${walk.active.join(', ')} after ${trace.join(' → ')}`).toBe(true);
            expect(walk.snapshot.context.completed).toEqual(path.completed);
            expect(path.endEvents.filter((end) => !trace.includes(end)), 'end events of the path that the walk did not enter').toEqual([]);
          }
        });

        it('offers a path to every worker step and end event it models', expecting(entry.file, 'reach'), async () => {
          // given
          const pathway = await compiledPathway(entry.file);
          // when
          const { paths, truncated } = await walks(entry.file, pathway);
          // then
          const reached = new Set(paths.flatMap((path) => [...path.completed, ...path.endEvents]));
          const modelled = Object.values(pathway.nodes).filter((node) => node.role === 'end' || node.role === 'step');
          // A cut-off enumeration proves nothing about what cannot be reached.
          const unreached = truncated ? [] : modelled.filter((node) => !reached.has(node.id)).map((node) => `${node.type} ${node.id}`);
          expect(unreached, `never reached: ${unreached.join(", ")}`).toEqual([]);
        });
      });
    }
  });
});
