import { is, many, type ModdleElement } from '../parse/moddle.js';
import type { Texts } from './types.js';

/** An element's name in the model's language plus its i18n translations without a target. */
export function namesOf(element: ModdleElement, lang: string): Texts {
  const texts: Texts = {};
  if (typeof element.name === 'string' && element.name.trim()) texts[lang] = element.name.trim();
  for (const translation of translationsOf(element)) {
    if (!translation.target) texts[translation.lang] = translation.text;
  }
  return texts;
}

/** An element's documentation in the model's language plus translations targeting `documentation`. */
export function guidanceOf(element: ModdleElement, lang: string): Texts {
  const texts: Texts = {};
  const documentation = many(element, 'documentation')
    .map((entry) => (typeof entry.text === 'string' ? entry.text.trim() : ''))
    .filter(Boolean)
    .join('\n\n');
  if (documentation) texts[lang] = documentation;
  for (const translation of translationsOf(element)) {
    if (translation.target === 'documentation') texts[translation.lang] = translation.text;
  }
  return texts;
}

/** Names from `i18n:translation` children of a polku extension element (deadline, field). */
export function extensionNamesOf(extension: ModdleElement, lang: string): Texts {
  const texts: Texts = {};
  if (typeof extension.name === 'string' && extension.name.trim()) texts[lang] = extension.name.trim();
  for (const translation of many(extension, 'translations')) {
    const code = translation.$attrs?.['xml:lang'];
    if (code && typeof translation.text === 'string' && translation.text.trim()) texts[code] = translation.text.trim();
  }
  return texts;
}

interface Translation {
  lang: string;
  target?: string;
  text: string;
}

function translationsOf(element: ModdleElement): Translation[] {
  const extensions = element.extensionElements as ModdleElement | undefined;
  if (!extensions) return [];
  return many(extensions, 'values')
    .filter((value) => is(value, 'i18n:Translation'))
    .map((value) => ({
      lang: value.$attrs?.['xml:lang'] ?? '',
      target: typeof value.target === 'string' ? value.target : undefined,
      text: typeof value.text === 'string' ? value.text.trim() : '',
    }))
    .filter((translation) => translation.lang && translation.text);
}
