/**
 * Hostile text in every place a component shows text from outside — guidance, element names,
 * answers, lanes, pools, fields and their values, deadlines, legal references, catalogue
 * titles and summaries, walkthrough labels and imported walkthrough files — rendered by each
 * component from the built embed bundle in Chromium. Nothing may run: no payload's `__xss()`
 * call, no dialog, no request to a payload's address, no event-handler attribute and no
 * `javascript:`/`data:` address in any shadow root.
 *
 * The pages are served WITHOUT a Content-Security-Policy: a strict policy would block inline
 * handlers and hide a sanitising bug; here the components' own escaping and DOMPurify must
 * hold on their own. The vectors are in ./fixtures/xss.fixtures.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initialSnapshot, nextStep, type Pathway } from '@polku/core';
import { buildCatalog, loadPathway } from '@polku/core/compiler';
import { withGuidanceHtml } from '@polku/core/markdown';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { serveEmbed, type EmbedServer } from '../../examples/embed/serve.mjs';
import { buildEmbed } from '../../scripts/build.mjs';
import { launchChromium, watchProblems, type PageProblems } from './_support/browser.js';
import { ALL_INLINE, BEACON, HOSTILE_URLS, SHORT_VECTORS, XSS_BPMN, XSS_VECTORS } from './fixtures/xss.fixtures.js';

/** 2 March 2026, 11.00 in Helsinki. */
const MORNING = new Date('2026-03-02T09:00:00.000Z');
const LANGS = ['fi', 'sv', 'en'] as const;
/** A mark in the precompiled pathway's guidance HTML only: seen, the page rendered that HTML (not the Markdown). */
const PRERENDERED = 'Valmiiksi muunnettu ohje';

let bundle: string;
let site: string;
let server: EmbedServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: PageProblems;
let beacons: string[];
let pathway: Pathway;
let walkthroughFiles: { name: string; text: string }[];

/** A page that loads only the bundle and shows `body`. */
function pageOf(title: string, body: string): string {
  return `<!doctype html>
<html lang="fi">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <script type="module" src="/polku/polku.js"></script>
  </head>
  <body>
    <main>
${body}
    </main>
  </body>
</html>
`;
}

