/**
 * `<polku-guide>` on the intranet example page with pathways that wait: an event-based
 * gateway (a message or a timer), a timer boundary on a sub-process, an error end event
 * caught at the sub-process's boundary, a statutory deadline, and a gateway decided by a FEEL
 * condition. Driven in Chromium by keyboard alone; the guide's `clock` is set from the test,
 * so timers and deadlines are exact.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { daysLeft, dueDates, type Pathway } from '@polku/core';
import { loadPathway } from '@polku/core/compiler';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { focused, guideText, newContext, tabTo, waitForGuide, waitForStageHeadingFocus, type PageProblems } from './_support/browser.js';
import { recordedSteps, useGuidePage } from './_support/guide-page.js';

const fixtures = join(import.meta.dirname, 'fixtures');
const MODEL_URL = '**/models/koulupolku.bpmn';
const baseUrl = inject('baseUrl');

type Lang = 'fi' | 'sv';
const PAGE: Record<Lang, string> = { fi: '/intranet-page/index.html', sv: '/intranet-page/sv.html' };

const EVENTS_FILE = 'guide.events.bpmn';
const CONDITIONS_FILE = 'guide.conditions.bpmn';

let browser: Browser;
let page: Page;
let problems: PageProblems;

useGuidePage((current) => {
  ({ browser, page, problems } = current);
});

function fixture(name: string): string {
  return readFileSync(join(fixtures, name), 'utf8');
}

function compiled(name: string): Promise<Pathway> {
  return loadPathway(fixture(name), { file: name });
}

/** Serves a fixture where the page expects its model: BPMN as written, or precompiled as JSON. */
async function serve(target: Page, name: string, as: 'bpmn' | 'json'): Promise<void> {
  const body = as === 'bpmn' ? fixture(name) : JSON.stringify(await compiled(name));
  await target.route(MODEL_URL, (route) => route.fulfill({ contentType: as === 'bpmn' ? 'application/xml' : 'application/json', body }));
}

async function open(lang: Lang): Promise<void> {
  await page.goto(baseUrl + PAGE[lang]);
  await waitForGuide(page);
}

/** Sets the guide's clock, as a page previewing another day would. */
async function setClock(iso: string): Promise<void> {
  await page.evaluate((at) => {
    const guide = document.querySelector('polku-guide') as HTMLElement & { clock?: () => Date };
    guide.clock = () => new Date(at);
  }, iso);
}

/** What one trigger row shows: its text, its button and whether the button can be pressed. */
function triggerRow(elementId: string): Promise<{ text: string; button: string; disabled: boolean } | null> {
  return page.evaluate((id) => {
    const row = document.querySelector('polku-guide')?.shadowRoot?.querySelector(`[data-trigger-id="${id}"]`);
    const button = row?.querySelector('button');
    if (!row || !button) return null;
    const text = (row.querySelector('.trigger-text')?.textContent ?? '').replace(/\s+/g, ' ').trim();
    return { text, button: (button.textContent ?? '').replace(/\s+/g, ' ').trim(), disabled: button.disabled };
  }, elementId);
}

async function waitForTriggerEnabled(elementId: string): Promise<void> {
  await page.waitForFunction((id) => {
    const button = document.querySelector('polku-guide')?.shadowRoot?.querySelector<HTMLButtonElement>(`[data-trigger-id="${id}"] button`);
    return button !== null && button !== undefined && !button.disabled;
  }, elementId);
}

/** Tabs to the control labelled `text` (its start) inside the card or trigger row of `elementId`, and presses Enter. */
async function press(elementId: string, text: string, options: { backwards?: boolean } = {}): Promise<void> {
  await tabTo(page, (element) => element.text.startsWith(text) && (element.card === elementId || element.trigger === elementId), options);
  await page.keyboard.press('Enter');
}

function announcement(): Promise<string | null> {
  return guideText(page, '[aria-live="polite"]');
}

function stepEvents(): Promise<string[]> {
  return recordedSteps(page);
}

/** Walks by keyboard to the guardian's consent inside "Valmistelu", with the clock at `at` when the statement arrives. */
async function walkToConsent(at: string): Promise<void> {
  await setClock('2026-03-02T09:00:00.000Z');
  await press('Task_Ask', 'Valmis');
  await waitForStageHeadingFocus(page);
  await setClock(at);
  await press('Catch_Statement', 'Merkitse saapuneeksi');
  await waitForStageHeadingFocus(page);
}

