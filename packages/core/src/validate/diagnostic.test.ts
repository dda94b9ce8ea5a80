import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const docs = new URL('../../../../docs/errors/', import.meta.url);

describe('diagnostic codes', () => {
  it('each have a documentation page, as every message points to one', () => {
    // given: the codes of the DiagnosticCode union and the runtime errors
    const source = readFileSync(new URL('./diagnostic.ts', import.meta.url), 'utf8');
    const union = source.slice(source.indexOf('export type DiagnosticCode'));
    const codes = [...union.matchAll(/\| '([a-z-]+)'/g)].map((match) => match[1]!);
    for (const file of ['../runtime/next-step.ts', '../runtime/check-event.ts']) {
      const runtime = readFileSync(new URL(file, import.meta.url), 'utf8');
      codes.push(...[...runtime.matchAll(/new WalkthroughError\(\s*'([a-z-]+)'/g)].map((match) => match[1]!));
    }
    // then
    expect(codes.length).toBeGreaterThan(25);
    expect(codes.filter((code) => !existsSync(new URL(`${code}.md`, docs)))).toEqual([]);
  });
});
