import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { configs, rules } from '../index.js';

const require = createRequire(import.meta.url);
const here = (path: string) => new URL(path, import.meta.url);

describe('plugin configs', () => {
  it('set every rule of bpmnlint:recommended explicitly, so the README table stays complete', () => {
    // given
    const bpmnlintRecommended = Object.keys((require('bpmnlint/config/recommended.js') as { rules: Record<string, unknown> }).rules);
    // when
    const configured = Object.keys(configs.recommended.rules).filter((name) => name.startsWith('bpmnlint/')).map((name) => name.slice('bpmnlint/'.length));
    // then
    expect(configured.toSorted()).toEqual(bpmnlintRecommended.toSorted());
    expect(configs.recommended.extends).toBe('bpmnlint:recommended');
  });

  it('enable every Polku rule in recommended and all', () => {
    const polkuRules = Object.keys(rules).map((name) => `polku/${name}`);
    expect(Object.keys(configs.all.rules).toSorted()).toEqual(polkuRules.toSorted());
    expect(Object.keys(configs.recommended.rules)).toEqual(expect.arrayContaining(polkuRules));
  });

  it('give every rule a file, a documentation page and a test file of the same name', () => {
    // given
    const files = readdirSync(here('../rules/')).map((file) => file.replace(/\.js$/, ''));
    // then
    expect(Object.keys(rules).toSorted()).toEqual(files.toSorted());
    const companions = Object.entries(rules).map(([name, path]) => ({
      path,
      docs: existsSync(here(`../docs/rules/${name}.md`)),
      test: existsSync(here(`./rules/${name}.test.ts`)),
    }));
    expect(companions).toEqual(Object.keys(rules).map((name) => ({ path: `./rules/${name}.js`, docs: true, test: true })));
  });
});
