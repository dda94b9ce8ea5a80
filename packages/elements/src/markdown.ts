/**
 * `@polku/elements/markdown`: the one sanitising renderer of the guidance texts, for tools that
 * show guidance outside the components (the modeler's preview), and the interface language
 * helper. No component is defined by importing this module.
 */
import { guidanceToHtml } from '@polku/core/markdown';
import { sanitizeGuidanceHtml } from './_internal/render-markdown.js';

export { uiLangOf } from './_internal/strings.js';
export type { UiLang } from './_internal/strings.js';

/** Markdown guidance to sanitised HTML, as the components show it. */
export function sanitizeMarkdown(markdown: string, newTabHint: string): string {
  return sanitizeGuidanceHtml(guidanceToHtml(markdown), newTabHint);
}
