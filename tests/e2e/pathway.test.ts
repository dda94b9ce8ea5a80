/**
 * `<polku-pathway>` on the worker app's pathway view (examples/app/?model=…), built for
 * production and driven in Chromium under the page's strict CSP: it loads the model once and
 * hands it to the guide, diagram, saved walkthroughs and timeline inside it; lays them out side
 * by side or stacked by its own width; folds the diagram with an accessible button; says a new
 * stage once; follows `lang`; exposes its regions as parts; and shows a model it cannot load.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { textIn, type Pathway } from '@polku/core';
import { loadPathway } from '@polku/core/compiler';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { focused, tabTo, waitForStageHeadingFocus, type PageProblems } from './_support/browser.js';
import { useGuidePage } from './_support/guide-page.js';
import { takeStep } from './_support/keyboard-walk.js';
import { cspViolations, recordCspViolations } from './_support/page-checks.js';
import { planShortestWalk, type PlannedStep } from './_support/plan-walk.js';

const repoRoot = join(import.meta.dirname, '..', '..');
const MODEL_XML = readFileSync(join(repoRoot, 'models', 'koulupolku.bpmn'), 'utf8');
const appWith = (model: string) => `/app/?model=${encodeURIComponent(model)}`;
const SCHOOL = appWith('/models/koulupolku.bpmn');
/** A string only bpmn-js' code carries: the class of the bpmn.io link its licence requires. */
const BPMN_JS_MARK = 'bjs-powered-by';
const PARTS = ['base', 'header', 'title', 'guide', 'diagram', 'diagram-toggle', 'panel', 'walkthroughs', 'timeline'];
const baseUrl = inject('baseUrl');

let page: Page;
let problems: PageProblems;
let newPage: (width: number) => Promise<Page>;
let pathway: Pathway;
let steps: PlannedStep[];

useGuidePage((current) => {
  ({ page, problems } = current);
  newPage = async (width) => (await current.browser.newContext({ locale: 'en-US', viewport: { width, height: 900 } })).newPage();
});

beforeAll(async () => {
  pathway = await loadPathway(MODEL_XML, { file: 'koulupolku.bpmn' });
  ({ steps } = planShortestWalk(pathway));
});

/** Waits until the guide shows a stage, the saved walkthroughs are listed, and (when open) the diagram is drawn. */
async function waitForPathway(target: Page): Promise<void> {
  await target.waitForFunction(() => {
    const own = document.querySelector('polku-pathway')?.shadowRoot;
    const inside = (tag: string) => own?.querySelector(tag)?.shadowRoot;
    const diagramOpen = own?.querySelector('[part="diagram-toggle"]')?.getAttribute('aria-expanded') === 'true';
    return Boolean(inside('polku-guide')?.querySelector('[data-stage-heading]') && inside('polku-walkthroughs')?.querySelector('#list-heading') && (!diagramOpen || inside('polku-diagram')?.querySelector('.canvas .polku-active')));
  });
}

/** Text (whitespace collapsed) of every match of `selector` in the shadow root of `inner` inside `<polku-pathway>` (or in its own when `inner` is empty). */
function pathwayTexts(target: Page, inner: string, selector: string): Promise<string[]> {
  return target.evaluate(
    (query) => {
      const own = document.querySelector('polku-pathway')?.shadowRoot;
      const root = query.inner ? own?.querySelector(query.inner)?.shadowRoot : own;
      return [...(root?.querySelectorAll(query.selector) ?? [])].map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim());
    },
    { inner, selector },
  );
}

/** The boxes of the guide, the diagram's region and the panel, rounded to pixels. */
function regionBoxes(target: Page): Promise<Record<'guide' | 'diagram' | 'panel', { left: number; top: number; right: number; bottom: number }>> {
  return target.evaluate(() => {
    const own = document.querySelector('polku-pathway')!.shadowRoot!;
    const box = (part: string) => {
      const { left, top, right, bottom } = own.querySelector(`[part="${part}"]`)!.getBoundingClientRect();
      return { left: Math.round(left), top: Math.round(top), right: Math.round(right), bottom: Math.round(bottom) };
    };
    return { guide: box('guide'), diagram: box('diagram'), panel: box('panel') };
  });
}

/** Every live region in the page and in every shadow root under it: where it is and what it says. */
function liveRegions(target: Page): Promise<{ host: string; text: string }[]> {
  return target.evaluate(() => {
    const found: { host: string; text: string }[] = [];
    const visit = (root: Document | ShadowRoot, host: string) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.matches('[aria-live], [role="status"], [role="alert"], [role="log"]')) found.push({ host, text: (element.textContent ?? '').replace(/\s+/g, ' ').trim() });
        if (element.shadowRoot) visit(element.shadowRoot, element.localName);
      }
    };
    visit(document, 'document');
    return found;
  });
}

