/**
 * `<polku-timeline for="guide">` on the timeline example page (examples/components/timeline.html),
 * built for production and driven in Chromium by keyboard: the steps taken with their times and
 * answers, and the deadlines running, with days left counted the way the law counts them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { tabTo, waitForStageHeadingFocus, type PageProblems } from './_support/browser.js';
import { useGuidePage } from './_support/guide-page.js';

const repoRoot = join(import.meta.dirname, '..', '..');
const MODEL_XML = readFileSync(join(repoRoot, 'models', 'koulupolku.bpmn'), 'utf8');
const MODEL_URL = '**/models/koulupolku.bpmn';
const PAGE = '/components/timeline.html';
const AXE_SOURCE = readFileSync(join(import.meta.dirname, '..', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const baseUrl = inject('baseUrl');

/** Wednesday 1 April 2026, 10.00 in Helsinki: Easter (Good Friday 3.4., Easter Monday 6.4.) is two days away. */
const BEFORE_EASTER = new Date('2026-04-01T07:00:00.000Z');
/** Thursday 9 April 2026, 10.00 in Helsinki. */
const AFTER_EASTER = new Date('2026-04-09T07:00:00.000Z');

/**
 * The school path with a second deadline on the emergency step, counted in working days (as
 * LSL 26 § counts the seven days of an assessment's start), so both kinds of counting show.
 */
const WITH_WORKING_DAYS = MODEL_XML.replace(
  /(<polku:deadline name="Kiireellinen sijoitus enintään"[\s\S]*?<\/polku:deadline>)/,
  `$1
        <polku:deadline name="Selvityksen aloitus viimeistään" duration="P7D" counting="working-days" firstDayCounts="false" basis="LSL 26 § 5 mom.">
          <i18n:translation xml:lang="sv">Utredningen inleds senast</i18n:translation>
          <i18n:translation xml:lang="en">Assessment starts at the latest</i18n:translation>
        </polku:deadline>`,
);

let page: Page;
let problems: PageProblems;

useGuidePage((current) => {
  ({ page, problems } = current);
});

async function open(lang = 'fi'): Promise<void> {
  expect(WITH_WORKING_DAYS).not.toBe(MODEL_XML);
  await page.route(MODEL_URL, (route) => route.fulfill({ contentType: 'application/xml', body: WITH_WORKING_DAYS }));
  await page.goto(baseUrl + PAGE);
  if (lang !== 'fi') await page.evaluate((value) => document.querySelectorAll('polku-guide, polku-timeline').forEach((element) => element.setAttribute('lang', value)), lang);
  await page.waitForFunction(() => document.querySelector('polku-guide')?.shadowRoot?.querySelector('[data-stage-heading]') && document.querySelector('polku-timeline')?.shadowRoot?.querySelector('h2'));
}

/** Text (whitespace collapsed) of every match of `selector` in the timeline's shadow root. */
function timelineTexts(selector: string): Promise<string[]> {
  return page.evaluate(
    (css) => [...(document.querySelector('polku-timeline')?.shadowRoot?.querySelectorAll(css) ?? [])].map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim()),
    selector,
  );
}

/** Tabs to the guide's control that reads `text` and presses Enter, then waits for the next stage. */
async function press(text: string): Promise<void> {
  await tabTo(page, (element) => element.insideGuide && element.text === text);
  await page.keyboard.press('Enter');
  await waitForStageHeadingFocus(page);
}

describe('the timeline', () => {
  it('lists each step with its time and answer, and counts a working-day deadline past the Easter holidays', async () => {
    // given
    await page.clock.setFixedTime(BEFORE_EASTER);
    await open();
    const atStart = { steps: await timelineTexts('[part="step"]'), empty: await timelineTexts('.empty'), started: await timelineTexts('[part="started"]') };

    // when
    await press('Kiireellinen sijoitus');
    const steps = await timelineTexts('[part="step"]');
    const deadlines = await timelineTexts('[part="deadline"]');
    const group = await timelineTexts('.deadline-group > .group-name, .deadline-group > .from');

    // then
    expect(atStart).toEqual({ steps: [], empty: ['Vaiheita ei ole vielä tehty.', 'Ei käynnissä olevia määräaikoja.'], started: ['Aloitettu 1.4.2026 klo 10.00'] });
    expect(steps).toEqual(['1.4.2026 klo 10.00 Mikä sijoitustilanne käynnistää koulupolun? Vastaus: Kiireellinen sijoitus']);
    expect(group).toEqual(['Tarkista kiireellisen sijoituksen koulujärjestelyt', '(laskettu 1.4.2026 alkaen)']);
    // 30 days with the first day counted (LSL 38 § 2 mom.): 1.4. is day 1, 30.4. day 30.
    // 7 working days: Good Friday 3.4. and Easter Monday 6.4. do not count, so day 7 is 14.4.
    expect(deadlines).toEqual([
      'Kiireellinen sijoitus enintään: 30 kalenteripäivää, alkamispäivä lasketaan mukaan (LSL 38 § 2 mom.) — viimeistään 30.4.2026 29 päivää jäljellä',
      'Selvityksen aloitus viimeistään: 7 arkipäivää (LSL 26 § 5 mom.) — viimeistään 14.4.2026 7 arkipäivää jäljellä',
    ]);
    expect(problems.consoleErrors).toEqual([]);
  });

  it('counts the days left against the clock: after Easter, three working days and 21 days are left', async () => {
    // given
    await page.clock.setFixedTime(BEFORE_EASTER);
    await open();
    await press('Kiireellinen sijoitus');

    // when
    await page.clock.setFixedTime(AFTER_EASTER);
    await page.evaluate(() => (document.querySelector('polku-timeline') as (Element & { requestUpdate(): void }) | null)?.requestUpdate());
    await page.waitForFunction(() => document.querySelector('polku-timeline')?.shadowRoot?.textContent?.includes('3 arkipäivää jäljellä'));

    // then
    expect(await timelineTexts('[part="deadline-status"]')).toEqual(['21 päivää jäljellä', '3 arkipäivää jäljellä']);
  });

  it('follows Back and a step taken after it, and speaks Swedish', async () => {
    // given
    await page.clock.setFixedTime(BEFORE_EASTER);
    await open('sv');
    await press('Brådskande placering');
    await page.clock.setFixedTime(AFTER_EASTER);

    // when
    await tabTo(page, (element) => element.part === 'back-button', { backwards: true });
    await page.keyboard.press('Enter');
    await waitForStageHeadingFocus(page);
    const afterBack = await timelineTexts('[part="step"]');
    await press('Placering inom öppenvården');
    const steps = await timelineTexts('[part="step"]');
    const deadlines = await timelineTexts('[part="deadline"]');

    // then
    expect(afterBack).toEqual([]);
    expect(await timelineTexts('h2, h3')).toEqual(['Tidslinje', 'Gjorda steg', 'Löpande tidsfrister']);
    expect(steps).toEqual(['9.4.2026 kl. 10.00 Vilken placeringssituation gör att skolgången ska planeras? Svar: Placering inom öppenvården']);
    // Three months from 9.4.2026 end on 9.7.2026 (MääräaikaL 3 §), a Thursday.
    expect(deadlines).toEqual([expect.stringMatching(/3 månader \(LSL 37 a § 3 mom\.\) — senast 9\.7\.2026 91 dagar kvar$/)]);
    expect(problems.consoleErrors).toEqual([]);
  });

  it('shows the walkthrough it is given as a property, and is clean under axe with nothing to focus', async () => {
    // given
    await page.clock.setFixedTime(BEFORE_EASTER);
    await open();
    await press('Kiireellinen sijoitus');

    // when: the page hands the guide's walkthrough to a second timeline in English
    await page.evaluate(() => {
      const second = document.createElement('polku-timeline') as HTMLElement & { walkthrough: unknown };
      second.id = 'second';
      second.setAttribute('lang', 'en');
      second.walkthrough = (document.querySelector('polku-guide') as HTMLElement & { walkthrough: unknown }).walkthrough;
      document.querySelector('main')?.append(second);
    });
    await page.waitForFunction(() => document.querySelector('#second')?.shadowRoot?.querySelector('[part="step"]'));
    const second = await page.evaluate(() => [...(document.querySelector('#second')?.shadowRoot?.querySelectorAll('[part="step"], [part="deadline-status"]') ?? [])].map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim()));
    await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
      return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    });
    const focusable = await page.evaluate(() => document.querySelector('polku-timeline')?.shadowRoot?.querySelectorAll('a, button, input, [tabindex]').length);

    // then
    expect(second).toEqual(['1 April 2026 at 10:00 Which placement situation starts the school path? Answer: Emergency placement', '29 days left', '7 working days left']);
    expect(violations).toEqual([]);
    expect(focusable).toBe(0);
  });
});
