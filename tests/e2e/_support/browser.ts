/**
 * Chromium for the e2e tests: Debian's binary driven by playwright-core (nothing is
 * downloaded), plus keyboard helpers that see through the guide's shadow root.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches Chromium from `POLKU_CHROMIUM` or `/usr/bin/chromium`. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.POLKU_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** A fresh context: en-US locale so date inputs read month/day/year, like a plain desktop browser. */
export function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
}

/** What went wrong in the page while a test ran. */
export interface PageProblems {
  /** Uncaught exceptions and unhandled rejections. */
  pageErrors: string[];
  /** `console.error` lines. */
  consoleErrors: string[];
  /** `alert`/`confirm`/`prompt` calls, which a page should never make on its own. */
  dialogs: string[];
}

/** Starts recording a page's uncaught errors, console errors and dialogs. */
export function watchProblems(page: Page): PageProblems {
  const problems: PageProblems = { pageErrors: [], consoleErrors: [], dialogs: [] };
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('dialog', (dialog) => {
    problems.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return problems;
}

/** The focused element, looked up through open shadow roots. */
export interface Focused {
  tag: string;
  text: string;
  part: string | null;
  name: string | null;
  type: string | null;
  /** The text of the element's label, for controls without text of their own (a checkbox). */
  label: string | null;
  /** Whether a checkbox or radio button is ticked; null for other elements. */
  checked: boolean | null;
  stageHeading: boolean;
  /** `data-element-id` of the card the element sits in. */
  card: string | null;
  /** `data-trigger-id` of the trigger row (a timer, message or signal action) the element sits in. */
  trigger: string | null;
  insideGuide: boolean;
}

/** Describes the element that has keyboard focus now. */
export function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    let element = document.activeElement;
    let insideGuide = false;
    while (element?.shadowRoot?.activeElement) {
      if (element.localName === 'polku-guide') insideGuide = true;
      element = element.shadowRoot.activeElement;
    }
    if (!element || element === document.body) return null;
    return {
      tag: element.localName,
      text: (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
      part: element.getAttribute('part'),
      name: element.getAttribute('name'),
      type: element.getAttribute('type'),
      label: element instanceof HTMLInputElement ? (element.labels?.[0]?.textContent ?? '').replace(/\s+/g, ' ').trim() || null : null,
      checked: element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio') ? element.checked : null,
      stageHeading: element.hasAttribute('data-stage-heading'),
      card: element.closest('[data-element-id]')?.getAttribute('data-element-id') ?? null,
      trigger: element.closest('[data-trigger-id]')?.getAttribute('data-trigger-id') ?? null,
      insideGuide: insideGuide || element.localName === 'polku-guide',
    };
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches, like a keyboard user
 * looking for a control. Fails with the route it took when it does not find it.
 */
export async function tabTo(page: Page, matches: (element: Focused) => boolean, options: { backwards?: boolean; limit?: number } = {}): Promise<Focused> {
  const visited: string[] = [];
  for (let presses = 0; presses < (options.limit ?? 80); presses++) {
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
    const element = await focused(page);
    if (element && matches(element)) return element;
    visited.push(element ? `${element.tag}${element.part ? `[${element.part}]` : ''} "${element.text.slice(0, 40)}"` : '(body)');
  }
  throw new Error(`No focusable element matched after ${visited.length} presses; focus went through:\n  ${visited.join('\n  ')}`);
}

/** Waits until focus sits on the guide's stage heading and returns that heading. */
export async function waitForStageHeadingFocus(page: Page): Promise<Focused> {
  await page.waitForFunction(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return element?.hasAttribute('data-stage-heading') ?? false;
  });
  return (await focused(page))!;
}

/** Waits until the guide shows a stage (or an error) and has finished loading. */
export async function waitForGuide(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const root = document.querySelector('polku-guide')?.shadowRoot;
    return Boolean(root?.querySelector('[data-stage-heading], [part="error"]'));
  });
}

/** Text content (whitespace collapsed) of the first match of `selector` in the guide's shadow root. */
export function guideText(page: Page, selector: string): Promise<string | null> {
  return page.evaluate((css) => {
    const element = document.querySelector('polku-guide')?.shadowRoot?.querySelector(css);
    return element ? (element.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
  }, selector);
}

/** An attribute of the first match of `selector` in the guide's shadow root. */
export function guideAttribute(page: Page, selector: string, attribute: string): Promise<string | null> {
  return page.evaluate(
    ([css, name]) => document.querySelector('polku-guide')?.shadowRoot?.querySelector(css)?.getAttribute(name) ?? null,
    [selector, attribute] as const,
  );
}
