/**
 * `@polku/core/feel`: the FEEL evaluator for pathways whose gateways are decided by conditions
 * (`pathway.conditional`). A separate entry so pages without conditions never load feelin.
 *
 * @example
 * import { feelEvaluator } from '@polku/core/feel';
 * const walk = createWalkthrough(pathway, { evaluate: feelEvaluator });
 */
import { evaluate } from 'feelin';
import type { ConditionEvaluator } from './runtime/evaluator.js';

/** Evaluates a FEEL expression with feelin; only a boolean `true` counts as true. */
export const feelEvaluator: ConditionEvaluator = (expression, variables) => {
  try {
    return evaluate(expression, variables).value === true;
  } catch {
    return false; // Syntax errors are refused at compile time; a runtime failure takes no flow.
  }
};
