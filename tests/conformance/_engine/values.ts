/**
 * The values the engine's search tries for a field: read from the FEEL conditions of the model
 * itself (each literal a field is compared with, the numbers next to it, both booleans, an empty
 * text), so every side of every comparison is reached. A required field no condition reads gets
 * one neutral value (Polku refuses to complete its step without one); other fields none. A field
 * that counts the rounds of a multi-instance activity gets 0 to 3 rounds (a number, or a list
 * of that many items), as `polku paths` tries.
 */
import type { FieldValue } from '@polku/core';
import { neutralValue } from '@polku/core/compiler';

/** A field as the model declares it (`polku:field`). */
export interface FieldSpec {
  key: string;
  type: 'text' | 'number' | 'boolean' | 'date';
  required: boolean;
}

const COMPARISON = /([A-Za-z_]\w*)\s*(?:>=|<=|!=|=|<|>)\s*("[^"]*"|-?\d+(?:\.\d+)?|true|false)|("[^"]*"|-?\d+(?:\.\d+)?|true|false)\s*(?:>=|<=|!=|=|<|>)\s*([A-Za-z_]\w*)/g;

const ITEMS = ['', 'A', 'A, B', 'A, B, C'];

/** `valuesOf(key)` for the engine's search over a model with `conditions`, `fields` and fields counting rounds (`roundFields`). */
export function fieldValues(conditions: readonly string[], fields: readonly FieldSpec[], roundFields: readonly string[] = []): (key: string) => FieldValue[] {
  const literals = new Map<string, FieldValue[]>();
  for (const condition of conditions) {
    for (const match of condition.matchAll(COMPARISON)) {
      const name = match[1] ?? match[4]!;
      const text = match[2] ?? match[3]!;
      const literal: FieldValue = text === 'true' ? true : text === 'false' ? false : text.startsWith('"') ? text.slice(1, -1) : Number(text);
      literals.set(name, [...(literals.get(name) ?? []), literal]);
    }
  }
  const byKey = new Map(fields.map((field) => [field.key, field]));
  return (key) => {
    const field = byKey.get(key);
    if (!field) return [];
    const read = literals.get(key);
    const values = new Set<FieldValue>();
    if (roundFields.includes(key)) (field.type === 'number' ? [0, 1, 2, 3] : ITEMS).forEach((value) => values.add(value));
    if (!read) return values.size > 0 ? [...values] : field.required ? [neutralValue(field)] : [];
    for (const value of read) {
      if (typeof value === 'number') [value - 1, value, value + 1].forEach((number) => values.add(number));
      else values.add(value);
    }
    if (field.type === 'boolean') [true, false].forEach((value) => values.add(value));
    if (field.type === 'text') values.add('');
    return [...values];
  };
}
