/**
 * `<polku-walkthroughs for="guide">` on the saved-walkthroughs example page
 * (examples/components/walkthroughs.html), built for production and driven in Chromium by
 * keyboard alone: saving after every step, a reload midway, resume, Back, export and import, a
 * model changed under a saved walkthrough, and storage that fails.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventElement, textIn, type Pathway } from '@polku/core';
import { loadPathway } from '@polku/core/compiler';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { focused, tabTo, waitForStageHeadingFocus, type PageProblems } from './_support/browser.js';
import { useGuidePage } from './_support/guide-page.js';
import { takeStep } from './_support/keyboard-walk.js';
import { testIdentityCode } from '../../packages/lint/test/_support/test-identity-code.js';
import { planShortestWalk, type PlannedStep } from './_support/plan-walk.js';

const repoRoot = join(import.meta.dirname, '..', '..');
const MODEL_XML = readFileSync(join(repoRoot, 'models', 'koulupolku.bpmn'), 'utf8');
const MODEL_URL = '**/models/koulupolku.bpmn';
const PAGE = '/components/walkthroughs.html';
const AXE_SOURCE = readFileSync(join(import.meta.dirname, '..', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const baseUrl = inject('baseUrl');
/** 2 March 2026, 11.00 in Helsinki. */
const MORNING = new Date('2026-03-02T09:00:00.000Z');
const LABEL = 'Tiimi 2, tapaus 14';

let page: Page;
let problems: PageProblems;
let pathway: Pathway;
let steps: PlannedStep[];

useGuidePage((current) => {
  ({ page, problems } = current);
});

beforeAll(async () => {
  pathway = await loadPathway(MODEL_XML, { file: 'koulupolku.bpmn' });
  ({ steps } = planShortestWalk(pathway));
});

async function open(): Promise<void> {
  await page.goto(baseUrl + PAGE);
  await page.waitForFunction(() => {
    const list = document.querySelector('polku-walkthroughs')?.shadowRoot;
    const guide = document.querySelector('polku-guide')?.shadowRoot;
    return Boolean(list?.querySelector('#list-heading, [part="problem"]') && guide?.querySelector('[data-stage-heading]'));
  });
}

/** Text (whitespace collapsed) of every match of `selector` in the walkthroughs' shadow root. */
function listTexts(selector: string): Promise<string[]> {
  return page.evaluate(
    (css) => [...(document.querySelector('polku-walkthroughs')?.shadowRoot?.querySelectorAll(css) ?? [])].map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim()),
    selector,
  );
}

async function listText(selector: string): Promise<string | undefined> {
  return (await listTexts(selector))[0];
}

/** The saved walkthroughs as the list shows them: label and its meta line. */
async function items(): Promise<string[]> {
  return page.evaluate(() =>
    [...(document.querySelector('polku-walkthroughs')?.shadowRoot?.querySelectorAll('[part="item"]') ?? [])].map((item) =>
      [item.querySelector('.item-label'), item.querySelector('.item-meta')].map((element) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim()).join(' | '),
    ),
  );
}

/** Tabs to the list's button of `part` for the walkthrough labelled `label`, and presses Enter. */
async function pressInList(part: string, label: string): Promise<void> {
  await tabTo(page, (element) => element.part === part && element.text.endsWith(`– ${label}`), { limit: 120 });
  await page.keyboard.press('Enter');
}

/** Types a label into the new-walkthrough field and presses Enter, as a keyboard user starts one. */
async function startNew(label: string): Promise<void> {
  await tabTo(page, (element) => element.tag === 'input' && element.name === 'label');
  await page.keyboard.type(label);
  await page.keyboard.press('Enter');
}

/** Waits until the list shows `text` somewhere in its items (a save went through). */
async function waitForList(text: string): Promise<void> {
  await page.waitForFunction((expected) => {
    const root = document.querySelector('polku-walkthroughs')?.shadowRoot;
    return [...(root?.querySelectorAll('[part="item"], [part="problem"], .corrupt') ?? [])].some((element) => (element.textContent ?? '').replace(/\s+/g, ' ').includes(expected));
  }, text);
}

/** The guide's progress line, e.g. "Vaihe 4 · noin 9 vaihetta jäljellä". */
async function guideProgress(): Promise<string> {
  return page.evaluate(() => (document.querySelector('polku-guide')?.shadowRoot?.querySelector('.progress-text')?.textContent ?? '').trim());
}

function stageName(step: PlannedStep): string {
  return textIn(pathway.nodes[eventElement(step.event)]!.name, 'fi', pathway.lang) ?? '';
}

async function axeViolations(): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  });
}

