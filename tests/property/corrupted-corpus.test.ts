import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWalkthrough, isPolkuError, type FieldValue, type Pathway } from '@polku/core';
import { compileBpmn, type CompileResult } from '@polku/core/compiler';
import { feelEvaluator } from '@polku/core/feel';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs, SEED } from './_support/arbitraries.js';
import { corrupt, corruptionArbitrary } from './_support/corrupt.js';

// The shared corpus of BPMN written by other people and tools (../shared/corpus/README.md).
const corpus = fileURLToPath(new URL('../../../shared/corpus/bpmn/', import.meta.url));
const files = new Map<string, string>(
  existsSync(corpus)
    ? readdirSync(corpus, { recursive: true })
        .map(String)
        .filter((path) => path.endsWith('.bpmn'))
        .toSorted()
        .map((path) => [path, readFileSync(join(corpus, path), 'utf8')])
    : [],
);

// Generous: the largest corpus file (0.9 MB) compiles in about 100 ms of CPU time. CPU time, not
// wall time, so that other processes on a loaded machine do not make the bound flaky.
const CPU_LIMIT_MS = 1_000;
const SEVERITIES: ReadonlySet<string> = new Set(['error', 'warning']);
// What a walk may meet in a pathway that compiled; timers, messages and signals are not confirmed here.
const ACTIVE_ROLES: ReadonlySet<string> = new Set(['step', 'decision', 'wait']);
// Runtime errors a valid walk may still meet, each documented in docs/errors/.
const DOCUMENTED_WALK_ERRORS: ReadonlySet<string> = new Set(['no-flow-taken']);

describe.skipIf(files.size === 0)(`corpus files (fast-check seed ${SEED}, ${files.size} files)`, () => {
  // Files that compile into a pathway as they are: corrupting them reaches the later stages.
  // Filled by the first test; without it the second draws from all files only.
  const compiling: string[] = [];

  it('compile as they are into a pathway or located diagnostics, in time, and walk', async () => {
    const problems: string[] = [];
    for (const [path, xml] of files) {
      // when
      const { result, cpu } = await timedCompile(xml, path);
      // then
      problems.push(...resultProblems(result, xml, cpu).map((problem) => `${path}: ${problem}`));
      if (!result.pathway) continue;
      compiling.push(path);
      problems.push(...walkProblems(result.pathway, (max) => max).map((problem) => `${path}: ${problem}`));
    }
    expect(problems).toEqual([]);
  }, 60_000);

  it('when corrupted, never make the compiler throw, hang, or report a diagnostic without code, message or its element\'s position', async () => {
    const anyFile = fc.constantFrom(...files.keys());
    const fileArbitrary = compiling.length > 0 ? fc.oneof(anyFile, fc.constantFrom(...compiling)) : anyFile;
    await fc.assert(
      fc.asyncProperty(fileArbitrary, fc.array(corruptionArbitrary, { minLength: 1, maxLength: 3 }), fc.gen(), async (path, corruptions, g) => {
        // given
        const xml = corruptions.reduce(corrupt, files.get(path)!);
        // when
        const { result, cpu } = await timedCompile(xml, path);
        // then
        expect(resultProblems(result, xml, cpu)).toEqual([]);
        expect(result.pathway ? walkProblems(result.pathway, (max) => g(fc.nat, { max })) : []).toEqual([]);
      }),
      runs(400),
    );
  }, 120_000);
});

// The CPU time of one compile in ms. A rejection fails the test with the error itself.
async function timedCompile(xml: string, file: string): Promise<{ result: CompileResult; cpu: number }> {
  const started = process.cpuUsage();
  const result = await compileBpmn(xml, { file });
  const used = process.cpuUsage(started);
  return { result, cpu: (used.user + used.system) / 1_000 };
}

