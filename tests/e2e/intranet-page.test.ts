/**
 * The intranet example page (examples/intranet-page), built for production and driven in
 * Chromium by keyboard, the way a social worker without a mouse would use it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventElement, textIn, type Pathway, type PathwayNode } from '@polku/core';
import { compileBpmn, loadPathway } from '@polku/core/compiler';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { focused, guideAttribute, guideText, newContext, tabTo, waitForGuide, waitForStageHeadingFocus, type PageProblems } from './_support/browser.js';
import { recordedSteps, useGuidePage } from './_support/guide-page.js';
import { fillField, takeStep } from './_support/keyboard-walk.js';
import { guidanceStart, planShortestWalk, type PlannedStep } from './_support/plan-walk.js';

const root = join(import.meta.dirname, '..', '..');
const fixtures = join(import.meta.dirname, 'fixtures');
const MODEL_FILE = join(root, 'models', 'koulupolku.bpmn');
const MODEL_URL = '**/models/koulupolku.bpmn';
const baseUrl = inject('baseUrl');

type Lang = 'fi' | 'sv';
const PAGE: Record<Lang, string> = { fi: '/intranet-page/index.html', sv: '/intranet-page/sv.html' };
/** The interface's own words the tests look for (the model's texts come from the model). */
const UI = {
  fi: { role: 'Tekijä', parallel: (count: number) => `${count} vaihetta auki`, errorHeading: 'Polkua ei voitu avata', required: 'Tämä tieto on pakollinen.' },
  sv: { role: 'Utförare', parallel: (count: number) => `${count} steg öppna`, errorHeading: 'Stigen kunde inte öppnas', required: 'Uppgiften är obligatorisk.' },
} as const;

let browser: Browser;
let page: Page;
let problems: PageProblems;

useGuidePage((current) => {
  ({ browser, page, problems } = current);
});

function fixture(name: string): string {
  return readFileSync(join(fixtures, name), 'utf8');
}

async function serveModel(body: string, contentType = 'application/xml', status = 200): Promise<void> {
  await page.route(MODEL_URL, (route) => route.fulfill({ status, contentType, body }));
}

async function open(lang: Lang): Promise<void> {
  await page.goto(baseUrl + PAGE[lang]);
  await waitForGuide(page);
}

function nameIn(pathway: Pathway, texts: PathwayNode['name'], lang: Lang): string {
  return textIn(texts, lang, pathway.lang) ?? '';
}

/** What a worker sees on one stage, as the test reads it from the page. */
interface SeenStage {
  heading: string | null;
  name: string | null;
  role: string | null;
  guidance: string | null;
  guidanceLang: string | null;
}

async function seeStage(elementId: string): Promise<SeenStage> {
  const card = `[data-element-id="${elementId}"]`;
  return {
    heading: await guideText(page, '[data-stage-heading]'),
    name: await guideText(page, `${card} .card-heading`),
    role: await guideText(page, `${card} [part="role"]`),
    guidance: await guideText(page, `${card} [part="guidance"]`),
    guidanceLang: await guideAttribute(page, `${card} [part="guidance"]`, 'lang'),
  };
}

function expectStage(pathway: Pathway, step: PlannedStep, lang: Lang) {
  const id = eventElement(step.event);
  const node = pathway.nodes[id]!;
  const lane = pathway.lanes.find((candidate) => candidate.id === node.lane);
  const guidance = textIn(node.guidance, lang, pathway.lang);
  return {
    heading: step.active.length === 1 ? nameIn(pathway, node.name, lang) : containing(UI[lang].parallel(step.active.length)),
    name: nameIn(pathway, node.name, lang),
    role: lane ? `${UI[lang].role}: ${nameIn(pathway, lane.name, lang)}` : null,
    guidance: guidance ? containing(guidanceStart(guidance)) : null,
    guidanceLang: guidance && node.guidance[lang] === undefined ? pathway.lang : null,
  };
}

/** Opens the Finnish page in `target` and returns the paths of the scripts it requested. */
async function scriptsLoadedBy(target: Page): Promise<string[]> {
  const scripts: string[] = [];
  target.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await target.goto(baseUrl + PAGE.fi);
  await target.waitForFunction(() => document.querySelector('polku-guide')?.shadowRoot?.querySelector('[data-stage-heading]'));
  return scripts;
}

function isCompiler(path: string): boolean {
  return /\/compiler-[\w-]+\.js$/.test(path);
}

/** An asymmetric matcher; a function, so tables can pick it without a conditional `expect`. */
function containing(text: string): unknown {
  return expect.stringContaining(text);
}

