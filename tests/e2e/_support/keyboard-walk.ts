/**
 * Takes a planned step in `<polku-guide>` the way a keyboard user does: Tab to each field and
 * type its value, Tab to the answer or the Done button, press Enter or Space.
 */
import { textIn, type Pathway } from '@polku/core';
import type { Page } from 'playwright-core';
import { tabTo } from './browser.js';
import type { PlannedStep } from './plan-walk.js';

/** Types a field's sample value the way a keyboard user would. */
export async function fillField(page: Page, type: string, value: unknown): Promise<void> {
  if (type === 'boolean') {
    // Tab lands on the first radio ("yes"); Space checks it.
    if (value === true) await page.keyboard.press('Space');
    return;
  }
  if (type === 'date') {
    const [year, month, day] = String(value).split('-');
    await page.keyboard.type(`${month}${day}${year}`);
    return;
  }
  await page.keyboard.type(String(value));
}

/** Takes one planned step by keyboard in the interface language `lang`. */
export async function takeStep(page: Page, pathway: Pathway, step: PlannedStep, lang: string, press: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  if (step.event.type === 'polku.choose') {
    const { gatewayId, flowId } = step.event;
    const answer = textIn(pathway.flows[flowId]!.name, lang, pathway.lang) ?? '';
    await tabTo(page, (element) => element.card === gatewayId && element.part === 'answer' && element.text === answer);
  } else if (step.event.type === 'polku.complete') {
    const { elementId, values = {} } = step.event;
    for (const field of pathway.nodes[elementId]!.fields) {
      await tabTo(page, (element) => element.card === elementId && element.name === field.key);
      await fillField(page, field.type, values[field.key]);
    }
    await tabTo(page, (element) => element.card === elementId && element.part === 'done-button');
  } else if (step.event.type === 'polku.timer' || step.event.type === 'polku.message' || step.event.type === 'polku.signal') {
    const { elementId } = step.event;
    await tabTo(page, (element) => element.trigger === elementId && element.part === 'trigger-button');
  } else {
    throw new Error(`takeStep cannot take a ${step.event.type} step yet.`);
  }
  await page.keyboard.press(press);
}
