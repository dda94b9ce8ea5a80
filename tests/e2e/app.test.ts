/**
 * The worker app (examples/app/), built for production and driven in Chromium by keyboard
 * alone under its strict Content-Security-Policy: the catalogue, a pathway opened from it, a
 * walkthrough saved step by step, resumed after a reload, stepped back and finished, the
 * language switched in place, a model address from elsewhere refused, and every view at
 * 1280 and 320 px with axe-core.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogEntry, createWalkthrough, eventElement, textIn, type Pathway, type Walkthrough } from '@polku/core';
import { loadPathway } from '@polku/core/compiler';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { elementStates } from '../../packages/elements/src/polku-diagram/element-states.js';
import { tabTo, waitForStageHeadingFocus, type PageProblems } from './_support/browser.js';
import { useGuidePage } from './_support/guide-page.js';
import { takeStep } from './_support/keyboard-walk.js';
import { axeViolations, cspViolations, recordCspViolations } from './_support/page-checks.js';
import { planShortestWalk, type PlannedStep } from './_support/plan-walk.js';

const repoRoot = join(import.meta.dirname, '..', '..');
const MODEL_XML = readFileSync(join(repoRoot, 'models', 'koulupolku.bpmn'), 'utf8');
const APP = '/app/';
const SCHOOL = `${APP}?model=${encodeURIComponent('/models/koulupolku.bpmn')}`;
const baseUrl = inject('baseUrl');
/** 2 March 2026, 11.00 in Helsinki. */
const MORNING = new Date('2026-03-02T09:00:00.000Z');
const LABEL = 'Tiimi 2, tapaus 14';

let browserPage: Page;
let problems: PageProblems;
let newPage: (options: { width: number; bypassCSP?: boolean }) => Promise<Page>;
let pathway: Pathway;
let steps: PlannedStep[];

useGuidePage((current) => {
  ({ page: browserPage, problems } = current);
  newPage = async ({ width, bypassCSP = false }) => {
    const context = await current.browser.newContext({ bypassCSP, locale: 'en-US', viewport: { width, height: 900 } });
    return context.newPage();
  };
});

beforeAll(async () => {
  pathway = await loadPathway(MODEL_XML, { file: 'koulupolku.bpmn' });
  ({ steps } = planShortestWalk(pathway));
});

/** Text (whitespace collapsed) of every match of `selector` in the shadow root of `inner` inside `<polku-pathway>` (or in its own when `inner` is empty). */
function pathwayTexts(page: Page, inner: string, selector: string): Promise<string[]> {
  return page.evaluate(
    (query) => {
      const own = document.querySelector('polku-pathway')?.shadowRoot;
      const root = query.inner ? own?.querySelector(query.inner)?.shadowRoot : own;
      return [...(root?.querySelectorAll(query.selector) ?? [])].map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim());
    },
    { inner, selector },
  );
}

/** Waits until the pathway's guide shows a stage, its saved walkthroughs are listed, and (when open) the diagram is drawn. */
async function waitForPathway(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const own = document.querySelector('polku-pathway')?.shadowRoot;
    const inside = (tag: string) => own?.querySelector(tag)?.shadowRoot;
    const diagramOpen = own?.querySelector('[part="diagram-toggle"]')?.getAttribute('aria-expanded') === 'true';
    return Boolean(inside('polku-guide')?.querySelector('[data-stage-heading]') && inside('polku-walkthroughs')?.querySelector('#list-heading') && (!diagramOpen || inside('polku-diagram')?.querySelector('.canvas .polku-active')));
  });
}

async function waitForCatalog(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('polku-catalog')?.shadowRoot?.querySelector('[part="entry"]'));
}

/** The saved walkthroughs as the list shows them: label and its meta line. */
function items(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...(document.querySelector('polku-pathway')?.shadowRoot?.querySelector('polku-walkthroughs')?.shadowRoot?.querySelectorAll('[part="item"]') ?? [])].map((item) =>
      [item.querySelector('.item-label'), item.querySelector('.item-meta')].map((element) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim()).join(' | '),
    ),
  );
}

