/**
 * The embed bundle (`packages/elements/dist/polku.js`, built here for production) on the plain
 * pages of examples/embed/, served by examples/embed/serve.mjs with the real response header
 * `Content-Security-Policy: default-src 'self'` — no 'unsafe-inline', no 'unsafe-eval'. Each
 * component is loaded and used by keyboard, and the page must report no CSP violation, no
 * error, and download only what it shows. The templates themselves are checked for `style=`.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Pathway } from '@polku/core';
import { loadPathway } from '@polku/core/compiler';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parseSync } from 'vite';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { serveEmbed, type EmbedServer } from '../../examples/embed/serve.mjs';
import { buildEmbed } from '../../scripts/build.mjs';
import { launchChromium, tabTo, waitForStageHeadingFocus, watchProblems, type PageProblems } from './_support/browser.js';
import { takeStep } from './_support/keyboard-walk.js';
import { cspViolations, recordCspViolations } from './_support/page-checks.js';
import { planShortestWalk, type PlannedStep } from './_support/plan-walk.js';

const repo = join(import.meta.dirname, '..', '..');
const EMBED_PAGES = join(repo, 'examples', 'embed');
const ELEMENTS_SRC = join(repo, 'packages', 'elements', 'src');
/** 2 March 2026, 11.00 in Helsinki. */
const MORNING = new Date('2026-03-02T09:00:00.000Z');

let bundle: string;
let server: EmbedServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: PageProblems;
/** The bundle's files the page asked for, as `polku.js` or `chunks/<name>-<hash>.js`. */
let downloaded: string[];
let pathway: Pathway;
let steps: PlannedStep[];

beforeAll(async () => {
  bundle = await buildEmbed(mkdtempSync(join(tmpdir(), 'polku-embed-')));
  server = await serveEmbed({ bundle });
  browser = await launchChromium();
  pathway = await loadPathway(readFileSync(join(repo, 'models', 'koulupolku.bpmn'), 'utf8'), { file: 'koulupolku.bpmn' });
  ({ steps } = planShortestWalk(pathway));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (bundle) rmSync(bundle, { recursive: true, force: true });
});

beforeEach(async () => {
  // No bypassCSP: the page runs under the header the server sends.
  context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  problems = watchProblems(page);
  downloaded = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/polku/')) downloaded.push(path.slice('/polku/'.length));
  });
  await recordCspViolations(page);
  await page.clock.setFixedTime(MORNING);
});

afterEach(async () => {
  await context?.close();
});

/** Opens an embed page and checks the header it came with. */
async function open(name: string): Promise<void> {
  const response = await page.goto(`${server.url}/embed/${name}`);
  expect(response?.headers()['content-security-policy']).toBe("default-src 'self'");
}

/** Waits until `selector` matches inside the shadow root of the first `tag`. */
async function waitInside(tag: string, selector: string): Promise<void> {
  await page.waitForFunction(([host, css]) => Boolean(document.querySelector(host)?.shadowRoot?.querySelector(css)), [tag, selector] as const);
}

/** Text (whitespace collapsed) of the first match of `selector` in the shadow root of `tag`. */
function textInside(tag: string, selector: string): Promise<string | null> {
  return page.evaluate(
    ([host, css]) => {
      const element = document.querySelector(host)?.shadowRoot?.querySelector(css);
      return element ? (element.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
    },
    [tag, selector] as const,
  );
}

/** Elements with a `style` attribute in Polku's shadow roots, outside the box bpmn-js draws in (it sets sizes through the CSSOM, which a CSP allows). */
function styledElements(): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot) visit(element.shadowRoot);
        if (root !== document && element.hasAttribute('style') && !element.closest('.canvas')) found.push(`${element.localName}[style="${element.getAttribute('style')}"]`);
      }
    };
    visit(document);
    return found;
  });
}

