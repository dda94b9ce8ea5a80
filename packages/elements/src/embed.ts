/**
 * The one script a plain page includes: `<script type="module" src="/polku/polku.js">`. It
 * defines no element itself. It watches the document for Polku's tags and imports each
 * element's module the first time its tag appears, so a page pays only for what it shows: a
 * page with `<polku-guide>` downloads the guide and the runtime, and never bpmn-js (only
 * `<polku-diagram>` imports it, when it draws), the storage UI (`<polku-walkthroughs>`) or the
 * compiler (imported only when a model arrives as BPMN XML, not as a precompiled pathway).
 *
 * Tags that appear later (added by the page's own script) are found too. An element inside
 * another component's shadow root is out of the document's sight: call {@link load} for its tag.
 * A module that fails to download is logged once and tried again when its tag next appears.
 *
 * Built into `packages/elements/dist/polku.js` by `packages/elements/vite.config.ts`.
 *
 * @example
 * <script type="module" src="/polku/polku.js"></script>
 * <polku-guide src="/models/koulupolku.bpmn" lang="sv"></polku-guide>
 */

/** Each tag and the module that defines it. A new component is one line here. */
const MODULES = {
  'polku-guide': () => import('./polku-guide/polku-guide.js'),
  'polku-diagram': () => import('./polku-diagram/polku-diagram.js'),
  'polku-stage': () => import('./polku-stage/polku-stage.js'),
  'polku-catalog': () => import('./polku-catalog/polku-catalog.js'),
  'polku-timeline': () => import('./polku-timeline/polku-timeline.js'),
  'polku-walkthroughs': () => import('./polku-walkthroughs/polku-walkthroughs.js'),
  'polku-pathway': () => import('./polku-pathway/polku-pathway.js'),
} satisfies Record<string, () => Promise<unknown>>;

/** The tag of one of Polku's elements. */
export type PolkuTag = keyof typeof MODULES;

const TAGS = Object.keys(MODULES) as PolkuTag[];
const requested = new Map<PolkuTag, Promise<CustomElementConstructor>>();
let observer: MutationObserver | undefined;

function isTag(name: string): name is PolkuTag {
  return Object.hasOwn(MODULES, name);
}

/**
 * Imports the modules of `tags` (each at most once) and resolves with their element classes
 * once all are defined. The page needs it only for an element the document cannot see (inside
 * a shadow root), or to use an element's properties before it is on the page.
 *
 * @example
 * import { load } from '/polku/polku.js';
 * const [Guide] = await load('polku-guide');
 */
export function load(...tags: PolkuTag[]): Promise<CustomElementConstructor[]> {
  return Promise.all(tags.map(request));
}

function request(tag: PolkuTag): Promise<CustomElementConstructor> {
  let defined = requested.get(tag);
  if (!defined) {
    defined = MODULES[tag]().then(
      () => customElements.whenDefined(tag),
      (error: unknown) => {
        // Forget the failure, so the tag's next appearance (or `load`) tries again.
        requested.delete(tag);
        watch();
        console.error(`polku.js: the module of <${tag}> could not be loaded.`, error);
        throw error;
      },
    );
    requested.set(tag, defined);
  }
  return defined;
}

/** Requests every not yet requested tag found in `root` or below it. */
function scan(root: Element | Document): void {
  const waiting = TAGS.filter((tag) => !requested.has(tag));
  if (waiting.length === 0) return;
  if (root instanceof Element && isTag(root.localName) && !requested.has(root.localName)) void request(root.localName).catch(ignore);
  if (root.firstElementChild === null && !(root instanceof Document)) return;
  for (const element of root.querySelectorAll(waiting.join(','))) {
    const tag = element.localName;
    if (isTag(tag) && !requested.has(tag)) void request(tag).catch(ignore);
  }
}

/** Watches the document for tags that appear later; stops once every module was requested. */
function watch(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    if (requested.size === TAGS.length) {
      observer?.disconnect();
      observer = undefined;
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

// A failed download is logged in `request`; the page must not see an unhandled rejection.
function ignore(): void {}

scan(document);
if (requested.size < TAGS.length) watch();
