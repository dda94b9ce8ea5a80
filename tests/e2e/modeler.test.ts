/**
 * The modeler page (examples/modeler), built for production and driven in Chromium: open a
 * model, edit its guidance in the Polku group, watch the live validation, walk it in "Try it",
 * save it and reload with unsaved work.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { textIn, type Pathway } from '@polku/core';
import { compileBpmn } from '@polku/core/compiler';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { focused, launchChromium, newContext, watchProblems, type PageProblems } from './_support/browser.js';

const root = join(import.meta.dirname, '..', '..');
const MODEL = join(root, 'models', 'koulupolku.bpmn');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const baseUrl = inject('baseUrl');

let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: PageProblems;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  context = await newContext(browser);
  page = await context.newPage();
  problems = watchProblems(page);
});
afterEach(async () => {
  await context?.close();
  // Every test ends without uncaught errors, console errors or dialogs on the page.
  const seen = [...problems.pageErrors, ...problems.consoleErrors, ...problems.dialogs];
  if (seen.length > 0) throw new Error(`The page reported problems:\n  ${seen.join('\n  ')}`);
});

/** Hides the File System Access API, so the page opens with `<input type="file">` and saves by download. */
async function withoutFileAccess(): Promise<void> {
  await page.addInitScript(() => {
    for (const name of ['showOpenFilePicker', 'showSaveFilePicker']) Object.defineProperty(window, name, { value: undefined, configurable: true });
  });
}

async function openModeler(query = ''): Promise<void> {
  await page.goto(`${baseUrl}/modeler/${query}`);
  await page.waitForSelector('#app:not([aria-busy]) .djs-element[data-element-id]');
}

async function openModelFile(path = MODEL): Promise<void> {
  await page.setInputFiles('.pm-file-input', path);
  await page.waitForSelector('.djs-element[data-element-id="Task_Emergency"]');
}

/** Clicks an element on the canvas (it must be in view) and waits for the properties panel to show it. */
async function select(elementId: string): Promise<void> {
  await page.click(`.djs-element[data-element-id="${elementId}"]`);
  await page.waitForSelector(`.djs-element.selected[data-element-id="${elementId}"]`);
  await page.waitForSelector('[data-group-id="group-polku-names"]');
}

/**
 * Leaves the focused field and lets the properties panel finish rendering. A text field
 * commits on blur, and that render's effects run after the next frame; a click on a list's
 * "add" before then is undone by them (bpmn.io's ListGroup resets its "just added" flag, so the
 * new item stays closed). Only a robot clicks fast enough to hit it.
 */
async function settle(): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/** Adds an item to a Polku list group and returns the new (last) item. */
async function addTo(group: string) {
  await settle();
  await page.click(`[data-group-id="group-${group}"] .bio-properties-panel-add-entry`);
  return page.locator(`[data-group-id="group-${group}"] .bio-properties-panel-list-item`).last();
}

const guidanceField = (lang: string) => page.locator(`#bio-properties-panel-polku-guidance-${lang}`);
const nameField = (lang: string) => page.locator(`#bio-properties-panel-polku-name-${lang}`);
const issueButtons = (rule: string, elementId: string) => page.locator(`.pm-issue[data-rule="${rule}"][data-element-id="${elementId}"]`);
const hasMarker = (elementId: string, marker: string) =>
  page.locator(`.djs-element[data-element-id="${elementId}"]`).evaluate((element, name) => element.classList.contains(name), marker);

/** The XML of the draft the page keeps in IndexedDB, or '' before there is one. */
function draftXml(): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const request = indexedDB.open('polku-modeler');
        request.addEventListener('success', () => {
          const read = request.result.transaction('drafts').objectStore('drafts').get('current');
          read.addEventListener('success', () => resolve((read.result as { xml?: string } | undefined)?.xml ?? ''));
          read.addEventListener('error', () => resolve(''));
        });
        request.addEventListener('error', () => resolve(''));
      }),
  );
}

async function savedDownload(): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="save"]')]);
  return readFileSync((await download.path())!, 'utf8');
}

async function compiled(xml: string): Promise<Pathway> {
  const { pathway, diagnostics } = await compileBpmn(xml, { file: 'saved.bpmn' });
  expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  return pathway!;
}

