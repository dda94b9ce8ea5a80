import type { Pathway, PathwayNode } from '@polku/core';
import { loadPathway } from '@polku/core/compiler';
import { describe, expect, it } from 'vitest';
import { stageOrder } from './stage-order.js';

/** A Finnish-language model of one process; no diagram, the order comes from the flows. */
function model(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_1" targetNamespace="urn:polku:test" xml:lang="fi">
  <bpmn:process id="Process_1" isExecutable="true">${body}</bpmn:process>
</bpmn:definitions>`;
}

function flows(...pairs: [string, string, string?][]): string {
  return pairs.map(([source, target, name], index) => `<bpmn:sequenceFlow id="Flow_${index}" sourceRef="${source}" targetRef="${target}"${name ? ` name="${name}"` : ''} />`).join('');
}

function tasks(...ids: string[]): string {
  return ids.map((id) => `<bpmn:userTask id="${id}" name="Testivaihe ${id}" />`).join('');
}

describe('stageOrder', () => {
  it('lists one branch of a decision to its end before the next branch, and the merge after both', async () => {
    // given
    const pathway = await loadPathway(
      model(`<bpmn:startEvent id="Start" />${tasks('Task_First', 'Task_A1', 'Task_A2', 'Task_B1', 'Task_After')}
        <bpmn:exclusiveGateway id="Gateway_Which" name="Kumpi?" /><bpmn:exclusiveGateway id="Gateway_Merge" /><bpmn:endEvent id="End" name="Loppu" />
        ${flows(['Start', 'Task_First'], ['Task_First', 'Gateway_Which'], ['Gateway_Which', 'Task_B1', 'B'], ['Gateway_Which', 'Task_A1', 'A'], ['Task_A1', 'Task_A2'], ['Task_A2', 'Gateway_Merge'], ['Task_B1', 'Gateway_Merge'], ['Gateway_Merge', 'Task_After'], ['Task_After', 'End'])}`),
    );

    // when
    const order = stageOrder(pathway);

    // then
    expect(order).toEqual(['Task_First', 'Gateway_Which', 'Task_B1', 'Task_A1', 'Task_A2', 'Task_After', 'End']);
  });

  it('keeps a loop back from putting a step before the steps that lead to it', async () => {
    // given
    const pathway = await loadPathway(
      model(`<bpmn:startEvent id="Start" />${tasks('Task_Prepare', 'Task_Follow')}
        <bpmn:exclusiveGateway id="Gateway_Again" /><bpmn:exclusiveGateway id="Gateway_Done" name="Valmis?" /><bpmn:endEvent id="End" name="Loppu" />
        ${flows(['Start', 'Gateway_Again'], ['Gateway_Again', 'Task_Prepare'], ['Task_Prepare', 'Task_Follow'], ['Task_Follow', 'Gateway_Done'], ['Gateway_Done', 'Gateway_Again', 'Ei'], ['Gateway_Done', 'End', 'Kyllä'])}`),
    );

    // when
    const order = stageOrder(pathway);

    // then
    expect(order).toEqual(['Task_Prepare', 'Task_Follow', 'Gateway_Done', 'End']);
  });

  it('puts the steps of a sub-process after it and a boundary event after its activity', async () => {
    // given
    const pathway = await loadPathway(
      model(`<bpmn:startEvent id="Start" />
        <bpmn:subProcess id="Sub_Prepare" name="Valmistelu">
          <bpmn:startEvent id="Sub_Start" />${tasks('Task_Inner')}<bpmn:endEvent id="Sub_End" />
          <bpmn:sequenceFlow id="Flow_In1" sourceRef="Sub_Start" targetRef="Task_Inner" /><bpmn:sequenceFlow id="Flow_In2" sourceRef="Task_Inner" targetRef="Sub_End" />
        </bpmn:subProcess>
        <bpmn:boundaryEvent id="Boundary_Late" name="Kuukausi kulunut" attachedToRef="Sub_Prepare"><bpmn:timerEventDefinition><bpmn:timeDuration>P30D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
        ${tasks('Task_Decide', 'Task_Remind')}<bpmn:endEvent id="End" name="Loppu" /><bpmn:endEvent id="End_Late" name="Myöhässä" />
        ${flows(['Start', 'Sub_Prepare'], ['Sub_Prepare', 'Task_Decide'], ['Task_Decide', 'End'], ['Boundary_Late', 'Task_Remind'], ['Task_Remind', 'End_Late'])}`),
    );

    // when
    const order = stageOrder(pathway);

    // then
    expect(order.indexOf('Sub_Prepare')).toBeLessThan(order.indexOf('Task_Inner'));
    expect(order.indexOf('Task_Inner')).toBeLessThan(order.indexOf('Task_Decide'));
    expect(order.indexOf('Sub_Prepare')).toBeLessThan(order.indexOf('Boundary_Late'));
    expect(order.indexOf('Boundary_Late')).toBeLessThan(order.indexOf('Task_Remind'));
    expect(new Set(order)).toEqual(new Set(['Sub_Prepare', 'Task_Inner', 'Sub_End', 'Boundary_Late', 'Task_Decide', 'Task_Remind', 'End', 'End_Late']));
  });

  it('orders a chain of twenty thousand steps without overflowing the stack', () => {
    // given: built by hand, since compiling that many elements takes seconds
    const ids = ['Start', ...Array.from({ length: 20_000 }, (_, index) => `Task_${index}`), 'End'];
    const node = (id: string, index: number): PathwayNode => ({
      id,
      type: index === 0 ? 'startEvent' : index === ids.length - 1 ? 'endEvent' : 'userTask',
      role: index === 0 ? 'pass' : index === ids.length - 1 ? 'end' : 'step',
      name: {},
      guidance: {},
      incoming: index === 0 ? [] : [`Flow_${index - 1}`],
      outgoing: index === ids.length - 1 ? [] : [`Flow_${index}`],
      legal: [],
      deadlines: [],
      fields: [],
    });
    const pathway: Pathway = {
      format: 'polku-pathway',
      version: 1,
      id: 'Process_Chain',
      hash: 'chain',
      lang: 'fi',
      name: {},
      guidance: {},
      start: 'Start',
      nodes: Object.fromEntries(ids.map((id, index) => [id, node(id, index)])),
      flows: Object.fromEntries(ids.slice(1).map((id, index) => [`Flow_${index}`, { id: `Flow_${index}`, source: ids[index]!, target: id, name: {} }])),
      lanes: [],
      conditional: false,
      machine: { id: 'Process_Chain', states: {} },
    };

    // when
    const order = stageOrder(pathway);

    // then
    expect(order).toEqual(ids.slice(1));
  });
});
