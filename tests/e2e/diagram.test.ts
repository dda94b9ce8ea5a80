/**
 * `<polku-diagram>` on its example page (examples/components/diagram.html), built for
 * production and driven in Chromium: it draws the school path with bpmn-js, follows the
 * `<polku-guide>` beside it, selects stages by keyboard and pointer, stays within a strict
 * CSP, passes axe-core, and is the only page that downloads bpmn-js.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createWalkthrough, textIn, type Walkthrough } from '@polku/core';
import { loadPathway } from '@polku/core/compiler';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { elementStates } from '../../packages/elements/src/polku-diagram/element-states.js';
import { stageOrder } from '../../packages/elements/src/polku-diagram/stage-order.js';
import { focused, newContext, tabTo, watchProblems, type PageProblems } from './_support/browser.js';
import { recordedSteps, useGuidePage } from './_support/guide-page.js';
import { takeStep } from './_support/keyboard-walk.js';
import { guidanceStart, planShortestWalk, type PlannedStep } from './_support/plan-walk.js';

const root = join(import.meta.dirname, '..', '..');
const fixtures = join(import.meta.dirname, 'fixtures');
const MODEL_FILE = join(root, 'models', 'koulupolku.bpmn');
const MODEL_URL = '**/models/koulupolku.bpmn';
const DIAGRAM_PAGE = '/components/diagram.html';
const GUIDE_ONLY_PAGE = '/intranet-page/';
/** A string only bpmn-js' code carries: the class of the bpmn.io link its licence requires. */
const BPMN_JS_MARK = 'bjs-powered-by';
const STRICT_CSP = "default-src 'self'";
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const baseUrl = inject('baseUrl');

let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: PageProblems;
const pathway = await loadPathway(readFileSync(MODEL_FILE, 'utf8'), { file: 'koulupolku.bpmn' });

useGuidePage((current) => {
  ({ browser, context, page, problems } = current);
});

beforeEach(async () => {
  await recordDiagramEvents(page);
});

