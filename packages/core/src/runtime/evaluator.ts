import type { WalkContext } from './types.js';

/**
 * Evaluates a condition over the walkthrough's variables. Only `true` takes a flow; `false`,
 * `null` (a variable not yet known) and errors do not. Kept as a parameter so the runtime does
 * not bundle a FEEL interpreter for pathways without conditions; `@polku/core/feel` supplies one.
 */
export type ConditionEvaluator = (expression: string, variables: Record<string, unknown>) => boolean;

/**
 * The variables conditions see: every recorded field value by its key, and every answered
 * decision by its gateway id, with the chosen flow's id (a list of ids for an inclusive one).
 */
export function variablesOf(context: WalkContext): Record<string, unknown> {
  return { ...context.answers, ...context.data };
}
