import type { ModdleElement } from '../parse/moddle.js';
import type { Loop } from './types.js';

/** A loop marker as Polku walks it, or why it cannot be walked. */
export type LoopMeaning = { loop: Loop } | { problem: string };

const IDENTIFIER = /^[A-Za-z_][\w]*$/;

/**
 * Reads `bpmn:standardLoopCharacteristics` and `bpmn:multiInstanceLoopCharacteristics`. The
 * number of instances is a whole number or the key of a field the worker fills in (a number,
 * or a list whose items are counted); the collection may also come from Camunda 7's
 * `camunda:collection` or Zeebe's `inputCollection`, naming such a field.
 */
export function readLoop(characteristics: ModdleElement): LoopMeaning {
  if (characteristics.$type === 'bpmn:StandardLoopCharacteristics') {
    const condition = bodyOf(characteristics.loopCondition);
    const maximum = typeof characteristics.loopMaximum === 'number' ? characteristics.loopMaximum : Number(characteristics.loopMaximum ?? Number.NaN);
    if (!condition && !Number.isFinite(maximum)) return { problem: 'has a standard loop with neither a loop condition nor a loop maximum, so nothing says when it stops' };
    return {
      loop: {
        kind: 'standard',
        testBefore: characteristics.testBefore === true,
        ...(condition ? { condition } : {}),
        ...(Number.isFinite(maximum) ? { maximum } : {}),
      },
    };
  }
  if (characteristics.$type !== 'bpmn:MultiInstanceLoopCharacteristics') return { problem: `has a ${characteristics.$type} loop marker, which is not supported` };
  const cardinality = bodyOf(characteristics.loopCardinality);
  const collection = strip(characteristics.$attrs?.['camunda:collection'] ?? zeebeCollection(characteristics));
  const completion = bodyOf(characteristics.completionCondition);
  const base = { kind: 'multiInstance' as const, sequential: characteristics.isSequential === true, ...(completion ? { completion } : {}) };
  if (cardinality !== undefined) {
    if (/^\d+$/.test(cardinality)) return { loop: { ...base, count: Number(cardinality) } };
    if (IDENTIFIER.test(cardinality)) return { loop: { ...base, countField: cardinality } };
    return { problem: `counts its instances with "${cardinality}"; write a whole number or the key of a field the worker fills in` };
  }
  if (collection !== undefined) {
    if (IDENTIFIER.test(collection)) return { loop: { ...base, collectionField: collection } };
    return { problem: `takes its instances from "${collection}"; name a field the worker fills in with a list` };
  }
  return { problem: 'is multi-instance but says neither how many instances (loop cardinality) nor over which list' };
}

function bodyOf(expression: unknown): string | undefined {
  const body = (expression as ModdleElement | undefined)?.body;
  return typeof body === 'string' && body.trim() ? strip(body) : undefined;
}

// Camunda 8 writes "= expr", Camunda 7 "${expr}"; a bare name or number means the same in both.
function strip(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim().replace(/^=\s*/, '');
  const juel = /^\$\{\s*([\s\S]*?)\s*\}$/.exec(trimmed);
  return (juel ? juel[1]! : trimmed).trim() || undefined;
}

function zeebeCollection(characteristics: ModdleElement): string | undefined {
  const values = ((characteristics.extensionElements as ModdleElement | undefined)?.values ?? []) as ModdleElement[];
  const zeebe = values.find((value) => /loopCharacteristics$/i.test(value.$type));
  return zeebe?.$attrs?.inputCollection ?? (typeof zeebe?.inputCollection === 'string' ? zeebe.inputCollection : undefined);
}
