/**
 * The one place where guidance markdown becomes HTML: marked renders it, DOMPurify keeps an
 * allow-list of prose elements, and only then does `unsafeHTML` see it. No other module
 * renders raw HTML (STYLE §9).
 */
import DOMPurify, { type Config } from 'dompurify';
import { nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { Marked } from 'marked';

/** Prose only: no images (they load from anywhere), no forms, no media, no styles, no scripts. */
const PURIFY_CONFIG: Config = {
  ALLOWED_TAGS: [
    'p', 'br', 'strong', 'b', 'em', 'i', 'del', 's', 'code', 'pre', 'blockquote', 'hr',
    'ul', 'ol', 'li', 'a', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
  ],
  ALLOWED_ATTR: ['href', 'title', 'lang', 'start'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
};

/** Guidance sits under the stage's `<h3>`, so its own `#` headings start at `<h4>`. */
const HEADING_OFFSET = 3;

let marked: Marked | undefined;
let purifier: ReturnType<typeof DOMPurify> | undefined;
const cache = new Map<string, string>();
const CACHE_SIZE = 200;

/**
 * Markdown to sanitised HTML as a string. Links open in a new tab (the walkthrough lives in
 * this one) and say so with `newTabHint`, read by screen readers only.
 */
export function sanitizeMarkdown(markdown: string, newTabHint: string): string {
  const key = `${newTabHint}\u0000${markdown}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  marked ??= new Marked({
    gfm: true,
    walkTokens(token) {
      if (token.type === 'heading') token.depth = Math.min(6, token.depth + HEADING_OFFSET);
    },
  });
  // A private instance, so the hooks and config never touch a DOMPurify the host page uses.
  purifier ??= DOMPurify(window);
  const html = purifier.sanitize(marked.parse(markdown, { async: false }), PURIFY_CONFIG);
  const template = document.createElement('template');
  template.innerHTML = html;
  for (const link of template.content.querySelectorAll('a[href]')) {
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener noreferrer');
    const hint = document.createElement('span');
    hint.className = 'visually-hidden';
    hint.textContent = ` ${newTabHint}`;
    link.append(hint);
  }
  const result = template.innerHTML;
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, result);
  return result;
}

/** Markdown guidance as a Lit template part, sanitised; nothing for empty guidance. */
export function renderMarkdown(markdown: string | undefined, newTabHint: string): ReturnType<typeof unsafeHTML> | typeof nothing {
  if (!markdown?.trim()) return nothing;
  return unsafeHTML(sanitizeMarkdown(markdown, newTabHint));
}
