/**
 * `@polku/core/compiler`: BPMN XML → diagnostics → Pathway. Pulls in bpmn-moddle; pages that
 * only walk a precompiled pathway import `@polku/core` instead and ship no XML parser.
 */
import { analyseStructure } from './compile/analyse-structure.js';
import { compilePathway } from './compile/compile-pathway.js';
import { ModelError } from './errors/model-error.js';
import { buildPathway } from './ir/build-pathway.js';
import type { Pathway } from './ir/types.js';
import { parseBpmn, type ParseOptions } from './parse/parse-bpmn.js';
import { checkConditions } from './validate/check-conditions.js';
import { hasErrors, type Diagnostic } from './validate/diagnostic.js';

export { parseBpmn, DEFAULT_MAX_BYTES } from './parse/parse-bpmn.js';
export type { ParseOptions, ParsedModel } from './parse/parse-bpmn.js';
export { indexPositions } from './parse/position-index.js';
export type { Position, PositionIndex } from './parse/position-index.js';
export { buildPathway } from './ir/build-pathway.js';
export type { BuildResult, PathwayDraft } from './ir/build-pathway.js';
export { analyseStructure } from './compile/analyse-structure.js';
export type { ParallelBlock, Scope, Structure } from './compile/analyse-structure.js';
export { compilePathway } from './compile/compile-pathway.js';
export { hasErrors } from './validate/diagnostic.js';
export type { Diagnostic, DiagnosticCode, Severity } from './validate/diagnostic.js';
export { ModelError } from './errors/model-error.js';

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
export async function compileBpmn(xml: string, options: ParseOptions = {}): Promise<CompileResult> {
  const parsed = await parseBpmn(xml, options);
  if (hasErrors(parsed.diagnostics)) return { diagnostics: parsed.diagnostics };
  const built = buildPathway(parsed);
  const diagnostics = [...parsed.diagnostics, ...built.diagnostics];
  if (!built.draft) return { diagnostics };
  const positionOf = (id: string) => parsed.index.positions.get(id) ?? {};
  const structure = analyseStructure(built.draft, options.file, positionOf);
  diagnostics.push(...structure.diagnostics, ...checkConditions(built.draft, options.file, positionOf));
  if (hasErrors(diagnostics)) return { diagnostics };
  return { pathway: compilePathway(built.draft, structure), diagnostics };
}

/** Like {@link compileBpmn}, but returns only the diagnostics. */
export async function validateBpmn(xml: string, options: ParseOptions = {}): Promise<Diagnostic[]> {
  return (await compileBpmn(xml, options)).diagnostics;
}

/**
 * Compiles BPMN XML into a pathway or throws one {@link ModelError} carrying every diagnostic.
 *
 * @example
 * const pathway = await loadPathway(await (await fetch('/models/koulupolku.bpmn')).text());
 */
export async function loadPathway(xml: string, options: ParseOptions = {}): Promise<Pathway> {
  const { pathway, diagnostics } = await compileBpmn(xml, options);
  if (!pathway) throw new ModelError(diagnostics);
  return pathway;
}