describe('the modeler page', () => {
  it('starts with a new model that has the polku: namespace and no findings', async () => {
    // given
    await withoutFileAccess();
    // when
    await openModeler();
    // then
    await expect.poll(() => page.locator('.pm-tab[data-tab="issues"]').textContent()).toContain('Ongelmat0');
    const xml = await savedDownload();
    expect(xml).toContain('xmlns:polku="urn:polku:bpmn:1.0"');
    expect(xml).toContain('xml:lang="fi"');
    expect((await compiled(xml)).nodes.Task_FirstStep).toBeDefined();
  });

  it('edits a task\'s Finnish guidance in the Polku group and previews it through the guide\'s sanitiser', async () => {
    // given
    await withoutFileAccess();
    await openModeler();
    await openModelFile();
    await select('Task_Emergency');
    // when
    await guidanceField('fi').fill('Tarkista **ensin** koulu.\n\n<img src=x onerror="window.hacked=1"> [Finlex](https://finlex.fi/)');
    // then
    const preview = page.locator('[data-entry-id="polku-guidance-fi-preview"] .polku-preview-body');
    await expect.poll(() => preview.innerHTML()).toContain('<strong>ensin</strong>');
    const html = await preview.innerHTML();
    expect(html).not.toContain('<img');
    expect(html).toContain('rel="noopener noreferrer"');
    expect(await page.evaluate(() => 'hacked' in window)).toBe(false);
    await expect.poll(() => page.locator('.pm-unsaved').isVisible()).toBe(true);
  });

  it('undoes and redoes a guidance edit as one step from the toolbar', async () => {
    // given
    await withoutFileAccess();
    await openModeler();
    await openModelFile();
    await select('Task_Emergency');
    const before = await guidanceField('sv').inputValue();
    await guidanceField('sv').fill('Ny anvisning.');
    await expect.poll(() => page.locator('[data-action="undo"]').isEnabled()).toBe(true);
    // when
    await page.click('[data-action="undo"]');
    // then
    await expect.poll(() => guidanceField('sv').inputValue()).toBe(before);
    await page.click('[data-action="redo"]');
    await expect.poll(() => guidanceField('sv').inputValue()).toBe('Ny anvisning.');
  });

  it('reports a task without Finnish guidance (polku/guidance-required) and clears the finding when guidance is back', async () => {
    // given
    await withoutFileAccess();
    await openModeler();
    await openModelFile();
    await select('Task_Emergency');
    await expect.poll(() => page.locator('.pm-issue').count()).toBe(0);
    // when
    await guidanceField('fi').fill('');
    // then
    await expect.poll(() => issueButtons('polku/guidance-required', 'Task_Emergency').count()).toBe(1);
    expect(await page.locator('.djs-overlays[data-container-id="Task_Emergency"] .bjsl-icon-error').count()).toBe(1);
    expect(await page.locator('.pm-tab[data-tab="issues"]').textContent()).toContain('1 virhe, 0 varoitusta');
    // when
    await guidanceField('fi').fill('Tarkista koulujärjestelyt.');
    // then
    await expect.poll(() => issueButtons('polku/guidance-required', 'Task_Emergency').count()).toBe(0);
    expect(await page.locator('.djs-overlays[data-container-id="Task_Emergency"] .bjsl-icon-error').count()).toBe(0);
  });

  it('selects the element of a finding from the issues list by keyboard', async () => {
    // given
    await withoutFileAccess();
    await openModeler();
    await openModelFile();
    await select('Task_Emergency');
    await guidanceField('fi').fill('');
    await expect.poll(() => issueButtons('polku/guidance-required', 'Task_Emergency').count()).toBe(1);
    await page.click('.djs-element[data-element-id="Task_OpenCare"]');
    // when
    await page.focus('#pm-tab-properties');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('#pm-panel-issues').isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect((await focused(page))?.text).toContain('Task_Emergency');
    await page.keyboard.press('Enter');
    // then
    await page.waitForSelector('.djs-element.selected[data-element-id="Task_Emergency"]');
    expect(await page.locator('#pm-panel-properties').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('pm-panel-properties');
  });

  it('edits names per language and adds and removes legal references, deadlines and fields that round-trip', async () => {
    // given
    await withoutFileAccess();
    await openModeler();
    await openModelFile();
    await select('Task_Emergency');
    // when: names
    await nameField('en').fill('Check the school of an emergency placement');
    // when: a legal reference
    const legal = await addTo('polku-legal');
    await legal.locator('[id$="-statute"]').fill('POL');
    await legal.locator('[id$="-section"]').fill('17 §');
    await legal.locator('[id$="-url"]').fill('http://example.com');
    await expect.poll(() => legal.locator('.bio-properties-panel-error').textContent()).toContain('https://');
    await legal.locator('[id$="-url"]').fill('https://finlex.fi/fi/laki/ajantasa/2014/20141267');
    // when: a deadline
    const deadline = await addTo('polku-deadlines');
    await deadline.locator('[id$="-name-fi"]').fill('Testimääräaika');
    await deadline.locator('[id$="-name-sv"]').fill('Testfrist');
    await deadline.locator('[id$="-duration"]').fill('P7D');
    await deadline.locator('select[id$="-counting"]').selectOption('working-days');
    await deadline.locator('[id$="-basis"]').fill('LSL 26 § 5 mom.');
    // when: a field
    const field = await addTo('polku-fields');
    await field.locator('[id$="-key"]').fill('schoolChecked');
    await field.locator('[id$="-name-fi"]').fill('Koulu tarkistettu');
    await field.locator('select[id$="-type"]').selectOption('date');
    await field.locator('input[type="checkbox"][id$="-required"]').check();
    // when: the emergency task's first legal reference goes, by keyboard (the delete button shows on focus)
    await settle();
    await page.locator('[data-group-id="group-polku-legal"] .bio-properties-panel-list-item').first().locator('.bio-properties-panel-collapsible-entry-arrow').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('bio-properties-panel-remove-entry');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-group-id="group-polku-legal"] .bio-properties-panel-list-item').count()).toBe(6);
    // then
    const node = (await compiled(await savedDownload())).nodes.Task_Emergency!;
    expect(node.name.en).toBe('Check the school of an emergency placement');
    expect(node.legal[0]).toEqual({ statute: 'LSL', section: '38 § 4 mom.', url: 'https://finlex.fi/fi/laki/ajantasa/2007/20070417' });
    expect(node.legal.at(-1)).toEqual({ statute: 'POL', section: '17 §', url: 'https://finlex.fi/fi/laki/ajantasa/2014/20141267' });
    expect(node.legal).toHaveLength(6);
    expect(node.deadlines.at(-1)).toEqual({ name: { fi: 'Testimääräaika', sv: 'Testfrist' }, duration: 'P7D', counting: 'working-days', firstDayCounts: false, basis: 'LSL 26 § 5 mom.' });
    expect(node.fields).toEqual([{ key: 'schoolChecked', name: { fi: 'Koulu tarkistettu' }, type: 'date', required: true }]);
  });

  it('walks the model in Try it and moves the canvas markers with each step', async () => {
    // given
    await withoutFileAccess();
    await openModeler();
    await openModelFile();
    // when
    await page.click('#pm-tab-try');
    await page.waitForSelector('polku-guide [data-stage-heading]');
    // then: the first decision is open on the canvas
    await expect.poll(() => hasMarker('Gateway_PlacementType', 'polku-try-active')).toBe(true);
    // when: the worker answers
    await page.locator('polku-guide [part="answer"]', { hasText: 'Kiireellinen sijoitus' }).click();
    // then
    await expect.poll(() => hasMarker('Task_Emergency', 'polku-try-active')).toBe(true);
    expect(await hasMarker('Gateway_PlacementType', 'polku-try-active')).toBe(false);
    expect(await hasMarker('Gateway_PlacementType', 'polku-try-done')).toBe(true);
    // when: the worker marks the step done
    await page.locator('polku-guide [data-element-id="Task_Emergency"] [part="done-button"]').click();
    // then
    await expect.poll(() => hasMarker('Task_Emergency', 'polku-try-done')).toBe(true);
    const open = await page.locator('polku-guide [part~="card"][data-element-id]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-element-id')!));
    expect(open.length).toBeGreaterThan(0);
    for (const id of open) expect(await hasMarker(id, 'polku-try-active')).toBe(true);
    // when: leaving Try it
    await page.click('#pm-tab-properties');
    // then
    expect(await page.locator('.djs-element.polku-try-active, .djs-element.polku-try-done').count()).toBe(0);
  });

  it('lists compile errors in Try it with file, line and element, and shows the element', async () => {
    // given: the first decision loses its question
    await withoutFileAccess();
    await openModeler();
    await openModelFile();
    await select('Gateway_PlacementType');
    await nameField('fi').fill('');
    await expect.poll(() => issueButtons('polku/decision-named', 'Gateway_PlacementType').count()).toBe(1);
    await page.click('.djs-element[data-element-id="Task_Emergency"]');
    // when
    await page.click('#pm-tab-try');
    // then
    const error = page.locator('.pm-diagnostics li[data-code="decision-question-missing"]');
    await error.waitFor();
    expect(await error.locator('.pm-diagnostic-where').textContent()).toMatch(/^koulupolku\.bpmn:\d+:\d+ <bpmn:ExclusiveGateway id="Gateway_PlacementType">$/);
    expect(await page.locator('polku-guide').isVisible()).toBe(false);
    // when
    await error.locator('button').click();
    // then
    await page.waitForSelector('.djs-element.selected[data-element-id="Gateway_PlacementType"]');
  });

  it('saves the edited model as a download that compiles with the edited guidance', async () => {
    // given
    await withoutFileAccess();
    await openModeler();
    await openModelFile();
    await select('Task_Emergency');
    await guidanceField('fi').fill('Muokattu ohje: tarkista **koulu**.');
    await guidanceField('en').fill('Edited guidance: check the **school**.');
    await expect.poll(() => page.locator('.pm-unsaved').isVisible()).toBe(true);
    // when
    const xml = await savedDownload();
    // then
    const pathway = await compiled(xml);
    const node = pathway.nodes.Task_Emergency!;
    expect(textIn(node.guidance, 'fi', pathway.lang)).toBe('Muokattu ohje: tarkista **koulu**.');
    expect(textIn(node.guidance, 'en', pathway.lang)).toBe('Edited guidance: check the **school**.');
    expect(xml).toContain('<bpmn:documentation textFormat="text/markdown">Muokattu ohje: tarkista **koulu**.</bpmn:documentation>');
    expect(await page.locator('.pm-unsaved').isVisible()).toBe(false);
    expect(await page.locator('.pm-notice-text').textContent()).toBe('koulupolku.bpmn ladattiin.');
  });

  it('keeps unsaved work across a reload and says so', async () => {
    // given
    await withoutFileAccess();
    await openModeler();
    await openModelFile();
    await select('Task_Emergency');
    await guidanceField('fi').fill('Luonnos, jota ei ole tallennettu.');
    await expect.poll(() => page.locator('.pm-unsaved').isVisible()).toBe(true);
    await expect.poll(draftXml).toContain('Luonnos, jota ei ole tallennettu.');
    // when
    await page.reload();
    await page.waitForSelector('#app:not([aria-busy]) .djs-element[data-element-id="Task_Emergency"]');
    // then
    expect(await page.locator('.pm-notice-text').textContent()).toMatch(/^Tallentamaton luonnos palautettiin: koulupolku\.bpmn/);
    expect(await page.locator('.pm-unsaved').isVisible()).toBe(true);
    await select('Task_Emergency');
    expect(await guidanceField('fi').inputValue()).toBe('Luonnos, jota ei ole tallennettu.');
    // when: the draft is discarded
    await page.locator('.pm-notice button', { hasText: 'Hylkää luonnos' }).click();
    // then
    await page.waitForSelector('.djs-element[data-element-id="Task_FirstStep"]');
    expect(await page.locator('.pm-file-name').textContent()).toBe('uusi-polku.bpmn');
  });

  it('saves to the same file with the File System Access API, asking where only the first time', async () => {
    // given: pickers that record what the page does
    await page.addInitScript((model: string) => {
      const log: string[] = [];
      const written: string[] = [];
      const handle = (name: string, text: string) => ({
        kind: 'file',
        name,
        getFile: async () => new File([text], name),
        queryPermission: async () => 'granted',
        requestPermission: async () => 'granted',
        createWritable: async () => {
          const chunks: string[] = [];
          return { write: async (blob: Blob) => void chunks.push(await blob.text()), close: async () => void written.push(chunks.join('')) };
        },
      });
      Object.assign(window, {
        pickerLog: log,
        written,
        showOpenFilePicker: async () => (log.push('open'), [handle('koulupolku.bpmn', model)]),
        showSaveFilePicker: async (options: { suggestedName: string }) => (log.push(`save:${options.suggestedName}`), handle(options.suggestedName, '')),
      });
    }, readFileSync(MODEL, 'utf8'));
    await openModeler();
    // when
    await page.click('[data-action="open"]');
    await page.waitForSelector('.djs-element[data-element-id="Task_Emergency"]');
    await select('Task_Emergency');
    await guidanceField('fi').fill('Tallennetaan samaan tiedostoon.');
    await expect.poll(() => page.locator('.pm-unsaved').isVisible()).toBe(true);
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.evaluate(() => (window as unknown as { written: string[] }).written.length)).toBe(1);
    await page.click('[data-action="save-as"]');
    await expect.poll(() => page.evaluate(() => (window as unknown as { written: string[] }).written.length)).toBe(2);
    // then
    expect(await page.evaluate(() => (window as unknown as { pickerLog: string[] }).pickerLog)).toEqual(['open', 'save:koulupolku.bpmn']);
    const [first] = await page.evaluate(() => (window as unknown as { written: string[] }).written);
    const pathway = await compiled(first!);
    expect(textIn(pathway.nodes.Task_Emergency!.guidance, 'fi', pathway.lang)).toBe('Tallennetaan samaan tiedostoon.');
    expect(await page.locator('.pm-notice-text').textContent()).toBe('Tallennettiin koulupolku.bpmn.');
  });

  it('switches its own words to Swedish and English, and back', async () => {
    // given
    await withoutFileAccess();
    await openModeler();
    await openModelFile();
    await select('Task_Emergency');
    // when
    await page.selectOption('#pm-lang', 'sv');
    // then
    expect(await page.locator('[data-action="save"]').textContent()).toBe('Spara');
    expect(await page.locator('[data-group-id="group-polku-guidance"] .bio-properties-panel-group-header-title').textContent()).toBe('Anvisning (Polku)');
    expect(await page.locator('label[for="bio-properties-panel-polku-guidance-fi"]').textContent()).toBe('Anvisning – finska');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('sv');
    // when
    await page.selectOption('#pm-lang', 'en');
    // then
    expect(await page.locator('#pm-tab-try').textContent()).toBe('Try it');
    expect(await page.locator('label[for="bio-properties-panel-polku-name-sv"]').textContent()).toBe('Name – Swedish');
    // when: a reload keeps the language (it is in the address)
    await page.reload();
    await page.waitForSelector('#app:not([aria-busy])');
    expect(await page.locator('[data-action="open"]').textContent()).toBe('Open…');
  });

  it('moves through the toolbar with the arrow keys, one tab stop for the whole toolbar', async () => {
    // given
    await withoutFileAccess();
    await openModeler();
    // when
    await page.focus('[data-action="new"]');
    await page.keyboard.press('ArrowRight');
    // then
    expect((await focused(page))?.text).toBe('Avaa…');
    await page.keyboard.press('End');
    expect((await focused(page))?.text).toBe('Tallenna');
    const stops = await page.locator('.pm-toolbar button').evaluateAll((buttons) => buttons.filter((button) => (button as HTMLButtonElement).tabIndex === 0).length);
    expect(stops).toBe(1);
  });

  it('selects an element by keyboard with the diagram search and edits its guidance', async () => {
    // given
    await withoutFileAccess();
    await openModeler();
    await openModelFile();
    // when: Tab to the canvas, Ctrl+F, type, Enter
    await page.focus('[data-action="new"]');
    for (let presses = 0; presses < 10 && !(await page.evaluate(() => document.activeElement?.localName === 'svg')); presses++) await page.keyboard.press('Tab');
    await page.keyboard.press('Control+f');
    await page.keyboard.type('Kokoa koulutiedot');
    await page.keyboard.press('Enter');
    // then
    await page.waitForSelector('.djs-element.selected[data-element-id="Task_Prepare"]');
    await guidanceField('fi').focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Näppäimistöllä kirjoitettu ohje.');
    await expect.poll(draftXml).toContain('Näppäimistöllä kirjoitettu ohje.');
  });

  it('refuses a file that is not BPMN and keeps the model open', async () => {
    // given
    await withoutFileAccess();
    await openModeler();
    await openModelFile();
    // when
    await page.setInputFiles('.pm-file-input', { name: 'muistio.bpmn', mimeType: 'text/plain', buffer: Buffer.from('Ei mallia.') });
    // then
    await expect.poll(() => page.locator('.pm-notice[data-kind="error"] .pm-notice-text').textContent()).toMatch(/^Tiedostoa muistio\.bpmn ei voitu avata: /);
    expect(await page.locator('.pm-file-name').textContent()).toBe('koulupolku.bpmn');
    expect(await page.locator('.djs-element[data-element-id="Task_Emergency"]').count()).toBe(1);
  });

  it('has no WCAG 2.1 AA violations in its own interface; bpmn.io\'s findings are listed separately', async () => {
    // given
    await withoutFileAccess();
    await openModeler();
    await openModelFile();
    await select('Task_Emergency');
    await guidanceField('fi').fill('');
    await expect.poll(() => page.locator('.pm-issue').count()).toBe(1);
    // when
    await page.addScriptTag({ path: AXE });
    const results = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      // Polku's own: outside bpmn.io's containers, or inside one of the Polku groups of the panel.
      return violations.flatMap((violation) =>
        violation.nodes.map((node) => {
          const element = document.querySelector(node.target.at(-1)!);
          const ours = !element || Boolean(element.closest('[data-group-id^="group-polku-"]')) || !element.closest('.djs-container, .bio-properties-panel-container');
          return { rule: violation.id, target: node.target.join(' '), ours };
        }),
      );
    });
    // then
    expect(results.filter((result) => result.ours)).toEqual([]);
    // bpmn.io's own findings, kept visible here rather than filtered away (see the report for #6).
    expect([...new Set(results.filter((result) => !result.ours).map((result) => result.rule))].toSorted()).toEqual(BPMN_IO_FINDINGS);
  });

  it('keeps the modeler out of the walkthrough page\'s scripts', async () => {
    // given
    const seen = new Set<string>();
    const queue = [...(await (await fetch(`${baseUrl}/intranet-page/index.html`)).text()).matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((match) => new URL(match[1]!, `${baseUrl}/intranet-page/`).href);
    // when: every script the page loads or may load later
    const bodies: string[] = [];
    while (queue.length > 0) {
      const url = queue.pop()!;
      if (seen.has(url)) continue;
      seen.add(url);
      const body = await (await fetch(url)).text();
      bodies.push(body);
      for (const match of body.matchAll(/["']((?:\.{1,2}\/|assets\/)[^"']+\.js)["']/g)) {
        queue.push(match[1]!.startsWith('assets/') ? `${baseUrl}/${match[1]}` : new URL(match[1]!, url).href);
      }
    }
    // then
    expect(seen.size).toBeGreaterThan(1);
    // Strings only the Modeler's palette, the properties panel, bpmn-js-bpmnlint and @polku/modeler contain
    // (the NavigatedViewer a walkthrough page may show shares diagram-js, but none of these).
    const markers = ['lasso-tool', 'create.start-event', 'bio-properties-panel', 'bjsl-', 'polku.multi-command'];
    expect(Object.fromEntries(markers.map((marker) => [marker, bodies.filter((body) => body.includes(marker)).length]))).toEqual(Object.fromEntries(markers.map((marker) => [marker, 0])));
  });
});

/** axe findings inside bpmn-js and bpmn-js-properties-panel on this page, by rule. */
const BPMN_IO_FINDINGS: string[] = [];