/** The bundle's chunk files by the module they are named after (`compiler`, `bpmn-viewer`, …). */
function chunkNames(files: readonly string[]): string[] {
  return files.map((file) => file.replace(/^chunks\//, '').replace(/-[\w-]{8}\.js$/, '').replace(/\.js$/, ''));
}

/** Takes the first `count` planned steps of the school path by keyboard. */
async function walk(count: number): Promise<void> {
  for (const step of steps.slice(0, count)) {
    await takeStep(page, pathway, step, 'fi');
    await waitForStageHeadingFocus(page);
  }
}

/** What the loader itself logged. */
function loaderErrors(): string[] {
  return problems.consoleErrors.filter((line) => line.startsWith('polku.js:'));
}

async function expectClean(): Promise<void> {
  expect(await cspViolations(page)).toEqual([]);
  expect(await styledElements()).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.dialogs).toEqual([]);
}

describe('the embed pages', () => {
  it('load one script, the built polku.js, and nothing inline', () => {
    // given
    const pages = readdirSync(EMBED_PAGES).filter((name) => name.endsWith('.html'));

    // when: what each page has that it should not
    const found = pages.flatMap((name) => {
      const html = readFileSync(join(EMBED_PAGES, name), 'utf8');
      const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => `${match[0].slice(0, match[0].indexOf('>') + 1)}${match[1]!.trim()}`);
      const expected = name === 'index.html' ? [] : ['<script type="module" src="/polku/polku.js" vite-ignore>'];
      return [
        ...(JSON.stringify(scripts) === JSON.stringify(expected) ? [] : [`${name}: scripts ${JSON.stringify(scripts)}`]),
        ...(/<style\b|\sstyle=|\son[a-z]+=/i.test(html) ? [`${name}: inline style or handler`] : []),
      ];
    });

    // then
    expect(pages.length).toBeGreaterThanOrEqual(8);
    expect(found).toEqual([]);
  });

  it('have no style attribute in any Lit template of the elements', () => {
    // given: every html`` and svg`` template under packages/elements/src
    const files = (readdirSync(ELEMENTS_SRC, { recursive: true }) as string[]).filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'));
    const offenders: string[] = [];
    let templates = 0;

    // when
    for (const file of files) {
      const source = readFileSync(join(ELEMENTS_SRC, file), 'utf8');
      const { program, errors } = parseSync(file, source, { lang: 'ts', sourceType: 'module' });
      if (errors.length > 0) offenders.push(`${file}: does not parse (${errors[0]!.message})`);
      if (/lit\/directives\/style-map/.test(source)) offenders.push(`${file}: imports styleMap (its first render is blocked by a strict CSP)`);
      const visit = (node: unknown): void => {
        if (Array.isArray(node)) return node.forEach(visit);
        if (typeof node !== 'object' || node === null) return;
        const record = node as { type?: string; tag?: { type: string; name?: string }; quasi?: { quasis: { value: { raw: string } }[] }; start: number };
        if (record.type === 'TaggedTemplateExpression' && record.tag?.type === 'Identifier' && (record.tag.name === 'html' || record.tag.name === 'svg')) {
          templates++;
          const raw = record.quasi!.quasis.map((quasi) => quasi.value.raw).join('${…}');
          if (/\sstyle\s*=/i.test(raw)) offenders.push(`${file}:${source.slice(0, record.start).split('\n').length}: ${raw.replace(/\s+/g, ' ').slice(0, 120)}`);
        }
        for (const value of Object.values(node)) if (typeof value === 'object') visit(value);
      };
      visit(program);
    }

    // then
    expect(templates).toBeGreaterThan(50);
    expect(offenders).toEqual([]);
  });
});

