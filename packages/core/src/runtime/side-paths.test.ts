import { describe, expect, it } from 'vitest';
import { bpmn, fixture } from '../../test/bpmn.js';
import { enumeratePaths, loadPathway } from '../compiler.js';
import { createWalkthrough } from './walkthrough.js';

const pathway = await loadPathway(fixture('pathway.side-paths.bpmn'));
/** A clock that reads 1 March for the first `calls` readings and 20 March after. */
function clockJumpingAfter(calls: number) {
  let count = 0;
  return () => new Date(Date.UTC(2026, 2, ++count > calls ? 20 : 1));
}

describe('non-interrupting boundary events', () => {
  it('start a side path while their activity goes on', () => {
    // given
    const walk = createWalkthrough(pathway);
    // when
    walk.trigger('Boundary_Info');
    // then
    expect(walk.active).toEqual(['Task_Main', 'Task_Note']);
    walk.complete('Task_Note');
    expect(walk.active).toEqual(['Task_Main']);
    expect(walk.triggers.map((trigger) => trigger.elementId)).toEqual(['Boundary_Info']);
  });

  it('cannot fire again while their side path runs, nor after their activity is done', () => {
    const walk = createWalkthrough(pathway);
    walk.trigger('Boundary_Info');
    expect(walk.triggers.map((trigger) => trigger.elementId)).toEqual([]);
    walk.complete('Task_Main');
    expect(() => walk.trigger('Boundary_Info')).toThrowError(expect.objectContaining({ code: 'trigger-not-available' }));
  });

  it('keep the process open until their side path ends', () => {
    // given
    const walk = createWalkthrough(pathway);
    walk.trigger('Boundary_Info');
    walk.complete('Task_Main');
    walk.complete('Task_Plan');
    // then
    expect(walk.done).toBe(false);
    expect(walk.active).toEqual(['Task_Note']);
    walk.complete('Task_Note');
    expect(walk.done).toBe(true);
  });
});

describe('event sub-processes', () => {
  it('run a non-interrupting one beside the main flow when its timer is due', () => {
    // given
    const walk = createWalkthrough(pathway, { clock: clockJumpingAfter(2) });
    walk.complete('Task_Main');
    // when
    expect(walk.triggers).toEqual([expect.objectContaining({ elementId: 'Esp_Reminder_Start', kind: 'timer' }), { elementId: 'Esp_Stop_Start', kind: 'message' }]);
    walk.trigger('Esp_Reminder_Start');
    // then
    expect(walk.active).toEqual(['Task_Plan', 'Task_Remind']);
    walk.complete('Task_Remind');
    expect(walk.active).toEqual(['Task_Plan']);
  });

  it('stop everything else in their scope when an interrupting one starts', () => {
    // given
    const walk = createWalkthrough(pathway);
    walk.complete('Task_Main');
    // when
    walk.trigger('Esp_Stop_Start');
    // then
    expect(walk.active).toEqual(['Task_Stop']);
    walk.complete('Task_Stop');
    expect(walk.done).toBe(true);
    expect(walk.trace().slice(-5)).toEqual(['Esp_Stop', 'Esp_Stop_Start', 'Task_Stop', 'Esp_Stop_End', 'End_Main']);
    expect(walk.snapshot.context.completed).toEqual(['Task_Main', 'Task_Stop', 'Esp_Stop', 'Sub_Care']);
  });

  it('catch an error thrown at their level', async () => {
    // given
    const xml = bpmn(`<bpmn:startEvent id="Start" /><bpmn:exclusiveGateway id="Ok" name="Onnistuiko?"><bpmn:documentation>x</bpmn:documentation></bpmn:exclusiveGateway>
      <bpmn:endEvent id="End" /><bpmn:endEvent id="Fail"><bpmn:errorEventDefinition errorRef="Error_1" /></bpmn:endEvent>
      <bpmn:sequenceFlow id="F0" sourceRef="Start" targetRef="Ok" /><bpmn:sequenceFlow id="F1" name="Kyllä" sourceRef="Ok" targetRef="End" /><bpmn:sequenceFlow id="F2" name="Ei" sourceRef="Ok" targetRef="Fail" />
      <bpmn:subProcess id="Esp_Error" triggeredByEvent="true"><bpmn:startEvent id="Caught"><bpmn:errorEventDefinition errorRef="Error_1" /></bpmn:startEvent>
        <bpmn:userTask id="Task_Fix"><bpmn:documentation>x</bpmn:documentation></bpmn:userTask><bpmn:endEvent id="Fixed" />
        <bpmn:sequenceFlow id="E1" sourceRef="Caught" targetRef="Task_Fix" /><bpmn:sequenceFlow id="E2" sourceRef="Task_Fix" targetRef="Fixed" /></bpmn:subProcess>`, { extraRoot: '<bpmn:error id="Error_1" errorCode="failed" />' });
    const walk = createWalkthrough(await loadPathway(xml));
    // when
    walk.choose('Ok', 'F2');
    // then
    expect(walk.active).toEqual(['Task_Fix']);
    walk.complete('Task_Fix');
    expect(walk.done).toBe(true);
  });

  it('appear in the listed paths as triggers', async () => {
    const { paths } = await enumeratePaths(pathway, { maxLoops: 0 });
    expect(paths.some((path) => path.steps.some((step) => step.kind === 'message' && step.element === 'Esp_Stop_Start'))).toBe(true);
    expect(paths.some((path) => path.steps.some((step) => step.kind === 'message' && step.element === 'Boundary_Info'))).toBe(true);
  });
});