// Either a pathway and no errors, or no pathway and at least one error saying why; every
// diagnostic complete; a DOCTYPE always refused; within the CPU limit.
function resultProblems(result: CompileResult, xml: string, cpu: number): string[] {
  const problems: string[] = [];
  const lines = xml.split('\n').length;
  for (const diagnostic of result.diagnostics) {
    const name = typeof diagnostic.code === 'string' && diagnostic.code ? diagnostic.code : '(no code)';
    if (name === '(no code)') problems.push(`a diagnostic without code: ${JSON.stringify(diagnostic)}`);
    if (typeof diagnostic.message !== 'string' || !diagnostic.message.trim()) problems.push(`${name} without message`);
    if (!SEVERITIES.has(diagnostic.severity)) problems.push(`${name} has severity ${String(diagnostic.severity)}`);
    if (diagnostic.line !== undefined && !(Number.isInteger(diagnostic.line) && diagnostic.line >= 1 && diagnostic.line <= lines)) problems.push(`${name} at line ${diagnostic.line} of ${lines}`);
    const misplaced = diagnostic.elementId && diagnostic.line !== undefined && diagnostic.column !== undefined && !tagAt(xml, diagnostic.line, diagnostic.column, diagnostic.elementId);
    if (misplaced) problems.push(`${name} for "${diagnostic.elementId}" at ${diagnostic.line}:${diagnostic.column}, where no start tag with that id begins`);
  }
  const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (result.pathway && errors.length > 0) problems.push(`a pathway despite errors: ${errors.map((error) => error.code).join(', ')}`);
  if (!result.pathway && errors.length === 0) problems.push('no pathway and no error saying why');
  if (/<!DOCTYPE/i.test(xml) && !errors.some((error) => error.code === 'doctype-forbidden')) problems.push('a DOCTYPE was not refused');
  if (cpu >= CPU_LIMIT_MS) problems.push(`took ${cpu.toFixed(0)} ms of CPU time`);
  return problems;
}

// True when a start tag with `id="<elementId>"` begins at the 1-based line and column.
function tagAt(xml: string, line: number, column: number, elementId: string): boolean {
  let offset = 0;
  for (let current = 1; current < line && offset !== -1; current++) offset = xml.indexOf('\n', offset) + 1 || -1;
  if (offset === -1) return false;
  START_TAG.lastIndex = offset + column - 1;
  const tag = START_TAG.exec(xml)?.[0] ?? '';
  return [...tag.matchAll(/\sid\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].some((match) => (match[1] ?? match[2]) === elementId);
}

// A start tag with its attributes (quoted values may hold '>'), matched where lastIndex points.
const START_TAG = /<[A-Za-z_][\w.:-]*(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*\/?>/y;

// A pathway that compiled is walked a little, steps and answers only: active elements must be
// nodes that wait for something, and only documented errors may come out.
function walkProblems(pathway: Pathway, pick: (max: number) => number): string[] {
  try {
    const walk = createWalkthrough(pathway, { evaluate: feelEvaluator });
    for (let step = 0; step < 50 && !walk.done; step++) {
      const active = walk.active;
      const strangers = active.filter((id) => !ACTIVE_ROLES.has(pathway.nodes[id]?.role ?? 'missing'));
      if (strangers.length > 0) return [`active elements that wait for nothing: ${strangers.join(', ')}`];
      const workerSteps = active.filter((id) => pathway.nodes[id]!.role !== 'wait');
      if (workerSteps.length === 0) return [];
      const node = pathway.nodes[workerSteps[pick(workerSteps.length - 1)]!]!;
      const flowId = node.outgoing[pick(node.outgoing.length - 1)]!;
      if (node.role === 'decision') walk.choose(node.id, node.type === 'inclusiveGateway' ? [flowId] : flowId);
      else walk.complete(node.id, Object.fromEntries(node.fields.map((field): [string, FieldValue] => [field.key, field.type === 'number' ? 1 : field.type === 'boolean' ? true : '2026-03-02'])));
    }
    return [];
  } catch (error) {
    if (isPolkuError(error) && DOCUMENTED_WALK_ERRORS.has(error.code)) return [];
    return [`the walk threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`];
  }
}
