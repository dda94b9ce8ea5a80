/**
 * `value` as an absolute `https:` address, or undefined for anything else. Lit escapes an
 * attribute but never checks a URL, so an address that reaches an `href` must pass here: the
 * compiler accepts only https legal references, but a precompiled pathway is plain JSON a
 * page fetches, and one edited by hand could carry `javascript:`, `data:` or `vbscript:`.
 */
export function httpsUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
