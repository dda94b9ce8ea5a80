import { describe, expect, it } from 'vitest';
import { fixture } from '../../test/bpmn.js';
import { loadPathway } from '../compiler.js';
import { activeElements, initialSnapshot, nextStep, restoreSnapshot, undoStep } from './next-step.js';
import { createWalkthrough } from './walkthrough.js';

const pathway = await loadPathway(fixture('pathway.parallel-loop.bpmn'));
const fixedClock = () => new Date('2026-03-02T09:00:00.000Z');

describe('nextStep', () => {
  it('starts with the start event passed and the first step active', () => {
    // when
    const snapshot = initialSnapshot(pathway);
    // then
    expect(activeElements(snapshot)).toEqual(['Task_Prepare']);
    expect(snapshot.context.trace.map((entry) => entry.elementId)).toEqual(['Start', 'Task_Prepare']);
  });

  it('is pure: the snapshot it was given stays as it was', () => {
    // given
    const before = initialSnapshot(pathway);
    const copy = JSON.parse(JSON.stringify(before));
    // when
    const after = nextStep(pathway, before, { type: 'polku.complete', elementId: 'Task_Prepare', values: { startDate: '2026-03-02' } });
    // then
    expect(before).toEqual(copy);
    expect(activeElements(after)).toEqual(['Task_A', 'Task_B']);
  });

  it('opens both branches of a parallel block and joins when both are done', () => {
    // given
    let snapshot = nextStep(pathway, initialSnapshot(pathway), { type: 'polku.complete', elementId: 'Task_Prepare', values: { startDate: '2026-03-02' } });
    // when
    snapshot = nextStep(pathway, snapshot, { type: 'polku.complete', elementId: 'Task_B' });
    // then
    expect(activeElements(snapshot)).toEqual(['Task_A']);
    snapshot = nextStep(pathway, snapshot, { type: 'polku.complete', elementId: 'Task_A' });
    expect(activeElements(snapshot)).toEqual(['Gateway_Again']);
  });

  it('refuses a step that is not active, naming it', () => {
    // given
    const snapshot = initialSnapshot(pathway);
    // when
    const attempt = () => nextStep(pathway, snapshot, { type: 'polku.complete', elementId: 'Task_A' });
    // then
    expect(attempt).toThrowError(/"Task_A" is not an active step/);
    expect(attempt).toThrowError(expect.objectContaining({ code: 'step-not-active', location: { elementId: 'Task_A' } }));
  });

  it('refuses to finish a step whose required field is empty', () => {
    expect(() => nextStep(pathway, initialSnapshot(pathway), { type: 'polku.complete', elementId: 'Task_Prepare' })).toThrowError(/needs a value for startDate/);
  });

  it('refuses an answer that is not one of the decision', () => {
    // given
    const walk = createWalkthrough(pathway);
    walk.complete('Task_Prepare', { startDate: '2026-03-02' });
    walk.complete('Task_A');
    walk.complete('Task_B');
    // then
    expect(() => walk.choose('Gateway_Again', 'Flow_A')).toThrowError(/not an answer of the decision "Gateway_Again"/);
  });
});