/** Gives a file to the walkthrough list's import input, as the browser's file picker does. */
async function chooseFile(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await page.locator('polku-walkthroughs').locator('input[type="file"]').setInputFiles(file);
}

describe('saved walkthroughs', () => {
  it('saves a walkthrough after every step, resumes it after a reload midway, keeps Back, and finishes it — by keyboard alone', async () => {
    // given
    await page.clock.setFixedTime(MORNING);
    await open();
    const emptyList = await listText('.empty');

    // when: a new walkthrough under a label, five steps, then a reload
    await startNew(LABEL);
    const afterStart = await waitForStageHeadingFocus(page);
    for (const step of steps.slice(0, 5)) {
      await takeStep(page, pathway, step, 'fi');
      await waitForStageHeadingFocus(page);
    }
    await waitForList('Vaihe 6');
    const progressAtSix = await guideProgress();
    const stageAtSix = await focused(page);
    const beforeReload = await items();
    await page.reload();
    await open();
    const afterReload = await items();
    const freshGuide = await guideProgress();
    await pressInList('resume-button', LABEL);
    const resumed = await waitForStageHeadingFocus(page);
    const resumedProgress = await guideProgress();

    // then
    expect(emptyList).toBe('Tälle polulle ei ole tallennettuja läpikäyntejä.');
    expect(afterStart.text).toBe(stageName(steps[0]!));
    expect(progressAtSix).toMatch(/^Vaihe 6 · noin \d+ vaihetta jäljellä$/);
    expect(beforeReload).toEqual([`${LABEL} | Päivitetty 2.3.2026 klo 11.00 · ${progressAtSix}`]);
    expect(afterReload).toEqual(beforeReload);
    expect(freshGuide).toMatch(/^Vaihe 1 /);
    expect(resumed.text).toBe(stageAtSix?.text);
    expect(resumedProgress).toBe(progressAtSix);
    expect(await listText('[part="item"] .badge')).toBe('Auki oppaassa');

    // when: one step back, saved, and the rest to the end
    await tabTo(page, (element) => element.part === 'back-button', { backwards: true });
    await page.keyboard.press('Enter');
    await waitForStageHeadingFocus(page);
    await waitForList('Vaihe 5');
    const progressAfterBack = await guideProgress();
    const afterBack = await items();
    for (const step of steps.slice(4)) {
      await takeStep(page, pathway, step, 'fi');
      await waitForStageHeadingFocus(page);
    }
    await waitForList('Valmis');
    await page.reload();
    await open();

    // then
    expect(progressAfterBack).toMatch(/^Vaihe 5 /);
    expect(afterBack).toEqual([`${LABEL} | Päivitetty 2.3.2026 klo 11.00 · ${progressAfterBack}`]);
    expect(await items()).toEqual([`${LABEL} | Päivitetty 2.3.2026 klo 11.00 · Valmis · ${steps.length} vaihetta tehty`]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.dialogs).toEqual([]);
  });

  it('refuses a label that looks like personal data, says why, and starts the walkthrough under a label without it', async () => {
    // given: an identity code built at run time from the test range 900–999 (never issued to a person)
    await page.clock.setFixedTime(MORNING);
    await open();
    const code = testIdentityCode('010203', 'A', 912);

    // when
    await startNew(`Tapaus ${code}`);
    await page.waitForFunction(() => document.querySelector('polku-walkthroughs')?.shadowRoot?.querySelector('#new-label-error'));
    const error = await listText('#new-label-error');
    const field = await focused(page);
    const invalid = await page.evaluate(() => document.querySelector('polku-walkthroughs')?.shadowRoot?.querySelector('#new-label')?.getAttribute('aria-invalid'));
    const listed = await items();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(LABEL);
    await page.keyboard.press('Enter');
    await waitForList(LABEL);

    // then
    expect(error).toBe('Tunnisteessa näyttää olevan henkilötunnus. Älä käytä henkilötietoja: valitse tunniste, josta asiakasta ei voi tunnistaa.');
    expect(field).toMatchObject({ tag: 'input', name: 'label' });
    expect(invalid).toBe('true');
    expect(listed).toEqual([]);
    expect((await items()).map((item) => item.split(' | ')[0])).toEqual([LABEL]);
    expect(problems.pageErrors).toEqual([]);
  });

  it('exports a walkthrough to a file and imports it back after it was deleted, and refuses a malformed file and one of another pathway', async () => {
    // given: a walkthrough three steps in
    await page.clock.setFixedTime(MORNING);
    await open();
    await startNew(LABEL);
    await waitForStageHeadingFocus(page);
    for (const step of steps.slice(0, 3)) {
      await takeStep(page, pathway, step, 'fi');
      await waitForStageHeadingFocus(page);
    }
    await waitForList('Vaihe 4');
    const progressAtFour = await guideProgress();

    // when: export, delete (confirmed in the page), import
    const [download] = await Promise.all([page.waitForEvent('download'), pressInList('export-button', LABEL)]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    await pressInList('delete-button', LABEL);
    const question = await focused(page);
    await page.keyboard.press('Tab');
    const confirm = await focused(page);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('polku-walkthroughs')?.shadowRoot?.querySelector('.empty'));
    const afterDelete = await items();
    const fileInput = await tabTo(page, (element) => element.tag === 'input' && element.type === 'file');
    // The file input is reached by keyboard; the file is then given to it directly, as the
    // browser's own picker would (waiting for the native chooser timed out on a loaded machine).
    await chooseFile({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
    await waitForList(LABEL);
    const afterImport = await items();
    await pressInList('resume-button', LABEL);
    const resumed = await waitForStageHeadingFocus(page);

    // then
    expect(download.suggestedFilename()).toBe('polku-tiimi-2-tapaus-14-2026-03-02.json');
    expect(exported).toMatchObject({ format: 'polku-walkthrough-file', version: 1, walkthrough: { label: LABEL, pathwayId: pathway.id, pathwayHash: pathway.hash } });
    expect(exported.walkthrough.snapshot.events).toEqual(steps.slice(0, 3).map((step) => ({ ...step.event, at: MORNING.toISOString() })));
    expect(question).toMatchObject({ tag: 'p', text: `Poistetaanko ”${LABEL}” pysyvästi? Poistoa ei voi perua.` });
    expect(confirm).toMatchObject({ tag: 'button', text: 'Poista pysyvästi' });
    expect(afterDelete).toEqual([]);
    expect(fileInput.type).toBe('file');
    expect(afterImport).toEqual([`${LABEL} | Päivitetty 2.3.2026 klo 11.00 · ${progressAtFour}`]);
    expect(resumed.text).toBe(stageName(steps[3]!));

    // when: a file that is not JSON, and one of another pathway
    const importFile = async (name: string, body: string) => {
      await tabTo(page, (element) => element.tag === 'input' && element.type === 'file', { limit: 120 });
      await chooseFile({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
      await page.waitForFunction(() => document.querySelector('polku-walkthroughs')?.shadowRoot?.querySelector('#import-error'));
      return listText('#import-error');
    };
    const malformed = await importFile('rikki.json', '{"format": "polku-walkthrough-file", ');
    const otherPathway = await importFile('toinen.json', JSON.stringify({ ...exported, walkthrough: { ...exported.walkthrough, pathwayId: 'Process_Other', snapshot: { ...exported.walkthrough.snapshot, pathwayId: 'Process_Other' } } }));

    // then
    expect(malformed).toBe('Tiedosto ei ole Polusta viety läpikäynti: se ei ole JSON-tiedosto.');
    expect(otherPathway).toBe('Tiedosto on toisen polun (Process_Other) läpikäynti. Tuo se sen polun sivulla.');
    expect(await items()).toHaveLength(1);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });

  it('carries a walkthrough over to a model whose texts changed, and writes the new version once it is opened', async () => {
    // given: a walkthrough saved four steps in
    await page.clock.setFixedTime(MORNING);
    await open();
    await startNew(LABEL);
    await waitForStageHeadingFocus(page);
    for (const step of steps.slice(0, 4)) {
      await takeStep(page, pathway, step, 'fi');
      await waitForStageHeadingFocus(page);
    }
    await waitForList('Vaihe 5');
    const progressAtFive = await guideProgress();

    // when: the model's name of a step done earlier changes, and the page is opened again
    const renamed = MODEL_XML.replace('name="Kokoa koulutiedot ja kuule lasta"', 'name="Kokoa koulutiedot ja kuule lasta itseään"');
    expect(renamed).not.toBe(MODEL_XML);
    await page.route(MODEL_URL, (route) => route.fulfill({ contentType: 'application/xml', body: renamed }));
    await page.reload();
    await open();
    const badges = await listTexts('[part="item"] .badge');
    await pressInList('resume-button', LABEL);
    const resumed = await waitForStageHeadingFocus(page);
    const afterOpen = await listTexts('[part="item"] .badge');
    await page.reload();
    await open();

    // then
    expect(badges).toEqual(['Siirretty polun uuteen versioon']);
    expect(resumed.text).toBe(stageName(steps[4]!));
    expect(afterOpen).toEqual(['Auki oppaassa']);
    expect(await guideProgress()).toMatch(/^Vaihe 1 /);
    expect(await listTexts('[part="item"] .badge')).toEqual([]);
    expect(await items()).toEqual([`${LABEL} | Päivitetty 2.3.2026 klo 11.00 · ${progressAtFive}`]);
    expect(problems.consoleErrors).toEqual([]);
  });

  it('keeps a walkthrough readable when the step it waits at is gone from the model, and lets it go on as a new one', async () => {
    // given: a walkthrough waiting at "Kokoa koulutiedot ja kuule lasta" (Task_Prepare)
    await page.clock.setFixedTime(MORNING);
    await open();
    await startNew(LABEL);
    await waitForStageHeadingFocus(page);
    for (const step of steps.slice(0, 2)) {
      await takeStep(page, pathway, step, 'fi');
      await waitForStageHeadingFocus(page);
    }
    await waitForList('Vaihe 3');

    // when: the model replaces that step with another one
    const replaced = MODEL_XML.replaceAll('Task_Prepare', 'Task_Gather').replace('name="Kokoa koulutiedot ja kuule lasta"', 'name="Kerää koulutiedot"');
    await page.route(MODEL_URL, (route) => route.fulfill({ contentType: 'application/xml', body: replaced }));
    await page.reload();
    await open();
    const seen = { items: await items(), badges: await listTexts('[part="item"] .badge'), note: await listText('[part="stale-note"]'), resume: await listTexts('[part="resume-button"]') };
    await pressInList('summary-button', LABEL);
    const summaryHeading = await focused(page);
    const summarySteps = await listTexts('.summary [part="step"]');
    await tabTo(page, (element) => element.text === 'Takaisin listaan');
    await page.keyboard.press('Enter');
    const backOn = await focused(page);
    await pressInList('continue-button', LABEL);
    const continued = await waitForStageHeadingFocus(page);
    await waitForList('(uusi versio)');

    // then
    expect(seen.items).toEqual([`${LABEL} | Päivitetty 2.3.2026 klo 11.00`]);
    expect(seen.badges).toEqual(['Polku on muuttunut']);
    expect(seen.note).toBe('Polusta on poistunut: Kokoa koulutiedot ja kuule lasta. Läpikäynti säilyy luettavana, mutta sitä ei voi jatkaa sellaisenaan.');
    expect(seen.resume).toEqual([]);
    expect(summaryHeading).toMatchObject({ tag: 'h3', text: `Yhteenveto: ${LABEL}` });
    expect(summarySteps).toEqual([
      '2.3.2026 klo 11.00 Mikä sijoitustilanne käynnistää koulupolun? Vastaus: Kiireellinen sijoitus',
      '2.3.2026 klo 11.00 Tarkista kiireellisen sijoituksen koulujärjestelyt Merkitty tehdyksi',
    ]);
    expect(backOn).toMatchObject({ part: 'summary-button' });
    expect(continued.text).toBe('Kerää koulutiedot');
    expect(await items()).toEqual([
      `${LABEL} (uusi versio) | Päivitetty 2.3.2026 klo 11.00 · Vaihe 3 · noin 9 vaihetta jäljellä`,
      `${LABEL} | Päivitetty 2.3.2026 klo 11.00`,
    ]);
    expect(problems.consoleErrors).toEqual([]);
  });

  it('says that the browser gives no storage, and the guide goes on', async () => {
    // given: IndexedDB refuses to open, as in some private modes
    await page.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      };
    });
    await page.clock.setFixedTime(MORNING);

    // when
    await open();
    const message = await listText('[part="problem"]');
    const role = await page.evaluate(() => document.querySelector('polku-walkthroughs')?.shadowRoot?.querySelector('[part="problem"]')?.getAttribute('role'));
    await takeStep(page, pathway, steps[0]!, 'fi');
    const next = await waitForStageHeadingFocus(page);

    // then
    expect(message).toBe('Selain ei salli tallentamista tällä sivulla (esimerkiksi yksityisessä selaustilassa). Voit jatkaa polkua, mutta vie läpikäynti tiedostoksi, jos haluat säilyttää sen.');
    expect(role).toBe('alert');
    expect(next.text).toBe(stageName(steps[1]!));
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });

  it('says that another tab blocks the storage upgrade, and lists the walkthroughs once that tab lets go', async () => {
    // given: a walkthrough saved, and an old tab that holds the database open and never lets go on its own
    await page.clock.setFixedTime(MORNING);
    await open();
    await startNew(LABEL);
    await waitForStageHeadingFocus(page);
    await waitForList(LABEL);
    const oldTab = await page.context().newPage();
    await oldTab.goto(`${baseUrl}/`);
    await oldTab.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('polku-walkthroughs');
          request.addEventListener('error', () => reject(request.error));
          request.addEventListener('success', () => {
            Object.assign(window, { heldDatabase: request.result });
            resolve();
          });
        }),
    );
    // This tab runs a newer Polku: its schema is one version on.
    await page.addInitScript(() => {
      const openDatabase = IDBFactory.prototype.open;
      IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
        return openDatabase.call(this, name, name === 'polku-walkthroughs' && version !== undefined ? version + 1 : version);
      };
    });

    // when
    await page.reload();
    await page.waitForFunction(() => document.querySelector('polku-walkthroughs')?.shadowRoot?.querySelector('[part="problem"]'));
    const message = await listText('[part="problem"]');
    await oldTab.evaluate(() => (window as unknown as { heldDatabase: IDBDatabase }).heldDatabase.close());
    await waitForList(LABEL);

    // then
    expect(message).toBe('Tallennukset ovat auki vanhemmassa versiossa toisessa välilehdessä. Sulje muut Polku-välilehdet ja yritä uudelleen.');
    expect(await listText('[part="problem"]')).toBeUndefined();
    expect(await items()).toEqual([`${LABEL} | Päivitetty 2.3.2026 klo 11.00 · Vaihe 1 · noin 11 vaihetta jäljellä`]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });

  it('says that the storage is full, keeps the unsaved step, saves it on "Try again", and loses nothing over a reload', async () => {
    // given: every write fails with QuotaExceededError while the page's flag is up
    await page.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if ((window as unknown as { polkuQuotaFull?: boolean }).polkuQuotaFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    await page.clock.setFixedTime(MORNING);
    await open();
    await startNew(LABEL);
    await waitForStageHeadingFocus(page);
    await takeStep(page, pathway, steps[0]!, 'fi');
    await waitForStageHeadingFocus(page);
    await waitForList('Vaihe 2');

    // when: a step while the storage is full
    await page.evaluate(() => Object.assign(window, { polkuQuotaFull: true }));
    await takeStep(page, pathway, steps[1]!, 'fi');
    await waitForStageHeadingFocus(page);
    await waitForList('Selaimen tallennustila on täynnä');
    const whileFull = { problem: await listText('[part="problem"] p'), state: await listText('[part="save-state"]'), items: await items() };
    const violations = await axeViolations();

    // when: room again, and "Try again" by keyboard
    await page.evaluate(() => Object.assign(window, { polkuQuotaFull: false }));
    await tabTo(page, (element) => element.text === 'Yritä tallentaa uudelleen', { backwards: true, limit: 120 });
    await page.keyboard.press('Enter');
    await waitForList('Vaihe 3');
    const afterRetry = { problem: await listText('[part="problem"]'), state: await listText('[part="save-state"]') };
    await page.reload();
    await open();
    await pressInList('resume-button', LABEL);
    const resumed = await waitForStageHeadingFocus(page);

    // then
    expect(whileFull.problem).toBe(
      'Selaimen tallennustila on täynnä, joten viimeisintä muutosta ei tallennettu. Se on yhä näkyvissä: vie läpikäynti tiedostoksi tai poista vanhoja läpikäyntejä ja yritä uudelleen.',
    );
    expect(whileFull.state).toBe('Viimeisintä muutosta ei ole tallennettu. Yritä tallentaa uudelleen');
    expect(whileFull.items).toEqual([`${LABEL} | Päivitetty 2.3.2026 klo 11.00 · Vaihe 2 · noin 10 vaihetta jäljellä`]);
    expect(violations).toEqual([]);
    expect(afterRetry).toEqual({ problem: undefined, state: 'tallennettu 2.3.2026 klo 11.00' });
    expect(resumed.text).toBe(stageName(steps[2]!));
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });

  it('lists the readable walkthroughs when one stored record is damaged, and offers that one for download or deletion', async () => {
    // given: one good record and one whose snapshot was damaged in the database
    await page.clock.setFixedTime(MORNING);
    await open();
    await startNew(LABEL);
    await waitForStageHeadingFocus(page);
    await waitForList(LABEL);
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('polku-walkthroughs');
          request.addEventListener('error', () => reject(request.error));
          request.addEventListener('success', () => {
            const transaction = request.result.transaction('walkthroughs', 'readwrite');
            transaction.objectStore('walkthroughs').put({ id: 'damaged-1', label: 'Testitapaus 2', pathwayId: 'Process_Koulupolku', snapshot: { format: 'polku-walkthrough', version: 1 } });
            transaction.addEventListener('complete', () => {
              request.result.close();
              resolve();
            });
          });
        }),
    );

    // when
    await page.reload();
    await open();

    // then
    expect(await items()).toEqual([`${LABEL} | Päivitetty 2.3.2026 klo 11.00 · Vaihe 1 · noin 11 vaihetta jäljellä`]);
    expect(await listText('#corrupt-heading')).toBe('Yksi tallennus on vioittunut');
    expect(await listTexts('.corrupt-list button')).toEqual(['Lataa tiedostona – Testitapaus 2', 'Poista – Testitapaus 2']);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });

  it('shows a summary of the steps taken to print, renames by keyboard, and passes axe in each state', async () => {
    // given
    await page.clock.setFixedTime(MORNING);
    await open();
    const violationsEmpty = await axeViolations();
    await startNew(LABEL);
    await waitForStageHeadingFocus(page);
    for (const step of steps.slice(0, 2)) {
      await takeStep(page, pathway, step, 'fi');
      await waitForStageHeadingFocus(page);
    }
    await waitForList('Vaihe 3');
    const violationsList = await axeViolations();

    // when: rename
    await pressInList('rename-button', LABEL);
    const renameField = await focused(page);
    const violationsRename = await axeViolations();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Tiimi 2, tapaus 15');
    await page.keyboard.press('Enter');
    await waitForList('Tiimi 2, tapaus 15');
    const afterRename = await focused(page);

    // when: summary and print
    await pressInList('summary-button', 'Tiimi 2, tapaus 15');
    const summaryHeading = await focused(page);
    const violationsSummary = await axeViolations();
    await tabTo(page, (element) => element.part === 'print-button');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('polku-walkthroughs')?.shadowRoot?.querySelector('iframe.print-frame'));
    const printed = await page.evaluate(() => {
      const frame = document.querySelector('polku-walkthroughs')?.shadowRoot?.querySelector<HTMLIFrameElement>('iframe.print-frame');
      const body = frame?.contentDocument?.body;
      return { title: frame?.contentDocument?.title, steps: [...(body?.querySelectorAll('.step') ?? [])].map((step) => (step.textContent ?? '').replace(/\s+/g, ' ').trim()), buttons: body?.querySelectorAll('button').length };
    });
    const afterPrint = await focused(page);

    // then
    expect(violationsEmpty).toEqual([]);
    expect(violationsList).toEqual([]);
    expect(renameField).toMatchObject({ tag: 'input', name: 'label' });
    expect(violationsRename).toEqual([]);
    expect(afterRename).toMatchObject({ part: 'rename-button', text: 'Nimeä uudelleen – Tiimi 2, tapaus 15' });
    expect(summaryHeading).toMatchObject({ tag: 'h3', text: 'Yhteenveto: Tiimi 2, tapaus 15' });
    expect(violationsSummary).toEqual([]);
    expect(printed).toEqual({
      title: 'Yhteenveto: Tiimi 2, tapaus 15',
      steps: ['2.3.2026 klo 11.00 Mikä sijoitustilanne käynnistää koulupolun? Vastaus: Kiireellinen sijoitus', '2.3.2026 klo 11.00 Tarkista kiireellisen sijoituksen koulujärjestelyt Merkitty tehdyksi'],
      buttons: 0,
    });
    expect(afterPrint).toMatchObject({ part: 'print-button' });
    expect(problems.consoleErrors).toEqual([]);
  });

  it('fits a 320 px wide window without scrolling sideways', async () => {
    // given
    await page.setViewportSize({ width: 320, height: 800 });
    await page.clock.setFixedTime(MORNING);
    await open();
    await startNew(LABEL);
    await waitForStageHeadingFocus(page);
    await waitForList(LABEL);

    // when
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: window.innerWidth }));

    // then
    expect(widths.page).toBeLessThanOrEqual(widths.window);
  });
});
