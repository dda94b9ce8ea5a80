/**
 * `@polku/core/compiler`: BPMN XML → diagnostics → Pathway. Pulls in bpmn-moddle; pages that
 * only walk a precompiled pathway import `@polku/core` instead and ship no XML parser.
 */
import { analyseStructure } from './compile/analyse-structure.js';
import { compilePathway } from './compile/compile-pathway.js';
import { ModelError } from './errors/model-error.js';
import { buildPathway, collectCalledElements, type ProcessSource } from './ir/build-pathway.js';
import { is, many } from './parse/moddle.js';
import type { ParsedModel } from './parse/parse-bpmn.js';
import type { Pathway } from './ir/types.js';
import { parseForCompile, type ParseOptions } from './parse/parse-bpmn.js';
import { checkConditions } from './validate/check-conditions.js';
import { hasErrors, type Diagnostic } from './validate/diagnostic.js';

export { parseBpmn, DEFAULT_MAX_BYTES } from './parse/parse-bpmn.js';
export type { ParseOptions, ParsedModel } from './parse/parse-bpmn.js';
export { indexPositions } from './parse/position-index.js';
export type { Position, PositionIndex } from './parse/position-index.js';
export { buildPathway } from './ir/build-pathway.js';
export type { BuildOptions, BuildResult, PathwayDraft, ProcessSource } from './ir/build-pathway.js';
export { analyseStructure } from './compile/analyse-structure.js';
export type { ParallelBlock, Scope, Structure } from './compile/analyse-structure.js';
export { compilePathway } from './compile/compile-pathway.js';
export { siblingProcessLoader } from './compile/sibling-processes.js';
export type { FolderReader, FoundProcess } from './compile/sibling-processes.js';
export { hasErrors } from './validate/diagnostic.js';
export type { Diagnostic, DiagnosticCode, Severity } from './validate/diagnostic.js';
export { ModelError } from './errors/model-error.js';
export { enumeratePaths } from './paths/enumerate-paths.js';
export { neutralValue } from './paths/candidate-values.js';
export type { PathOptions, PathStep, PathwayPath } from './paths/enumerate-paths.js';
export { coverageOf } from './catalog/coverage.js';
export type { Coverage, LanguageCoverage } from './catalog/coverage.js';
export { buildCatalog } from './catalog/build-catalog.js';
export type { CatalogProblem } from './catalog/build-catalog.js';

/** Options of {@link compileBpmn}. */
export interface CompileOptions extends ParseOptions {
  /**
   * Finds the model that defines a process a call activity calls, when it is not in the same
   * file. The CLI and the Vite plugin look among the `.bpmn` files in the same folder.
   */
  loadProcess?: (processId: string) => Promise<{ xml: string; file?: string } | undefined>;
}

/** Result of {@link compileBpmn}: the pathway when there were no errors, and every diagnostic. */
export interface CompileResult {
  pathway?: Pathway;
  diagnostics: Diagnostic[];
}

/**
 * Parses, validates and compiles one BPMN file. Never throws for a bad model: every problem
 * is a diagnostic with file, line, column and element id.
 *
 * @example
 * const { pathway, diagnostics } = await compileBpmn(xml, { file: 'models/koulupolku.bpmn' });
 */
export async function compileBpmn(xml: string, options: CompileOptions = {}): Promise<CompileResult> {
  const parsed = await parseForCompile(xml, options);
  if (hasErrors(parsed.diagnostics)) return { diagnostics: parsed.diagnostics };
  const called = await loadCalledProcesses(parsed, options);
  const built = buildPathway(parsed, { processes: called.processes });
  const diagnostics = [...parsed.diagnostics, ...called.diagnostics, ...built.diagnostics];
  if (!built.draft) return { diagnostics };
  const positionOf = (id: string) => {
    const { line, column } = built.locate!(id);
    return { line, column };
  };
  const structure = analyseStructure(built.draft, options.file, positionOf);
  // Ids inside called processes carry their call activity's prefix: report them as written, in their own file.
  const located = [...structure.diagnostics, ...(await checkConditions(built.draft, options.file, positionOf))].map((diagnostic) =>
    diagnostic.elementId && built.draft!.nodes[diagnostic.elementId] === undefined && built.draft!.flows[diagnostic.elementId] === undefined
      ? diagnostic
      : diagnostic.elementId
        ? { ...diagnostic, ...built.locate!(diagnostic.elementId) }
        : diagnostic,
  );
  diagnostics.push(...located);
  if (hasErrors(diagnostics)) return { diagnostics };
  return { pathway: compilePathway(built.draft, structure), diagnostics };
}

/** Like {@link compileBpmn}, but returns only the diagnostics. */
export async function validateBpmn(xml: string, options: CompileOptions = {}): Promise<Diagnostic[]> {
  return (await compileBpmn(xml, options)).diagnostics;
}

/**
 * Compiles BPMN XML into a pathway or throws one {@link ModelError} carrying every diagnostic.
 *
 * @example
 * const pathway = await loadPathway(await (await fetch('/models/koulupolku.bpmn')).text());
 */
export async function loadPathway(xml: string, options: CompileOptions = {}): Promise<Pathway> {
  const { pathway, diagnostics } = await compileBpmn(xml, options);
  if (!pathway) throw new ModelError(diagnostics);
  return pathway;
}

// Follows call activities to processes in other files, transitively, parsing each file once.
async function loadCalledProcesses(parsed: ParsedModel, options: CompileOptions): Promise<{ processes: Map<string, ProcessSource>; diagnostics: Diagnostic[] }> {
  const processes = new Map<string, ProcessSource>();
  const diagnostics: Diagnostic[] = [];
  if (!options.loadProcess) return { processes, diagnostics };
  const pending = [parsed];
  const asked = new Set<string>();
  while (pending.length > 0) {
    const model = pending.pop()!;
    const here = processIdsOf(model);
    const roots = many(model.definitions, 'rootElements').filter((element) => is(element, 'bpmn:Process'));
    for (const id of collectCalledElements(roots)) {
      if (here.has(id) || asked.has(id)) continue;
      asked.add(id);
      const found = await options.loadProcess(id);
      if (!found) continue; // buildPathway reports called-process-missing at the call activity
      const other = await parseForCompile(found.xml, { ...options, file: found.file });
      diagnostics.push(...other.diagnostics);
      if (hasErrors(other.diagnostics)) continue;
      for (const process of many(other.definitions, 'rootElements').filter((element) => is(element, 'bpmn:Process'))) {
        if (!processes.has(process.id!) && !here.has(process.id!)) processes.set(process.id!, { process, source: other });
      }
      pending.push(other);
    }
  }
  return { processes, diagnostics };
}

function processIdsOf(model: ParsedModel): Set<string> {
  return new Set(many(model.definitions, 'rootElements').filter((element) => is(element, 'bpmn:Process')).map((element) => element.id!));
}
