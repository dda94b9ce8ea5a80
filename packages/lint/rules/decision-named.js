import { describeElement, isSplittingExclusiveGateway, outgoingOf } from '../lib/_internal/moddle.js';
import { hasName } from '../lib/_internal/texts.js';

/** @import { ModdleElement, Reporter, RuleDefinition } from '../lib/_internal/rule-types.js' */

/**
 * Every exclusive gateway that splits the path is a question: it is named with the question
 * and each outgoing flow with the answer it stands for, because the walkthrough shows the
 * question and offers the answers as choices (or, when conditions decide, shows why).
 *
 * @returns {RuleDefinition}
 */
function decisionNamed() {
  return { check };
}

/**
 * @param {ModdleElement} node
 * @param {Reporter} reporter
 */
function check(node, reporter) {
  if (!isSplittingExclusiveGateway(node)) return;
  if (!hasName(node)) {
    reporter.report(node.id, 'Decision has no name; name it with the question it asks ("Onko lapsi kouluiässä?").');
  }
  for (const flow of outgoingOf(node)) {
    if (!hasName(flow)) {
      reporter.report(flow.id, `Sequence flow leaves the decision ${describeElement(node)} without a name; name it with the answer it stands for ("Kyllä").`);
    }
  }
}

export { decisionNamed as default, decisionNamed as 'module.exports' };
