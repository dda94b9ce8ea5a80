/**
 * `<polku-stage>` and `<polku-catalog>` on their plain example pages, built for production and
 * served with a strict Content-Security-Policy (a `<meta>` on each page): what an intranet
 * editor puts on a page, read and used by keyboard.
 */
import { catalogEntry, textIn } from '@polku/core';
import { loadPathway } from '@polku/core/compiler';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { focused, tabTo, type PageProblems } from './_support/browser.js';
import { useGuidePage } from './_support/guide-page.js';
import { axeViolations, cspViolations, recordCspViolations } from './_support/page-checks.js';

const baseUrl = inject('baseUrl');
const MODELS = join(import.meta.dirname, '..', '..', 'models');
const modelCount = readdirSync(MODELS).filter((name) => name.endsWith('.bpmn')).length;

let browser: Browser;
let page: Page;
let problems: PageProblems;

useGuidePage((current) => {
  ({ browser, page, problems } = current);
});

/** The text of `selector` inside the `index`th `tag` on the page. */
function shadowText(tag: string, selector: string, index = 0): Promise<string | null> {
  return page.evaluate(
    (query) => {
      const element = document.querySelectorAll(query.tag)[query.index]?.shadowRoot?.querySelector(query.selector);
      return element ? (element.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
    },
    { tag, selector, index },
  );
}

async function openStagePage(target: Page): Promise<void> {
  await target.goto(`${baseUrl}/components/stage.html`);
  await target.waitForFunction(() => [...document.querySelectorAll('polku-stage')].every((stage) => stage.shadowRoot?.querySelector('[part="stage-heading"]')));
}

async function openCatalogPage(target: Page): Promise<void> {
  await target.goto(`${baseUrl}/components/catalog.html`);
  await target.waitForFunction(() => document.querySelector('polku-catalog')?.shadowRoot?.querySelector('[part="entry"]'));
}

describe('<polku-stage> on a plain page', () => {
  it('shows one stage with its role, guidance, law and what comes next, under the strict CSP', async () => {
    // given
    const pathway = await loadPathway(readFileSync(join(MODELS, 'koulupolku.bpmn'), 'utf8'));
    const meeting = pathway.nodes.Task_StartMeeting!;
    const lane = pathway.lanes.find((candidate) => candidate.id === meeting.lane)!;
    await recordCspViolations(page);

    // when
    await openStagePage(page);

    // then
    expect(await shadowText('polku-stage', '[part="stage-heading"]')).toBe(meeting.name.fi);
    expect(await shadowText('polku-stage', '[part="role"]')).toBe(`Tekijä: ${lane.name.fi}`);
    expect(await shadowText('polku-stage', '[part="guidance"]')).toContain(meeting.guidance.fi!.split(/\s+/).slice(0, 4).join(' '));
    expect(await shadowText('polku-stage', '[part="next"]')).toContain(pathway.nodes.Task_RecordPlan!.name.fi);
    expect(await shadowText('polku-stage', '[part="facts"]')).toContain(`${meeting.legal[0]!.statute} ${meeting.legal[0]!.section}`);
    // The decision on the same page lists its answers.
    const answers = await shadowText('polku-stage', '[part="answers"]', 1);
    for (const flowId of pathway.nodes.Gateway_Continuity!.outgoing) expect(answers).toContain(pathway.flows[flowId]!.name.fi);
    expect(await cspViolations(page)).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });

  it('follows lang, and names a missing element instead of failing', async () => {
    // given
    await openStagePage(page);
    // when
    await page.evaluate(() => document.querySelector('polku-stage')!.setAttribute('lang', 'sv'));
    await page.waitForFunction(() => document.querySelector('polku-stage')?.shadowRoot?.querySelector('[part="role"]')?.textContent?.includes('Utförare'));
    const swedish = await shadowText('polku-stage', '[part="stage-heading"]');
    await page.evaluate(() => document.querySelector('polku-stage')!.setAttribute('element', 'Task_NoSuchStep'));
    await page.waitForFunction(() => document.querySelector('polku-stage')?.shadowRoot?.querySelector('[part="error"]'));
    // then
    const pathway = await loadPathway(readFileSync(join(MODELS, 'koulupolku.bpmn'), 'utf8'));
    expect(swedish).toBe(pathway.nodes.Task_StartMeeting!.name.sv);
    expect(await shadowText('polku-stage', '[part="error"]')).toBe('Modellen har inget skede med id Task_NoSuchStep.');
  });
});

describe('<polku-catalog> on a plain page', () => {
  it('lists every model from the catalogue, filters as the worker types, and opens the chosen one by keyboard', async () => {
    // given
    const school = catalogEntry(await loadPathway(readFileSync(join(MODELS, 'koulupolku.bpmn'), 'utf8')));
    await recordCspViolations(page);
    await openCatalogPage(page);
    const all = await page.evaluate(() => document.querySelector('polku-catalog')!.shadowRoot!.querySelectorAll('[part="entry"]').length);

    // when: a search without accents, words in any order
    await tabTo(page, (element) => element.tag === 'input' && element.type === 'search');
    await page.keyboard.type('koulu sijoitetun');
    await page.waitForFunction((count) => document.querySelector('polku-catalog')!.shadowRoot!.querySelectorAll('[part="entry"]').length < count, all);
    const shown = await page.evaluate(() => [...document.querySelector('polku-catalog')!.shadowRoot!.querySelectorAll('[part="entry"]')].map((entry) => entry.getAttribute('data-model-id')));
    const count = await shadowText('polku-catalog', '[part="count"]');
    await tabTo(page, (element) => element.text === textIn(school.title, 'fi', 'fi'));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('polku-guide')?.shadowRoot?.querySelector('[data-stage-heading]'));

    // then
    expect(all).toBe(modelCount);
    expect(shown).toContain('Process_Koulupolku');
    expect(count).toBe(`${shown.length}/${modelCount} polkua vastaa hakua`);
    expect(await page.evaluate(() => document.querySelector('polku-guide')!.getAttribute('src'))).toMatch(/\/models\/koulupolku\.bpmn$/);
    expect(await cspViolations(page)).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });

  it('speaks Swedish and searches Swedish texts', async () => {
    // given
    await openCatalogPage(page);
    await page.evaluate(() => document.querySelector('polku-catalog')!.setAttribute('lang', 'sv'));
    // when
    await tabTo(page, (element) => element.tag === 'input');
    await page.keyboard.type('skolgang');
    await page.waitForFunction(() => document.querySelector('polku-catalog')!.shadowRoot!.querySelectorAll('[part="entry"]').length === 1);
    // then
    expect(await shadowText('polku-catalog', '[part="title"]')).toBe('Skolgången för ett placerat barn');
    expect((await focused(page))?.tag).toBe('input');
  });

  it('says so readably when the catalogue cannot be read', async () => {
    // given
    await page.route('**/models/catalog.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"format":"something-else"}' }));
    // when
    await page.goto(`${baseUrl}/components/catalog.html`);
    await page.waitForFunction(() => document.querySelector('polku-catalog')?.shadowRoot?.querySelector('[part="error"]'));
    // then
    expect(await shadowText('polku-catalog', '[part="error"]')).toContain('ei ole Polun polkuluettelo');
  });
});

describe('axe-core on the stage and catalogue pages', () => {
  it.each([
    ['stage', openStagePage],
    ['catalog', openCatalogPage],
  ] as const)('finds no WCAG 2.1 AA violation on the %s page, wide and at 320 px', async (_name, open) => {
    for (const width of [1280, 320]) {
      const context = await browser.newContext({ bypassCSP: true, viewport: { width, height: 800 } });
      const target = await context.newPage();
      await open(target);
      const violations = await axeViolations(target);
      const overflow = await target.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      await context.close();
      expect(violations).toEqual([]);
      expect(overflow).toBe(false);
    }
  });
});
