/**
 * Every page of the example site (`examples/**\/*.html`, as the root vite.config.ts builds
 * them) checked with axe-core's WCAG 2.1 A and AA rules, at 1280 and 320 CSS pixels wide,
 * with its components loaded and drawn; and at 640 and 320 CSS pixels for horizontal scroll.
 *
 * Zoom: `deviceScaleFactor` only changes the pixel density, not the CSS layout, so 200 % zoom
 * of a 1280 px window is tested as what it is for the layout, a 640 CSS px viewport; 320 px is
 * the 400 % reflow width of WCAG 1.4.10.
 *
 * The plain embed pages (examples/embed/) load the built bundle at /polku/polku.js, which the
 * example site does not have, so they are served with a freshly built bundle by
 * examples/embed/serve.mjs. Left out: examples/modeler/ (its own e2e test, modeler.test.ts).
 * axe runs in a `bypassCSP` context, since the pages' CSP would block its script.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveEmbed, type EmbedServer } from '../../examples/embed/serve.mjs';
import { buildEmbed } from '../../scripts/build.mjs';
import { launchChromium, watchProblems, type PageProblems } from './_support/browser.js';
import { axeViolations } from './_support/page-checks.js';

const examples = join(import.meta.dirname, '..', '..', 'examples');
const baseUrl = inject('baseUrl');

/** Pages left out, each with why and what would bring it back. */
const EXCLUDED: Record<string, string> = {
  'modeler/index.html': 'the modeler has its own axe and keyboard checks in modeler.test.ts',
};

/** The pages of the site, as the root config's `examplePages()` finds them: not in dist, node_modules or an example app with its own package.json. */
function sitePages(folder = examples): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return ['node_modules', 'dist', 'public'].includes(entry.name) || existsSync(join(path, 'package.json')) ? [] : sitePages(path);
    return entry.name.endsWith('.html') ? [relative(examples, path).split('\\').join('/')] : [];
  });
}

const PAGES = sitePages()
  .filter((page) => !(page in EXCLUDED))
  .toSorted();

let bundle: string;
let embed: EmbedServer;
let browser: Browser;
let context: BrowserContext | undefined;

beforeAll(async () => {
  bundle = await buildEmbed(mkdtempSync(join(tmpdir(), 'polku-axe-')));
  embed = await serveEmbed({ bundle });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await embed?.close();
  if (bundle) rmSync(bundle, { recursive: true, force: true });
});

afterEach(async () => {
  await context?.close();
  context = undefined;
});

function urlOf(page: string): string {
  return `${page.startsWith('embed/') ? embed.url : baseUrl}/${page}`;
}

/** Opens `path` at `width` CSS pixels and waits until its components have loaded, drawn and stopped downloading. */
async function open(path: string, width: number): Promise<{ page: Page; problems: PageProblems }> {
  context = await browser.newContext({ bypassCSP: true, locale: 'en-US', viewport: { width, height: 900 } });
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(urlOf(path), { waitUntil: 'networkidle' });
  await page.waitForFunction(async () => {
    const hosts = [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('polku-'));
    for (const host of hosts) {
      if (!customElements.get(host.localName)) return false;
      await (host as Element & { updateComplete?: Promise<unknown> }).updateComplete;
    }
    // Nothing says it is still loading, and a diagram has drawn (or said it cannot).
    return hosts.every((host) => !host.shadowRoot?.querySelector('.loading, [aria-busy="true"]') && (host.localName !== 'polku-diagram' || host.shadowRoot?.querySelector('.canvas svg, [part="error"], .picture-failed') || host.closest('[hidden]')));
  });
  await page.waitForLoadState('networkidle');
  return { page, problems };
}

/** How far the page scrolls sideways, in CSS pixels (0: it fits). */
function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe('axe-core WCAG 2.1 A/AA on every example page', () => {
  it('finds the pages', () => {
    expect(PAGES).toEqual(expect.arrayContaining(['index.html', 'intranet-page/index.html', 'components/diagram.html', 'embed/guide.html', 'embed/walkthroughs.html']));
  });

  for (const path of PAGES) {
    it(`${path} at 1280 px has no violation`, async () => {
      // given
      const { page, problems } = await open(path, 1280);

      // when
      const violations = await axeViolations(page);

      // then
      expect(violations).toEqual([]);
      expect(problems.pageErrors).toEqual([]);
    });

    it(`${path} at 320 px (400 % of 1280) has no violation and does not scroll sideways`, async () => {
      // given
      const { page, problems } = await open(path, 320);

      // when
      const violations = await axeViolations(page);
      const overflow = await horizontalOverflow(page);

      // then
      expect(violations).toEqual([]);
      expect(overflow).toBe(0);
      expect(problems.pageErrors).toEqual([]);
    });

    it(`${path} at 640 px (200 % of 1280) does not scroll sideways`, async () => {
      // when
      const { page } = await open(path, 640);

      // then
      expect(await horizontalOverflow(page)).toBe(0);
    });
  }
});
