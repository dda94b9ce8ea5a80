import type { Field, Pathway } from '../ir/types.js';
import type { FieldValue } from '../runtime/types.js';

type Literal = string | number | boolean;

// `name op literal` and `literal op name` in FEEL conditions; enough to find the values that
// take each branch of the comparisons modellers write (age >= 7, placement = "emergency").
const COMPARISON = /([A-Za-z_][\w]*)\s*(>=|<=|!=|=|<|>)\s*("[^"]*"|-?\d+(?:\.\d+)?|true|false)|("[^"]*"|-?\d+(?:\.\d+)?|true|false)\s*(>=|<=|!=|=|<|>)\s*([A-Za-z_][\w]*)/g;

/**
 * For each field key that a condition reads, the values worth trying: every literal it is
 * compared with, and the numbers just below and above it, so every side of every comparison is
 * reached. Booleans get both values. Fields no condition reads get none.
 */
export function candidateValues(pathway: Pathway): Map<string, FieldValue[]> {
  const literals = new Map<string, Literal[]>();
  const expressions = [
    ...Object.values(pathway.flows).map((flow) => flow.condition),
    ...Object.values(pathway.nodes).map((node) => node.trigger?.condition),
    // A loop's own conditions decide how many rounds a path takes.
    ...Object.values(pathway.nodes).map((node) => (node.loop?.kind === 'standard' ? node.loop.condition : node.loop?.kind === 'multiInstance' ? node.loop.completion : undefined)),
  ].filter((expression): expression is string => expression !== undefined);
  for (const expression of expressions) {
    for (const match of expression.matchAll(COMPARISON)) {
      const name = match[1] ?? match[6]!;
      const literal = parseLiteral(match[3] ?? match[4]!);
      literals.set(name, [...(literals.get(name) ?? []), literal]);
    }
  }
  // Fields that count the rounds of a multi-instance activity: around one round and two.
  for (const node of Object.values(pathway.nodes)) {
    if (node.loop?.kind !== 'multiInstance') continue;
    if (node.loop.countField) literals.set(node.loop.countField, [...(literals.get(node.loop.countField) ?? []), 1, 2]);
    if (node.loop.collectionField) literals.set(node.loop.collectionField, [...(literals.get(node.loop.collectionField) ?? []), 'A', 'A, B']);
  }
  const fields = new Map<string, Field>(Object.values(pathway.nodes).flatMap((node) => node.fields.map((field) => [field.key, field] as const)));
  const result = new Map<string, FieldValue[]>();
  for (const [key, values] of literals) {
    const field = fields.get(key);
    if (!field) continue;
    const candidates = new Set<FieldValue>();
    for (const value of values) {
      if (typeof value === 'number') [value - 1, value, value + 1].forEach((number) => candidates.add(number));
      else candidates.add(value);
    }
    if (field.type === 'boolean') {
      candidates.add(true);
      candidates.add(false);
    }
    if (field.type === 'text') candidates.add('');
    result.set(key, [...candidates]);
  }
  return result;
}

/** A neutral value for a required field no condition reads, so the step can be completed. */
export function neutralValue(field: Pick<Field, 'type'>): FieldValue {
  switch (field.type) {
    case 'number':
      return 0;
    case 'boolean':
      return false;
    case 'date':
      return '2026-01-01';
    default:
      return '-';
  }
}

function parseLiteral(text: string): Literal {
  if (text === 'true' || text === 'false') return text === 'true';
  if (text.startsWith('"')) return text.slice(1, -1);
  return Number(text);
}
