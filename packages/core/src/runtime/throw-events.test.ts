import { describe, expect, it } from 'vitest';
import { bpmn } from '../../test/bpmn.js';
import { loadPathway } from '../compiler.js';
import { createWalkthrough } from './walkthrough.js';

const signalA = '<bpmn:signal id="Signal_A" name="A" /><bpmn:signal id="Signal_B" name="B" />';

/** Start → Sub → End; inside Sub: Sub_Start → `throwing` → Sub_End, beside `inside` (event sub-processes). */
function subProcess(throwing: string, inside: string, outside = ''): string {
  return bpmn(`<bpmn:startEvent id="Start" /><bpmn:endEvent id="End" />
    <bpmn:subProcess id="Sub">
      <bpmn:startEvent id="Sub_Start" />${throwing}<bpmn:endEvent id="Sub_End" />
      <bpmn:sequenceFlow id="S1" sourceRef="Sub_Start" targetRef="Throw" /><bpmn:sequenceFlow id="S2" sourceRef="Throw" targetRef="Sub_End" />
      ${inside}
    </bpmn:subProcess>${outside}
    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Sub" /><bpmn:sequenceFlow id="F2" sourceRef="Sub" targetRef="End" />`, { extraRoot: signalA });
}

/** An event sub-process `id` started by `startDefinition`, ending at `<id>_End` (with `endDefinition`). */
function eventSubProcess(id: string, startDefinition: string, { interrupting = true, endDefinition = '' } = {}): string {
  return `<bpmn:subProcess id="${id}" triggeredByEvent="true">
      <bpmn:startEvent id="${id}_Start" isInterrupting="${interrupting}">${startDefinition}</bpmn:startEvent>
      <bpmn:endEvent id="${id}_End">${endDefinition}</bpmn:endEvent>
      <bpmn:sequenceFlow id="${id}_F" sourceRef="${id}_Start" targetRef="${id}_End" />
    </bpmn:subProcess>`;
}

describe('a signal thrown inside a sub-process', () => {
  it('stops the token that threw it when it starts an interrupting event sub-process of that sub-process', async () => {
    // given: the signal starts Esp, which cancels Sub before the throw's token reaches Sub_End (BPMN 2.0.2 §10.3.5)
    const pathway = await loadPathway(
      subProcess('<bpmn:intermediateThrowEvent id="Throw"><bpmn:signalEventDefinition signalRef="Signal_A" /></bpmn:intermediateThrowEvent>', eventSubProcess('Esp', '<bpmn:signalEventDefinition signalRef="Signal_A" />')),
    );
    // when
    const walk = createWalkthrough(pathway);
    // then
    expect(walk.done).toBe(true);
    expect(walk.trace()).toEqual(['Start', 'Sub', 'Sub_Start', 'Throw', 'Esp', 'Esp_Start', 'Esp_End', 'End']);
    expect(walk.snapshot.context.completed).toEqual(['Esp', 'Sub']);
  });

  it('starts no non-interrupting event sub-process beside the interrupting one it starts', async () => {
    // given
    const pathway = await loadPathway(
      subProcess(
        '<bpmn:intermediateThrowEvent id="Throw"><bpmn:signalEventDefinition signalRef="Signal_A" /></bpmn:intermediateThrowEvent>',
        eventSubProcess('Side', '<bpmn:signalEventDefinition signalRef="Signal_A" />', { interrupting: false }) + eventSubProcess('Esp', '<bpmn:signalEventDefinition signalRef="Signal_A" />'),
      ),
    );
    // when
    const walk = createWalkthrough(pathway);
    // then
    expect(walk.done).toBe(true);
    expect(walk.trace()).toEqual(['Start', 'Sub', 'Sub_Start', 'Throw', 'Esp', 'Esp_Start', 'Esp_End', 'End']);
  });

  it('lets the interrupting event sub-process it started throw again to a boundary event of the sub-process', async () => {
    // given: unnamed signals (no signalRef) all share one signal; Esp_End throws it again, and now Boundary catches it
    const unnamed = '<bpmn:signalEventDefinition />';
    const pathway = await loadPathway(
      subProcess(
        `<bpmn:intermediateThrowEvent id="Throw">${unnamed}</bpmn:intermediateThrowEvent>`,
        eventSubProcess('Esp', unnamed, { endDefinition: unnamed }),
        `<bpmn:boundaryEvent id="Boundary" attachedToRef="Sub">${unnamed}</bpmn:boundaryEvent><bpmn:endEvent id="End_Boundary" />
        <bpmn:sequenceFlow id="F3" sourceRef="Boundary" targetRef="End_Boundary" />`,
      ),
    );
    // when
    const walk = createWalkthrough(pathway);
    // then
    expect(walk.done).toBe(true);
    expect(walk.trace()).toEqual(['Start', 'Sub', 'Sub_Start', 'Throw', 'Esp', 'Esp_Start', 'Esp_End', 'Boundary', 'End_Boundary']);
    expect(walk.snapshot.context.completed).toEqual([]);
  });

  it('reaches a boundary event without a signalRef when thrown without one', async () => {
    // given
    const unnamed = '<bpmn:signalEventDefinition />';
    const pathway = await loadPathway(
      subProcess(
        `<bpmn:intermediateThrowEvent id="Throw">${unnamed}</bpmn:intermediateThrowEvent>`,
        '',
        `<bpmn:boundaryEvent id="Boundary" attachedToRef="Sub">${unnamed}</bpmn:boundaryEvent><bpmn:endEvent id="End_Boundary" />
        <bpmn:sequenceFlow id="F3" sourceRef="Boundary" targetRef="End_Boundary" />`,
      ),
    );
    // when
    const walk = createWalkthrough(pathway);
    // then
    expect(walk.trace()).toEqual(['Start', 'Sub', 'Sub_Start', 'Throw', 'Boundary', 'End_Boundary']);
  });
});

describe('an escalation thrown inside a sub-process', () => {
  it('starts the side path of a non-interrupting escalation boundary event and goes on', async () => {
    // given
    const pathway = await loadPathway(
      subProcess(
        '<bpmn:intermediateThrowEvent id="Throw"><bpmn:escalationEventDefinition /></bpmn:intermediateThrowEvent>',
        '',
        `<bpmn:boundaryEvent id="Boundary" attachedToRef="Sub" cancelActivity="false"><bpmn:escalationEventDefinition /></bpmn:boundaryEvent><bpmn:endEvent id="End_Boundary" />
        <bpmn:sequenceFlow id="F3" sourceRef="Boundary" targetRef="End_Boundary" />`,
      ),
    );
    // when
    const walk = createWalkthrough(pathway);
    // then
    expect(walk.done).toBe(true);
    expect(walk.trace().toSorted()).toEqual(['Boundary', 'End', 'End_Boundary', 'Start', 'Sub', 'Sub_End', 'Sub_Start', 'Throw']);
    expect(walk.snapshot.context.completed).toEqual(['Sub']);
  });
});