/** Records `polku-select` ids in `window.polkuSelects` and CSP violations in `window.cspViolations`. */
async function recordDiagramEvents(target: Page): Promise<void> {
  await target.addInitScript(() => {
    const selected: string[] = [];
    const violations: string[] = [];
    Object.assign(window, { polkuSelects: selected, cspViolations: violations });
    document.addEventListener('polku-select', (event) => selected.push((event as Event & { elementId: string }).elementId));
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`), true);
  });
}

/** Serves the diagram page with a real `Content-Security-Policy` header, as a strict intranet would. */
async function withStrictCsp(target: Page): Promise<void> {
  await target.route(`**${DIAGRAM_PAGE}`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': STRICT_CSP } });
  });
}

async function openDiagram(target: Page = page): Promise<void> {
  await target.goto(baseUrl + DIAGRAM_PAGE);
  await waitForDiagram(target);
}

/** Waits until the picture is drawn (or given up) and the list shows the followed walkthrough. */
async function waitForDiagram(target: Page): Promise<void> {
  await target.waitForFunction(() => {
    const shadow = document.querySelector('polku-diagram')?.shadowRoot;
    const drawn = shadow?.querySelector('.canvas .polku-active') ?? shadow?.querySelector('.picture-failed');
    return Boolean(drawn && shadow?.querySelector('[role="option"][data-state="active"]'));
  });
}

/** The state marks on the picture, by element id. */
function pictureMarks(target: Page = page): Promise<Record<string, string>> {
  return target.evaluate(() => {
    const marks: Record<string, string> = {};
    const shadow = document.querySelector('polku-diagram')?.shadowRoot;
    for (const state of ['done', 'active', 'next']) {
      for (const element of shadow?.querySelectorAll(`.djs-element.polku-${state}`) ?? []) marks[element.getAttribute('data-element-id')!] = state;
    }
    return marks;
  });
}

/** The ids of every element the picture has. */
function pictureIds(): Promise<string[]> {
  return page.evaluate(() => [...(document.querySelector('polku-diagram')?.shadowRoot?.querySelectorAll('.djs-element[data-element-id]') ?? [])].map((element) => element.getAttribute('data-element-id')!));
}

/** What the list says: each option's element id and state. */
function listed(): Promise<{ id: string; state: string | null; selected: string | null }[]> {
  return page.evaluate(() =>
    [...(document.querySelector('polku-diagram')?.shadowRoot?.querySelectorAll('[role="option"]') ?? [])].map((option) => ({
      id: option.getAttribute('data-element-id')!,
      state: option.getAttribute('data-state'),
      selected: option.getAttribute('aria-selected'),
    })),
  );
}

/** Text content (whitespace collapsed) of the first match of `selector` in the diagram's shadow root. */
function diagramText(selector: string, target: Page = page): Promise<string | null> {
  return target.evaluate((css) => {
    const element = document.querySelector('polku-diagram')?.shadowRoot?.querySelector(css);
    return element ? (element.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
  }, selector);
}

function selects(target: Page = page): Promise<string[]> {
  return target.evaluate(() => (window as unknown as { polkuSelects: string[] }).polkuSelects);
}

function cspViolations(target: Page): Promise<string[]> {
  return target.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

/** The marks `walk` should put on the picture: its element states, on the elements the picture has. */
function expectedMarks(walk: Walkthrough, drawn: ReadonlySet<string>): Record<string, string> {
  return Object.fromEntries([...elementStates(walk)].filter(([id]) => drawn.has(id)));
}

function nameOf(id: string): string {
  return textIn(pathway.nodes[id]!.name, 'fi', pathway.lang) ?? id;
}

/** Applies a planned step to a walkthrough in Node, to know what the page should show. */
function applyStep(walk: Walkthrough, step: PlannedStep): void {
  const { event } = step;
  if (event.type === 'polku.choose') walk.choose(event.gatewayId, event.flowId);
  else if (event.type === 'polku.complete') walk.complete(event.elementId, event.values);
}

/** Whether the bpmn.io link is on screen, inside the picture, and not covered by anything. */
function watermarkSeen(target: Page = page) {
  return target.evaluate(() => {
    const shadow = document.querySelector('polku-diagram')!.shadowRoot!;
    const link = shadow.querySelector<HTMLAnchorElement>('.bjs-powered-by');
    const canvas = shadow.querySelector('.canvas')!.getBoundingClientRect();
    if (!link) return { present: false };
    const box = link.getBoundingClientRect();
    const style = getComputedStyle(link);
    const hit = shadow.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return {
      present: true,
      href: link.href,
      sized: box.width >= 40 && box.height >= 15,
      inside: box.left >= canvas.left && box.right <= canvas.right && box.top >= canvas.top && box.bottom <= canvas.bottom,
      shown: style.visibility === 'visible' && style.display !== 'none' && Number(style.opacity) === 1,
      onTop: hit !== null && link.contains(hit),
    };
  });
}

/** Whether the whole drawing lies inside the picture's box (a fit), give or take a pixel. */
function fitted(target: Page = page): Promise<boolean> {
  return target.evaluate(() => {
    const shadow = document.querySelector('polku-diagram')!.shadowRoot!;
    const svg = shadow.querySelector('.canvas svg')!.getBoundingClientRect();
    const drawing = shadow.querySelector('.canvas svg .viewport')!.getBoundingClientRect();
    return drawing.width > svg.width * 0.5 && drawing.left >= svg.left - 1 && drawing.right <= svg.right + 1 && drawing.top >= svg.top - 1 && drawing.bottom <= svg.bottom + 1;
  });
}

/** The zoom of a `matrix(a b c d e f)` transform (commas or spaces). */
function scale(transform: string | null): number {
  return Number(/^matrix\(\s*([-\d.e]+)/.exec(transform ?? '')?.[1]);
}

/** Runs axe-core's WCAG 2.1 A and AA rules on the page (which must allow its script: a context with `bypassCSP`). */
async function axeViolations(target: Page): Promise<string[]> {
  await target.evaluate(AXE_SOURCE);
  return target.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
  }, WCAG_21_AA);
}

/** The paths of the scripts a page loads, and whether each carries bpmn-js. */
async function scriptsOf(target: Page, path: string, ready: string): Promise<{ path: string; bpmnJs: boolean }[]> {
  const scripts: Promise<{ path: string; bpmnJs: boolean }>[] = [];
  target.on('response', (response) => {
    // By address, not resource type: a modulepreload would not count as a script.
    if (!new URL(response.url()).pathname.endsWith('.js')) return;
    scripts.push(response.text().then((body) => ({ path: new URL(response.url()).pathname, bpmnJs: body.includes(BPMN_JS_MARK) })));
  });
  await target.goto(baseUrl + path);
  await target.waitForFunction((selector) => document.querySelector(selector.split(' ')[0]!)?.shadowRoot?.querySelector(selector.split(' ')[1]!), ready);
  return Promise.all(scripts);
}

describe('the diagram page with the school path', () => {
  it('draws the school path fitted to its box, with the bpmn.io link visible, and lists its stages in flow order', async () => {
    // given
    const order = stageOrder(pathway);

    // when
    await openDiagram();
    const ids = new Set(await pictureIds());
    const options = await listed();
    const picture = await page.evaluate(() => {
      const svg = document.querySelector('polku-diagram')!.shadowRoot!.querySelector('.canvas svg')!;
      return { role: svg.getAttribute('role'), label: svg.getAttribute('aria-label') };
    });

    // then
    expect(order.filter((id) => !ids.has(id))).toEqual([]);
    expect(options.map((option) => option.id)).toEqual(order);
    expect(picture.role).toBe('img');
    expect(picture.label).toContain(textIn(pathway.name, 'fi', pathway.lang));
    expect(await fitted()).toBe(true);
    expect(await watermarkSeen()).toEqual({ present: true, href: 'http://bpmn.io/', sized: true, inside: true, shown: true, onTop: true });
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });

  it('marks done, active and possible next elements as the worker steps through the guide beside it by keyboard', async () => {
    // given
    const { steps } = planShortestWalk(pathway);
    const walk = createWalkthrough(pathway);
    await openDiagram();
    const drawn = new Set(await pictureIds());
    const seen = [await pictureMarks()];
    const expected = [expectedMarks(walk, drawn)];

    // when
    for (const step of steps) {
      await takeStep(page, pathway, step, 'fi');
      applyStep(walk, step);
      expected.push(expectedMarks(walk, drawn));
      await expect.poll(() => pictureMarks()).toEqual(expected.at(-1));
      seen.push(await pictureMarks());
    }
    const list = await listed();

    // then
    expect(seen).toEqual(expected);
    expect(Object.values(seen[0]!)).toContain('next');
    expect(seen.at(-1)).toMatchObject(Object.fromEntries(walk.trace().filter((id) => drawn.has(id)).map((id) => [id, 'done'])));
    expect(Object.values(seen.at(-1)!).filter((state) => state !== 'done')).toEqual([]);
    expect(list.every((option) => option.state === (seen.at(-1)![option.id] ?? null))).toBe(true);
    expect(await recordedSteps(page)).toHaveLength(steps.length);
    expect(problems.consoleErrors).toEqual([]);
  });

  it('selects a stage with the arrow keys, Home, End and Enter, shows its guidance and tells the page', async () => {
    // given
    const order = stageOrder(pathway);
    const target = order[1]!;
    const node = pathway.nodes[target]!;
    const lane = pathway.lanes.find((candidate) => candidate.id === node.lane)!;
    await openDiagram();

    // when
    const first = await tabTo(page, (element) => element.part === 'stage');
    await page.keyboard.press('End');
    const last = await focused(page);
    await page.keyboard.press('Home');
    const home = await focused(page);
    await page.keyboard.press('ArrowDown');
    const down = await focused(page);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('polku-diagram')?.shadowRoot?.querySelector('[part="details-heading"]'));
    const selectedInPicture = await page.evaluate((id) => document.querySelector('polku-diagram')!.shadowRoot!.querySelector(`.djs-element[data-element-id="${id}"]`)!.classList.contains('selected'), target);

    // then
    expect(first.text).toContain(nameOf(order[0]!));
    expect(last?.text).toContain(nameOf(order.at(-1)!));
    expect(home?.text).toContain(nameOf(order[0]!));
    expect(down?.text).toContain(nameOf(target));
    expect(await diagramText('[part="details-heading"]')).toBe(nameOf(target));
    expect(await diagramText('[part="role"]')).toBe(`Tekijä: ${textIn(lane.name, 'fi', pathway.lang)}`);
    expect(await diagramText('[part="guidance"]')).toContain(guidanceStart(textIn(node.guidance, 'fi', pathway.lang)!));
    const facts = await diagramText('[part="facts"]');
    for (const reference of node.legal) expect(facts).toContain(`${reference.statute} ${reference.section}`);
    expect(node.deadlines.length).toBeGreaterThan(0);
    expect(facts).toContain(node.deadlines[0]!.basis!);
    expect((await listed()).filter((option) => option.selected === 'true').map((option) => option.id)).toEqual([target]);
    expect(selectedInPicture).toBe(true);
    expect(await selects()).toEqual([target]);
    expect((await focused(page))?.text).toContain(nameOf(target));
  });

  it('shows the guidance of an element clicked in the picture', async () => {
    // given
    const target = 'Task_Prepare';
    await openDiagram();

    // when
    await page.locator('polku-diagram').locator('button', { hasText: 'Suurenna' }).click();
    await page.locator('polku-diagram').locator(`.djs-element[data-element-id="${target}"]`).click();
    await page.waitForFunction(() => document.querySelector('polku-diagram')?.shadowRoot?.querySelector('[part="details-heading"]'));

    // then
    expect(await diagramText('[part="details-heading"]')).toBe(nameOf(target));
    expect(await selects()).toEqual([target]);
    expect((await listed()).find((option) => option.id === target)?.selected).toBe('true');
  });

  it('pans the focused picture with the arrow keys and zooms it with + and -', async () => {
    // given
    await openDiagram();
    const view = () => page.evaluate(() => document.querySelector('polku-diagram')!.shadowRoot!.querySelector('.canvas svg .viewport')!.getAttribute('transform'));
    const picture = await tabTo(page, (element) => element.tag === 'svg');
    const start = await view();

    // when
    await page.keyboard.press('ArrowRight');
    const panned = await view();
    await page.keyboard.press('+');
    const zoomed = await view();
    await page.keyboard.press('-');
    await page.keyboard.press('ArrowLeft');
    const back = await view();
    const scrollY = await page.evaluate(() => window.scrollY);

    // then
    expect(picture.insideGuide).toBe(false);
    expect(panned).not.toBe(start);
    expect(zoomed).not.toBe(panned);
    expect(scale(back)).toBeCloseTo(scale(start), 2);
    expect(scrollY).toBe(0);
  });

  it('draws a model given as text and follows a walkthrough given as a property', async () => {
    // given
    const { steps } = planShortestWalk(pathway);
    await openDiagram();
    await page.evaluate(async () => {
      const second = document.createElement('polku-diagram') as HTMLElement & { xml?: string; walkthrough?: unknown };
      second.id = 'second';
      second.xml = await (await fetch('/models/koulupolku.bpmn')).text();
      second.walkthrough = (document.querySelector('polku-guide') as HTMLElement & { walkthrough?: unknown }).walkthrough;
      document.querySelector('main')!.append(second);
    });
    const secondMarks = () =>
      page.evaluate(() => {
        const shadow = document.querySelector('#second')?.shadowRoot;
        return [...(shadow?.querySelectorAll('.canvas .polku-active') ?? [])].map((element) => element.getAttribute('data-element-id'));
      });
    await expect.poll(secondMarks).toEqual(steps[0]!.active);

    // when
    await takeStep(page, pathway, steps[0]!, 'fi');

    // then
    await expect.poll(secondMarks).toEqual(steps[1]!.active);
    expect(problems.consoleErrors).toEqual([]);
  });

  it('lists the stages of a model given by src alone, without walkthrough state or legend', async () => {
    // given
    await openDiagram();

    // when
    await page.evaluate(() => {
      const alone = document.createElement('polku-diagram');
      alone.id = 'alone';
      alone.setAttribute('src', '/models/koulupolku.bpmn');
      document.querySelector('main')!.append(alone);
    });
    await page.waitForFunction(() => document.querySelector('#alone')?.shadowRoot?.querySelector('.canvas .djs-element') && document.querySelector('#alone')?.shadowRoot?.querySelector('[role="option"]'));
    const alone = await page.evaluate(() => {
      const shadow = document.querySelector('#alone')!.shadowRoot!;
      return {
        options: [...shadow.querySelectorAll('[role="option"]')].map((option) => option.getAttribute('data-element-id')),
        states: shadow.querySelectorAll('[data-state], .polku-done, .polku-active, .polku-next').length,
        legend: shadow.querySelector('[part="legend"]') !== null,
      };
    });

    // then
    expect(alone).toEqual({ options: stageOrder(pathway), states: 0, legend: false });
    expect(problems.consoleErrors).toEqual([]);
  });

  it('speaks Swedish when its lang says so', async () => {
    // given
    await openDiagram();

    // when
    await page.evaluate(() => document.querySelector('polku-diagram')!.setAttribute('lang', 'sv'));
    await page.waitForFunction(() => document.querySelector('polku-diagram')?.shadowRoot?.querySelector('#stages-heading')?.textContent === 'Steg');

    // then
    expect(await diagramText('[role="option"][data-state="active"] [part="stage-state"]')).toBe('pågår');
    expect(await diagramText('.view-buttons button')).toBe('Zooma in');
  });

  it('keeps working at 320 px: no sideways scrolling, a lower picture, and the list selects by keyboard', async () => {
    // given
    await page.setViewportSize({ width: 320, height: 800 });
    await openDiagram();

    // when
    await tabTo(page, (element) => element.part === 'stage');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.querySelector('polku-diagram')?.shadowRoot?.querySelector('[part="details-heading"]'));
    const layout = await page.evaluate(() => {
      const shadow = document.querySelector('polku-diagram')!.shadowRoot!;
      const details = shadow.querySelector('.details')!.getBoundingClientRect();
      return {
        scrollWidth: document.documentElement.scrollWidth,
        canvasHeight: shadow.querySelector('.canvas')!.getBoundingClientRect().height,
        detailsFit: details.left >= 0 && details.right <= 320,
      };
    });

    // then
    expect(layout.scrollWidth).toBeLessThanOrEqual(320);
    expect(layout.canvasHeight).toBe(256);
    expect(layout.detailsFit).toBe(true);
    expect(await diagramText('[part="details-heading"]')).toBe(nameOf(stageOrder(pathway)[1]!));
    expect(await watermarkSeen()).toMatchObject({ present: true, inside: true, shown: true, onTop: true });
  });

  it('fits the drawing again when its container changes size', async () => {
    // given
    await openDiagram();
    const before = await page.evaluate(() => document.querySelector('polku-diagram')!.shadowRoot!.querySelector('.canvas')!.getBoundingClientRect().width);

    // when
    await page.setViewportSize({ width: 900, height: 900 });
    await page.waitForFunction((width) => document.querySelector('polku-diagram')!.shadowRoot!.querySelector('.canvas')!.getBoundingClientRect().width !== width, before);
    await expect.poll(() => fitted()).toBe(true);

    // then
    expect(await fitted()).toBe(true);
  });

  it('lists the stages and shows sanitised guidance for a model without a drawing', async () => {
    // given
    await page.route(MODEL_URL, (route) => route.fulfill({ contentType: 'application/xml', body: readFileSync(join(fixtures, 'guide.hostile-guidance.bpmn'), 'utf8') }));
    await page.goto(baseUrl + DIAGRAM_PAGE);
    await page.waitForFunction(() => document.querySelector('polku-diagram')?.shadowRoot?.querySelector('[role="option"]'));

    // when
    await tabTo(page, (element) => element.part === 'stage');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('polku-diagram')?.shadowRoot?.querySelector('[part="guidance"]'));
    const html = await page.evaluate(() => document.querySelector('polku-diagram')!.shadowRoot!.querySelector('.columns')!.innerHTML);
    const pwned = await page.evaluate(() => (window as unknown as { polkuPwned?: string }).polkuPwned);

    // then
    expect(await diagramText('.picture-failed')).toBe('Kaavion kuvaa ei voitu näyttää. Vaiheet ovat luettelona alla.');
    expect(await diagramText('[part="guidance"]')).toContain('Ohjeen loppu.');
    expect(pwned).toBeUndefined();
    const forbidden = ['<script', '<img', '<svg', '<iframe', 'onerror', 'onclick', 'onbegin', 'onmouseover', 'javascript:', 'style='];
    expect(forbidden.filter((marker) => html.includes(marker))).toEqual([]);
    expect(problems.consoleErrors.filter((line) => line.includes('<polku-diagram>'))).toHaveLength(1);
  });
});

describe('the diagram under a strict Content-Security-Policy', () => {
  it(`draws, follows the guide and selects with no violation of "${STRICT_CSP}"`, async () => {
    // given
    const { steps } = planShortestWalk(pathway);
    await withStrictCsp(page);
    await openDiagram();

    // when
    await takeStep(page, pathway, steps[0]!, 'fi');
    await expect.poll(() => pictureMarks().then((marks) => marks[steps[0]!.active[0]!])).toBe('done');
    await tabTo(page, (element) => element.part === 'stage');
    await page.keyboard.press('Enter');
    await page.locator('polku-diagram').locator('button', { hasText: 'Pienennä' }).click();
    const violations = await cspViolations(page);
    // A probe that the header is enforced: a data: image is refused, and the refusal is seen.
    await page.evaluate(() => {
      const probe = new Image();
      probe.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    });
    await expect.poll(() => cspViolations(page)).toHaveLength(1);

    // then
    expect(violations).toEqual([]);
    expect((await cspViolations(page))[0]).toMatch(/^img-src data/);
    expect(problems.consoleErrors.filter((line) => /Content Security Policy/i.test(line) && !line.includes('data:image/gif'))).toEqual([]);
    expect(await watermarkSeen()).toMatchObject({ present: true, shown: true, onTop: true });
  });
});

describe('the diagram and axe-core', () => {
  it.each([
    ['1280', 1280],
    ['320', 320],
  ] as const)('finds no WCAG 2.1 A or AA violation at %s px with a walkthrough under way and a stage selected', async (_width, width) => {
    // given: axe's own script needs the CSP bypassed
    const axeContext = await browser.newContext({ bypassCSP: true, viewport: { width, height: 900 } });
    const axePage = await axeContext.newPage();
    const axeProblems = watchProblems(axePage);
    await recordDiagramEvents(axePage);
    await openDiagram(axePage);
    await axePage.locator('polku-guide').locator('[part="answer"]').first().click();
    await axePage.locator('polku-diagram').locator('[role="option"]').nth(1).click();
    await axePage.waitForFunction(() => document.querySelector('polku-diagram')?.shadowRoot?.querySelector('[part="details-heading"]'));

    // when
    const violations = await axeViolations(axePage);
    await axeContext.close();

    // then
    expect(violations).toEqual([]);
    expect(axeProblems.pageErrors).toEqual([]);
  });
});

describe('lazy loading of bpmn-js', () => {
  it('downloads bpmn-js on the diagram page only, and there only when the diagram asks for it', async () => {
    // given: each page in its own context, so no cache is shared
    const guideContext = await newContext(browser);
    const guidePage = await guideContext.newPage();

    // when
    const guideScripts = await scriptsOf(guidePage, GUIDE_ONLY_PAGE, 'polku-guide [data-stage-heading]');
    const diagramScripts = await scriptsOf(page, DIAGRAM_PAGE, 'polku-diagram .polku-active');
    const diagramHtml = await (await context.request.get(baseUrl + DIAGRAM_PAGE)).text();
    await guideContext.close();

    // then
    expect(guideScripts.length).toBeGreaterThan(0);
    expect(guideScripts.filter((script) => script.bpmnJs)).toEqual([]);
    const viewer = diagramScripts.filter((script) => script.bpmnJs).map((script) => script.path);
    expect(viewer).toHaveLength(1);
    expect(diagramHtml).not.toContain(viewer[0]!.split('/').at(-1));
  });
});