function guideConsoleErrors(): string[] {
  return problems.consoleErrors.filter((line) => line.includes('<polku-guide>'));
}

describe('the intranet page with the school path', () => {
  it.each([
    ['Finnish', 'fi'],
    ['Swedish', 'sv'],
  ] as const)('walks the school path from its start to an end by keyboard alone, in %s', async (_language, lang) => {
    // given
    const pathway = await loadPathway(readFileSync(MODEL_FILE, 'utf8'), { file: 'koulupolku.bpmn' });
    const { steps, endId } = planShortestWalk(pathway);
    await open(lang);

    // when
    const seen: SeenStage[] = [];
    const focusAfterStep: (string | null)[] = [];
    for (const [index, step] of steps.entries()) {
      seen.push(await seeStage(eventElement(step.event)));
      await takeStep(page, pathway, step, lang, index % 2 === 0 ? 'Enter' : 'Space');
      focusAfterStep.push((await waitForStageHeadingFocus(page)).text);
    }
    const endHeading = await guideText(page, '[data-stage-heading]');
    const restart = await guideText(page, '[part="restart-button"]');
    const events = await recordedSteps(page);

    // then
    expect(seen).toEqual(steps.map((step) => expectStage(pathway, step, lang)));
    const stageHeadings = [...seen.slice(1).map((stage) => stage.heading), endHeading];
    expect(focusAfterStep).toEqual(stageHeadings);
    expect(endHeading).toBe(nameIn(pathway, pathway.nodes[endId]!.name, lang));
    expect(restart).toBe(lang === 'fi' ? 'Aloita alusta' : 'Börja om');
    expect(events).toEqual(steps.map((step) => `${step.event.type === 'polku.complete' ? 'complete' : 'choose'}:${eventElement(step.event)}`));
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });

  it('takes the last step back with the Back button and disables it at the start', async () => {
    // given
    const pathway = await loadPathway(readFileSync(MODEL_FILE, 'utf8'), { file: 'koulupolku.bpmn' });
    const { steps } = planShortestWalk(pathway);
    const firstStage = nameIn(pathway, pathway.nodes[steps[0]!.active[0]!]!.name, 'fi');
    await open('fi');
    const backAtStart = await guideAttribute(page, '[part="back-button"]', 'disabled');
    await takeStep(page, pathway, steps[0]!, 'fi', 'Enter');
    const secondStage = (await waitForStageHeadingFocus(page)).text;

    // when
    const back = await tabTo(page, (element) => element.part === 'back-button', { backwards: true });
    await page.keyboard.press('Enter');
    const focusAfterBack = await waitForStageHeadingFocus(page);

    // then
    expect(backAtStart).toBe('');
    expect(secondStage).not.toBe(firstStage);
    expect(back.text).toContain('Takaisin');
    expect(focusAfterBack.text).toBe(firstStage);
    expect(await guideAttribute(page, '[part="back-button"]', 'disabled')).toBe('');
    expect(await recordedSteps(page).then((recorded) => recorded.at(-1))).toMatch(/^back:/);
  });

  it('keeps a step open and says what is missing when a required field is empty', async () => {
    // given
    await serveModel(fixture('guide.parallel-loop.bpmn'));
    await open('fi');
    await tabTo(page, (element) => element.part === 'done-button');

    // when
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('polku-guide')?.shadowRoot?.querySelector('[aria-invalid="true"]'));
    const focusOnError = await focused(page);
    const message = await guideText(page, '.field-error');
    const heading = await guideText(page, '[data-stage-heading]');
    await fillField(page, 'date', '2025-01-15');
    await tabTo(page, (element) => element.part === 'done-button');
    await page.keyboard.press('Space');
    const next = await waitForStageHeadingFocus(page);

    // then
    expect(focusOnError).toMatchObject({ tag: 'input', name: 'startDate', card: 'Task_Prepare' });
    expect(message).toBe(UI.fi.required);
    expect(heading).toBe('Valmistele testitapaus');
    expect(next.text).toContain(UI.fi.parallel(2));
  });

  it('shows parallel steps as cards with their own Done buttons, in Swedish', async () => {
    // given
    await serveModel(fixture('guide.parallel-loop.bpmn'));
    await open('sv');
    await tabTo(page, (element) => element.name === 'startDate');
    await fillField(page, 'date', '2025-01-15');
    await tabTo(page, (element) => element.part === 'done-button');
    await page.keyboard.press('Enter');
    const parallelHeading = (await waitForStageHeadingFocus(page)).text;
    const cards = await page.evaluate(() =>
      [...(document.querySelector('polku-guide')?.shadowRoot?.querySelectorAll('[part="card"]') ?? [])].map((card) => ({
        id: card.getAttribute('data-element-id'),
        heading: card.querySelector('.card-heading')?.textContent?.trim(),
        headingLang: card.querySelector('.card-heading')?.getAttribute('lang'),
        button: card.querySelector('[part="done-button"]')?.textContent?.trim(),
      })),
    );

    // when
    await tabTo(page, (element) => element.card === 'Task_B' && element.part === 'done-button');
    await page.keyboard.press('Space');
    const remaining = await waitForStageHeadingFocus(page);

    // then
    expect(parallelHeading).toBe('2 steg öppna – gör dem i valfri ordning');
    expect(cards).toEqual([
      { id: 'Task_A', heading: 'Tee osa A', headingLang: 'fi', button: 'Klar' },
      { id: 'Task_B', heading: 'Tee osa B', headingLang: 'fi', button: 'Klar' },
    ]);
    expect(remaining).toMatchObject({ text: 'Tee osa A', card: 'Task_A' });
  });

  it.each([
    ['a model that is not well-formed XML', () => serveModel(fixture('error/guide.not-well-formed.bpmn')), ['The XML is not well-formed', 'rivi 6']],
    [
      'a model with modelling errors',
      () => serveModel(fixture('error/guide.missing-outgoing-flow.bpmn')),
      ['Mallissa on virheitä', 'has no outgoing sequence flow', 'rivi 5', 'elementti Task_DeadEnd'],
    ],
    ['a file that is not a model', () => serveModel('Tämä ei ole malli.', 'text/plain'), ['ei ole BPMN-malli eikä käännetty Polku-polku']],
    ['a model that cannot be fetched', () => serveModel('Not found', 'text/plain', 404), ['ei saatu ladattua (HTTP 404)']],
  ] as const)('shows a readable error for %s and leaves the host page working', async (_case, serve, expected) => {
    // given
    await serve();

    // when
    await open('fi');
    const error = await guideText(page, '[part="error"]');
    const hostHeading = await page.textContent('h1');
    const hostLink = await tabTo(page, (element) => element.text === 'På svenska');

    // then
    expect(error).toContain(UI.fi.errorHeading);
    for (const snippet of expected) expect(error).toContain(snippet);
    expect(hostHeading).toBe('Sijoitetun lapsen koulupolku');
    expect(hostLink.insideGuide).toBe(false);
    expect(problems.pageErrors).toEqual([]);
    expect(guideConsoleErrors()).toHaveLength(1);
  });

  it('sanitises guidance so that no script in it runs and no handler survives', async () => {
    // given
    await serveModel(fixture('guide.hostile-guidance.bpmn'));

    // when
    await open('fi');
    await tabTo(page, (element) => element.part === 'done-button');
    const html = await page.evaluate(() => document.querySelector('polku-guide')?.shadowRoot?.innerHTML ?? '');
    const guidance = await guideText(page, '[part="guidance"]');
    const pwned = await page.evaluate(() => (window as unknown as { polkuPwned?: string }).polkuPwned);

    // then
    expect(guidance).toContain('Ohjeen alku.');
    expect(guidance).toContain('Ohjeen loppu.');
    expect(pwned).toBeUndefined();
    expect(problems.dialogs).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    const forbidden = ['<script', '<img', '<svg', '<iframe', 'onerror', 'onclick', 'onbegin', 'onmouseover', 'javascript:', 'style='];
    expect(forbidden.filter((marker) => html.includes(marker))).toEqual([]);
  });

  it('walks a precompiled pathway without downloading the BPMN compiler', async () => {
    // given
    const { pathway } = await compileBpmn(readFileSync(MODEL_FILE, 'utf8'), { file: 'koulupolku.bpmn' });
    const firstStage = nameIn(pathway!, pathway!.nodes[planShortestWalk(pathway!).steps[0]!.active[0]!]!.name, 'fi');
    // A control in its own context (no shared cache): the same page fed BPMN does load the compiler.
    const control = await newContext(browser);
    const controlScripts = await scriptsLoadedBy(await control.newPage());
    await control.close();
    await serveModel(JSON.stringify(pathway), 'application/json');

    // when
    const scripts = await scriptsLoadedBy(page);
    const heading = await guideText(page, '[data-stage-heading]');

    // then
    expect(controlScripts.some(isCompiler)).toBe(true);
    expect(scripts.some(isCompiler)).toBe(false);
    expect(heading).toBe(firstStage);
  });
});
