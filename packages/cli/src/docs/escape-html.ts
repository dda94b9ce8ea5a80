const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML or SVG, in element content and in quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}

/**
 * The address of a link the handbook may print, or undefined: only `http:`, `https:` and
 * `mailto:` addresses, with no whitespace or control characters that browsers strip before
 * they read the scheme (`java\tscript:`). Everything else (`javascript:`, `data:`, relative
 * paths) is shown as text instead of becoming a link.
 */
export function safeHref(address: string | undefined): string | undefined {
  const trimmed = address?.trim();
  if (!trimmed || /[\p{Cc}\s]/u.test(trimmed)) return undefined;
  return /^(?:https?:\/\/[^/]|mailto:)/i.test(trimmed) ? trimmed : undefined;
}
