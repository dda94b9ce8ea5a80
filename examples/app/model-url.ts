/**
 * The one door from the address bar to a model: `?model=` is typed by anyone and linked from
 * anywhere, so the app opens only models of its own site.
 */

/** Longer than any model address the catalogue writes; anything longer is not one of ours. */
const MAX_LENGTH = 2048;

/**
 * The model address `value` resolves to against the page at `page`, when it is an http(s)
 * address of the page's own origin with no user name or password; undefined for anything else
 * (another site, a protocol-relative `//host/…`, `javascript:`, `data:`, `blob:`, junk). A
 * relative address (`/models/x.bpmn`) resolves against the page.
 */
export function sameOriginModel(value: string, page: URL): URL | undefined {
  if (!value.trim() || value.length > MAX_LENGTH) return undefined;
  let url: URL;
  try {
    url = new URL(value, page);
  } catch {
    return undefined;
  }
  // A blob: address carries its creator's origin, so the protocol is checked as well as the origin.
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.origin !== page.origin || url.username || url.password) return undefined;
  return url;
}
