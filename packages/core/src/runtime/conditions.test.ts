import { describe, expect, it } from 'vitest';
import { bpmn, fixture } from '../../test/bpmn.js';
import { compileBpmn, loadPathway } from '../compiler.js';
import { feelEvaluator } from '../feel.js';
import { createWalkthrough } from './walkthrough.js';

const pathway = await loadPathway(fixture('pathway.conditions.bpmn'));

describe('gateways decided by FEEL conditions', () => {
  it('takes the first flow whose condition holds, passing system tasks by themselves', () => {
    // given
    const walk = createWalkthrough(pathway, { evaluate: feelEvaluator });
    // when
    walk.complete('Task_Age', { age: 9 });
    // then
    expect(walk.active).toEqual(['Task_School']);
    expect(walk.trace()).toEqual(['Start', 'Task_Age', 'Task_Letter', 'Gateway_Age', 'Task_School']);
  });

  it('takes the default flow when no condition holds', () => {
    const walk = createWalkthrough(pathway, { evaluate: feelEvaluator });
    walk.complete('Task_Age', { age: 4 });
    expect(walk.active).toEqual(['Task_Ecec']);
    expect(walk.trace()).toContain('Gateway_Strict');
  });

  it('reports "no flow can be taken" naming the gateway and keeps the walkthrough where it was', () => {
    // given
    const walk = createWalkthrough(pathway, { evaluate: feelEvaluator });
    // when
    const attempt = () => walk.complete('Task_Age', { age: 40 });
    // then
    expect(attempt).toThrowError(expect.objectContaining({ code: 'no-flow-taken', location: expect.objectContaining({ elementId: 'Gateway_Strict' }) }));
    expect(walk.active).toEqual(['Task_Age']);
  });

  it('asks for an evaluator instead of guessing', () => {
    expect(() => createWalkthrough(pathway)).toThrowError(expect.objectContaining({ code: 'evaluator-missing' }));
  });

  it('marks the pathway as conditional so pages load the evaluator only then', async () => {
    expect(pathway.conditional).toBe(true);
    expect((await loadPathway(fixture('pathway.parallel-loop.bpmn'))).conditional).toBe(false);
  });
});

/** Start → Gateway_1 → End_A | End_B, with the flows given by the test. */
const gateway = (flows: string) =>
  bpmn(`<bpmn:startEvent id="Start" /><bpmn:exclusiveGateway id="Gateway_1" /><bpmn:endEvent id="End_A" /><bpmn:endEvent id="End_B" />
    <bpmn:sequenceFlow id="Flow_0" sourceRef="Start" targetRef="Gateway_1" />${flows}`);

describe('condition diagnostics', () => {
  it('reports invalid FEEL at the flow', async () => {
    const xml = gateway(`<bpmn:sequenceFlow id="Flow_A" sourceRef="Gateway_1" targetRef="End_A"><bpmn:conditionExpression>age &gt;=</bpmn:conditionExpression></bpmn:sequenceFlow>
      <bpmn:sequenceFlow id="Flow_B" sourceRef="Gateway_1" targetRef="End_B"><bpmn:conditionExpression>age &lt; 7</bpmn:conditionExpression></bpmn:sequenceFlow>`);
    const { diagnostics } = await compileBpmn(xml);
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([expect.objectContaining({ code: 'invalid-condition', elementId: 'Flow_A', line: expect.any(Number) })]);
  });

  it('warns about a condition over a variable no step records', async () => {
    const xml = gateway(`<bpmn:sequenceFlow id="Flow_A" sourceRef="Gateway_1" targetRef="End_A"><bpmn:conditionExpression>approved</bpmn:conditionExpression></bpmn:sequenceFlow>
      <bpmn:sequenceFlow id="Flow_B" sourceRef="Gateway_1" targetRef="End_B"><bpmn:conditionExpression>not(approved)</bpmn:conditionExpression></bpmn:sequenceFlow>`);
    const { diagnostics } = await compileBpmn(xml);
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'unknown-variable', severity: 'warning', elementId: 'Flow_A', message: expect.stringContaining('"approved"') }),
      expect.objectContaining({ code: 'unknown-variable', elementId: 'Flow_B' }),
    ]);
  });

  it('requires a condition on every flow but the default', async () => {
    const xml = gateway(`<bpmn:sequenceFlow id="Flow_A" sourceRef="Gateway_1" targetRef="End_A"><bpmn:conditionExpression>age &lt; 7</bpmn:conditionExpression></bpmn:sequenceFlow>
      <bpmn:sequenceFlow id="Flow_B" sourceRef="Gateway_1" targetRef="End_B" />`);
    const { diagnostics } = await compileBpmn(xml);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'condition-missing', elementId: 'Flow_B' })]);
  });
});