describe('createWalkthrough', () => {
  it('walks a loop twice and ends, recording answers, values and times', () => {
    // given
    const walk = createWalkthrough(pathway, { clock: fixedClock });
    // when
    walk.complete('Task_Prepare', { startDate: '2026-03-02' });
    walk.complete('Task_A');
    walk.complete('Task_B');
    walk.choose('Gateway_Again', 'Flow_Yes');
    walk.complete('Task_B');
    walk.complete('Task_A');
    walk.choose('Gateway_Again', 'Flow_No');
    // then
    expect(walk.done).toBe(true);
    expect(walk.active).toEqual([]);
    expect(walk.trace()).toEqual([
      'Start', 'Task_Prepare', 'Gateway_Merge', 'Gateway_Fork', 'Task_A', 'Task_B', 'Gateway_Join', 'Gateway_Again',
      'Gateway_Merge', 'Gateway_Fork', 'Task_A', 'Task_B', 'Gateway_Join', 'Gateway_Again', 'End',
    ]);
    expect(walk.snapshot.context.answers).toEqual({ Gateway_Again: 'Flow_No' });
    expect(walk.snapshot.context.data).toEqual({ startDate: '2026-03-02' });
    expect(walk.history().at(-1)).toEqual({ elementId: 'End', at: '2026-03-02T09:00:00.000Z' });
    expect(walk.progress).toEqual({ taken: 7, remaining: 0, ratio: 1 });
  });

  it('goes back one step at a time, and not before the start', () => {
    // given
    const walk = createWalkthrough(pathway);
    walk.complete('Task_Prepare', { startDate: '2026-03-02' });
    walk.complete('Task_A');
    // when
    const first = walk.back();
    // then
    expect(first).toBe(true);
    expect(walk.active).toEqual(['Task_A', 'Task_B']);
    expect(walk.back()).toBe(true);
    expect(walk.active).toEqual(['Task_Prepare']);
    expect(walk.back()).toBe(false);
  });

  it('notifies subscribers after each change until they unsubscribe', () => {
    const walk = createWalkthrough(pathway);
    const seen: string[][] = [];
    const unsubscribe = walk.subscribe((current) => seen.push(current.active));
    walk.complete('Task_Prepare', { startDate: '2026-03-02' });
    unsubscribe();
    walk.complete('Task_A');
    expect(seen).toEqual([['Task_A', 'Task_B']]);
  });

  it('keeps a snapshot it handed out as it was when later steps are taken', () => {
    // given
    const walk = createWalkthrough(pathway, { clock: fixedClock });
    walk.complete('Task_Prepare', { startDate: '2026-03-02' });
    const read = walk.snapshot;
    const copy = JSON.parse(JSON.stringify(read));
    // when
    walk.complete('Task_A');
    walk.complete('Task_B');
    // then
    expect(read).toEqual(copy);
    expect(walk.snapshot.events.map((event) => (event.type === 'polku.complete' ? event.elementId : event.type))).toEqual(['Task_Prepare', 'Task_A', 'Task_B']);
  });

  it('estimates progress from the shortest way to an end event', () => {
    const walk = createWalkthrough(pathway);
    expect(walk.progress).toEqual({ taken: 0, remaining: 3, ratio: 0 });
    walk.complete('Task_Prepare', { startDate: '2026-03-02' });
    expect(walk.progress).toEqual({ taken: 1, remaining: 2, ratio: 1 / 3 });
  });
});

describe('saved walkthroughs', () => {
  it('resumes from a snapshot that went through JSON', () => {
    // given
    const walk = createWalkthrough(pathway, { clock: fixedClock });
    walk.complete('Task_Prepare', { startDate: '2026-03-02' });
    walk.complete('Task_A');
    const saved = JSON.parse(JSON.stringify(walk.snapshot));
    // when
    const resumed = createWalkthrough(pathway, { snapshot: saved });
    // then
    expect(resumed.active).toEqual(['Task_B']);
    expect(resumed.snapshot).toEqual(walk.snapshot);
  });

  it('refuses a snapshot of a changed model with a typed error', async () => {
    // given
    const changed = await loadPathway(fixture('pathway.parallel-loop.bpmn').replace('name="Tee B"', 'name="Tee B toisin"'));
    const saved = initialSnapshot(pathway);
    // then
    expect(() => restoreSnapshot(changed, saved)).toThrowError(expect.objectContaining({ code: 'snapshot-model-changed' }));
    expect(() => undoStep(changed, saved)).toThrowError(expect.objectContaining({ code: 'snapshot-model-changed' }));
  });

  it('refuses something that is not a saved walkthrough', () => {
    expect(() => restoreSnapshot(pathway, { format: 'other' } as never)).toThrowError(expect.objectContaining({ code: 'snapshot-invalid' }));
  });
});
