import { describe, expect, it } from 'vitest';
import { bpmn } from '../../test/bpmn.js';
import { compileBpmn, enumeratePaths, loadPathway } from '../compiler.js';
import { feelEvaluator } from '../feel.js';
import { createWalkthrough } from './walkthrough.js';

/** Start → Gateway_Which (inclusive) → Task_A | Task_B | Task_C → Gateway_Join (inclusive) → End. */
const block = (gateway: string, flows: [string, string, string] = ['', '', '']) =>
  bpmn(`<bpmn:startEvent id="Start" />${gateway}
    <bpmn:userTask id="Task_A"><bpmn:documentation>A</bpmn:documentation></bpmn:userTask>
    <bpmn:userTask id="Task_B"><bpmn:documentation>B</bpmn:documentation></bpmn:userTask>
    <bpmn:userTask id="Task_C"><bpmn:documentation>C</bpmn:documentation></bpmn:userTask>
    <bpmn:inclusiveGateway id="Gateway_Join" /><bpmn:endEvent id="End" />
    <bpmn:sequenceFlow id="F0" sourceRef="Start" targetRef="Gateway_Which" />
    <bpmn:sequenceFlow id="Flow_A" name="Koulu" sourceRef="Gateway_Which" targetRef="Task_A">${flows[0]}</bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="Flow_B" name="Terveys" sourceRef="Gateway_Which" targetRef="Task_B">${flows[1]}</bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="Flow_C" name="Harrastus" sourceRef="Gateway_Which" targetRef="Task_C">${flows[2]}</bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="FA" sourceRef="Task_A" targetRef="Gateway_Join" /><bpmn:sequenceFlow id="FB" sourceRef="Task_B" targetRef="Gateway_Join" />
    <bpmn:sequenceFlow id="FC" sourceRef="Task_C" targetRef="Gateway_Join" /><bpmn:sequenceFlow id="F9" sourceRef="Gateway_Join" targetRef="End" />`);

describe('inclusive gateways', () => {
  it('let the worker choose several answers and join when every chosen branch is done', async () => {
    // given
    const walk = createWalkthrough(await loadPathway(block('<bpmn:inclusiveGateway id="Gateway_Which" name="Mitä järjestetään?"><bpmn:documentation>Valitse.</bpmn:documentation></bpmn:inclusiveGateway>')));
    // when
    walk.choose('Gateway_Which', ['Flow_A', 'Flow_C']);
    // then
    expect(walk.active).toEqual(['Task_A', 'Task_C']);
    walk.complete('Task_C');
    expect(walk.active).toEqual(['Task_A']);
    walk.complete('Task_A');
    expect(walk.done).toBe(true);
    expect(walk.trace()).toEqual(['Start', 'Gateway_Which', 'Task_A', 'Task_C', 'Gateway_Join', 'End']);
  });

  it('refuse an empty or foreign selection', async () => {
    const walk = createWalkthrough(await loadPathway(block('<bpmn:inclusiveGateway id="Gateway_Which" name="Mitä?"><bpmn:documentation>Valitse.</bpmn:documentation></bpmn:inclusiveGateway>')));
    expect(() => walk.choose('Gateway_Which', [])).toThrowError(expect.objectContaining({ code: 'unknown-answer' }));
    expect(() => walk.choose('Gateway_Which', ['Flow_A', 'F0'])).toThrowError(expect.objectContaining({ code: 'unknown-answer' }));
  });

  it('take every flow whose condition holds, else the default', async () => {
    // given
    const conditions: [string, string, string] = [
      '<bpmn:conditionExpression>school</bpmn:conditionExpression>',
      '<bpmn:conditionExpression>health</bpmn:conditionExpression>',
      '',
    ];
    const xml = block('<bpmn:inclusiveGateway id="Gateway_Which" default="Flow_C" />', conditions).replace(
      '<bpmn:sequenceFlow id="F0" sourceRef="Start" targetRef="Gateway_Which" />',
      '<bpmn:userTask id="Task_Needs"><bpmn:documentation>x</bpmn:documentation><bpmn:extensionElements><polku:field key="school" type="boolean" /><polku:field key="health" type="boolean" /></bpmn:extensionElements></bpmn:userTask><bpmn:sequenceFlow id="F0" sourceRef="Start" targetRef="Task_Needs" /><bpmn:sequenceFlow id="F00" sourceRef="Task_Needs" targetRef="Gateway_Which" />',
    );
    const pathway = await loadPathway(xml);
    // when
    const both = createWalkthrough(pathway, { evaluate: feelEvaluator });
    both.complete('Task_Needs', { school: true, health: true });
    const none = createWalkthrough(pathway, { evaluate: feelEvaluator });
    none.complete('Task_Needs', { school: false, health: false });
    // then
    expect(both.active).toEqual(['Task_A', 'Task_B']);
    expect(none.active).toEqual(['Task_C']);
  });

  it('pass a token straight through an inclusive gateway that only merges', async () => {
    const xml = bpmn(`<bpmn:startEvent id="Start" /><bpmn:exclusiveGateway id="Choice" name="Kumpi?"><bpmn:documentation>x</bpmn:documentation></bpmn:exclusiveGateway>
      <bpmn:userTask id="Task_A"><bpmn:documentation>x</bpmn:documentation></bpmn:userTask><bpmn:userTask id="Task_B"><bpmn:documentation>x</bpmn:documentation></bpmn:userTask>
      <bpmn:inclusiveGateway id="Merge" /><bpmn:endEvent id="End" />
      <bpmn:sequenceFlow id="F0" sourceRef="Start" targetRef="Choice" /><bpmn:sequenceFlow id="F1" name="A" sourceRef="Choice" targetRef="Task_A" />
      <bpmn:sequenceFlow id="F2" name="B" sourceRef="Choice" targetRef="Task_B" /><bpmn:sequenceFlow id="F3" sourceRef="Task_A" targetRef="Merge" />
      <bpmn:sequenceFlow id="F4" sourceRef="Task_B" targetRef="Merge" /><bpmn:sequenceFlow id="F5" sourceRef="Merge" targetRef="End" />`);
    const walk = createWalkthrough(await loadPathway(xml));
    walk.choose('Choice', 'F2');
    walk.complete('Task_B');
    expect(walk.done).toBe(true);
  });

  it('refuse a fork whose branches meet in a join of another kind', async () => {
    const xml = block('<bpmn:inclusiveGateway id="Gateway_Which" name="Mitä?"><bpmn:documentation>x</bpmn:documentation></bpmn:inclusiveGateway>').replace('<bpmn:inclusiveGateway id="Gateway_Join" />', '<bpmn:parallelGateway id="Gateway_Join" />');
    const { diagnostics } = await compileBpmn(xml);
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'unstructured-parallel', elementId: 'Gateway_Join' }));
  });

  it('list every non-empty choice as a path', async () => {
    const pathway = await loadPathway(block('<bpmn:inclusiveGateway id="Gateway_Which" name="Mitä?"><bpmn:documentation>x</bpmn:documentation></bpmn:inclusiveGateway>'));
    const { paths } = await enumeratePaths(pathway);
    expect(paths.map((path) => (path.steps[0] as { flows: string[] }).flows)).toEqual([
      ['Flow_A'], ['Flow_B'], ['Flow_C'], ['Flow_A', 'Flow_B'], ['Flow_A', 'Flow_C'], ['Flow_B', 'Flow_C'], ['Flow_A', 'Flow_B', 'Flow_C'],
    ]);
  });
});