/** Waits until an item of the saved walkthroughs says `text` (a save went through). */
async function waitForList(page: Page, text: string): Promise<void> {
  await page.waitForFunction((expected) => {
    const root = document.querySelector('polku-pathway')?.shadowRoot?.querySelector('polku-walkthroughs')?.shadowRoot;
    return [...(root?.querySelectorAll('[part="item"]') ?? [])].some((element) => (element.textContent ?? '').replace(/\s+/g, ' ').includes(expected));
  }, text);
}

async function guideProgress(page: Page): Promise<string> {
  return (await pathwayTexts(page, 'polku-guide', '.progress-text'))[0] ?? '';
}

/** The state marks on the diagram's picture, by element id. */
function pictureMarks(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const marks: Record<string, string> = {};
    const root = document.querySelector('polku-pathway')?.shadowRoot?.querySelector('polku-diagram')?.shadowRoot;
    for (const state of ['done', 'active', 'next']) {
      for (const element of root?.querySelectorAll(`.djs-element.polku-${state}`) ?? []) marks[element.getAttribute('data-element-id')!] = state;
    }
    return marks;
  });
}

async function drawnIds(page: Page): Promise<Set<string>> {
  const ids = await page.evaluate(() => [...(document.querySelector('polku-pathway')?.shadowRoot?.querySelector('polku-diagram')?.shadowRoot?.querySelectorAll('.djs-element[data-element-id]') ?? [])].map((element) => element.getAttribute('data-element-id')!));
  return new Set(ids);
}

/** The marks `walk` should put on the picture: its element states, on the elements the picture has. */
function expectedMarks(walk: Walkthrough, drawn: ReadonlySet<string>): Record<string, string> {
  return Object.fromEntries([...elementStates(walk)].filter(([id]) => drawn.has(id)));
}

/** Applies a planned step to a walkthrough in Node, to know what the page should show. */
function applyStep(walk: Walkthrough, step: PlannedStep): void {
  const { event } = step;
  if (event.type === 'polku.choose') walk.choose(event.gatewayId, event.flowId);
  else if (event.type === 'polku.complete') walk.complete(event.elementId, event.values);
}

function stageName(step: PlannedStep, lang = 'fi'): string {
  return textIn(pathway.nodes[eventElement(step.event)]!.name, lang, pathway.lang) ?? '';
}

/** Types a label into the new-walkthrough field and presses Enter, as a keyboard user starts one. */
async function startNew(page: Page, label: string): Promise<void> {
  await tabTo(page, (element) => element.tag === 'input' && element.name === 'label', { limit: 150 });
  await page.keyboard.type(label);
  await page.keyboard.press('Enter');
}

/** Tabs to the list's button of `part` for the walkthrough labelled `label`, and presses Enter. */
async function pressInList(page: Page, part: string, label: string): Promise<void> {
  await tabTo(page, (element) => element.part === part && element.text.endsWith(`– ${label}`), { limit: 150 });
  await page.keyboard.press('Enter');
}

/** Takes `planned` steps by keyboard, checking after each that the diagram and the timeline follow `walk`. */
async function walkAndFollow(page: Page, planned: PlannedStep[], walk: Walkthrough, drawn: ReadonlySet<string>, lang = 'fi'): Promise<void> {
  for (const step of planned) {
    await takeStep(page, pathway, step, lang);
    await waitForStageHeadingFocus(page);
    applyStep(walk, step);
    await expect.poll(() => pictureMarks(page)).toEqual(expectedMarks(walk, drawn));
    await expect.poll(async () => (await pathwayTexts(page, 'polku-timeline', '[part="step"]')).length).toBe(walk.snapshot.events.length);
  }
}

