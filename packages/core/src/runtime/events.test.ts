import { describe, expect, it } from 'vitest';
import { bpmn, fixture } from '../../test/bpmn.js';
import { compileBpmn, loadPathway } from '../compiler.js';
import { createWalkthrough } from './walkthrough.js';

const pathway = await loadPathway(fixture('pathway.events.bpmn'));
const day = (date: string) => () => new Date(`${date}T09:00:00.000Z`);

function clockAt(dates: string[]) {
  let index = 0;
  return () => new Date(`${dates[Math.min(index++, dates.length - 1)]}T09:00:00.000Z`);
}

describe('event-based gateways and catch events', () => {
  it('wait for the first event and withdraw the others', () => {
    // given
    const walk = createWalkthrough(pathway, { clock: day('2026-03-02') });
    walk.complete('Task_Ask');
    // when
    expect(walk.active).toEqual(['Gateway_Wait']);
    expect(walk.triggers.map((trigger) => [trigger.elementId, trigger.kind])).toEqual([['Catch_Statement', 'message'], ['Catch_Late', 'timer']]);
    walk.trigger('Catch_Statement');
    // then
    expect(walk.active).toEqual(['Gateway_Consent']);
    expect(walk.trace().slice(0, 5)).toEqual(['Start', 'Task_Ask', 'Gateway_Wait', 'Catch_Statement', 'Sub_Prepare']);
  });

  it('record when a timer is due and refuse it before then', () => {
    // given: the question is asked on 2 March; the clock then says 10 March, then 16 March
    const walk = createWalkthrough(pathway, { clock: clockAt(['2026-03-02', '2026-03-02', '2026-03-10', '2026-03-16']) });
    walk.complete('Task_Ask');
    // then
    expect(walk.triggers.find((trigger) => trigger.elementId === 'Catch_Late')?.due).toBe('2026-03-16T09:00:00.000Z');
    expect(() => walk.trigger('Catch_Late')).toThrowError(expect.objectContaining({ code: 'timer-not-due' }));
    walk.trigger('Catch_Late');
    expect(walk.active).toEqual(['Task_Remind']);
  });

  it('loop back to the gateway and wait again', () => {
    const walk = createWalkthrough(pathway, { clock: clockAt(['2026-03-02', '2026-03-02', '2026-04-01']) });
    walk.complete('Task_Ask');
    walk.trigger('Catch_Late');
    walk.complete('Task_Remind');
    expect(walk.active).toEqual(['Gateway_Wait']);
  });

  it('refuse a trigger nothing waits for', () => {
    const walk = createWalkthrough(pathway);
    expect(() => walk.trigger('Catch_Statement')).toThrowError(expect.objectContaining({ code: 'trigger-not-available' }));
  });
});

/** A walkthrough waiting at the consent question inside the sub-process. */
const atConsent = () => {
  const walk = createWalkthrough(pathway, { clock: day('2026-03-02') });
  walk.complete('Task_Ask');
  walk.trigger('Catch_Statement');
  return walk;
};

describe('boundary events, errors and terminate', () => {
  it('catch an error end event at the boundary of the enclosing sub-process', () => {
    // given
    const walk = atConsent();
    // when
    walk.choose('Gateway_Consent', 'Flow_No');
    // then
    expect(walk.done).toBe(true);
    expect(walk.trace().slice(-3)).toEqual(['Sub_Refused', 'Boundary_Refused', 'End_Court']);
  });

  it('interrupt a sub-process when its timer boundary fires, and terminate', () => {
    // given
    const walk = createWalkthrough(pathway, { clock: clockAt(['2026-03-02', '2026-03-02', '2026-03-02', '2026-04-01']) });
    walk.complete('Task_Ask');
    walk.trigger('Catch_Statement');
    // then
    expect(walk.triggers).toEqual([{ elementId: 'Boundary_Deadline', kind: 'timer', due: '2026-04-01T09:00:00.000Z' }]);
    walk.trigger('Boundary_Deadline');
    expect(walk.done).toBe(true);
    expect(walk.trace().slice(-2)).toEqual(['Boundary_Deadline', 'End_Lapsed']);
  });

  it('broadcast a thrown signal and end the sub-process normally', () => {
    const walk = atConsent();
    walk.choose('Gateway_Consent', 'Flow_Yes');
    walk.complete('Task_Plan');
    expect(walk.done).toBe(true);
    expect(walk.trace().slice(-4)).toEqual(['Task_Plan', 'Throw_Ready', 'Sub_End', 'End_Done']);
  });

  it('go back across a trigger', () => {
    const walk = atConsent();
    walk.back();
    expect(walk.active).toEqual(['Gateway_Wait']);
  });
});