/** `YYYY-MM-DD` as the Finnish and Swedish pages write it: 13.3.2026. */
function finnishDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day}.${month}.${year}`;
}

/** The paths of the scripts `target` requests from now on. */
function recordScripts(target: Page): string[] {
  const scripts: string[] = [];
  target.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  return scripts;
}

function isFeel(path: string): boolean {
  return /\/feel-[\w-]+\.js$/.test(path);
}

describe('the guide with waiting stages, deadlines and conditions', () => {
  it('waits for the first of a message and a timer, and offers "time is up" only once the clock reaches the due date', async () => {
    // given
    await serve(page, EVENTS_FILE, 'bpmn');
    await open('fi');
    await setClock('2026-03-02T09:00:00.000Z');
    await press('Task_Ask', 'Valmis');
    const gateway = await waitForStageHeadingFocus(page);
    const message = await triggerRow('Catch_Statement');
    const timerBefore = await triggerRow('Catch_Late');
    const messageButton = await tabTo(page, (element) => element.trigger === 'Catch_Statement');
    await page.keyboard.press('Tab');
    const afterMessageBeforeDue = await focused(page);

    // when
    await setClock('2026-03-16T09:00:00.000Z');
    await waitForTriggerEnabled('Catch_Late');
    await tabTo(page, (element) => element.trigger === 'Catch_Late', { backwards: true });
    const timerButton = await focused(page);
    await page.keyboard.press('Enter');
    const next = await waitForStageHeadingFocus(page);

    // then
    expect(gateway).toMatchObject({ text: 'Saapuuko lausunto ajoissa?', card: 'Gateway_Wait' });
    expect(message).toEqual({ text: 'Odotetaan: Lausunto saapui', button: 'Merkitse saapuneeksi', disabled: false });
    expect(timerBefore).toEqual({ text: 'Odotetaan 14 päivää — erääntyy 16.3.2026', button: 'Aika on kulunut', disabled: true });
    expect(messageButton).toMatchObject({ tag: 'button', part: 'trigger-button', text: 'Merkitse saapuneeksi' });
    expect(afterMessageBeforeDue?.trigger).not.toBe('Catch_Late');
    expect(timerButton).toMatchObject({ tag: 'button', text: 'Aika on kulunut', trigger: 'Catch_Late' });
    expect(next.text).toBe('Muistuta lausunnon antajaa');
    expect(await stepEvents()).toEqual(['complete:Task_Ask', 'trigger:Catch_Late']);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });

  it('shows the timer boundary of a sub-process on the decision inside it, and stops the sub-process when the time is up', async () => {
    // given
    await serve(page, EVENTS_FILE, 'bpmn');
    await open('fi');
    await walkToConsent('2026-03-02T10:00:00.000Z');
    const scopePath = await guideText(page, '[part="scope-path"]');
    const announced = await announcement();
    const boundaryBefore = await triggerRow('Boundary_Deadline');
    const boundaryLabel = await guideText(page, '[part="boundaries"] .boundaries-label');

    // when
    await setClock('2026-04-01T10:00:00.000Z');
    await waitForTriggerEnabled('Boundary_Deadline');
    await press('Boundary_Deadline', 'Aika on kulunut');
    const end = await waitForStageHeadingFocus(page);

    // then
    expect(scopePath).toBe('Osa kokonaisuutta: Valmistelu ›');
    expect(announced).toBe('Vaihe 3: Suostuuko huoltaja? (osana: Valmistelu)');
    expect(boundaryLabel).toBe('Jos tilanne muuttuu (Valmistelu)');
    expect(boundaryBefore).toEqual({ text: 'Keskeytä, jos: 30 päivää kulunut — erääntyy 1.4.2026', button: 'Aika on kulunut', disabled: true });
    expect(end).toMatchObject({ text: 'Asia raukesi', card: 'End_Lapsed' });
    expect(await stepEvents()).toEqual(['complete:Task_Ask', 'trigger:Catch_Statement', 'trigger:Boundary_Deadline']);
  });

  it('ends where the error boundary of the sub-process leads when the guardian refuses', async () => {
    // given
    await serve(page, EVENTS_FILE, 'bpmn');
    await open('fi');
    await walkToConsent('2026-03-02T10:00:00.000Z');

    // when
    await press('Gateway_Consent', 'Ei');
    const end = await waitForStageHeadingFocus(page);

    // then
    expect(end).toMatchObject({ text: 'Asia siirtyy hallinto-oikeuteen', card: 'End_Court' });
    expect(await announcement()).toBe('Polku päättyi: Asia siirtyy hallinto-oikeuteen');
  });

  it("counts a step's statutory deadline from the Finnish day it became active, and says how late it is on a later day, in Swedish", async () => {
    // given: the plan step opens at 00:30 in Helsinki on 4 March, still 3 March in UTC
    const pathway = await compiled(EVENTS_FILE);
    const deadline = pathway.nodes.Task_Plan!.deadlines[0]!;
    const due = dueDates(deadline, '2026-03-04');
    const late = -daysLeft(due.latest, '2026-04-02', deadline.counting);
    await serve(page, EVENTS_FILE, 'bpmn');
    await open('sv');
    await setClock('2026-03-02T09:00:00.000Z');
    await press('Task_Ask', 'Klar');
    await waitForStageHeadingFocus(page);
    await press('Catch_Statement', 'Markera som mottagen');
    await waitForStageHeadingFocus(page);
    await setClock('2026-03-03T22:30:00.000Z');

    // when
    await press('Gateway_Consent', 'Ja');
    const heading = await waitForStageHeadingFocus(page);
    const onTheFirstDay = await guideText(page, '[part="deadline"]');
    await setClock('2026-04-02T09:00:00.000Z');
    await page.waitForFunction(() => document.querySelector('polku-guide')?.shadowRoot?.querySelector('[part="deadline-status"].late'));
    const onALaterDay = await guideText(page, '[part="deadline"]');

    // then
    expect(heading).toMatchObject({ text: 'Gör upp en plan', card: 'Task_Plan' });
    expect(due).toEqual({ target: '2026-03-13', latest: '2026-03-13' });
    expect(onTheFirstDay).toBe(`Planen klar: 7 vardagar (LSL 26 § 5 mom.) — senast ${finnishDate(due.target)} 7 vardagar kvar`);
    expect(late).toBeGreaterThan(1);
    expect(onALaterDay).toBe(`Planen klar: 7 vardagar (LSL 26 § 5 mom.) — senast ${finnishDate(due.target)} ${late} vardagar försenad`);
  });

  it('loads the FEEL evaluator only for a pathway decided by conditions', async () => {
    // given
    const conditionsScripts = recordScripts(page);
    await serve(page, CONDITIONS_FILE, 'json');
    // A separate context, so nothing is shared through the cache.
    const other = await newContext(browser);
    const eventsPage = await other.newPage();
    const eventsScripts = recordScripts(eventsPage);
    await serve(eventsPage, EVENTS_FILE, 'json');

    // when
    await open('fi');
    await eventsPage.goto(baseUrl + PAGE.fi);
    await waitForGuide(eventsPage);
    await other.close();

    // then
    expect(await guideText(page, '[data-stage-heading]')).toBe('Kirjaa ikä');
    expect(conditionsScripts.filter(isFeel)).toHaveLength(1);
    expect(conditionsScripts.some((path) => /\/compiler-[\w-]+\.js$/.test(path))).toBe(false);
    // The pages share chunks (Lit, the runtime) with the other example pages; what matters is that no lazy chunk came.
    expect(eventsScripts.filter((path) => isFeel(path) || /\/compiler-[\w-]+\.js$/.test(path))).toEqual([]);
    expect(eventsScripts.length).toBeGreaterThan(0);
  });

  it('decides a gateway by a number field, and says readably that no path fits a value outside every condition', async () => {
    // given
    await serve(page, CONDITIONS_FILE, 'json');
    await open('fi');
    await tabTo(page, (element) => element.card === 'Task_Age' && element.name === 'age');
    await page.keyboard.type('40');

    // when
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('polku-guide')?.shadowRoot?.querySelector('[part="problem"]'));
    const problem = await guideText(page, '[part="problem"]');
    const stillAt = await guideText(page, '[data-stage-heading]');
    const focusAfterProblem = await focused(page);
    const announced = await announcement();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('9');
    await page.keyboard.press('Enter');
    const next = await waitForStageHeadingFocus(page);

    // then
    expect(problem).toBe(
      'Polku ei voi jatkua näillä tiedoilla: kohdassa ”Ikäryhmä” mikään ehto ei täyty, eikä oletusreittiä ole. Tarkista kirjatut tiedot. Jos ne ovat oikein, mallista puuttuu reitti – kerro siitä mallin ylläpitäjälle.',
    );
    expect(stillAt).toBe('Kirjaa ikä');
    expect(focusAfterProblem).toMatchObject({ tag: 'input', name: 'age' });
    expect(announced).toBe(problem);
    expect(next.text).toBe('Järjestä koulu');
    expect(await guideText(page, '[part="problem"]')).toBeNull();
    expect(problems.consoleErrors.filter((line) => line.includes('no-flow-taken'))).toHaveLength(1);
    expect(await stepEvents()).toEqual(['complete:Task_Age']);
  });
});
