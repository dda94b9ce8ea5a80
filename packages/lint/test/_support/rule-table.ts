import i18n from '@polku/moddle/i18n.json' with { type: 'json' };
import polku from '@polku/moddle/polku.json' with { type: 'json' };
import { Linter } from 'bpmnlint';
import { BpmnModdle } from 'bpmn-moddle';
import { describe, expect, it } from 'vitest';
import { createPolkuResolver } from '../../lib/polku-resolver.js';

/** A model the rule accepts. `it` completes the sentence "accepts …". */
export interface ValidCase {
  it: string;
  xml: string;
  config?: Record<string, unknown>;
}

/** A model the rule reports; `message` is a part of the expected message. */
export interface InvalidCase extends ValidCase {
  reports: { id: string | undefined; message: string }[];
}

/** What one rule reported: element id and message, in report order. */
export async function lintWithRule(ruleName: string, xml: string, config: Record<string, unknown> = {}): Promise<{ id: string | undefined; message: string }[]> {
  const { rootElement, warnings } = await new BpmnModdle({ polku, i18n }).fromXML(xml, 'bpmn:Definitions');
  expect(warnings.map((warning) => warning.message)).toEqual([]);
  // A new Linter per lint: a reused one keeps rule state between models.
  const linter = new Linter({ resolver: createPolkuResolver(), config: { rules: { [`polku/${ruleName}`]: ['error', config] } } });
  const results = await linter.lint(rootElement);
  return (results[`polku/${ruleName}`] ?? []).map((report) => {
    expect(report.category).toBe('error');
    return { id: report.id, message: report.message };
  });
}

/**
 * Tests one rule against tables of valid and invalid models, as bpmnlint's RuleTester does.
 * (bpmnlint's own tester needs mocha's globals and bpmn-moddle without Polku's descriptors,
 * so this small one runs the same checks under vitest.)
 */
export function ruleTable(ruleName: string, table: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(`polku/${ruleName}`, () => {
    for (const testCase of table.valid) {
      it(`accepts ${testCase.it}`, async () => {
        // when
        const reports = await lintWithRule(ruleName, testCase.xml, testCase.config);
        // then
        expect(reports).toEqual([]);
      });
    }
    for (const testCase of table.invalid) {
      it(`reports ${testCase.it}`, async () => {
        // when
        const reports = await lintWithRule(ruleName, testCase.xml, testCase.config);
        // then
        expect(reports).toEqual(testCase.reports.map(({ id, message }) => ({ id, message: expect.stringContaining(message) })));
      });
    }
  });
}