/** The inner components' `lang` attributes, by tag. */
function innerLangs(target: Page): Promise<Record<string, string | null>> {
  return target.evaluate(() => {
    const own = document.querySelector('polku-pathway')!.shadowRoot!;
    return Object.fromEntries(['polku-guide', 'polku-diagram', 'polku-walkthroughs', 'polku-timeline'].map((tag) => [tag, own.querySelector(tag)?.getAttribute('lang') ?? null]));
  });
}

describe('<polku-pathway>', () => {
  it('loads the model once and hands it to the guide, the diagram, the saved walkthroughs and the timeline', async () => {
    // given
    const models: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/models/')) models.push(new URL(request.url()).pathname);
    });
    await recordCspViolations(page);

    // when
    await page.goto(baseUrl + SCHOOL);
    await waitForPathway(page);
    const seen = await page.evaluate(() => {
      /** What the test reads of the elements, without importing their classes into Node. */
      type Linked = Element & { walkthrough?: { pathway: { id: string } }; pathway?: unknown };
      const element = document.querySelector<Linked>('polku-pathway')!;
      const own = element.shadowRoot!;
      const guide = own.querySelector<Linked>('polku-guide')!;
      const diagram = own.querySelector<Linked>('polku-diagram')!;
      const timeline = own.querySelector<Linked>('polku-timeline')!;
      const list = own.querySelector<Linked>('polku-walkthroughs')!;
      return {
        src: element.getAttribute('src'),
        guideSrc: guide.getAttribute('src'),
        sameWalk: element.walkthrough === guide.walkthrough && diagram.walkthrough === guide.walkthrough && timeline.walkthrough === guide.walkthrough,
        samePathway: list.pathway === guide.pathway && guide.pathway === element.walkthrough?.pathway,
        diagramFor: diagram.getAttribute('for'),
        listFor: list.getAttribute('for'),
        pathwayId: element.walkthrough?.pathway.id,
      };
    });

    // then
    expect(models).toEqual(['/models/koulupolku.bpmn']);
    expect(seen).toEqual({ src: `${baseUrl}/models/koulupolku.bpmn`, guideSrc: null, sameWalk: true, samePathway: true, diagramFor: null, listFor: 'guide', pathwayId: pathway.id });
    expect(await pathwayTexts(page, '', '[part="title"]')).toEqual([textIn(pathway.name, 'fi', pathway.lang)]);
    expect(await innerLangs(page)).toEqual({ 'polku-guide': 'fi', 'polku-diagram': 'fi', 'polku-walkthroughs': 'fi', 'polku-timeline': 'fi' });
    expect(await cspViolations(page)).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });

  it('loads its model again when the page moves it while the model is on the way', async () => {
    // given: the model held back until the element has moved
    let release: (() => void) | undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/models/koulupolku.bpmn', async (route) => {
      await held;
      // The first request was aborted by the move; only the second one is answered.
      await route.continue().catch(() => undefined);
    });
    await page.goto(baseUrl + SCHOOL);
    await page.waitForFunction(() => document.querySelector('polku-pathway')?.shadowRoot?.querySelector('[part="loading"]'));

    // when
    await page.evaluate(() => {
      const element = document.querySelector('polku-pathway')!;
      const box = document.createElement('div');
      element.before(box);
      box.append(element);
    });
    release?.();
    await waitForPathway(page);

    // then
    expect(await pathwayTexts(page, '', '[part="title"]')).toEqual([textIn(pathway.name, 'fi', pathway.lang)]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });

  it('stands the guide and the diagram side by side where it has room, and stacks them guide first where it has not', async () => {
    // given
    await page.goto(baseUrl + SCHOOL);
    await waitForPathway(page);

    // when: 1280 px wide, then the same element held to 50rem on the same screen
    const wide = await regionBoxes(page);
    await page.evaluate(() => {
      document.querySelector<HTMLElement>('polku-pathway')!.style.maxWidth = '50rem';
    });
    await page.waitForFunction(() => {
      const own = document.querySelector('polku-pathway')!.shadowRoot!;
      return own.querySelector('[part="diagram"]')!.getBoundingClientRect().top > own.querySelector('[part="guide"]')!.getBoundingClientRect().bottom;
    });
    const narrow = await regionBoxes(page);

    // then
    expect(wide.guide.right).toBeLessThan(wide.diagram.left);
    expect(Math.abs(wide.guide.top - wide.diagram.top)).toBeLessThan(4);
    expect(wide.panel.left).toBe(wide.guide.left);
    expect(wide.panel.top).toBeGreaterThan(wide.guide.bottom);
    expect(narrow.guide.bottom).toBeLessThan(narrow.diagram.top);
    expect(narrow.diagram.bottom).toBeLessThan(narrow.panel.top);
    expect(new Set([narrow.guide.left, narrow.diagram.left, narrow.panel.left]).size).toBe(1);
  });

  it('folds the diagram with a disclosure button, and on a 320 px screen downloads bpmn-js only once the worker opens it', async () => {
    // given
    const target = await newPage(320);
    await recordCspViolations(target);
    const scripts: Promise<boolean>[] = [];
    target.on('response', (response) => {
      if (new URL(response.url()).pathname.endsWith('.js')) scripts.push(response.text().then((body) => body.includes(BPMN_JS_MARK)));
    });
    await target.goto(baseUrl + SCHOOL);
    await waitForPathway(target);
    const folded = await target.evaluate(() => {
      const own = document.querySelector('polku-pathway')!.shadowRoot!;
      const toggle = own.querySelector('[part="diagram-toggle"]')!;
      const body = own.getElementById(toggle.getAttribute('aria-controls')!)!;
      return { expanded: toggle.getAttribute('aria-expanded'), tag: toggle.localName, hidden: body.hidden, diagrams: own.querySelectorAll('polku-diagram').length, region: own.querySelector('[part="diagram"]')!.getAttribute('aria-labelledby') === toggle.id };
    });
    const bpmnBefore = (await Promise.all(scripts)).some(Boolean);

    // when: opened by keyboard
    const toggle = await tabTo(target, (element) => element.part === 'diagram-toggle', { limit: 150 });
    await target.keyboard.press('Enter');
    await waitForPathway(target);
    const opened = await pathwayTexts(target, '', '[part="diagram-toggle"][aria-expanded="true"]');
    const bpmnAfter = (await Promise.all(scripts)).some(Boolean);
    const drawnAt320 = await target.evaluate(() => document.querySelector('polku-pathway')!.shadowRoot!.querySelector('polku-diagram')!.shadowRoot!.querySelectorAll('.djs-element').length);
    const overflow = await target.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

    // when: folded again with Space
    await target.keyboard.press('Space');
    const refolded = await target.evaluate(() => {
      const own = document.querySelector('polku-pathway')!.shadowRoot!;
      return { expanded: own.querySelector('[part="diagram-toggle"]')!.getAttribute('aria-expanded'), hidden: own.querySelector<HTMLElement>('#diagram-body')!.hidden, kept: own.querySelectorAll('polku-diagram').length };
    });
    const stillOn = await focused(target);
    const csp = await cspViolations(target);
    await target.context().close();

    // then
    expect(folded).toEqual({ expanded: 'false', tag: 'button', hidden: true, diagrams: 0, region: true });
    expect(bpmnBefore).toBe(false);
    expect(toggle.text).toBe('Kaavio');
    expect(opened).toEqual(['Kaavio']);
    expect(bpmnAfter).toBe(true);
    expect(drawnAt320).toBeGreaterThan(10);
    expect(overflow).toBe(0);
    expect(refolded).toEqual({ expanded: 'false', hidden: true, kept: 1 });
    expect(stillOn?.part).toBe('diagram-toggle');
    expect(csp).toEqual([]);
  });

  it('says a new stage once: the guide announces it, and nothing around it repeats it', async () => {
    // given: a saved walkthrough, so every step is also saved
    await page.goto(baseUrl + SCHOOL);
    await waitForPathway(page);
    await tabTo(page, (element) => element.tag === 'input' && element.name === 'label', { limit: 150 });
    await page.keyboard.type('Testitapaus 1');
    await page.keyboard.press('Enter');
    await waitForStageHeadingFocus(page);
    const before = await liveRegions(page);

    // when
    await takeStep(page, pathway, steps[0]!, 'fi');
    const next = await waitForStageHeadingFocus(page);
    await page.waitForFunction(() => {
      const list = document.querySelector('polku-pathway')?.shadowRoot?.querySelector('polku-walkthroughs')?.shadowRoot;
      return list?.querySelector('[part="item"]')?.textContent?.includes('Vaihe 2');
    });
    const after = await liveRegions(page);

    // then
    const changed = after.filter((region, index) => region.text !== before[index]?.text);
    expect(after.map((region) => region.host)).toEqual(before.map((region) => region.host));
    expect(changed).toHaveLength(1);
    expect(changed[0]!.host).toBe('polku-guide');
    expect(changed[0]!.text).toContain(next.text);
  });

  it('follows lang and passes it on to every component inside', async () => {
    // given
    await page.goto(baseUrl + SCHOOL);
    await waitForPathway(page);

    // when
    await page.evaluate(() => document.querySelector('polku-pathway')!.setAttribute('lang', 'en'));
    await page.waitForFunction(() => document.querySelector('polku-pathway')?.shadowRoot?.querySelector('polku-guide')?.shadowRoot?.querySelector('[part="back-button"]')?.textContent?.includes('Back'));
    const english = { langs: await innerLangs(page), title: await pathwayTexts(page, '', '[part="title"]'), panel: await page.evaluate(() => document.querySelector('polku-pathway')!.shadowRoot!.querySelector('[part="panel"]')!.getAttribute('aria-label')) };
    await page.evaluate(() => document.querySelector('polku-pathway')!.setAttribute('lang', 'sv-FI'));
    await page.waitForFunction(() => document.querySelector('polku-pathway')?.shadowRoot?.querySelector('[part="base"]')?.getAttribute('lang') === 'sv');

    // then
    expect(english).toEqual({
      langs: { 'polku-guide': 'en', 'polku-diagram': 'en', 'polku-walkthroughs': 'en', 'polku-timeline': 'en' },
      title: [textIn(pathway.name, 'en', pathway.lang)],
      panel: 'Walkthroughs and timeline',
    });
    expect(await innerLangs(page)).toEqual({ 'polku-guide': 'sv', 'polku-diagram': 'sv', 'polku-walkthroughs': 'sv', 'polku-timeline': 'sv' });
    expect(await pathwayTexts(page, '', '[part="diagram-toggle"]')).toEqual(['Diagram']);
  });

  it('exposes its regions as parts that a page styles, under the strict CSP', async () => {
    // given
    await recordCspViolations(page);
    await page.goto(baseUrl + SCHOOL);
    await waitForPathway(page);

    // when: a constructed stylesheet, which `style-src 'self'` allows
    const seen = await page.evaluate((parts) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('polku-pathway::part(title) { color: rgb(1, 2, 3); } polku-pathway::part(panel) { outline: 1px solid rgb(4, 5, 6); }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      const own = document.querySelector('polku-pathway')!.shadowRoot!;
      return {
        parts: parts.filter((part) => own.querySelector(`[part~="${part}"]`)),
        title: getComputedStyle(own.querySelector('[part="title"]')!).color,
        panel: getComputedStyle(own.querySelector('[part="panel"]')!).outlineColor,
      };
    }, PARTS);

    // then
    expect(seen).toEqual({ parts: PARTS, title: 'rgb(1, 2, 3)', panel: 'rgb(4, 5, 6)' });
    expect(await cspViolations(page)).toEqual([]);
  });

  it('shows a compiled pathway without a diagram, the guide beside the panel', async () => {
    // given: the school path compiled beforehand, served as JSON from this site
    await page.route('**/models/koulupolku.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(pathway) }));

    // when
    await page.goto(baseUrl + appWith('/models/koulupolku.json'));
    await waitForPathway(page);
    const seen = await page.evaluate(() => {
      const own = document.querySelector('polku-pathway')!.shadowRoot!;
      const guide = own.querySelector('[part="guide"]')!.getBoundingClientRect();
      const panel = own.querySelector('[part="panel"]')!.getBoundingClientRect();
      return { diagrams: own.querySelectorAll('[part="diagram"], polku-diagram').length, besides: guide.right < panel.left };
    });

    // then
    expect(seen).toEqual({ diagrams: 0, besides: true });
    expect(await pathwayTexts(page, 'polku-guide', '[data-stage-heading]')).toEqual([textIn(pathway.nodes[steps[0]!.active[0]!]!.name, 'fi', pathway.lang)]);
    expect(problems.consoleErrors).toEqual([]);
  });

  it('says in the interface language that a model cannot be loaded, and logs it once', async () => {
    // given: a model this site does not have (the preview server would answer with its index page instead)
    await page.route('**/models/no-such-model.bpmn', (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }));

    // when
    await page.goto(baseUrl + appWith('/models/no-such-model.bpmn'));
    await page.waitForFunction(() => document.querySelector('polku-pathway')?.shadowRoot?.querySelector('[part="error"]'));
    const error = await pathwayTexts(page, '', '[part="error"]');
    const role = await page.evaluate(() => document.querySelector('polku-pathway')!.shadowRoot!.querySelector('[part="error"]')!.getAttribute('role'));

    // then
    expect(error).toEqual(['Polkua ei voitu avata Tiedostoa http://' + new URL(baseUrl).host + '/models/no-such-model.bpmn ei saatu ladattua (HTTP 404). Tarkista osoite tai yritä myöhemmin uudelleen.']);
    expect(role).toBe('alert');
    expect(problems.consoleErrors.filter((line) => line.startsWith('<polku-pathway>'))).toEqual([`<polku-pathway>: could not load "${baseUrl}/models/no-such-model.bpmn" (HTTP 404). JSHandle@node`]);
    expect(problems.consoleErrors.filter((line) => !line.startsWith('<polku-pathway>') && !line.includes('404'))).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });
});
