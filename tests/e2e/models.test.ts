/**
 * Every model in `models/` walks end to end in `<polku-guide>` in Finnish, Swedish and English,
 * by keyboard alone, on the built example site: each stage shows its name in the interface
 * language (no fallback: the translations are complete), the walk reaches the end the runtime
 * says it reaches, and the page logs no error. Called processes in other files are found
 * through `/models/catalog.json`, as on an intranet.
 */
import { eventElement, textIn, type Pathway } from '@polku/core';
import { compileBpmn, siblingProcessLoader } from '@polku/core/compiler';
import { readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { guideText, waitForGuide, waitForStageHeadingFocus, type PageProblems } from './_support/browser.js';
import { useGuidePage } from './_support/guide-page.js';
import { takeStep } from './_support/keyboard-walk.js';
import { planShortestWalk } from './_support/plan-walk.js';

const MODELS = join(import.meta.dirname, '..', '..', 'models');
const files = readdirSync(MODELS).filter((name) => name.endsWith('.bpmn')).toSorted();
const baseUrl = inject('baseUrl');
const LANGS = ['fi', 'sv', 'en'] as const;
const PAGE = { fi: '/intranet-page/index.html', sv: '/intranet-page/sv.html', en: '/intranet-page/en.html' } as const;

let page: Page;
let problems: PageProblems;

useGuidePage((current) => {
  ({ page, problems } = current);
});

async function compile(file: string): Promise<Pathway> {
  const path = join(MODELS, file);
  const loadProcess = siblingProcessLoader(path, { listDir: (folder) => readdir(folder), readFile: (sibling) => readFile(sibling, 'utf8') });
  const { pathway, diagnostics } = await compileBpmn(readFileSync(path, 'utf8'), { file: path, loadProcess });
  if (!pathway) throw new Error(`${file}: ${diagnostics.map((diagnostic) => diagnostic.message).join('\n')}`);
  return pathway;
}

/** Opens the example page in `lang` with its guide pointed at `/models/<file>`. */
async function openModel(file: string, lang: (typeof LANGS)[number]): Promise<void> {
  await page.goto(baseUrl + PAGE[lang]);
  await waitForGuide(page);
  await page.evaluate((src) => document.querySelector('polku-guide')!.setAttribute('src', src), `/models/${file}`);
}

describe.each(files)('%s in the guide', (file) => {
  it.each(LANGS)('walks from the start to an end by keyboard, in %s', async (lang) => {
    // given
    const pathway = await compile(file);
    const { steps, endId } = planShortestWalk(pathway);
    await openModel(file, lang);
    await page.waitForFunction(
      (expected) => document.querySelector('polku-guide')?.shadowRoot?.querySelector(`[data-element-id="${expected}"]`),
      eventElement(steps[0]!.event),
    );

    // when
    const names: (string | null)[] = [];
    for (const step of steps) {
      const id = eventElement(step.event);
      names.push(await guideText(page, `[data-element-id="${id}"] .card-heading`));
      await takeStep(page, pathway, step, lang);
      await waitForStageHeadingFocus(page);
    }
    const end = await guideText(page, '[data-stage-heading]');

    // then: every stage was named in the interface language, and the walk ended where the runtime ends it
    expect(names).toEqual(steps.map((step) => pathway.nodes[eventElement(step.event)]!.name[lang] ?? `(no ${lang} name for ${eventElement(step.event)})`));
    expect(end).toBe(textIn(pathway.nodes[endId]!.name, lang, pathway.lang));
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });
});
