/**
 * `<polku-guide>` on the intranet example page with an inclusive decision (one or more
 * answers), a step repeated once per meeting recorded earlier (inside a called process, so its
 * id is `Call_Meetings/Task_Meet`), and a collaboration of two pools whose second waits for a
 * message. Driven in Chromium by keyboard alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { focused, guideAttribute, guideText, tabTo, waitForGuide, waitForStageHeadingFocus, type Focused, type PageProblems } from './_support/browser.js';
import { recordedSteps, useGuidePage } from './_support/guide-page.js';

const fixtures = join(import.meta.dirname, 'fixtures');
const MODEL_URL = '**/models/koulupolku.bpmn';
const baseUrl = inject('baseUrl');

type Lang = 'fi' | 'sv';
const PAGE: Record<Lang, string> = { fi: '/intranet-page/index.html', sv: '/intranet-page/sv.html' };

const CHOICES_FILE = 'guide.choices.bpmn';
const COLLABORATION_FILE = 'guide.collaboration.bpmn';

let page: Page;
let problems: PageProblems;

useGuidePage((current) => {
  ({ page, problems } = current);
}, { withFlows: true });

async function serve(name: string): Promise<void> {
  const body = readFileSync(join(fixtures, name), 'utf8');
  await page.route(MODEL_URL, (route) => route.fulfill({ contentType: 'application/xml', body }));
}

async function open(lang: Lang): Promise<void> {
  await page.goto(baseUrl + PAGE[lang]);
  await waitForGuide(page);
}

/** Tabs to the control labelled `text` (its start) inside the card or trigger row of `elementId`, and presses Enter. */
async function press(elementId: string, text: string): Promise<void> {
  await tabTo(page, (element) => element.text.startsWith(text) && (element.card === elementId || element.trigger === elementId));
  await page.keyboard.press('Enter');
}

/** Records the number of meetings on the first step and submits it with Enter, as a keyboard user would. */
async function recordMeetings(count: number): Promise<Focused> {
  await tabTo(page, (element) => element.card === 'Task_Record' && element.name === 'meetings');
  await page.keyboard.type(String(count));
  await page.keyboard.press('Enter');
  return waitForStageHeadingFocus(page);
}

/** Presses Tab `times` times and describes where focus went each time. */
async function tabRoute(times: number): Promise<string[]> {
  const route: string[] = [];
  for (let count = 0; count < times; count++) {
    await page.keyboard.press('Tab');
    const element = await focused(page);
    route.push(element ? `${element.tag}${element.type ? `[${element.type}]` : ''} ${element.label ?? element.text}` : '(body)');
  }
  return route;
}

