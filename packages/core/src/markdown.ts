/**
 * `@polku/core/markdown`: guidance Markdown to HTML, the one place where it is rendered, at
 * compile time (`polku compile`, the Vite plugin) or in the browser for a pathway whose guidance
 * is still Markdown. The HTML is NOT sanitised here: a component sanitises every piece of
 * guidance before it reaches the page (DOMPurify in `@polku/elements`), wherever it came from.
 */
import { Marked } from 'marked';
import type { Pathway, PathwayNode, Texts } from './ir/types.js';

/** Guidance sits under a stage's `<h3>`, so its own `#` headings start at `<h4>`. */
const HEADING_OFFSET = 3;

let marked: Marked | undefined;

/** One guidance text, Markdown (GitHub flavour) to HTML; headings moved three levels down. */
export function guidanceToHtml(markdown: string): string {
  marked ??= new Marked({
    gfm: true,
    walkTokens(token) {
      if (token.type === 'heading') token.depth = Math.min(6, token.depth + HEADING_OFFSET);
    },
  });
  return marked.parse(markdown, { async: false });
}

/**
 * The pathway with its guidance (of the pathway and of every node, in every language) rendered
 * to HTML and `guidanceFormat: 'text/html'`, for a precompiled file: a page that loads it never
 * downloads a Markdown parser, and the file grows only by the tags. `hash` is unchanged: the
 * HTML follows from the Markdown the hash covers. A pathway already in HTML is returned as is.
 */
export function withGuidanceHtml(pathway: Pathway): Pathway {
  if (pathway.guidanceFormat === 'text/html') return pathway;
  const rendered = new Map<string, string>();
  const toHtml = (texts: Texts): Texts =>
    Object.fromEntries(
      Object.entries(texts).map(([lang, text]) => {
        if (!text?.trim()) return [lang, text];
        let html = rendered.get(text);
        if (html === undefined) rendered.set(text, (html = guidanceToHtml(text)));
        return [lang, html];
      }),
    );
  const nodes: Record<string, PathwayNode> = {};
  for (const [id, node] of Object.entries(pathway.nodes)) nodes[id] = { ...node, guidance: toHtml(node.guidance) };
  return { ...pathway, guidanceFormat: 'text/html', guidance: toHtml(pathway.guidance), nodes };
}
