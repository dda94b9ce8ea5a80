import type { Texts } from './types.js';

/** Picks the text for `lang`, falling back to the model's language, then to any language. */
export function textIn(texts: Texts, lang: string, fallback?: string): string | undefined {
  return texts[lang] ?? (fallback ? texts[fallback] : undefined) ?? Object.values(texts).find(Boolean);
}