describe('under Content-Security-Policy: default-src \'self\'', () => {
  it('the guide compiles a BPMN model and walks it with no violation; it never downloads bpmn-js or the storage', async () => {
    // when
    await open('guide.html');
    await waitInside('polku-guide', '[data-stage-heading]');
    await walk(4);

    // then
    const names = chunkNames(downloaded);
    expect(names).toContain('polku');
    expect(names).toContain('polku-guide');
    expect(names).toContain('compiler');
    expect(names).toContain('markdown');
    expect(names).not.toContain('bpmn-viewer');
    expect(names).not.toContain('polku-walkthroughs');
    expect(names).not.toContain('polku-diagram');
    expect(await textInside('polku-guide', '.progress-text')).toMatch(/^Vaihe 5 /);
    await expectClean();
  });

  it('reports a violation when something breaks the policy (control)', async () => {
    // given
    await open('guide-json.html');
    await waitInside('polku-guide', '[data-stage-heading]');

    // when: an inline style attribute, as a template with style= would make
    await page.evaluate(() => {
      document.querySelector('polku-guide')!.shadowRoot!.querySelector('[part="base"]')!.insertAdjacentHTML('beforeend', '<span style="color: red">x</span>');
    });
    await page.waitForFunction(() => ((window as unknown as { polkuCspViolations?: string[] }).polkuCspViolations ?? []).length > 0);

    // then
    expect((await cspViolations(page))[0]).toMatch(/^style-src-attr /);
    expect(await styledElements()).toEqual(['span[style="color: red"]']);
  });

  it('the guide walks a precompiled pathway without downloading the compiler', async () => {
    // when
    await open('guide-json.html');
    await waitInside('polku-guide', '[data-stage-heading]');
    await walk(3);

    // then
    const names = chunkNames(downloaded);
    expect(names).toContain('polku-guide');
    expect(names).not.toContain('compiler');
    // The JSON carries its guidance as HTML (polku compile): no Markdown parser either.
    expect(names).not.toContain('markdown');
    expect(names).not.toContain('bpmn-viewer');
    expect(names.some((name) => name.startsWith('dist'))).toBe(false);
    expect(await textInside('polku-guide', '.progress-text')).toMatch(/^Vaihe 4 /);
    await expectClean();
  });

  it('defines an element added later by the page, and load() resolves with its class', async () => {
    // given
    await open('guide-json.html');
    await waitInside('polku-guide', '[data-stage-heading]');

    // when: the page adds a stage, then asks for the catalogue's class without one on the page
    await page.evaluate(() => {
      const stage = document.createElement('polku-stage');
      stage.setAttribute('src', '/models/koulupolku.json');
      stage.setAttribute('element', 'Task_StartMeeting');
      document.querySelector('main')!.append(stage);
    });
    await waitInside('polku-stage', 'h2, h3');
    // A string, so the test runner does not rewrite the page's `import()` as its own.
    const catalog = await page.evaluate(`import('/polku/polku.js').then(({ load }) => load('polku-catalog')).then(([constructor]) => constructor === customElements.get('polku-catalog'))`);

    // then
    expect(catalog).toBe(true);
    expect(chunkNames(downloaded)).toContain('polku-stage');
    await expectClean();
  });

  it('logs a module that fails to download once, and tries it again when its tag next appears', async () => {
    // given: the stage's chunk fails once
    let refused = 0;
    await page.route(/\/polku\/chunks\/polku-stage-[\w-]+\.js$/, async (route) => {
      if (refused++ === 0) await route.abort('connectionreset');
      else await route.continue();
    });
    await open('guide-json.html');
    await waitInside('polku-guide', '[data-stage-heading]');
    const addStage = () =>
      page.evaluate(() => {
        const stage = document.createElement('polku-stage');
        stage.setAttribute('src', '/models/koulupolku.json');
        stage.setAttribute('element', 'Task_StartMeeting');
        document.querySelector('main')!.append(stage);
      });

    // when
    await addStage();
    await page.waitForFunction(() => document.querySelector('polku-stage') !== null);
    await expect.poll(() => loaderErrors().length).toBe(1);
    await addStage();
    await page.waitForFunction(() => customElements.get('polku-stage') !== undefined);
    await waitInside('polku-stage', '[part="guidance"]');

    // then
    expect(loaderErrors()).toHaveLength(1);
    expect(loaderErrors()[0]).toMatch(/^polku\.js: the module of <polku-stage> could not be loaded\. TypeError: Failed to fetch dynamically imported module/);
    expect(refused).toBe(2);
    expect(await cspViolations(page)).toEqual([]);
  });

  it('the diagram draws the model, follows the guide and shows a stage chosen in its list', async () => {
    // when
    await open('diagram.html');
    await waitInside('polku-guide', '[data-stage-heading]');
    await waitInside('polku-diagram', '.canvas .djs-element');
    await walk(2);
    await tabTo(page, (element) => element.part === 'stage', { limit: 200 });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await waitInside('polku-diagram', '[part="details-heading"]');
    await tabTo(page, (element) => element.tag === 'button' && element.text === 'Suurenna', { backwards: true, limit: 200 });
    await page.keyboard.press('Enter');

    // then
    expect(chunkNames(downloaded)).toContain('bpmn-viewer');
    expect(await page.evaluate(() => document.querySelector('polku-diagram')!.shadowRoot!.querySelectorAll('.djs-element.polku-done').length)).toBeGreaterThan(0);
    expect(await textInside('polku-diagram', '.bjs-powered-by')).not.toBeNull();
    await expectClean();
  });

  it('the whole pathway in one element draws and walks with no violation', async () => {
    // when
    await open('pathway.html');
    await page.waitForFunction(() => Boolean(document.querySelector('polku-pathway')?.shadowRoot?.querySelector('polku-guide')?.shadowRoot?.querySelector('[data-stage-heading]')));
    await page.waitForFunction(() => Boolean(document.querySelector('polku-pathway')?.shadowRoot?.querySelector('polku-diagram')?.shadowRoot?.querySelector('.canvas .djs-element')));
    await walk(3);

    // then
    const names = chunkNames(downloaded);
    expect(names).toEqual(expect.arrayContaining(['polku-pathway', 'polku-guide', 'polku-diagram', 'bpmn-viewer', 'polku-walkthroughs', 'polku-timeline']));
    await expectClean();
  });

  it('the stage shows a step and a decision from a precompiled pathway', async () => {
    // when
    await open('stage.html');
    await page.waitForFunction(() => [...document.querySelectorAll('polku-stage')].every((stage) => stage.shadowRoot?.querySelector('[part="guidance"]')));

    // then
    expect(chunkNames(downloaded)).not.toContain('compiler');
    expect(chunkNames(downloaded)).not.toContain('polku-guide');
    await expectClean();
  });

  it('the catalogue lists the models and searches them', async () => {
    // given
    await open('catalog.html');
    await waitInside('polku-catalog', '[part="entry"]');
    const all = await page.evaluate(() => document.querySelector('polku-catalog')!.shadowRoot!.querySelectorAll('[part="entry"]').length);

    // when
    await tabTo(page, (element) => element.tag === 'input' && element.type === 'search');
    await page.keyboard.type('koulu sijoitet');
    await page.waitForFunction((count) => document.querySelector('polku-catalog')!.shadowRoot!.querySelectorAll('[part="entry"]').length < count, all);

    // then
    expect(all).toBeGreaterThan(5);
    expect(await textInside('polku-catalog', '[part="entry"] [part="title"]')).toBe('Sijoitetun lapsen koulupolku');
    expect(chunkNames(downloaded)).not.toContain('polku-guide');
    await expectClean();
  });

  it('the timeline follows the guide', async () => {
    // when
    await open('timeline.html');
    await waitInside('polku-guide', '[data-stage-heading]');
    await walk(3);
    await page.waitForFunction(() => (document.querySelector('polku-timeline')?.shadowRoot?.querySelectorAll('[part="step"]').length ?? 0) >= 3);

    // then
    expect(await page.evaluate(() => document.querySelector('polku-timeline')!.shadowRoot!.querySelectorAll('[part="step"]').length)).toBe(3);
    await expectClean();
  });

  it('saved walkthroughs start one under a label, save each step and show its summary', async () => {
    // given
    await open('walkthroughs.html');
    await page.waitForFunction(() => {
      const list = document.querySelector('polku-walkthroughs')?.shadowRoot;
      return Boolean(list?.querySelector('#list-heading') && document.querySelector('polku-guide')?.shadowRoot?.querySelector('[data-stage-heading]'));
    });

    // when: a new walkthrough, two steps, then its summary
    await tabTo(page, (element) => element.tag === 'input' && element.name === 'label');
    await page.keyboard.type('Testitapaus 1');
    await page.keyboard.press('Enter');
    await waitForStageHeadingFocus(page);
    await walk(2);
    await page.waitForFunction(() => (document.querySelector('polku-walkthroughs')?.shadowRoot?.querySelector('[part="item"]')?.textContent ?? '').includes('Vaihe 3'));
    await tabTo(page, (element) => element.part === 'summary-button', { backwards: true, limit: 200 });
    await page.keyboard.press('Enter');
    await waitInside('polku-walkthroughs', '[part="summary"]');

    // then
    expect(chunkNames(downloaded)).toContain('polku-walkthroughs');
    expect(chunkNames(downloaded)).not.toContain('compiler');
    await expectClean();
  });
});