/** The headings of the cards shown now, in order. */
function cardHeadings(): Promise<string[]> {
  return page.evaluate(() =>
    [...(document.querySelector('polku-guide')?.shadowRoot?.querySelectorAll('[part="card"] .card-heading') ?? [])].map((heading) => (heading.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
}

/** Waits until the stage heading has focus and reads `heading`. */
async function waitForHeading(heading: string): Promise<void> {
  await page.waitForFunction((text) => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return element?.hasAttribute('data-stage-heading') && (element.textContent ?? '').replace(/\s+/g, ' ').trim() === text;
  }, heading);
}

function announcement(): Promise<string | null> {
  return guideText(page, '[aria-live="polite"]');
}

function stepEvents(): Promise<string[]> {
  return recordedSteps(page);
}

describe('the guide with inclusive decisions, rounds and collaborations', () => {
  it('refuses to continue an inclusive decision with nothing ticked, says so above the answers and moves focus to the first one', async () => {
    // given
    await serve(CHOICES_FILE);
    await open('fi');
    const decision = await recordMeetings(1);

    // when
    await press('Gateway_Support', 'Jatka');
    await page.waitForFunction(() => document.querySelector('polku-guide')?.shadowRoot?.querySelector('[part="answers"] .field-error'));
    const afterRefusal = await focused(page);
    const error = await guideText(page, '[part="answers"] .field-error');
    const errorId = await guideAttribute(page, '[part="answers"] .field-error', 'id');
    const describedBy = await guideAttribute(page, '[part="answers"] input[value="Flow_School"]', 'aria-describedby');

    // then
    expect(decision).toMatchObject({ text: 'Mitä tukea järjestetään?', card: 'Gateway_Support' });
    expect(await guideText(page, '[part="answers"] legend')).toBe('Mitä tukea järjestetään? Valitse yksi tai useampi.');
    expect(error).toBe('Valitse vähintään yksi vaihtoehto ennen kuin jatkat.');
    expect(afterRefusal).toMatchObject({ tag: 'input', type: 'checkbox', label: 'Koulunkäynnin tuki', checked: false, card: 'Gateway_Support' });
    expect(describedBy).toBe(errorId);
    expect(await guideText(page, '[data-stage-heading]')).toBe('Mitä tukea järjestetään?');
    expect(await stepEvents()).toEqual(['complete:Task_Record']);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });

  it('takes the two answers ticked with Space and shows both branches as cards, in Swedish', async () => {
    // given
    await serve(CHOICES_FILE);
    await open('sv');
    await recordMeetings(1);

    // when
    const route = await tabRoute(4);
    await tabTo(page, (element) => element.label === 'Stöd i skolan', { backwards: true });
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    const ticked = await focused(page);
    await page.keyboard.press('Tab');
    const button = await focused(page);
    await page.keyboard.press('Enter');
    const next = await waitForStageHeadingFocus(page);

    // then
    expect(route).toEqual(['input[checkbox] Stöd i skolan', 'input[checkbox] Hälso- och sjukvård', 'input[checkbox] Fritidsaktivitet', 'button[submit] Fortsätt']);
    expect(ticked).toMatchObject({ label: 'Fritidsaktivitet', checked: true });
    expect(button).toMatchObject({ tag: 'button', part: 'continue-button', text: 'Fortsätt' });
    expect(next.text).toBe('2 steg öppna – gör dem i valfri ordning');
    expect(await cardHeadings()).toEqual(['Kom överens om stöd i skolan', 'Hitta en fritidsaktivitet']);
    expect(await announcement()).toBe('Steg 3: Kom överens om stöd i skolan, Hitta en fritidsaktivitet');
    expect(await stepEvents()).toEqual(['complete:Task_Record', 'choose:Gateway_Support:Flow_School+Flow_Hobby']);
    expect(problems.consoleErrors).toEqual([]);
  });

  it('repeats a step of a called process once per meeting recorded earlier, and says which round it is', async () => {
    // given
    await serve(CHOICES_FILE);
    await open('fi');
    await recordMeetings(2);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await press('Gateway_Support', 'Jatka');
    await waitForHeading('Sovi koulunkäynnin tuesta');
    await press('Task_School', 'Valmis');

    // when
    const first = await waitForStageHeadingFocus(page);
    const firstRound = await guideText(page, '[part="round"]');
    const scopePath = await guideText(page, '[part="scope-path"]');
    const firstAnnouncement = await announcement();
    await press('Call_Meetings/Task_Meet', 'Valmis');
    await page.waitForFunction(() => document.querySelector('polku-guide')?.shadowRoot?.querySelector('[part="round"]')?.textContent?.includes('2/2'));
    const second = await waitForStageHeadingFocus(page);
    const secondRound = await guideText(page, '[part="round"]');
    const secondAnnouncement = await announcement();
    await press('Call_Meetings/Task_Meet', 'Valmis');
    const end = await waitForStageHeadingFocus(page);

    // then
    expect(first).toMatchObject({ text: 'Tapaa lapsi', card: 'Call_Meetings/Task_Meet' });
    expect(scopePath).toBe('Osa kokonaisuutta: Tapaamiset ›');
    expect(firstRound).toBe('Kierros 1/2');
    expect(firstAnnouncement).toBe('Vaihe 4: Tapaa lapsi (kierros 1/2; osana: Tapaamiset)');
    expect(second).toMatchObject({ text: 'Tapaa lapsi', card: 'Call_Meetings/Task_Meet' });
    expect(secondRound).toBe('Kierros 2/2');
    expect(secondAnnouncement).toBe('Vaihe 5: Tapaa lapsi (kierros 2/2; osana: Tapaamiset)');
    expect(end).toMatchObject({ text: 'Tuki järjestetty', card: 'End' });
    expect(await stepEvents()).toEqual([
      'complete:Task_Record',
      'choose:Gateway_Support:Flow_School',
      'complete:Task_School',
      'complete:Call_Meetings/Task_Meet',
      'complete:Call_Meetings/Task_Meet',
    ]);
    expect(problems.consoleErrors).toEqual([]);
  });

  it("shows the second pool's step with the pool's name once the first pool's request starts it", async () => {
    // given
    await serve(COLLABORATION_FILE);
    await open('fi');
    const waitingPool = await guideText(page, '[part="pool-starts"]');

    // when
    await press('Task_Request', 'Valmis');
    await waitForStageHeadingFocus(page);
    const schoolCard = '[data-element-id="Task_Compile"]';
    const pool = await guideText(page, `${schoolCard} [part="pool"]`);
    const role = await guideText(page, `${schoolCard} [part="role"]`);
    const announced = await announcement();
    const cards = await cardHeadings();
    await press('Task_Compile', 'Valmis');
    const next = await waitForStageHeadingFocus(page);

    // then
    expect(waitingPool).toBe('Muut toimijat Koulu aloittaa, kun: Tietopyyntö saapui Merkitse saapuneeksi');
    expect(cards).toEqual(['Odotetaan: Vastaus saapui', 'Kokoa tiedot']);
    expect(pool).toBe('Toimija: Koulu');
    expect(role).toBe('Tekijä: Koulu');
    expect(announced).toBe('Vaihe 2: Odotetaan: Vastaus saapui, Kokoa tiedot (toimija: Koulu)');
    expect(next).toMatchObject({ text: 'Arvioi tiedot', card: 'Task_Assess' });
    expect(await guideText(page, '[data-element-id="Task_Assess"] [part="pool"]')).toBeNull();
    expect(await guideText(page, '[part="pool-starts"]')).toBeNull();
    expect(await stepEvents()).toEqual(['complete:Task_Request', 'complete:Task_Compile']);
    expect(problems.consoleErrors).toEqual([]);
  });

  it('starts the second pool when the worker marks its message as received from outside, in Swedish', async () => {
    // given
    await serve(COLLABORATION_FILE);
    await open('sv');

    // when
    await press('Start_School', 'Markera som mottagen');
    const heading = await waitForStageHeadingFocus(page);

    // then
    expect(heading.text).toBe('2 steg öppna – gör dem i valfri ordning');
    expect(await cardHeadings()).toEqual(['Begär uppgifter av skolan', 'Sammanställ uppgifterna']);
    expect(await guideText(page, '[data-element-id="Task_Compile"] [part="pool"]')).toBe('Aktör: Skolan');
    expect(await guideText(page, '[data-element-id="Task_Request"] [part="pool"]')).toBeNull();
    expect(await guideText(page, '[part="pool-starts"]')).toBeNull();
    expect(await stepEvents()).toEqual(['trigger:Start_School']);
    expect(problems.consoleErrors).toEqual([]);
  });
});
