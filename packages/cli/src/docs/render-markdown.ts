/**
 * Guidance markdown to HTML for the static handbook, escape-first: every character of the
 * source reaches the page escaped, and the only markup is what this renderer itself writes
 * from an allow-list (p, ul, ol, li, strong, em, del, code, pre, blockquote, hr, br, h4–h6,
 * and a with an http(s)/mailto address). Raw HTML in the markdown is shown as text.
 *
 * Why not `marked` + DOMPurify, as the guide does: DOMPurify needs a DOM, and none is
 * installed for Node (no jsdom); `marked` alone leaves raw HTML through, so it would need a
 * second, hand-written sanitiser of its output. Writing only allow-listed markup is the
 * smaller thing to get right, and it covers the markdown Polku's models use (paragraphs, lists,
 * emphasis, links). Headings start at `<h4>`: a stage is an `<h3>`.
 */
import { escapeHtml, safeHref } from './escape-html.js';

const HEADING_OFFSET = 3;

/** Markdown guidance as HTML; empty for empty input. */
export function renderMarkdown(markdown: string | undefined): string {
  if (!markdown?.trim()) return '';
  return blocks(markdown.replace(/\r\n?/g, '\n').split('\n'));
}

const LIST_ITEM = /^( {0,3})([-*+]|\d{1,9}[.)])[ \t]+(.*)$/;
const FENCE = /^ {0,3}(```|~~~)/;
const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const QUOTE = /^ {0,3}>[ ]?(.*)$/;

function blocks(lines: string[]): string {
  const out: string[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index]!;
    if (!line.trim()) {
      index++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const body: string[] = [];
      index++;
      while (index < lines.length && !lines[index]!.trim().startsWith(fence[1]!)) body.push(lines[index++]!);
      index++;
      out.push(`<pre><code>${escapeHtml(body.join('\n'))}</code></pre>`);
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const level = Math.min(6, heading[1]!.length + HEADING_OFFSET);
      out.push(`<h${level}>${inline(heading[2]!)}</h${level}>`);
      index++;
      continue;
    }
    if (RULE.test(line)) {
      out.push('<hr>');
      index++;
      continue;
    }
    if (QUOTE.test(line)) {
      const body: string[] = [];
      while (index < lines.length && lines[index]!.trim() && QUOTE.test(lines[index]!)) body.push(QUOTE.exec(lines[index++]!)![1]!);
      out.push(`<blockquote>${blocks(body)}</blockquote>`);
      continue;
    }
    if (LIST_ITEM.test(line)) {
      index = list(lines, index, out);
      continue;
    }
    const paragraph: string[] = [];
    while (index < lines.length && lines[index]!.trim() && !startsBlock(lines[index]!)) paragraph.push(lines[index++]!);
    out.push(`<p>${paragraph.map((text, position) => (position < paragraph.length - 1 && /( {2,}|\\)$/.test(text) ? `${inline(text.replace(/( {2,}|\\)$/, ''))}<br>` : inline(text.trim()))).join('\n')}</p>`);
  }
  return out.join('\n');
}

function startsBlock(line: string): boolean {
  return FENCE.test(line) || HEADING.test(line) || RULE.test(line) || QUOTE.test(line) || LIST_ITEM.test(line);
}

// A list runs while items of its kind follow; an item holds the lines indented under it,
// rendered as blocks (so a nested list or a second paragraph works), and lazy continuation lines.
function list(lines: string[], start: number, out: string[]): number {
  const first = LIST_ITEM.exec(lines[start]!)!;
  const ordered = /\d/.test(first[2]!);
  const indent = first[1]!.length;
  const items: string[] = [];
  let index = start;
  let tight = true;
  while (index < lines.length) {
    const item = LIST_ITEM.exec(lines[index]!);
    if (!item || item[1]!.length !== indent || /\d/.test(item[2]!) !== ordered) break;
    const contentIndent = item[1]!.length + item[2]!.length + 1;
    const body = [item[3]!];
    index++;
    while (index < lines.length) {
      const line = lines[index]!;
      if (!line.trim()) {
        const next = lines[index + 1];
        if (next !== undefined && next.trim() && leadingSpaces(next) >= contentIndent) {
          tight = false;
          body.push('');
          index++;
          continue;
        }
        break;
      }
      if (leadingSpaces(line) >= contentIndent) body.push(line.slice(Math.min(contentIndent, leadingSpaces(line))));
      else if (!startsBlock(line)) body.push(line.trim());
      else break;
      index++;
    }
    items.push(body.some((line) => !line.trim()) || body.slice(1).some(startsBlock) ? blocks(body) : inline(body.map((line) => line.trim()).join('\n')));
    if (index < lines.length && !lines[index]!.trim()) {
      const next = lines[index + 1];
      if (next !== undefined && LIST_ITEM.test(next) && LIST_ITEM.exec(next)![1]!.length === indent) {
        tight = false;
        index++;
      }
    }
  }
  const tag = ordered ? 'ol' : 'ul';
  const startAt = ordered ? Number.parseInt(first[2]!, 10) : 1;
  const wrap = (html: string) => (tight || html.startsWith('<') ? html : `<p>${html}</p>`);
  out.push(`<${tag}${ordered && startAt !== 1 ? ` start="${startAt}"` : ''}>\n${items.map((item) => `<li>${wrap(item)}</li>`).join('\n')}\n</${tag}>`);
  return index;
}

function leadingSpaces(line: string): number {
  return /^ */.exec(line)![0].length;
}

const ESCAPED = /\\([\\`*_{}[\]()#+\-.!~<>|])/y;
const CODE = /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/y;
const LINK = /\[((?:[^[\]\\]|\\.)*)\]\(\s*<?([^\s()<>]*(?:\([^\s()<>]*\)[^\s()<>]*)*)>?(?:\s+"([^"]*)")?\s*\)/y;
const AUTOLINK = /<((?:https?:\/\/|mailto:)[^\s<>]+)>/y;
const BARE_URL = /https?:\/\/[^\s<>]*[^\s<>.,;:!?'")\]]/y;
const STRONG = /(\*\*|__)(?=\S)([\s\S]*?\S)\1/y;
const STRIKE = /~~(?=\S)([\s\S]*?\S)~~/y;
const EMPHASIS = /\*(?=[^\s*])([\s\S]*?[^\s*])\*(?!\*)/y;
const UNDERSCORE = /_(?=[^\s_])([\s\S]*?[^\s_])_(?![\p{L}\p{N}])/uy;

function match(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** Inline markdown: escapes, code, links, emphasis; every piece of text escaped. */
function inline(text: string): string {
  let out = '';
  let at = 0;
  while (at < text.length) {
    const previous = at > 0 ? text[at - 1]! : ' ';
    let found: RegExpExecArray | null;
    if ((found = match(ESCAPED, text, at))) {
      out += escapeHtml(found[1]!);
    } else if ((found = match(CODE, text, at))) {
      out += `<code>${escapeHtml(found[2]!.trim())}</code>`;
    } else if ((found = match(LINK, text, at))) {
      out += link(found[2], inline(found[1]!), found[3]);
    } else if ((found = match(AUTOLINK, text, at))) {
      out += link(found[1], escapeHtml(found[1]!));
    } else if (!/[\p{L}\p{N}]/u.test(previous) && (found = match(BARE_URL, text, at))) {
      out += link(found[0], escapeHtml(found[0]));
    } else if ((found = match(STRONG, text, at))) {
      out += `<strong>${inline(found[2]!)}</strong>`;
    } else if ((found = match(STRIKE, text, at))) {
      out += `<del>${inline(found[1]!)}</del>`;
    } else if ((found = match(EMPHASIS, text, at))) {
      out += `<em>${inline(found[1]!)}</em>`;
    } else if (!/[\p{L}\p{N}]/u.test(previous) && (found = match(UNDERSCORE, text, at))) {
      out += `<em>${inline(found[1]!)}</em>`;
    } else {
      out += escapeHtml(text[at]!);
      at++;
      continue;
    }
    at += found[0].length;
  }
  return out;
}

// A link whose address is not http(s)/mailto keeps its text and loses the link.
function link(address: string | undefined, html: string, title?: string): string {
  const href = safeHref(address);
  if (!href) return html;
  return `<a href="${escapeHtml(href)}"${title ? ` title="${escapeHtml(title)}"` : ''}>${html}</a>`;
}
