import type { Diagnostic } from '../validate/diagnostic.js';
import { PolkuError } from './polku-error.js';

/**
 * Thrown when a model cannot be turned into a pathway. Carries every error-level diagnostic
 * at once, so a developer fixes them in one round instead of one per run.
 */
export class ModelError extends PolkuError {
  override name = 'ModelError';
  readonly diagnostics: Diagnostic[];

  constructor(diagnostics: Diagnostic[]) {
    const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    const first = errors[0] ?? diagnostics[0];
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more error${errors.length > 2 ? 's' : ''})` : '';
    super(first?.code ?? 'invalid-model', `${first?.message ?? 'The model is not valid.'}${more}`, first ?? {});
    this.diagnostics = diagnostics;
  }
}
