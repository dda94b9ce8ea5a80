/**
 * Plans a walk through a pathway with the runtime itself, so the browser tests follow the
 * model as it is today instead of a copy of its ids and texts.
 */
import { activeElements, availableTriggers, initialSnapshot, nextStep, progressOf, type Field, type FieldValue, type Pathway, type StepEvent } from '@polku/core';

/** One planned move: what was open before it, and what the worker does. */
export interface PlannedStep {
  active: string[];
  event: StepEvent;
}

/** A neutral value for each field type; never personal data. */
export function sampleValue(field: Field): FieldValue {
  switch (field.type) {
    case 'date':
      return '2025-01-15';
    case 'number':
      return 1;
    case 'boolean':
      return true;
    case 'text':
      return 'Testitapaus 1';
  }
}

/**
 * The shortest walk from the start event to an end event: tasks are done in the order they
 * are open, every field gets a sample value, a waiting stage gets its first event (timer,
 * message or signal), and each decision takes the answer that leaves the fewest steps (the
 * first in model order on a tie), which also leaves loops.
 */
export function planShortestWalk(pathway: Pathway): { steps: PlannedStep[]; endId: string } {
  let snapshot = initialSnapshot(pathway);
  const steps: PlannedStep[] = [];
  while (snapshot.status !== 'done') {
    if (steps.length > 200) throw new Error(`No end reached after 200 steps in ${pathway.id}.`);
    const active = activeElements(snapshot);
    const node = pathway.nodes[active[0]!]!;
    let event: StepEvent;
    const trigger = node.role === 'wait' ? availableTriggers(pathway, snapshot)[0] : undefined;
    if (trigger) {
      event = { type: trigger.kind === 'timer' ? 'polku.timer' : trigger.kind === 'signal' ? 'polku.signal' : 'polku.message', elementId: trigger.elementId };
    } else if (node.role === 'decision') {
      const options = node.outgoing.map((flowId) => {
        const candidate: StepEvent = { type: 'polku.choose', gatewayId: node.id, flowId };
        return { event: candidate, remaining: progressOf(pathway, nextStep(pathway, snapshot, candidate)).remaining };
      });
      event = options.reduce((best, option) => (option.remaining < best.remaining ? option : best)).event;
    } else {
      const values = Object.fromEntries(node.fields.map((field) => [field.key, sampleValue(field)]));
      event = node.fields.length > 0 ? { type: 'polku.complete', elementId: node.id, values } : { type: 'polku.complete', elementId: node.id };
    }
    steps.push({ active, event });
    snapshot = nextStep(pathway, snapshot, event);
  }
  const endId = snapshot.context.trace.map((entry) => entry.elementId).findLast((id) => pathway.nodes[id]?.role === 'end');
  if (!endId) throw new Error(`The walk through ${pathway.id} finished without entering an end event.`);
  return { steps, endId };
}

/**
 * The first words of markdown guidance as a reader sees them: list markers, emphasis, code
 * ticks and link targets removed, whitespace collapsed. Enough to recognise the text on screen.
 */
export function guidanceStart(markdown: string, length = 40): string {
  const firstBlock = markdown.trim().split(/\n\s*\n/)[0] ?? '';
  const plain = firstBlock
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
    .replace(/^#+\s+/gm, '')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.slice(0, length);
}
