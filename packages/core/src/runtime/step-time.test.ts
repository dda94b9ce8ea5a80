import { describe, expect, it } from 'vitest';
import { bpmn } from '../../test/bpmn.js';
import { loadPathway } from '../compiler.js';
import { replay } from './next-step.js';
import { isoTime } from './timers.js';
import { createWalkthrough } from './walkthrough.js';

// Start → fork → (A | B) → join → C → timer (P1D) → end: C and the timer are entered by the join.
const XML = bpmn(`
<bpmn:startEvent id="Start" />
<bpmn:parallelGateway id="Fork" />
<bpmn:userTask id="Task_A" name="A"><bpmn:documentation>A.</bpmn:documentation></bpmn:userTask>
<bpmn:userTask id="Task_B" name="B"><bpmn:documentation>B.</bpmn:documentation></bpmn:userTask>
<bpmn:parallelGateway id="Join" />
<bpmn:intermediateCatchEvent id="Timer_Wait" name="Päivä kuluu"><bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
<bpmn:endEvent id="End" name="Loppu" />
<bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Fork" />
<bpmn:sequenceFlow id="F2" sourceRef="Fork" targetRef="Task_A" />
<bpmn:sequenceFlow id="F3" sourceRef="Fork" targetRef="Task_B" />
<bpmn:sequenceFlow id="F4" sourceRef="Task_A" targetRef="Join" />
<bpmn:sequenceFlow id="F5" sourceRef="Task_B" targetRef="Join" />
<bpmn:sequenceFlow id="F6" sourceRef="Join" targetRef="Timer_Wait" />
<bpmn:sequenceFlow id="F7" sourceRef="Timer_Wait" targetRef="End" />`);

describe('the time of what a step enters', () => {
  it('stamps the elements a parallel join enters, and starts their timers, at the time of the step that completed the block', async () => {
    // given
    const pathway = await loadPathway(XML);
    let now = new Date('2026-02-02T10:00:00Z');
    const walk = createWalkthrough(pathway, { clock: () => now });
    walk.complete('Task_A');
    now = new Date('2026-02-27T10:00:00Z');
    // when
    walk.complete('Task_B');
    // then
    expect(walk.history().find((entry) => entry.elementId === 'Timer_Wait')?.at).toBe('2026-02-27T10:00:00.000Z');
    expect(walk.snapshot.context.timers.Timer_Wait?.due).toBe('2026-02-28T10:00:00.000Z');
    // The pure step function and the live walkthrough agree.
    expect(replay(pathway, walk.snapshot.events, { startedAt: walk.snapshot.context.startedAt! }).context).toEqual(walk.snapshot.context);
  });
});

describe('isoTime', () => {
  it('writes every date as toISOString does', () => {
    // given: the edges of the four-digit years, and dates spread over them
    const times = [0, 1, 999, 86_399_999, Date.UTC(2026, 1, 28, 23, 59, 59, 9), -62_167_219_200_000, -62_167_219_200_001, 253_402_300_799_999, 253_402_300_800_000, -1];
    for (let index = 0; index < 2_000; index++) times.push(Math.round((index * 7_919 * 86_400_000 + index * 1_234_567) % 253_402_300_799_999));
    // then
    for (const time of times) expect(isoTime(new Date(time))).toBe(new Date(time).toISOString());
    expect(() => isoTime(new Date(Number.NaN))).toThrow(RangeError);
  });
});
