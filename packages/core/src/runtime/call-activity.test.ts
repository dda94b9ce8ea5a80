import { describe, expect, it } from 'vitest';
import { bpmn } from '../../test/bpmn.js';
import { compileBpmn, loadPathway } from '../compiler.js';
import { createWalkthrough } from './walkthrough.js';

const caller = (calledElement: string, extraRoot = '') =>
  bpmn(
    `<bpmn:startEvent id="Start" /><bpmn:callActivity id="Call_1" name="Kutsu" calledElement="${calledElement}" /><bpmn:endEvent id="End" />
     <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Call_1" /><bpmn:sequenceFlow id="F2" sourceRef="Call_1" targetRef="End" />`,
    { extraRoot },
  );

const called = (id: string, body = '<bpmn:userTask id="Task_Inner" name="Sisällä"><bpmn:documentation>Tee.</bpmn:documentation></bpmn:userTask>', inner = 'Task_Inner') => `
  <bpmn:process id="${id}">
    <bpmn:laneSet id="LaneSet_${id}"><bpmn:lane id="Lane_Inner" name="Perhehoitaja"><bpmn:flowNodeRef>${inner}</bpmn:flowNodeRef></bpmn:lane></bpmn:laneSet>
    <bpmn:startEvent id="${id}_Start" />${body}<bpmn:endEvent id="${id}_End" />
    <bpmn:sequenceFlow id="${id}_F1" sourceRef="${id}_Start" targetRef="${inner}" /><bpmn:sequenceFlow id="${id}_F2" sourceRef="${inner}" targetRef="${id}_End" />
  </bpmn:process>`;

describe('call activities', () => {
  it('walk a process of the same file inline, with ids prefixed by the call activity', async () => {
    // given
    const pathway = await loadPathway(caller('Process_Called', called('Process_Called')));
    // when
    const walk = createWalkthrough(pathway);
    // then
    expect(walk.active).toEqual(['Call_1/Task_Inner']);
    expect(pathway.nodes['Call_1']).toMatchObject({ type: 'callActivity', role: 'scope', calls: 'Process_Called', start: 'Call_1/Process_Called_Start' });
    expect(pathway.nodes['Call_1/Task_Inner']).toMatchObject({ parent: 'Call_1', lane: 'Call_1/Lane_Inner', name: { fi: 'Sisällä' } });
    expect(pathway.lanes).toContainEqual({ id: 'Call_1/Lane_Inner', name: { fi: 'Perhehoitaja' } });
    walk.complete('Call_1/Task_Inner');
    expect(walk.done).toBe(true);
    expect(walk.trace()).toEqual(['Start', 'Call_1', 'Call_1/Process_Called_Start', 'Call_1/Task_Inner', 'Call_1/Process_Called_End', 'End']);
  });

  it('find the called process in another file through loadProcess', async () => {
    // given
    const other = bpmn('', { processId: 'Unused' }).replace(/<bpmn:process[\s\S]*<\/bpmn:process>/, called('Process_Elsewhere'));
    // when
    const { pathway, diagnostics } = await compileBpmn(caller('Process_Elsewhere'), {
      file: 'main.bpmn',
      loadProcess: async (id) => (id === 'Process_Elsewhere' ? { xml: other, file: 'elsewhere.bpmn' } : undefined),
    });
    // then
    expect(diagnostics).toEqual([]);
    expect(Object.keys(pathway!.nodes)).toContain('Call_1/Task_Inner');
  });

  it('report a problem inside a called file at that file and its own element id', async () => {
    // given: the called task has no outgoing flow
    const other = bpmn('').replace(/<bpmn:process[\s\S]*<\/bpmn:process>/, called('Process_Broken').replace('<bpmn:sequenceFlow id="Process_Broken_F2" sourceRef="Task_Inner" targetRef="Process_Broken_End" />', ''));
    // when
    const { diagnostics } = await compileBpmn(caller('Process_Broken'), { file: 'main.bpmn', loadProcess: async () => ({ xml: other, file: 'broken.bpmn' }) });
    // then
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'missing-outgoing-flow', file: 'broken.bpmn', elementId: 'Task_Inner', line: expect.any(Number) }));
  });

  it('report a call to a process that is nowhere', async () => {
    const { diagnostics } = await compileBpmn(caller('Process_Nowhere'), { file: 'main.bpmn' });
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'called-process-missing', elementId: 'Call_1', file: 'main.bpmn' })]);
  });

  it('refuse a process that calls itself', async () => {
    const recursive = called('Process_Loop', '<bpmn:callActivity id="Call_Again" name="Uudelleen" calledElement="Process_Loop" />', 'Call_Again');
    const { diagnostics } = await compileBpmn(caller('Process_Loop', recursive));
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'recursive-call', elementId: 'Call_Again' }));
  });
});
