import { is, isDiagramInterchange, modelLanguage, ownerWithId, sameLanguage } from '../lib/_internal/moddle.js';
import { hasDocumentation, hasName, hasNameIn, hasGuidanceIn } from '../lib/_internal/texts.js';

/** @import { ModdleElement, Reporter, RuleDefinition } from '../lib/_internal/rule-types.js' */

const DEFAULT_LANGUAGES = ['sv', 'en'];

/**
 * Every named element has its name, and every element with guidance has its guidance, in each
 * of the configured languages besides the model's own (default `sv` and `en`, Finland's other
 * official language and the one most workers share). Translations are `i18n:translation`
 * children; a missing one makes the walkthrough fall back to the model's language.
 *
 * @param {{ languages?: unknown }} [config] `languages`: language codes to require
 * @returns {RuleDefinition}
 */
function translationsComplete(config = {}) {
  const languages = Array.isArray(config.languages) && config.languages.every((code) => typeof code === 'string')
    ? /** @type {string[]} */ (config.languages)
    : DEFAULT_LANGUAGES;

  /**
   * @param {ModdleElement} node
   * @param {Reporter} reporter
   */
  function check(node, reporter) {
    const subject = subjectOf(node);
    if (!subject) return;
    const modelLang = modelLanguage(node);
    const wanted = languages.filter((code) => !sameLanguage(code, modelLang));
    const owner = ownerWithId(node);
    if (hasName(node)) {
      const missing = wanted.filter((code) => !hasNameIn(node, code, modelLang));
      if (missing.length > 0) {
        const where = subject.extension ? 'inside it' : 'to its extensionElements';
        reporter.report(owner?.id, `${subject.label} "${excerpt(String(node.name))}" has no translation in ${missing.join(', ')}; add <i18n:translation xml:lang="${missing[0]}"> ${where}.`);
      }
    }
    if (!subject.extension && hasDocumentation(node)) {
      const missing = wanted.filter((code) => !hasGuidanceIn(node, code, modelLang));
      if (missing.length > 0) {
        reporter.report(owner?.id, `Guidance has no translation in ${missing.join(', ')}; add <i18n:translation xml:lang="${missing[0]}" target="documentation">.`);
      }
    }
  }

  return { check };
}

/**
 * What the rule checks on a node and how it names it: BPMN elements themselves, and the
 * named Polku extensions (deadlines, fields, catalogue audience and tags), whose translations are their own children.
 *
 * @param {ModdleElement} node
 * @returns {{ label: string, extension: boolean } | undefined}
 */
function subjectOf(node) {
  const extensionLabels = { 'polku:Deadline': 'Deadline name', 'polku:Field': 'Field name', 'polku:Audience': 'Audience', 'polku:Tag': 'Tag' };
  for (const [type, label] of Object.entries(extensionLabels)) {
    if (is(node, type)) return { label, extension: true };
  }
  if (node.$type.startsWith('bpmn:') && !isDiagramInterchange(node) && !node.$descriptor?.isGeneric) {
    return { label: 'Name', extension: false };
  }
  return undefined;
}

/**
 * A name short enough for a one-line message.
 *
 * @param {string} text
 * @returns {string}
 */
function excerpt(text) {
  const oneLine = text.trim().replace(/\s+/g, ' ');
  return oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine;
}

export { translationsComplete as default, translationsComplete as 'module.exports' };
