import { indexPositions } from '@polku/core/compiler';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintModel } from '../lib/lint-model.js';
import { bpmn } from './_support/bpmn.js';

const clean = readFileSync(new URL('./fixtures/lint-model.clean.bpmn', import.meta.url), 'utf8');
const file = 'test/fixtures/lint-model.clean.bpmn';

describe('lintModel', () => {
  it('finds nothing in a complete, drawn and translated pathway', async () => {
    // when
    const diagnostics = await lintModel(clean, { file });
    // then
    expect(diagnostics).toEqual([]);
  });

  it('reports an unnamed decision with file, line, column, rule and element', async () => {
    // given
    const xml = clean.replace(' name="Tarvitaanko tukea?"', '');
    // when
    const diagnostics = await lintModel(xml, { file, positions: indexPositions(xml).positions });
    // then
    expect(diagnostics).toEqual([
      { severity: 'error', code: 'label-required', message: 'Element is missing label/name', file, line: 27, column: 5, elementId: 'Gateway_Need', elementType: 'bpmn:ExclusiveGateway' },
      { severity: 'error', code: 'polku/decision-named', message: expect.stringContaining('Decision has no name'), file, line: 27, column: 5, elementId: 'Gateway_Need', elementType: 'bpmn:ExclusiveGateway' },
    ]);
  });

  it('leaves out line and column when no positions are given', async () => {
    // when
    const [diagnostic] = await lintModel(clean.replace('<bpmn:documentation>Järjestä tuki yhdessä perheen kanssa.</bpmn:documentation>', ''));
    // then
    expect(diagnostic).toEqual({ severity: 'error', code: 'polku/guidance-required', message: expect.stringContaining('Task has no guidance'), elementId: 'Task_Support', elementType: 'bpmn:ManualTask' });
  });

  it('reports warnings as warnings', async () => {
    // given
    const xml = clean.replace('<i18n:translation xml:lang="en">Arrange support</i18n:translation>', '');
    // when
    const diagnostics = await lintModel(xml);
    // then
    expect(diagnostics.map((diagnostic) => [diagnostic.severity, diagnostic.code, diagnostic.elementId])).toEqual([['warning', 'polku/translations-complete', 'Task_Support']]);
  });

  it('applies a given config instead of the recommended one', async () => {
    // given
    const xml = clean.replace(' name="Tarvitaanko tukea?"', '');
    // when
    const diagnostics = await lintModel(xml, { config: { rules: { 'polku/decision-named': 'warn' } } });
    // then
    expect(diagnostics.map((diagnostic) => [diagnostic.severity, diagnostic.code])).toEqual([['warning', 'polku/decision-named']]);
  });

  it('does not report hand-written flow nodes without incoming and outgoing lists as disconnected', async () => {
    // given: flows only carry sourceRef and targetRef, which BPMN makes authoritative
    const xml = clean.replace(/\s*<bpmn:(incoming|outgoing)>[^<]*<\/bpmn:\1>/g, '');
    // when
    const diagnostics = await lintModel(xml);
    // then
    expect(diagnostics).toEqual([]);
  });

  it('keeps conditional-flows quiet on worker decisions and reports a gateway half decided by conditions', async () => {
    // given: the clean model's Gateway_Need is a worker decision (no conditions, no default)
    const halfConditional = clean
      .replace('<bpmn:exclusiveGateway id="Gateway_Need" name="Tarvitaanko tukea?">', '<bpmn:exclusiveGateway id="Gateway_Need" name="Tarvitaanko tukea?" default="Flow_No">')
      .replace('<bpmn:sequenceFlow id="Flow_Yes" name="Kyllä" sourceRef="Gateway_Need" targetRef="Task_Support">', '<bpmn:sequenceFlow id="Flow_Yes" name="Kyllä" sourceRef="Gateway_Need" targetRef="Task_Support"><bpmn:conditionExpression>= needFound</bpmn:conditionExpression>')
      .replace('<bpmn:sequenceFlow id="Flow_No" name="Ei"', '<bpmn:sequenceFlow id="Flow_Other" name="Muu" sourceRef="Gateway_Need" targetRef="Gateway_Merge" /><bpmn:sequenceFlow id="Flow_No" name="Ei"');
    // when
    const onDecision = await lintModel(clean, { config: { rules: { 'bpmnlint/conditional-flows': 'error' } } });
    const onConditions = await lintModel(halfConditional, { config: { rules: { 'bpmnlint/conditional-flows': 'error' } } });
    // then
    expect(onDecision).toEqual([]);
    expect(onConditions).toEqual([{ severity: 'error', code: 'conditional-flows', message: 'Sequence flow is missing condition', elementId: 'Flow_Other', elementType: 'bpmn:SequenceFlow' }]);
  });

  it('turns XML it cannot read into one error instead of throwing', async () => {
    // when
    const broken = await lintModel('<bpmn:definitions', { file: 'broken.bpmn' });
    const notBpmn = await lintModel('<?xml version="1.0"?><html><body /></html>', { file: 'page.html' });
    // then
    expect(broken).toEqual([{ severity: 'error', code: 'xml-not-well-formed', message: expect.stringContaining('The XML cannot be read'), file: 'broken.bpmn' }]);
    expect(notBpmn).toEqual([{ severity: 'error', code: 'not-bpmn', message: expect.stringContaining('not a BPMN 2.0 model'), file: 'page.html' }]);
  });

  it("reports bpmn-moddle's import warnings, with the element when it has one", async () => {
    // given
    const xml = bpmn('<bpmn:userTask id="Task_1" name="Testitapaus" default="Flow_Missing"><bpmn:documentation>Tee näin.</bpmn:documentation></bpmn:userTask>', { lang: 'fi' });
    // when
    const diagnostics = await lintModel(xml, { config: { rules: {} } });
    // then
    expect(diagnostics).toEqual([{ severity: 'warning', code: 'import-warning', message: expect.stringContaining('unresolved reference <Flow_Missing>'), elementId: 'Task_1', elementType: 'bpmn:UserTask' }]);
  });

  it('lints the same model twice with the same result, because each call gets a new Linter', async () => {
    // given
    const xml = clean.replace(' name="Tarvitaanko tukea?"', '');
    // when
    const first = await lintModel(xml);
    const second = await lintModel(xml);
    // then
    expect(second).toEqual(first);
  });
});