/** Writes the hostile pathway, catalogue, walkthrough files and pages into a folder served at `/xss/`. */
async function writeFixtures(folder: string): Promise<void> {
  pathway = await loadPathway(XSS_BPMN, { file: 'xss.bpmn' });
  // A precompiled pathway is trusted no further than its shape: give it addresses no compiler lets through.
  // Its guidance HTML is hostile too: components sanitise compile-time HTML as they do Markdown.
  const json = withGuidanceHtml(structuredClone(pathway));
  for (const guidance of [json.guidance, ...Object.values(json.nodes).map((node) => node.guidance)]) {
    for (const lang of ['fi', 'sv', 'en']) guidance[lang] = `${guidance[lang] ?? ''}<p>${PRERENDERED}</p>${ALL_INLINE}`;
  }
  json.nodes.Task_Record!.legal = HOSTILE_URLS.map((url, index) => ({ statute: 'LSL', section: `${index + 1} §`, url }));
  const { catalog } = await buildCatalog([{ src: 'xss.bpmn', xml: XSS_BPMN }]);
  const hostileModels = HOSTILE_URLS.map((url, index) => ({ ...catalog.models[0]!, id: `${XSS_VECTORS[index]!.text}`, src: url }));
  writeFileSync(join(folder, 'xss.bpmn'), XSS_BPMN);
  writeFileSync(join(folder, 'xss.json'), JSON.stringify(json));
  writeFileSync(join(folder, 'catalog.json'), JSON.stringify(catalog));
  writeFileSync(join(folder, 'hostile-catalog.json'), JSON.stringify({ ...catalog, models: [...catalog.models, ...hostileModels] }));

  // Exported walkthroughs: one of this pathway, one of a version whose steps no longer fit (its saved names are shown).
  const events = [
    { type: 'polku.complete' as const, elementId: 'Task_Record', values: { note: ALL_INLINE }, at: MORNING.toISOString() },
    { type: 'polku.choose' as const, gatewayId: 'Gateway_Choice', flowId: 'Flow_Yes', at: MORNING.toISOString() },
  ];
  let snapshot = initialSnapshot(pathway, { startedAt: MORNING.toISOString() });
  for (const event of events) snapshot = nextStep(pathway, snapshot, event);
  const record = (label: string, hash: string, gone: boolean) => ({
    format: 'polku-walkthrough-file',
    version: 1,
    exportedAt: MORNING.toISOString(),
    walkthrough: {
      id: `"><img src=x onerror=__xss('record-id')>`,
      label,
      pathwayId: pathway.id,
      pathwayHash: hash,
      snapshot: gone
        ? { ...snapshot, pathwayHash: hash, events: [...snapshot.events, { type: 'polku.complete', elementId: 'Task_Gone', at: MORNING.toISOString() }] }
        : snapshot,
      createdAt: MORNING.toISOString(),
      updatedAt: MORNING.toISOString(),
      names: { Task_Gone: { fi: ALL_INLINE, sv: ALL_INLINE, en: ALL_INLINE }, Task_Record: { fi: ALL_INLINE } },
    },
  });
  walkthroughFiles = [
    { name: `${SHORT_VECTORS[0]}.json`, text: JSON.stringify(record(SHORT_VECTORS[0]!, pathway.hash, false)) },
    { name: 'vanha.json', text: JSON.stringify(record(SHORT_VECTORS[2]!, `${pathway.hash}-older`, true)) },
  ];

  writeFileSync(
    join(folder, 'guide.html'),
    pageOf('Opas', `<polku-guide id="guide" src="xss.bpmn"></polku-guide>\n<polku-timeline for="guide"></polku-timeline>\n<polku-diagram for="guide"></polku-diagram>`),
  );
  const stages = ['Start', 'Task_Record', 'Gateway_Choice', 'Task_Yes', 'End'].map((id) => `<polku-stage src="xss.json" element="${id}"></polku-stage>`).join('\n');
  writeFileSync(join(folder, 'guide-json.html'), pageOf('Opas', `<polku-guide id="guide" src="xss.json"></polku-guide>\n<polku-timeline for="guide"></polku-timeline>\n${stages}`));
  writeFileSync(join(folder, 'pathway.html'), pageOf('Polku', `<polku-pathway src="xss.bpmn"></polku-pathway>`));
  writeFileSync(join(folder, 'diagram.html'), pageOf('Kaavio', `<polku-diagram src="xss.bpmn"></polku-diagram>`));
  writeFileSync(join(folder, 'catalog.html'), pageOf('Luettelo', `<polku-catalog src="hostile-catalog.json" href="guide.html?model={src}&amp;id={id}"></polku-catalog>\n<polku-catalog id="buttons" src="hostile-catalog.json"></polku-catalog>`));
  writeFileSync(
    join(folder, 'walkthroughs.html'),
    pageOf('Läpikäynnit', `<polku-walkthroughs for="guide"></polku-walkthroughs>\n<polku-guide id="guide" src="xss.json"></polku-guide>\n<polku-timeline for="guide"></polku-timeline>`),
  );
}

beforeAll(async () => {
  bundle = await buildEmbed(mkdtempSync(join(tmpdir(), 'polku-xss-bundle-')));
  site = mkdtempSync(join(tmpdir(), 'polku-xss-site-'));
  await writeFixtures(site);
  server = await serveEmbed({ bundle, csp: false, mounts: { '/xss/': site } });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  for (const folder of [bundle, site]) if (folder) rmSync(folder, { recursive: true, force: true });
});

beforeEach(async () => {
  context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  problems = watchProblems(page);
  beacons = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.includes(BEACON) || url.hostname !== '127.0.0.1' || url.protocol === 'javascript:') beacons.push(request.url());
  });
  await page.addInitScript(() => {
    const hits: string[] = [];
    Object.assign(window, { xssHits: hits, __xss: (name: string) => hits.push(String(name)) });
  });
  await page.clock.setFixedTime(MORNING);
});

