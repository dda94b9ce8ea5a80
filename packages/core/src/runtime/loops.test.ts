import { describe, expect, it } from 'vitest';
import { bpmn } from '../../test/bpmn.js';
import { compileBpmn, enumeratePaths, loadPathway } from '../compiler.js';
import { feelEvaluator } from '../feel.js';
import { createWalkthrough } from './walkthrough.js';

/** Start → Task_Count (records `count` and `visits`) → Task_Visit (with the marker given) → End. */
const looping = (marker: string, visit = '<bpmn:userTask id="Task_Visit" name="Käynti"><bpmn:documentation>x</bpmn:documentation>MARKER</bpmn:userTask>') =>
  bpmn(`<bpmn:startEvent id="Start" />
    <bpmn:userTask id="Task_Count"><bpmn:documentation>x</bpmn:documentation><bpmn:extensionElements>
      <polku:field key="count" type="number" /><polku:field key="visits" type="text" /></bpmn:extensionElements></bpmn:userTask>
    ${visit.replace('MARKER', marker)}<bpmn:endEvent id="End" />
    <bpmn:sequenceFlow id="F0" sourceRef="Start" targetRef="Task_Count" /><bpmn:sequenceFlow id="F1" sourceRef="Task_Count" targetRef="Task_Visit" />
    <bpmn:sequenceFlow id="F2" sourceRef="Task_Visit" targetRef="End" />`);

describe('multi-instance activities', () => {
  it('run once per the count the worker recorded, one round after another', async () => {
    // given
    const walk = createWalkthrough(await loadPathway(looping('<bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>count</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics>')));
    walk.complete('Task_Count', { count: 3 });
    // when
    walk.complete('Task_Visit');
    walk.complete('Task_Visit');
    // then
    expect(walk.active).toEqual(['Task_Visit']);
    expect(walk.snapshot.context.rounds).toEqual({ Task_Visit: { done: 2, total: 3 } });
    walk.complete('Task_Visit');
    expect(walk.done).toBe(true);
    expect(walk.snapshot.context.completed).toEqual(['Task_Count', 'Task_Visit', 'Task_Visit', 'Task_Visit']);
  });

  it('run once per item of a recorded list, and not at all for an empty one', async () => {
    const pathway = await loadPathway(looping('<bpmn:multiInstanceLoopCharacteristics isSequential="true" camunda:collection="${visits}" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" />'));
    const two = createWalkthrough(pathway);
    two.complete('Task_Count', { visits: 'koulu, terveys' });
    two.complete('Task_Visit');
    expect(two.active).toEqual(['Task_Visit']);
    const none = createWalkthrough(pathway);
    none.complete('Task_Count', { visits: '' });
    expect(none.done).toBe(true);
  });

  it('run nothing inside a sub-process with no round, not even the steps that complete by themselves at its start', async () => {
    // given: the sub-process starts with a service task, which completes by itself
    const sub = `<bpmn:subProcess id="Task_Visit">MARKER
      <bpmn:startEvent id="Sub_Start" /><bpmn:serviceTask id="Service_Notify" /><bpmn:userTask id="Task_Inside"><bpmn:documentation>x</bpmn:documentation></bpmn:userTask><bpmn:endEvent id="Sub_End" />
      <bpmn:sequenceFlow id="S0" sourceRef="Sub_Start" targetRef="Service_Notify" /><bpmn:sequenceFlow id="S1" sourceRef="Service_Notify" targetRef="Task_Inside" />
      <bpmn:sequenceFlow id="S2" sourceRef="Task_Inside" targetRef="Sub_End" /></bpmn:subProcess>`;
    const pathway = await loadPathway(looping('<bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>count</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics>', sub));
    const none = createWalkthrough(pathway);
    const one = createWalkthrough(pathway);
    // when
    none.complete('Task_Count', { count: 0 });
    one.complete('Task_Count', { count: 1 });
    // then
    expect(none.done).toBe(true);
    expect(none.snapshot.context.completed).toEqual(['Task_Count']);
    expect(one.active).toEqual(['Task_Inside']);
    expect(one.snapshot.context.completed).toEqual(['Task_Count', 'Service_Notify']);
  });

  it('stop early when the completion condition holds', async () => {
    const pathway = await loadPathway(looping('<bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>5</bpmn:loopCardinality><bpmn:completionCondition>loopCounter &gt;= 2</bpmn:completionCondition></bpmn:multiInstanceLoopCharacteristics>'));
    const walk = createWalkthrough(pathway, { evaluate: feelEvaluator });
    walk.complete('Task_Count');
    walk.complete('Task_Visit');
    walk.complete('Task_Visit');
    expect(walk.done).toBe(true);
  });

  it('refuse a count that is an expression Polku cannot read', async () => {
    const { diagnostics } = await compileBpmn(looping('<bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>count * 2</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics>'));
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'unsupported-element', elementId: 'Task_Visit', message: expect.stringContaining('count * 2') })]);
  });
});

