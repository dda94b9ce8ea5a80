/// <reference path="./bpmn-moddle.d.ts" />
import { readFileSync } from 'node:fs';
import { moddleExtensions } from '@polku/moddle';
import { BpmnModdle } from 'bpmn-moddle';
import { Linter } from 'bpmnlint';
import recommended from 'bpmnlint/config/recommended.js';
import { configs, rules } from 'bpmnlint-plugin-polku';
import { lintModel } from 'bpmnlint-plugin-polku/lint-model';
import { describe, expect, it } from 'vitest';
import { createLintResolver, createPolkuLintConfig } from '../src/features/linting/lint-config.js';

const koulupolku = readFileSync(new URL('../../../models/koulupolku.bpmn', import.meta.url), 'utf8');

/** Lints `xml` the way bpmn-js-bpmnlint does in the modeler: a new Linter over the packed config. */
async function lintInModeler(xml: string): Promise<string[]> {
  const { rootElement } = await new BpmnModdle(moddleExtensions).fromXML(xml, 'bpmn:Definitions');
  const results = await new Linter(createPolkuLintConfig()).lint(rootElement);
  return Object.entries(results).flatMap(([rule, reports]) => reports.map((report) => `${rule} ${report.category} ${report.id ?? ''}`)).toSorted();
}

/** The same, through the plugin's own `lintModel` (the command line's path), in the same shape. */
async function lintOnCommandLine(xml: string): Promise<string[]> {
  const diagnostics = await lintModel(xml);
  return diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.severity === 'error' ? 'error' : 'warn'} ${diagnostic.elementId ?? ''}`).toSorted();
}

const withProblems = koulupolku
  .replace(/(<bpmn:userTask id="Task_Emergency"[^>]*>\s*)<bpmn:documentation[^>]*>[\s\S]*?<\/bpmn:documentation>/, '$1')
  .replace('<bpmn:exclusiveGateway id="Gateway_PlacementType" name="Mikä sijoitustilanne käynnistää koulupolun?">', '<bpmn:exclusiveGateway id="Gateway_PlacementType">');

describe('the modeler\'s packed lint config', () => {
  it('resolves every rule and config that plugin:polku/recommended names', () => {
    // given
    const resolver = createLintResolver();
    // then
    for (const name of Object.keys(recommended.rules)) expect(resolver.resolveRule('bpmnlint', name)).toBeTypeOf('function');
    for (const name of Object.keys(rules)) expect(resolver.resolveRule('bpmnlint-plugin-polku', name)).toBeTypeOf('function');
    expect(resolver.resolveConfig('bpmnlint-plugin-polku', 'recommended')).toBe(configs.recommended);
    expect(resolver.resolveConfig('bpmnlint', 'recommended')).toBe(recommended);
  });

  it('names the missing rule when a config asks for one it does not have', () => {
    expect(() => createLintResolver().resolveRule('bpmnlint-plugin-other', 'some-rule')).toThrow('<bpmnlint-plugin-other/some-rule>');
  });

  it('finds nothing in models/koulupolku.bpmn, like the command line', async () => {
    expect(await lintInModeler(koulupolku)).toEqual(await lintOnCommandLine(koulupolku));
    expect(await lintInModeler(koulupolku)).toEqual([]);
  });

  it('reports a task without guidance and an unnamed decision exactly as the command line does', async () => {
    // when
    const found = await lintInModeler(withProblems);
    // then
    expect(found).toEqual(await lintOnCommandLine(withProblems));
    expect(found).toEqual(expect.arrayContaining(['polku/guidance-required error Task_Emergency', 'polku/decision-named error Gateway_PlacementType', 'label-required error Gateway_PlacementType']));
  });
});