afterEach(async () => {
  await context?.close();
});

/** What a payload could have left behind, looked for in the document and every shadow root in it. */
interface Traces {
  hits: string[];
  handlers: string[];
  urls: string[];
  elements: string[];
  clobbered: string[];
}

function traces(): Promise<Traces> {
  return page.evaluate(() => {
    const found: Traces = { hits: [...(window as unknown as { xssHits: string[] }).xssHits], handlers: [], urls: [], elements: [], clobbered: [] };
    const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'background', 'poster'];
    // Polku's own templates have none of these (its forms are its own, and its styles are adopted sheets).
    const DANGEROUS = new Set(['script', 'iframe', 'object', 'embed', 'base', 'meta', 'link', 'frame', 'frameset', 'style', 'noscript', 'template']);
    const visit = (root: Document | ShadowRoot) => {
      const place = root instanceof ShadowRoot ? `<${root.host.localName}>` : 'the document';
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot) visit(element.shadowRoot);
        const where = `<${element.localName}> in ${place}`;
        // The document has the page's own <script> and <meta>; the components' roots must have none.
        if (root !== document && DANGEROUS.has(element.localName) && !element.classList.contains('print-frame')) found.elements.push(where);
        for (const attribute of element.attributes) {
          if (attribute.name.startsWith('on')) found.handlers.push(`${where} ${attribute.name}="${attribute.value.slice(0, 60)}"`);
          // What a browser would read as the scheme: control characters and whitespace removed, case folded.
          const value = [...attribute.value].filter((character) => character.charCodeAt(0) > 0x20).join('').toLowerCase();
          if (URL_ATTRIBUTES.includes(attribute.name) && /^(javascript|data|vbscript):/.test(value)) found.urls.push(`${where} ${attribute.name}="${attribute.value.slice(0, 60)}"`);
        }
      }
    };
    visit(document);
    if (typeof document.cookie !== 'string') found.clobbered.push('document.cookie');
    for (const name of ['polkuConfig', 'cookie', '__proto__']) if (document.getElementById(name) || name in window && name !== '__proto__') found.clobbered.push(name);
    return found;
  });
}

async function expectNothingRan(): Promise<void> {
  // Give late handlers (image errors, animations, toggles) a moment to fire.
  await page.waitForTimeout(300);
  expect(await traces()).toEqual({ hits: [], handlers: [], urls: [], elements: [], clobbered: [] });
  expect(problems.dialogs).toEqual([]);
  expect(beacons).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
}

/** Text (whitespace collapsed) of every element matching `selector` in the shadow roots of `host`. */
function texts(host: string, selector: string): Promise<string[]> {
  return page.evaluate(
    ([hostSelector, css]) =>
      [...document.querySelectorAll(hostSelector)].flatMap((element) => [...(element.shadowRoot?.querySelectorAll(css) ?? [])].map((match) => (match.textContent ?? '').replace(/\s+/g, ' ').trim())),
    [host, selector] as const,
  );
}

async function waitInside(host: string, selector: string): Promise<void> {
  await page.waitForFunction(([hostSelector, css]) => Boolean(document.querySelector(hostSelector)?.shadowRoot?.querySelector(css)), [host, selector] as const);
}

/** Walks the hostile pathway to its end by pointer (the guide may sit in another element's shadow root): the field gets every vector as its value. */
async function walkToEnd(guide = page.locator('polku-guide')): Promise<void> {
  await guide.locator('[data-element-id="Task_Record"] input[name="note"]').fill(ALL_INLINE);
  await guide.locator('[data-element-id="Task_Record"] [part="done-button"]').click();
  await guide.locator('[data-element-id="Gateway_Choice"] [part="answer"]').first().click();
  await guide.locator('[data-element-id="Task_Yes"] [part="done-button"]').click();
  await guide.locator('[part="restart-button"]').waitFor();
}

