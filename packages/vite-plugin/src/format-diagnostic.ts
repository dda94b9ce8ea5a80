import { formatLocation } from '@polku/core';
import type { Diagnostic } from '@polku/core/compiler';

/**
 * One diagnostic as the CLI and `PolkuError` word it: what is wrong, where
 * (`file:line:column <bpmn:Type id="…">`), and the page that explains the code.
 */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  return `${diagnostic.message}\n  at ${formatLocation(diagnostic)}\n  see docs/errors/${diagnostic.code}.md`;
}

/** Every error of one model in one message, so a developer fixes them in one round. */
export function formatErrors(file: string, errors: readonly Diagnostic[]): string {
  const count = errors.length === 1 ? '1 error' : `${errors.length} errors`;
  return [`${file} cannot be compiled to a pathway (${count}):`, ...errors.map(formatDiagnostic)].join('\n\n');
}
