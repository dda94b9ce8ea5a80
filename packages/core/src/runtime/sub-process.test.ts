import { describe, expect, it } from 'vitest';
import { bpmn, fixture } from '../../test/bpmn.js';
import { compileBpmn, loadPathway } from '../compiler.js';
import { createWalkthrough } from './walkthrough.js';

const pathway = await loadPathway(fixture('pathway.sub-process.bpmn'));

describe('embedded sub-processes', () => {
  it('enter at their start event and continue after their end event', () => {
    // given
    const walk = createWalkthrough(pathway);
    // when
    walk.complete('Task_Map');
    walk.complete('Task_Hear');
    // then
    expect(walk.active).toEqual(['Task_Decide']);
    expect(walk.trace()).toEqual([
      'Start', 'Sub_Prepare', 'Sub_Start', 'Sub_Fork', 'Task_Hear', 'Sub_Network', 'Network_Start', 'Task_Map',
      'Network_End', 'Sub_Join', 'Sub_End', 'Task_Decide',
    ]);
  });

  it('show the steps inside nested sub-processes and parallel branches as active', () => {
    const walk = createWalkthrough(pathway);
    expect(walk.active).toEqual(['Task_Hear', 'Task_Map']);
    expect(pathway.nodes.Task_Map!.parent).toBe('Sub_Network');
    expect(pathway.nodes.Sub_Network!.parent).toBe('Sub_Prepare');
  });

  it('count the steps inside them and after them towards the progress estimate', () => {
    const walk = createWalkthrough(pathway);
    expect(walk.progress.remaining).toBe(2);
    walk.complete('Task_Map');
    walk.complete('Task_Hear');
    walk.complete('Task_Decide');
    expect(walk.done).toBe(true);
  });

  it('need a start event of their own', async () => {
    const xml = bpmn(`<bpmn:startEvent id="Start" /><bpmn:subProcess id="Sub_Empty"><bpmn:endEvent id="Sub_End" /></bpmn:subProcess><bpmn:endEvent id="End" />
      <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Sub_Empty" /><bpmn:sequenceFlow id="F2" sourceRef="Sub_Empty" targetRef="End" />`);
    const { diagnostics } = await compileBpmn(xml);
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'missing-start-event', elementId: 'Sub_Empty' }));
  });
});
