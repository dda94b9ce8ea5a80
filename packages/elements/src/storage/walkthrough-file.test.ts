import { createWalkthrough } from '@polku/core';
import { loadPathway } from '@polku/core/compiler';
import { describe, expect, it } from 'vitest';
import { createRecord } from './walkthrough-record.js';
import { readWalkthroughFile, walkthroughFile, walkthroughFileName } from './walkthrough-file.js';

const pathway = await loadPathway(`<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_1" targetNamespace="urn:polku:test" xml:lang="fi">
  <bpmn:process id="Process_File" isExecutable="true">
    <bpmn:startEvent id="Start" />
    <bpmn:userTask id="Task_A" name="Selvitä"><bpmn:documentation>Ohje</bpmn:documentation></bpmn:userTask>
    <bpmn:endEvent id="End" />
    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_A" />
    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_A" targetRef="End" />
  </bpmn:process>
</bpmn:definitions>`);

const now = new Date('2026-03-02T21:30:00.000Z');

function stored() {
  const walk = createWalkthrough(pathway, { clock: () => now });
  walk.complete('Task_A');
  return { ...createRecord({ label: 'Tiimi Ä, tapaus 3', pathway, snapshot: walk.snapshot, now }), revision: 4 };
}

describe('walkthrough files', () => {
  it('read back as a new record of the same walkthrough, never as the one they came from', () => {
    // given
    const record = stored();
    // when
    const result = readWalkthroughFile(walkthroughFile(record, now), pathway.id);
    // then
    expect('record' in result).toBe(true);
    if (!('record' in result)) return;
    expect(result.record.id).not.toBe(record.id);
    expect(result.record.revision).toBe(0);
    expect(result.record.snapshot).toEqual(record.snapshot);
    expect(result.record.label).toBe('Tiimi Ä, tapaus 3');
  });

  it('are named after the label and the Finnish date', () => {
    expect(walkthroughFileName(stored(), now)).toBe('polku-tiimi-a-tapaus-3-2026-03-02.json');
  });

  it('of another pathway are refused, naming it', () => {
    // given
    const text = walkthroughFile(stored(), now);
    // when
    const result = readWalkthroughFile(text, 'Process_Koulupolku');
    // then
    expect(result).toMatchObject({ problem: 'other-pathway', pathwayId: 'Process_File' });
  });

  it('that are not JSON, not a walkthrough, or tampered with are refused', () => {
    // given
    const tampered = JSON.parse(walkthroughFile(stored(), now));
    tampered.walkthrough.snapshot.events[0] = { type: 'polku.erase' };
    // then
    expect(readWalkthroughFile('<bpmn:definitions/>', pathway.id)).toMatchObject({ problem: 'not-json' });
    expect(readWalkthroughFile('{"format":"polku-pathway","version":1}', pathway.id)).toMatchObject({ problem: 'not-walkthrough' });
    expect(readWalkthroughFile(JSON.stringify(tampered), pathway.id)).toMatchObject({ problem: 'not-walkthrough', detail: '"snapshot": events[0] is not a step' });
    expect(readWalkthroughFile(' '.repeat(2_000_001), pathway.id)).toMatchObject({ problem: 'too-large' });
  });
});
