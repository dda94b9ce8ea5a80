/**
 * bpmn-engine evaluates sequence-flow conditions as JavaScript or as its own `${path}`
 * expressions; it has no FEEL. The harness rewrites the FEEL conditions Polku reads into
 * JavaScript for the engine's script conditions. Only the subset modellers write in Polku's
 * pathways is translated — comparisons of a variable with a literal, `and`, `or`, `not(…)`,
 * parentheses — with FEEL's three-valued logic (a comparison with an unknown value is null,
 * and only `true` takes a flow). Anything else throws {@link UnsupportedFeel}, and the harness
 * falls back to a service (see `prepare.ts`), so every condition is still evaluated.
 */

/** A FEEL expression outside the translated subset. */
export class UnsupportedFeel extends Error {}

type Token = { kind: 'name' | 'string' | 'number' | 'op' | 'paren' | 'keyword'; text: string };

const TOKEN = /\s*(?:("(?:[^"\\]|\\.)*")|(-?\d+(?:\.\d+)?)|(>=|<=|!=|=|<|>)|([()])|([A-Za-z_][\w]*))/y;
const KEYWORDS = new Set(['and', 'or', 'not', 'true', 'false', 'null']);

function tokenize(expression: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let position = 0;
  while (position < expression.length) {
    if (/^\s*$/.test(expression.slice(position))) break;
    TOKEN.lastIndex = position;
    const match = TOKEN.exec(expression);
    if (!match) throw new UnsupportedFeel(`cannot read FEEL at "${expression.slice(position)}"`);
    position = TOKEN.lastIndex;
    if (match[1] !== undefined) tokens.push({ kind: 'string', text: match[1] });
    else if (match[2] !== undefined) tokens.push({ kind: 'number', text: match[2] });
    else if (match[3] !== undefined) tokens.push({ kind: 'op', text: match[3] });
    else if (match[4] !== undefined) tokens.push({ kind: 'paren', text: match[4] });
    else tokens.push({ kind: KEYWORDS.has(match[5]!) ? 'keyword' : 'name', text: match[5]! });
  }
  return tokens;
}

const COMPARE: Record<string, string> = { '=': 'eq', '!=': 'ne', '<': 'lt', '<=': 'le', '>': 'gt', '>=': 'ge' };

/**
 * The JavaScript expression for a FEEL condition, over `v` (the variables) and the helpers in
 * {@link FEEL_HELPERS}. Throws {@link UnsupportedFeel} outside the subset.
 */
export function feelToJs(expression: string): string {
  const tokens = tokenize(expression);
  let index = 0;
  const peek = () => tokens[index];
  const take = (text?: string) => {
    const token = tokens[index];
    if (!token || (text !== undefined && token.text !== text)) throw new UnsupportedFeel(`expected ${text ?? 'more'} in "${expression}"`);
    index++;
    return token;
  };
  const disjunction = (): string => {
    let left = conjunction();
    while (peek()?.text === 'or') {
      take('or');
      left = `or(${left}, ${conjunction()})`;
    }
    return left;
  };
  const conjunction = (): string => {
    let left = comparison();
    while (peek()?.text === 'and') {
      take('and');
      left = `and(${left}, ${comparison()})`;
    }
    return left;
  };
  const comparison = (): string => {
    const left = primary();
    const next = peek();
    if (next?.kind !== 'op') return left;
    take();
    return `${COMPARE[next.text]}(${left}, ${primary()})`;
  };
  const primary = (): string => {
    const token = take();
    switch (token.kind) {
      case 'string':
      case 'number':
        return token.text;
      case 'name':
        if (peek()?.text === '(') throw new UnsupportedFeel(`function ${token.text}() in "${expression}"`);
        return `val(${JSON.stringify(token.text)})`;
      case 'keyword':
        if (token.text === 'not') {
          take('(');
          const inner = disjunction();
          take(')');
          return `not(${inner})`;
        }
        if (token.text === 'true' || token.text === 'false' || token.text === 'null') return token.text;
        throw new UnsupportedFeel(`"${token.text}" where a value belongs in "${expression}"`);
      case 'paren': {
        if (token.text !== '(') throw new UnsupportedFeel(`unexpected ")" in "${expression}"`);
        const inner = disjunction();
        take(')');
        return `(${inner})`;
      }
      default:
        throw new UnsupportedFeel(`unexpected "${token.text}" in "${expression}"`);
    }
  };
  const result = disjunction();
  if (index !== tokens.length) throw new UnsupportedFeel(`unexpected "${tokens[index]!.text}" in "${expression}"`);
  return result;
}

/**
 * FEEL's comparison and logic rules in JavaScript: values of different kinds (or an unknown
 * one) compare to null, except that `=`/`!=` treat null as a value of its own; `and`/`or` are
 * three-valued. Runs inside bpmn-engine's script sandbox, so it is plain source text.
 */
export const FEEL_HELPERS = [
  'const kind = (x) => (x === null || x === undefined ? "null" : typeof x);',
  'const val = (name) => (Object.prototype.hasOwnProperty.call(v, name) && v[name] !== undefined ? v[name] : null);',
  'const eq = (a, b) => (kind(a) === "null" || kind(b) === "null" ? kind(a) === kind(b) : kind(a) === kind(b) ? a === b : null);',
  'const ne = (a, b) => { const r = eq(a, b); return r === null ? null : !r; };',
  'const ord = (a, b, f) => (kind(a) === kind(b) && (kind(a) === "number" || kind(a) === "string") ? f(a, b) : null);',
  'const lt = (a, b) => ord(a, b, (x, y) => x < y);',
  'const le = (a, b) => ord(a, b, (x, y) => x <= y);',
  'const gt = (a, b) => ord(a, b, (x, y) => x > y);',
  'const ge = (a, b) => ord(a, b, (x, y) => x >= y);',
  'const and = (a, b) => (a === false || b === false ? false : a === true && b === true ? true : null);',
  'const or = (a, b) => (a === true || b === true ? true : a === false && b === false ? false : null);',
  'const not = (a) => (a === true ? false : a === false ? true : null);',
].join('\n');
