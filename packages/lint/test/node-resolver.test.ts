import i18n from '@polku/moddle/i18n.json' with { type: 'json' };
import polku from '@polku/moddle/polku.json' with { type: 'json' };
import { Linter } from 'bpmnlint';
import NodeResolver from 'bpmnlint/lib/resolver/node-resolver.js';
import compileConfig from 'bpmnlint/lib/support/compile-config.js';
import { BpmnModdle } from 'bpmn-moddle';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { bpmn } from './_support/bpmn.js';

// bpmnlint's command line, bpmn-js-bpmnlint's packer and rollup-plugin-bpmnlint all find
// plugins with NodeResolver, i.e. with `require()`. These tests load the plugin exactly that way.
const require = createRequire(import.meta.url);

describe('the plugin loaded the way bpmnlint loads plugins', () => {
  it('lints with plugin:polku/recommended through NodeResolver and require()', async () => {
    // given
    const { rootElement } = await new BpmnModdle({ polku, i18n }).fromXML(bpmn('<bpmn:userTask id="Task_1" name="Testitapaus" />'));
    const linter = new Linter({ resolver: new NodeResolver({ require }), config: { extends: 'plugin:polku/recommended' } });
    // when
    const results = await linter.lint(rootElement);
    // then
    expect(results['polku/guidance-required']?.map((report) => [report.id, report.category])).toEqual([['Task_1', 'error']]);
    expect(results['polku/translations-complete']?.map((report) => [report.id, report.category])).toEqual([['Task_1', 'warn']]);
    expect(Object.values(results).flat().filter((report) => report.category === 'rule-error')).toEqual([]);
  });

  it('compiles the config into imports of rule modules that resolve, as bundlers need', async () => {
    // when
    const code = await compileConfig({ extends: 'plugin:polku/recommended' }, new NodeResolver({ require }));
    // then
    const imports = [...code.matchAll(/^import rule_\d+ from '([^']+)';$/gm)].map((match) => match[1]!);
    const polkuImports = imports.filter((path) => path.startsWith('bpmnlint-plugin-polku/'));
    expect(polkuImports.toSorted()).toEqual([
      'bpmnlint-plugin-polku/rules/deadline-basis-required.js',
      'bpmnlint-plugin-polku/rules/decision-named.js',
      'bpmnlint-plugin-polku/rules/guidance-required.js',
      'bpmnlint-plugin-polku/rules/no-personal-data.js',
      'bpmnlint-plugin-polku/rules/translations-complete.js',
    ]);
    const loaded = await Promise.all(polkuImports.map(async (path) => [path, typeof ((await import(/* @vite-ignore */ require.resolve(path))) as { default: unknown }).default]));
    expect(loaded).toEqual(polkuImports.map((path) => [path, 'function']));
    // conditional-flows and the other kept bpmnlint rules are bundled too
    expect(imports).toContain('bpmnlint/rules/conditional-flows');
  });
});
