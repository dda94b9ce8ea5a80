import type { Texts } from '@polku/core';

/** A text and, when it is not in the language asked for, the language it is really in. */
export interface PickedText {
  text: string;
  /** Set only for a fallback, so the element can carry `lang` for screen readers and hyphenation. */
  lang: string | undefined;
}

/**
 * The text in `lang`, else in the model's own language, else in any language it has —
 * the same order as `textIn` from `@polku/core`, but telling which language was used.
 */
export function pickText(texts: Texts | undefined, lang: string, modelLang: string): PickedText | undefined {
  if (!texts) return undefined;
  const order = [lang, modelLang, ...Object.keys(texts)];
  for (const candidate of order) {
    const text = texts[candidate];
    if (text?.trim()) return { text, lang: candidate === lang ? undefined : candidate };
  }
  return undefined;
}