describe('hostile text in a model, a precompiled pathway, a catalogue and walkthrough files', () => {
  it('the vectors reach the page as text', async () => {
    // when
    await page.goto(`${server.url}/xss/guide-json.html`);
    await waitInside('polku-guide', '[data-stage-heading]');

    // then: the data is there, as characters, not as markup
    expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(30);
    expect((await texts('polku-guide', '[data-stage-heading]'))[0]).toContain(`<script>__xss('script')</script>`);
    expect((await texts('polku-guide', '[part="role"]'))[0]).toContain(`onerror=__xss('img-unquoted')`);
    expect((await texts('polku-guide', '[part="guidance"]'))[0]).toContain(PRERENDERED);
    // The hand-made addresses of the precompiled pathway are shown, unlinked.
    expect(await page.locator('polku-guide span[part="legal-link"]').count()).toBe(HOSTILE_URLS.length);
    expect(await page.locator('polku-guide a[part="legal-link"]').count()).toBe(0);
    await expectNothingRan();
  });

  it('the checks see a payload that does run (control)', async () => {
    // given
    await page.goto(`${server.url}/xss/guide-json.html`);
    await waitInside('polku-guide', '[data-stage-heading]');

    // when: a payload put into a shadow root by hand, as a sanitising bug would
    await page.evaluate(() => {
      const root = document.querySelector('polku-guide')!.shadowRoot!;
      const holder = document.createElement('div');
      holder.innerHTML = `<img src="/xss-beacon/control" onerror="__xss('control')"><a href="javascript:void 0">x</a>`;
      root.append(holder);
    });
    await page.waitForFunction(() => (window as unknown as { xssHits: string[] }).xssHits.length > 0);

    // then
    const found = await traces();
    expect(found.hits).toEqual(['control']);
    expect(found.handlers).toHaveLength(1);
    expect(found.urls).toHaveLength(1);
    expect(beacons).toEqual([`${server.url}/xss-beacon/control`]);
  });

  for (const lang of LANGS) {
    it(`the guide, the timeline and each stage render a precompiled pathway (${lang}) and run nothing, to its end`, async () => {
      // given
      await page.goto(`${server.url}/xss/guide-json.html`);
      await page.evaluate((value) => document.querySelectorAll('polku-guide, polku-timeline, polku-stage').forEach((element) => element.setAttribute('lang', value)), lang);
      await waitInside('polku-guide', '[data-stage-heading]');
      await page.waitForFunction(() => [...document.querySelectorAll('polku-stage')].every((stage) => stage.shadowRoot?.querySelector('h2, h3, [part="error"]')));

      // when
      await walkToEnd();

      // then
      expect((await texts('polku-timeline', 'li')).join(' ')).toContain(`__xss('attribute-breakout')`);
      await expectNothingRan();
    });
  }

  it('the guide compiles the hostile BPMN in the browser, with the diagram and timeline following it, and runs nothing', async () => {
    // given
    await page.goto(`${server.url}/xss/guide.html`);
    await waitInside('polku-guide', '[data-stage-heading]');
    await waitInside('polku-diagram', '.canvas .djs-element');

    // when
    await walkToEnd();

    // then
    expect((await texts('polku-timeline', '[part="step"]')).join(' ')).toContain(`__xss('svg-onload')`);
    await expectNothingRan();
  });

  it('the whole pathway in one element (guide, diagram, saved walkthroughs, timeline) renders the hostile BPMN and runs nothing', async () => {
    // given
    await page.goto(`${server.url}/xss/pathway.html`);
    await page.locator('polku-pathway polku-guide [data-stage-heading]').first().waitFor();

    // when: a walkthrough under a hostile label, walked to its end
    await page.locator('polku-pathway polku-walkthroughs input[name="label"]').fill(SHORT_VECTORS[0]!);
    await page.locator('polku-pathway polku-walkthroughs input[name="label"]').press('Enter');
    await walkToEnd(page.locator('polku-pathway polku-guide'));

    // then
    expect((await page.locator('polku-pathway [part="title"]').first().textContent()) ?? '').toContain(`__xss('script')`);
    await expectNothingRan();
  });

  it('the diagram draws hostile names and shows each element\'s hostile guidance, and runs nothing', async () => {
    // given
    await page.goto(`${server.url}/xss/diagram.html`);
    await waitInside('polku-diagram', '.canvas .djs-element');
    const options = await page.locator('polku-diagram [role="option"]').count();

    // when: every stage of the list chosen, then every shape of the picture clicked
    for (let index = 0; index < options; index++) {
      await page.locator('polku-diagram [role="option"]').nth(index).click();
      await waitInside('polku-diagram', '[part="details-heading"]');
    }
    for (const id of ['Task_Record', 'Gateway_Choice', 'Task_Yes']) await page.locator(`polku-diagram .djs-element[data-element-id="${id}"]`).first().click({ force: true });

    // then
    expect(options).toBeGreaterThanOrEqual(4);
    expect((await texts('polku-diagram', '.djs-label, .djs-element text')).join(' ')).toContain('__xss');
    await expectNothingRan();
  });

  it('the catalogue lists hostile titles, summaries, topics, ids and addresses, searches them, and runs nothing', async () => {
    // given
    await page.goto(`${server.url}/xss/catalog.html`);
    await waitInside('polku-catalog', '[part="entry"]');
    await waitInside('#buttons', '[part="entry"]');

    // when
    await page.locator('polku-catalog').first().locator('input[type="search"]').fill(`<img src=x onerror=__xss('search')>`);
    await page.locator('polku-catalog').first().locator('input[type="search"]').fill('script');
    await page.evaluate(() => document.addEventListener('polku-open', (event) => event.preventDefault()));
    // A title as long as every vector overlaps the next entry, so each is pressed as a keyboard user would.
    for (const title of await page.locator('#buttons [part="title"]').all()) {
      await title.focus();
      await page.keyboard.press('Enter');
    }

    // then
    expect((await texts('polku-catalog', '[part="title"]')).join(' ')).toContain(`<script>__xss('script')</script>`);
    await expectNothingRan();
  });

  it('saved walkthroughs show a hostile label, hostile imported files and their summaries, and run nothing', async () => {
    // given
    await page.goto(`${server.url}/xss/walkthroughs.html`);
    await page.waitForFunction(() => Boolean(document.querySelector('polku-walkthroughs')?.shadowRoot?.querySelector('#list-heading') && document.querySelector('polku-guide')?.shadowRoot?.querySelector('[data-stage-heading]')));

    // when: a walkthrough under a hostile label, walked to its end, then two hostile files imported
    await page.locator('polku-walkthroughs input[name="label"]').fill(SHORT_VECTORS[1]!);
    await page.locator('polku-walkthroughs input[name="label"]').press('Enter');
    await waitInside('polku-walkthroughs', '[part="item"]');
    await walkToEnd();
    for (const file of walkthroughFiles) {
      await page.locator('polku-walkthroughs input[type="file"]').setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
    }
    await page.waitForFunction(() => (document.querySelector('polku-walkthroughs')?.shadowRoot?.querySelectorAll('[part="item"]').length ?? 0) >= 3);
    const summaries = await page.locator('polku-walkthroughs [part="summary-button"]').count();
    for (let index = 0; index < summaries; index++) {
      await page.locator('polku-walkthroughs [part="summary-button"]').nth(index).click();
      await waitInside('polku-walkthroughs', '[part="summary"]');
      await page.locator('polku-walkthroughs [data-action="close-summary"]').click();
      await waitInside('polku-walkthroughs', '[part="summary-button"]');
    }

    // then
    const labels = await texts('polku-walkthroughs', '.item-label');
    expect(labels).toEqual(expect.arrayContaining([SHORT_VECTORS[1], SHORT_VECTORS[0], SHORT_VECTORS[2]]));
    expect(summaries).toBeGreaterThanOrEqual(2);
    await expectNothingRan();
  });
});
