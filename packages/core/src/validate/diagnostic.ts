import type { SourceLocation } from '../errors/polku-error.js';

/** How bad a diagnostic is: an error stops compilation, a warning does not. */
export type Severity = 'error' | 'warning';

/**
 * One problem found in a model. `code` is stable (kebab-case, documented in
 * `docs/errors/<code>.md`); the location names file, line, column and element.
 */
export interface Diagnostic extends SourceLocation {
  severity: Severity;
  code: DiagnosticCode;
  message: string;
}

/** Every code the parser and validator can report. */
export type DiagnosticCode =
  | 'input-too-large'
  | 'doctype-forbidden'
  | 'xml-not-well-formed'
  | 'not-bpmn'
  | 'xml-warning'
  | 'too-many-warnings'
  | 'duplicate-id'
  | 'unresolved-reference'
  | 'no-process'
  | 'multiple-processes'
  | 'unsupported-element'
  | 'missing-start-event'
  | 'multiple-start-events'
  | 'missing-end-event'
  | 'missing-outgoing-flow'
  | 'implicit-split'
  | 'decision-question-missing'
  | 'decision-answer-missing'
  | 'unstructured-parallel'
  | 'loop-without-step'
  | 'unreachable-element'
  | 'guidance-missing'
  | 'invalid-extension'
  | 'condition-missing'
  | 'invalid-condition'
  | 'called-process-missing'
  | 'recursive-call'
  | 'invalid-timer'
  | 'event-gateway-target'
  | 'message-not-received'
  | 'unknown-variable'
  | 'nesting-too-deep';

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.severity === 'error');
}