describe('the worker app', () => {
  it('opens a pathway from the catalogue, saves a walkthrough step by step, resumes it after a reload, steps back and finishes — by keyboard, the diagram and the timeline following', async () => {
    // given
    const page = browserPage;
    const school = catalogEntry(pathway);
    await page.clock.setFixedTime(MORNING);
    await recordCspViolations(page);
    await page.goto(baseUrl + APP);
    await waitForCatalog(page);
    const startTitle = await page.title();
    const all = await page.evaluate(() => document.querySelector('polku-catalog')!.shadowRoot!.querySelectorAll('[part="entry"]').length);

    // when: a search, and the school path opened by keyboard
    await tabTo(page, (element) => element.tag === 'input' && element.type === 'search');
    await page.keyboard.type('koulu sijoitetun');
    await page.waitForFunction((count) => document.querySelector('polku-catalog')!.shadowRoot!.querySelectorAll('[part="entry"]').length < count, all);
    await tabTo(page, (element) => element.tag === 'a' && element.text === textIn(school.title, 'fi', 'fi'));
    const csp = await cspViolations(page);
    await Promise.all([page.waitForURL(/[?&]model=/), page.keyboard.press('Enter')]);
    await waitForPathway(page);
    const opened = new URL(page.url());
    const pathwayTitle = await page.title();
    const drawn = await drawnIds(page);

    // then
    expect(startTitle).toBe('Lastensuojelun polut – Polku');
    expect(new URL(opened.searchParams.get('model')!).pathname).toBe('/models/koulupolku.bpmn');
    expect(opened.searchParams.get('lang')).toBe('fi');
    expect(pathwayTitle).toBe(`${textIn(pathway.name, 'fi', pathway.lang)} – Polku`);
    expect(await pathwayTexts(page, '', '[part="title"]')).toEqual([textIn(pathway.name, 'fi', pathway.lang)]);
    expect(drawn.size).toBeGreaterThan(10);

    // when: a walkthrough under a label, four steps, then a reload
    const walk = createWalkthrough(pathway);
    await startNew(page, LABEL);
    const afterStart = await waitForStageHeadingFocus(page);
    await walkAndFollow(page, steps.slice(0, 4), walk, drawn);
    await waitForList(page, 'Vaihe 5');
    const progressAtFive = await guideProgress(page);
    const beforeReload = await items(page);
    csp.push(...(await cspViolations(page)));
    await page.reload();
    await waitForPathway(page);
    const freshGuide = await guideProgress(page);
    const freshTimeline = await pathwayTexts(page, 'polku-timeline', '[part="step"]');
    await pressInList(page, 'resume-button', LABEL);
    const resumed = await waitForStageHeadingFocus(page);

    // then
    expect(afterStart.text).toBe(stageName(steps[0]!));
    expect(progressAtFive).toMatch(/^Vaihe 5 · noin \d+ vaihetta jäljellä$/);
    expect(beforeReload).toEqual([`${LABEL} | Päivitetty 2.3.2026 klo 11.00 · ${progressAtFive}`]);
    expect(freshGuide).toMatch(/^Vaihe 1 /);
    expect(freshTimeline).toEqual([]);
    expect(resumed.text).toBe(stageName(steps[4]!));
    expect(await guideProgress(page)).toBe(progressAtFive);
    await expect.poll(() => pictureMarks(page)).toEqual(expectedMarks(walk, drawn));
    await expect.poll(async () => (await pathwayTexts(page, 'polku-timeline', '[part="step"]')).length).toBe(4);

    // when: one step back (the undo), then the rest to the end
    await tabTo(page, (element) => element.part === 'back-button', { backwards: true });
    await page.keyboard.press('Enter');
    await waitForStageHeadingFocus(page);
    walk.back();
    await waitForList(page, 'Vaihe 4');
    const afterBack = { progress: await guideProgress(page), timeline: await pathwayTexts(page, 'polku-timeline', '[part="step"]') };
    await expect.poll(() => pictureMarks(page)).toEqual(expectedMarks(walk, drawn));
    await walkAndFollow(page, steps.slice(3), walk, drawn);
    await waitForList(page, 'Valmis');

    // then
    expect(afterBack.progress).toMatch(/^Vaihe 4 /);
    expect(afterBack.timeline).toHaveLength(3);
    expect(walk.done).toBe(true);
    expect(await items(page)).toEqual([`${LABEL} | Päivitetty 2.3.2026 klo 11.00 · Valmis · ${steps.length} vaihetta tehty`]);
    expect(Object.values(await pictureMarks(page)).filter((state) => state !== 'done')).toEqual([]);

    // when: "Start over" at the end gives the guide a new walkthrough, which the views follow
    await tabTo(page, (element) => element.part === 'restart-button');
    await page.keyboard.press('Enter');
    await waitForStageHeadingFocus(page);

    // then
    await expect.poll(() => pathwayTexts(page, 'polku-timeline', '[part="step"]')).toEqual([]);
    await expect.poll(() => pictureMarks(page)).toEqual(expectedMarks(createWalkthrough(pathway), drawn));
    expect(await items(page)).toEqual([`${LABEL} | Päivitetty 2.3.2026 klo 11.00 · Valmis · ${steps.length} vaihetta tehty`]);
    expect([...csp, ...(await cspViolations(page))]).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.dialogs).toEqual([]);
  });

  it('switches the language in place from a link with hreflang, keeping the open walkthrough, and the catalogue follows', async () => {
    // given: a walkthrough two steps in
    const page = browserPage;
    await page.clock.setFixedTime(MORNING);
    await recordCspViolations(page);
    await page.goto(baseUrl + SCHOOL);
    await waitForPathway(page);
    await startNew(page, LABEL);
    await waitForStageHeadingFocus(page);
    for (const step of steps.slice(0, 2)) {
      await takeStep(page, pathway, step, 'fi');
      await waitForStageHeadingFocus(page);
    }
    await waitForList(page, 'Vaihe 3');
    const links = await page.evaluate(() => [...document.querySelectorAll('.languages a')].map((link) => ({ text: link.textContent, hreflang: link.getAttribute('hreflang'), lang: link.getAttribute('lang') })));

    // when
    const link = await tabTo(page, (element) => element.tag === 'a' && element.text === 'På svenska', { backwards: true, limit: 150 });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.lang === 'sv');
    await expect.poll(() => guideProgress(page)).toMatch(/^Steg 3 /);
    const swedish = {
      url: new URL(page.url()),
      title: await page.title(),
      back: await page.evaluate(() => document.querySelector('.back a')?.textContent?.replace(/\s+/g, ' ').trim()),
      current: await page.evaluate(() => document.querySelector('.languages [aria-current="page"]')?.textContent),
      toggle: await pathwayTexts(page, '', '[part="diagram-toggle"]'),
      timeline: await pathwayTexts(page, 'polku-timeline', '[part="heading"]'),
      badge: await pathwayTexts(page, 'polku-walkthroughs', '[part="item"] .badge'),
    };
    await takeStep(page, pathway, steps[2]!, 'sv');
    const next = await waitForStageHeadingFocus(page);
    await waitForList(page, 'Steg 4');

    // then
    expect(links).toEqual([
      { text: 'Suomeksi', hreflang: 'fi', lang: 'fi' },
      { text: 'På svenska', hreflang: 'sv', lang: 'sv' },
      { text: 'In English', hreflang: 'en', lang: 'en' },
    ]);
    expect(link.text).toBe('På svenska');
    expect(swedish.url.searchParams.get('lang')).toBe('sv');
    expect(swedish.url.searchParams.get('model')).toBe('/models/koulupolku.bpmn');
    expect(swedish.title).toBe(`${textIn(pathway.name, 'sv', pathway.lang)} – Polku`);
    expect(swedish.back).toBe('← Tillbaka till stigkatalogen');
    expect(swedish.current).toBe('På svenska');
    expect(swedish.toggle).toEqual(['Diagram']);
    expect(swedish.timeline).toEqual(['Tidslinje']);
    expect(swedish.badge).toEqual(['Öppen i guiden']);
    expect(next.text).toBe(stageName(steps[3]!, 'sv'));
    expect(await cspViolations(page)).toEqual([]);

    // when: back to the catalogue, which speaks Swedish and links in Swedish
    await tabTo(page, (element) => element.tag === 'a' && element.text.includes('Tillbaka till stigkatalogen'), { backwards: true, limit: 150 });
    await Promise.all([page.waitForURL((url) => !url.searchParams.has('model')), page.keyboard.press('Enter')]);
    await waitForCatalog(page);
    const catalogue = {
      lang: await page.evaluate(() => document.documentElement.lang),
      heading: await page.evaluate(() => document.querySelector('h1')?.textContent),
      search: await page.evaluate(() => document.querySelector('polku-catalog')?.shadowRoot?.querySelector('label[for="search"]')?.textContent),
      href: await page.evaluate(() => document.querySelector('polku-catalog')?.shadowRoot?.querySelector<HTMLAnchorElement>('a[part="title"]')?.href),
    };

    // then
    expect(catalogue).toMatchObject({ lang: 'sv', heading: 'Stigar inom barnskyddet', search: 'Sök stigar' });
    expect(new URL(catalogue.href!).searchParams.get('lang')).toBe('sv');
    expect(new URL(new URL(catalogue.href!).searchParams.get('model')!).origin).toBe(baseUrl);
    expect(await cspViolations(page)).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });

  it.each([
    ['another site', 'https://example.org/models/koulupolku.bpmn'],
    ['a protocol-relative address', '//example.org/models/koulupolku.bpmn'],
    ['a script address', 'javascript:alert(1)'],
    ['a data address', 'data:application/xml,<definitions/>'],
    ['this site with a user name', `${baseUrl.replace('//', '//worker@')}/models/koulupolku.bpmn`],
    ['nothing', ''],
  ])('refuses %s as the model, says so and links to the catalogue, and fetches nothing', async (_name, model) => {
    // given
    const page = browserPage;
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await recordCspViolations(page);

    // when
    await page.goto(`${baseUrl}${APP}?model=${encodeURIComponent(model)}`);
    await page.waitForSelector('[data-problem="model"]');
    const shown = await page.evaluate(() => ({
      heading: document.querySelector('h1')?.textContent,
      problem: [...document.querySelectorAll('[data-problem="model"] p')].map((paragraph) => paragraph.textContent),
      catalogLink: document.querySelector<HTMLAnchorElement>('[data-problem="model"] a')?.getAttribute('href'),
      pathways: document.querySelectorAll('polku-pathway').length,
      title: document.title,
    }));

    // then
    expect(shown).toEqual({
      heading: 'Polkua ei voitu avata',
      problem: ['Osoitteessa annettu malli ei ole tämän palvelun oma, joten sitä ei avata.', 'Polku avaa vain tämän sivuston omia malleja. Valitse polku luettelosta.', 'Siirry polkuluetteloon'],
      catalogLink: '/app/?lang=fi',
      pathways: 0,
      title: 'Polkua ei voitu avata – Polku',
    });
    expect(requested.filter((url) => !url.startsWith(baseUrl))).toEqual([]);
    expect(requested.filter((url) => url.includes('/models/'))).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });
});

