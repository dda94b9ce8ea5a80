/**
 * `@polku/elements/markdown`: the one sanitising Markdown renderer of the guidance texts, for
 * tools that show guidance outside the components (the modeler's preview), and the interface
 * language helper. No component is defined by importing this module.
 */
export { sanitizeMarkdown } from './_internal/render-markdown.js';
export { uiLangOf } from './_internal/strings.js';
export type { UiLang } from './_internal/strings.js';
