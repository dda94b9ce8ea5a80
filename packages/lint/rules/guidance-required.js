import { isWorkerDecision, isWorkerStep, modelLanguage } from '../lib/_internal/moddle.js';
import { hasGuidanceIn } from '../lib/_internal/texts.js';

/** @import { ModdleElement, Reporter, RuleDefinition } from '../lib/_internal/rule-types.js' */

/**
 * Every step the worker performs (plain, user and manual task) and every question the worker
 * answers (a splitting exclusive gateway without conditions or default) has guidance in the
 * model's language: `bpmn:documentation`, which is what the walkthrough shows.
 *
 * @returns {RuleDefinition}
 */
function guidanceRequired() {
  return { check };
}

/**
 * @param {ModdleElement} node
 * @param {Reporter} reporter
 */
function check(node, reporter) {
  const kind = isWorkerStep(node) ? 'Task' : isWorkerDecision(node) ? 'Decision' : undefined;
  if (!kind) return;
  const lang = modelLanguage(node);
  if (!hasGuidanceIn(node, lang, lang)) {
    reporter.report(node.id, `${kind} has no guidance in the model's language (${lang}); add documentation telling the worker what to do.`);
  }
}

// `module.exports` lets bpmnlint's NodeResolver `require()` this ES module (Node ≥ 20.19);
// bundlers and `import` take the default export.
export { guidanceRequired as default, guidanceRequired as 'module.exports' };
