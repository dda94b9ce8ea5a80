import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { launchChromium, newContext, watchProblems, type PageProblems } from './browser.js';

/** What each guide test works with; renewed before every test. */
export interface GuideTestPage {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  problems: PageProblems;
}

/**
 * Registers the hooks every guide test file shares: one Chromium per file, and before each test
 * a fresh context and page that watches for page errors and records the guide's `polku-step`
 * events in `window.polkuSteps` as `kind:elementId` (with `:flowA+flowB` when `withFlows` is set
 * and the step chose answers). `use` receives the current objects before each test.
 */
export function useGuidePage(use: (current: GuideTestPage) => void, options: { withFlows?: boolean } = {}): void {
  let browser: Browser;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    context = await newContext(browser);
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.addInitScript((withFlows: boolean) => {
      const steps: string[] = [];
      Object.assign(window, { polkuSteps: steps });
      document.addEventListener('polku-step', (event) => {
        const { kind, elementId, flowIds = [] } = event as Event & { kind: string; elementId: string; flowIds?: readonly string[] };
        steps.push(`${kind}:${elementId}${withFlows && flowIds.length > 0 ? `:${flowIds.join('+')}` : ''}`);
      });
    }, options.withFlows ?? false);
    use({ browser, context, page, problems });
  });
  afterEach(async () => {
    await context?.close();
  });
}

/** The guide's step events recorded on the page so far. */
export function recordedSteps(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { polkuSteps: string[] }).polkuSteps);
}
