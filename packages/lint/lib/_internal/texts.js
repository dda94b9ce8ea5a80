/**
 * Names and guidance by language, read the way `@polku/core` reads them: the element's own
 * `name` and `bpmn:documentation` are in the model's language; other languages come from
 * `i18n:translation` (no `target` for the name, `target="documentation"` for guidance).
 */
import { is, many, sameLanguage } from './moddle.js';

/** @import { ModdleElement } from './moddle.js' */

/**
 * @typedef {{ lang: string, target?: string, text: string }} Translation
 */

/**
 * Non-empty `i18n:translation` entries of an element: from `extensionElements` for BPMN
 * elements, from the `translations` list for `polku:deadline` and `polku:field`.
 *
 * @param {ModdleElement} element
 * @returns {Translation[]}
 */
export function translationsOf(element) {
  const extensions = /** @type {ModdleElement | undefined} */ (element.extensionElements);
  return [...many(extensions, 'values'), ...many(element, 'translations')]
    .filter((value) => is(value, 'i18n:Translation'))
    .map((value) => ({
      lang: value.$attrs?.['xml:lang'] ?? '',
      ...(typeof value.target === 'string' ? { target: value.target } : {}),
      text: typeof value.text === 'string' ? value.text.trim() : '',
    }))
    .filter((translation) => translation.lang && translation.text);
}

/**
 * True when the element has a non-empty `name`.
 *
 * @param {ModdleElement} element
 * @returns {boolean}
 */
export function hasName(element) {
  return typeof element.name === 'string' && element.name.trim() !== '';
}

/**
 * True when the element has non-empty `bpmn:documentation`.
 *
 * @param {ModdleElement} element
 * @returns {boolean}
 */
export function hasDocumentation(element) {
  return many(element, 'documentation').some((entry) => typeof entry.text === 'string' && entry.text.trim() !== '');
}

/**
 * True when the element tells the worker what to do in `lang`: documentation in the model's
 * language, or a translation with `target="documentation"` in `lang`.
 *
 * @param {ModdleElement} element
 * @param {string} lang
 * @param {string} modelLang
 * @returns {boolean}
 */
export function hasGuidanceIn(element, lang, modelLang) {
  if (sameLanguage(lang, modelLang) && hasDocumentation(element)) return true;
  return translationsOf(element).some((translation) => translation.target === 'documentation' && sameLanguage(translation.lang, lang));
}

/**
 * True when the element has a name in `lang`: its `name` in the model's language, or a
 * translation without a target in `lang`.
 *
 * @param {ModdleElement} element
 * @param {string} lang
 * @param {string} modelLang
 * @returns {boolean}
 */
export function hasNameIn(element, lang, modelLang) {
  if (sameLanguage(lang, modelLang) && hasName(element)) return true;
  return translationsOf(element).some((translation) => !translation.target && sameLanguage(translation.lang, lang));
}
