/**
 * The one place where guidance becomes markup in a page: HTML from a precompiled pathway, or
 * from Markdown rendered here, goes through DOMPurify with an allow-list of
 * prose elements, and only then does `unsafeHTML` see it. No other module renders raw HTML
 * (STYLE §9). The Markdown renderer (`@polku/core/markdown`, marked) is imported only for
 * guidance that has no pre-rendered HTML, so a page fed a precompiled pathway never downloads it.
 */
import type { Pathway } from '@polku/core';
import DOMPurify, { type Config } from 'dompurify';
import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { until } from 'lit/directives/until.js';

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

let purifier: ReturnType<typeof DOMPurify> | undefined;
const cache = new Map<string, string>();
const CACHE_SIZE = 200;

let toHtml: ((markdown: string) => string) | undefined;
let loading: Promise<(markdown: string) => string> | undefined;

/** The Markdown renderer, imported on first use; a failed download is tried again next time. */
export function loadMarkdownRenderer(): Promise<(markdown: string) => string> {
  loading ??= import('@polku/core/markdown').then(
    (module) => (toHtml = module.guidanceToHtml),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Whether the pathway's guidance is HTML already (precompiled), so it needs no Markdown renderer. */
export function isGuidanceHtml(pathway: Pick<Pathway, 'guidanceFormat'>): boolean {
  return pathway.guidanceFormat === 'text/html';
}

/**
 * Guidance HTML (from anywhere) to sanitised HTML as a string. Links open in a new tab (the
 * walkthrough lives in this one) and say so with `newTabHint`, read by screen readers only.
 */
export function sanitizeGuidanceHtml(unsafe: string, newTabHint: string): string {
  const key = `${newTabHint}\u0000${unsafe}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  // A private instance, so the hooks and config never touch a DOMPurify the host page uses.
  purifier ??= DOMPurify(window);
  const template = document.createElement('template');
  template.innerHTML = purifier.sanitize(unsafe, PURIFY_CONFIG);
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

/**
 * A guidance text of `pathway` as a Lit template part, sanitised; nothing for empty guidance.
 * HTML guidance (a precompiled pathway) is sanitised as it is; Markdown is rendered first, and
 * when the renderer has not loaded yet the part fills in once it has; if it cannot load, the
 * guidance is shown as plain text rather than lost.
 */
export function renderGuidance(pathway: Pick<Pathway, 'guidanceFormat'>, text: string | undefined, newTabHint: string): unknown {
  if (!text?.trim()) return nothing;
  if (isGuidanceHtml(pathway)) return unsafeHTML(sanitizeGuidanceHtml(text, newTabHint));
  if (toHtml) return unsafeHTML(sanitizeGuidanceHtml(toHtml(text), newTabHint));
  const later = loadMarkdownRenderer().then(
    (render) => unsafeHTML(sanitizeGuidanceHtml(render(text), newTabHint)),
    () => html`<p>${text}</p>`,
  );
  return until(later, nothing);
}