describe('standard loops', () => {
  it('repeat a sub-process while the loop condition holds, at most the maximum', async () => {
    // given
    const sub = `<bpmn:subProcess id="Task_Visit">MARKER<bpmn:startEvent id="S" /><bpmn:userTask id="Task_Meet"><bpmn:documentation>x</bpmn:documentation><bpmn:extensionElements><polku:field key="again" type="boolean" /></bpmn:extensionElements></bpmn:userTask><bpmn:endEvent id="E" />
      <bpmn:sequenceFlow id="S1" sourceRef="S" targetRef="Task_Meet" /><bpmn:sequenceFlow id="S2" sourceRef="Task_Meet" targetRef="E" /></bpmn:subProcess>`;
    const pathway = await loadPathway(looping('<bpmn:standardLoopCharacteristics loopMaximum="3"><bpmn:loopCondition>again</bpmn:loopCondition></bpmn:standardLoopCharacteristics>', sub));
    const walk = createWalkthrough(pathway, { evaluate: feelEvaluator });
    walk.complete('Task_Count');
    // when
    walk.complete('Task_Meet', { again: true });
    walk.complete('Task_Meet', { again: true });
    // then
    expect(walk.active).toEqual(['Task_Meet']);
    walk.complete('Task_Meet', { again: true });
    expect(walk.done).toBe(true);
    expect(walk.trace().filter((id) => id === 'Task_Visit')).toHaveLength(3);
  });

  it('repeat a task while the value it records itself says so', async () => {
    // given
    const task = '<bpmn:userTask id="Task_Visit"><bpmn:documentation>x</bpmn:documentation>MARKER<bpmn:extensionElements><polku:field key="more" type="boolean" /></bpmn:extensionElements></bpmn:userTask>';
    const walk = createWalkthrough(await loadPathway(looping('<bpmn:standardLoopCharacteristics><bpmn:loopCondition>more</bpmn:loopCondition></bpmn:standardLoopCharacteristics>', task)), { evaluate: feelEvaluator });
    walk.complete('Task_Count');
    // when
    walk.complete('Task_Visit', { more: true });
    // then
    expect(walk.active).toEqual(['Task_Visit']);
    walk.complete('Task_Visit', { more: false });
    expect(walk.done).toBe(true);
  });

  it('need a condition or a maximum', async () => {
    const { diagnostics } = await compileBpmn(looping('<bpmn:standardLoopCharacteristics />'));
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'unsupported-element', message: expect.stringContaining('neither a loop condition nor a loop maximum') })]);
  });

  it('appear in the listed paths once per round', async () => {
    const pathway = await loadPathway(looping('<bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>count</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics>'));
    const { paths } = await enumeratePaths(pathway, { maxLoops: 0 });
    expect(paths.map((path) => [path.data, path.completed.filter((id) => id === 'Task_Visit').length])).toEqual([
      [{ count: 0 }, 0],
      [{ count: 1 }, 1],
      [{ count: 2 }, 2],
      [{ count: 3 }, 3],
    ]);
  });
});
