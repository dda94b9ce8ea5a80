import { createWalkthrough } from '@polku/core';
import { loadPathway } from '@polku/core/compiler';
import { describe, expect, it } from 'vitest';
import { elementStates } from './element-states.js';

/** A Finnish-language model of one process; no diagram, the states come from the flows. */
function model(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_1" targetNamespace="urn:polku:test" xml:lang="fi">
  <bpmn:process id="Process_1" isExecutable="true">${body}</bpmn:process>
</bpmn:definitions>`;
}

function flow(id: string, source: string, target: string, name?: string): string {
  return `<bpmn:sequenceFlow id="${id}" sourceRef="${source}" targetRef="${target}"${name ? ` name="${name}"` : ''} />`;
}

/** Start → Task_Prepare → Gateway_Which ("A" → Task_A, "B" → Task_B) → Gateway_Merge → Task_Close → End. */
const decision = model(`<bpmn:startEvent id="Start" />
  <bpmn:userTask id="Task_Prepare" name="Valmistele testitapaus" />
  <bpmn:exclusiveGateway id="Gateway_Which" name="Kumpi?" />
  <bpmn:userTask id="Task_A" name="Tee A" /><bpmn:userTask id="Task_B" name="Tee B" />
  <bpmn:exclusiveGateway id="Gateway_Merge" />
  <bpmn:userTask id="Task_Close" name="Päätä" /><bpmn:endEvent id="End" name="Loppu" />
  ${flow('Flow_Start', 'Start', 'Task_Prepare')}${flow('Flow_ToWhich', 'Task_Prepare', 'Gateway_Which')}
  ${flow('Flow_A', 'Gateway_Which', 'Task_A', 'A')}${flow('Flow_B', 'Gateway_Which', 'Task_B', 'B')}
  ${flow('Flow_AMerge', 'Task_A', 'Gateway_Merge')}${flow('Flow_BMerge', 'Task_B', 'Gateway_Merge')}
  ${flow('Flow_ToClose', 'Gateway_Merge', 'Task_Close')}${flow('Flow_End', 'Task_Close', 'End')}`);

describe('elementStates', () => {
  it('marks the start done, the first step active and the decision after it next', async () => {
    // given
    const walk = createWalkthrough(await loadPathway(decision));

    // when
    const states = elementStates(walk);

    // then
    expect(Object.fromEntries(states)).toEqual({
      Start: 'done',
      Flow_Start: 'done',
      Task_Prepare: 'active',
      Flow_ToWhich: 'next',
      Gateway_Which: 'next',
    });
  });

  it('marks both answers of an open decision next, and after a choice only the path taken done', async () => {
    // given
    const walk = createWalkthrough(await loadPathway(decision));
    walk.complete('Task_Prepare');
    const open = Object.fromEntries(elementStates(walk));

    // when
    walk.choose('Gateway_Which', 'Flow_B');
    walk.complete('Task_B');
    const after = Object.fromEntries(elementStates(walk));

    // then
    expect(open).toMatchObject({ Gateway_Which: 'active', Flow_A: 'next', Task_A: 'next', Flow_B: 'next', Task_B: 'next' });
    expect(after).toMatchObject({ Gateway_Which: 'done', Flow_B: 'done', Task_B: 'done', Flow_BMerge: 'done', Gateway_Merge: 'done', Task_Close: 'active', End: 'next' });
    expect(after).not.toHaveProperty('Task_A');
    expect(after).not.toHaveProperty('Flow_A');
  });

  it('marks a step that a loop leads back to as next rather than done, through the merge before it', async () => {
    // given
    const walk = createWalkthrough(
      await loadPathway(
        model(`<bpmn:startEvent id="Start" /><bpmn:exclusiveGateway id="Gateway_Again" />
          <bpmn:userTask id="Task_Meet" name="Tapaa" /><bpmn:exclusiveGateway id="Gateway_Done" name="Riittääkö?" /><bpmn:endEvent id="End" name="Loppu" />
          ${flow('Flow_Start', 'Start', 'Gateway_Again')}${flow('Flow_Meet', 'Gateway_Again', 'Task_Meet')}${flow('Flow_Ask', 'Task_Meet', 'Gateway_Done')}
          ${flow('Flow_Back', 'Gateway_Done', 'Gateway_Again', 'Ei')}${flow('Flow_End', 'Gateway_Done', 'End', 'Kyllä')}`),
      ),
    );

    // when
    walk.complete('Task_Meet');
    const states = elementStates(walk);

    // then
    expect(states.get('Gateway_Done')).toBe('active');
    expect(states.get('Task_Meet')).toBe('next');
    expect(states.get('Gateway_Again')).toBe('next');
    expect(states.get('End')).toBe('next');
    expect(states.get('Start')).toBe('done');
  });

  it('marks a sub-process active while a step inside it is, and its boundary event next', async () => {
    // given
    const walk = createWalkthrough(
      await loadPathway(
        model(`<bpmn:startEvent id="Start" />
          <bpmn:subProcess id="Sub_Prepare" name="Valmistelu">
            <bpmn:startEvent id="Sub_Start" /><bpmn:userTask id="Task_Inner" name="Kartoita" /><bpmn:endEvent id="Sub_End" />
            ${flow('Flow_In1', 'Sub_Start', 'Task_Inner')}${flow('Flow_In2', 'Task_Inner', 'Sub_End')}
          </bpmn:subProcess>
          <bpmn:boundaryEvent id="Boundary_Late" name="Kuukausi kulunut" attachedToRef="Sub_Prepare"><bpmn:timerEventDefinition><bpmn:timeDuration>P30D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
          <bpmn:userTask id="Task_Decide" name="Päätä" /><bpmn:userTask id="Task_Remind" name="Muistuta" /><bpmn:endEvent id="End" name="Loppu" /><bpmn:endEvent id="End_Late" name="Myöhässä" />
          ${flow('Flow_Start', 'Start', 'Sub_Prepare')}${flow('Flow_Decide', 'Sub_Prepare', 'Task_Decide')}${flow('Flow_End', 'Task_Decide', 'End')}
          ${flow('Flow_Remind', 'Boundary_Late', 'Task_Remind')}${flow('Flow_Late', 'Task_Remind', 'End_Late')}`),
      ),
    );

    // when
    const states = elementStates(walk);

    // then
    expect(states.get('Sub_Prepare')).toBe('active');
    expect(states.get('Task_Inner')).toBe('active');
    expect(states.get('Sub_Start')).toBe('done');
    expect(states.get('Sub_End')).toBe('next');
    expect(states.get('Boundary_Late')).toBe('next');
    expect(states.has('Task_Decide')).toBe(false);
  });
});
