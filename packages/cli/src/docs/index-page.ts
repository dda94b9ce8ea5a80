import type { Texts } from '@polku/core';
import { escapeHtml } from './escape-html.js';
import { documentHtml } from './handbook.js';
import { renderMarkdown } from './render-markdown.js';
import { wordsFor } from './words.js';

/** One handbook in the index. */
export interface IndexEntry {
  href: string;
  title: Texts;
  summary: Texts;
  lang: string;
}

/**
 * The index of a folder of handbooks: each pathway's title, linked, and the first paragraph of
 * its summary, in `lang` where the model has it.
 */
export function renderIndex(entries: IndexEntry[], lang: string): string {
  const words = wordsFor(lang);
  const pick = (texts: Texts, fallback: string) => {
    const chosen = texts[lang] ? lang : texts[fallback] ? fallback : Object.keys(texts).find((key) => texts[key]);
    return chosen ? { text: texts[chosen]!, lang: chosen } : undefined;
  };
  const langAttribute = (picked: { lang: string }) => (picked.lang === lang ? '' : ` lang="${escapeHtml(picked.lang)}"`);
  const items = entries.map((entry) => {
    const title = pick(entry.title, entry.lang);
    const summary = pick(entry.summary, entry.lang);
    const first = summary?.text.split(/\n\s*\n/)[0];
    return `<li><h2><a href="${escapeHtml(entry.href)}"${title ? langAttribute(title) : ''}>${escapeHtml(title?.text ?? entry.href)}</a></h2>${first && summary ? `<div class="summary"${langAttribute(summary)}>${renderMarkdown(first)}</div>` : ''}</li>`;
  });
  const body = [`<header><p class="eyebrow">${words.handbook}</p><h1>${words.index}</h1><p>${words.indexIntro}</p></header>`, `<main><ul class="catalogue">`, ...items, `</ul></main>`].join('\n');
  return documentHtml(lang, `${words.index} – ${words.handbook}`, body);
}