describe('signals and links', () => {
  it('deliver a signal thrown in one branch to a catch event waiting in another', async () => {
    // given
    const pathwayWithSignal = await loadPathway(
      bpmn(`<bpmn:startEvent id="Start" /><bpmn:parallelGateway id="Fork" /><bpmn:parallelGateway id="Join" /><bpmn:endEvent id="End" />
        <bpmn:intermediateCatchEvent id="Catch"><bpmn:signalEventDefinition signalRef="Signal_Go" /></bpmn:intermediateCatchEvent>
        <bpmn:userTask id="Task_A"><bpmn:documentation>x</bpmn:documentation></bpmn:userTask>
        <bpmn:intermediateThrowEvent id="Throw"><bpmn:signalEventDefinition signalRef="Signal_Go" /></bpmn:intermediateThrowEvent>
        <bpmn:sequenceFlow id="F0" sourceRef="Start" targetRef="Fork" /><bpmn:sequenceFlow id="F1" sourceRef="Fork" targetRef="Catch" />
        <bpmn:sequenceFlow id="F2" sourceRef="Fork" targetRef="Task_A" /><bpmn:sequenceFlow id="F3" sourceRef="Task_A" targetRef="Throw" />
        <bpmn:sequenceFlow id="F4" sourceRef="Throw" targetRef="Join" /><bpmn:sequenceFlow id="F5" sourceRef="Catch" targetRef="Join" />
        <bpmn:sequenceFlow id="F6" sourceRef="Join" targetRef="End" />`, { extraRoot: '<bpmn:signal id="Signal_Go" name="Go" />' }),
    );
    const walk = createWalkthrough(pathwayWithSignal);
    // when
    walk.complete('Task_A');
    // then
    expect(walk.done).toBe(true);
  });

  it('continue a link throw at the link catch of the same name', async () => {
    const linked = await loadPathway(
      bpmn(`<bpmn:startEvent id="Start" /><bpmn:intermediateThrowEvent id="Go"><bpmn:linkEventDefinition name="B" /></bpmn:intermediateThrowEvent>
        <bpmn:intermediateCatchEvent id="Land"><bpmn:linkEventDefinition name="B" /></bpmn:intermediateCatchEvent>
        <bpmn:userTask id="Task_B"><bpmn:documentation>x</bpmn:documentation></bpmn:userTask><bpmn:endEvent id="End" />
        <bpmn:sequenceFlow id="F0" sourceRef="Start" targetRef="Go" /><bpmn:sequenceFlow id="F1" sourceRef="Land" targetRef="Task_B" />
        <bpmn:sequenceFlow id="F2" sourceRef="Task_B" targetRef="End" />`),
    );
    const walk = createWalkthrough(linked);
    expect(walk.active).toEqual(['Task_B']);
    expect(walk.trace()).toEqual(['Start', 'Go', 'Land', 'Task_B']);
  });

  it('report a timer that is not ISO 8601', async () => {
    const { diagnostics } = await compileBpmn(
      bpmn(`<bpmn:startEvent id="Start" /><bpmn:intermediateCatchEvent id="Wait"><bpmn:timerEventDefinition><bpmn:timeDuration>two weeks</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent><bpmn:endEvent id="End" />
        <bpmn:sequenceFlow id="F0" sourceRef="Start" targetRef="Wait" /><bpmn:sequenceFlow id="F1" sourceRef="Wait" targetRef="End" />`),
    );
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'invalid-timer', elementId: 'Wait' })]);
  });
});