describe('the worker app at 1280 and 320 px', () => {
  const views = [
    ['catalogue', APP, waitForCatalog],
    ['pathway', SCHOOL, waitForPathway],
    ['refused model', `${APP}?model=${encodeURIComponent('https://example.org/x.bpmn')}`, (page: Page) => page.waitForSelector('[data-problem="model"]').then(() => undefined)],
  ] as const;

  it.each(views)('lays out the %s view with no sideways scroll, and axe-core finds no WCAG 2.1 AA violation', async (name, path, ready) => {
    for (const width of [1280, 320]) {
      // given: axe needs its own script in the page, so this context bypasses the CSP
      const page = await newPage({ width, bypassCSP: true });
      await page.goto(baseUrl + path);
      await ready(page);
      const open = name === 'pathway' ? await pathwayTexts(page, '', '[part="diagram-toggle"][aria-expanded="true"]') : [];
      if (name === 'pathway' && width === 320) {
        // The diagram starts folded on a phone; open it, so its picture and list are checked too.
        await tabTo(page, (element) => element.part === 'diagram-toggle', { limit: 150 });
        await page.keyboard.press('Enter');
        await waitForPathway(page);
      }

      // when
      const violations = await axeViolations(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      await page.context().close();

      // then
      expect({ width, violations }).toEqual({ width, violations: [] });
      expect({ width, overflow }).toEqual({ width, overflow: 0 });
      // The diagram starts open on a wide screen, folded on a phone; views without one have no button.
      expect({ width, open: open.length }).toEqual({ width, open: name === 'pathway' && width === 1280 ? 1 : 0 });
    }
  });

  it('shows the note that walkthroughs stay in this browser in every view', async () => {
    for (const [, path, ready] of views.slice(0, 2)) {
      await browserPage.goto(baseUrl + path);
      await ready(browserPage);
      const note = await browserPage.evaluate(() => {
        const element = document.querySelector<HTMLElement>('.privacy');
        return element ? { text: element.textContent, visible: element.getBoundingClientRect().height > 0 && element.getBoundingClientRect().top < window.innerHeight } : undefined;
      });
      expect(note).toEqual({ text: 'Läpikäynnit tallentuvat vain tähän selaimeen. Älä kirjoita tunnisteisiin nimiä, henkilötunnuksia tai muita henkilötietoja.', visible: true });
    }
  });
});
