import { describe, expect, it } from 'vitest';
import { bpmn } from '../../test/bpmn.js';
import { compileBpmn } from '../compiler.js';
import type { Pathway } from '../ir/types.js';
import { migrateSnapshot } from './migrate-snapshot.js';
import { activeElements } from './next-step.js';
import { createWalkthrough } from './walkthrough.js';

/** The parts of a small pathway each test can change: Start → Task_A → "Jatketaanko?" → Task_B → End, or End_No. */
interface Parts {
  taskAName?: string;
  taskAFields?: string;
  taskB?: string;
  beforeQuestion?: string;
  yesFlowId?: string;
}

const doc = (text: string) => `<bpmn:documentation>${text}</bpmn:documentation>`;

async function compile({ taskAName = 'Selvitä tilanne', taskAFields = '', taskB = 'Task_B', beforeQuestion, yesFlowId = 'Flow_Yes' }: Parts = {}): Promise<Pathway> {
  const afterA = beforeQuestion ?? 'Gateway_Q';
  const xml = bpmn(`
    <bpmn:startEvent id="Start" name="Alku" />
    <bpmn:userTask id="Task_A" name="${taskAName}">${doc('Ohje A')}${taskAFields ? `<bpmn:extensionElements>${taskAFields}</bpmn:extensionElements>` : ''}</bpmn:userTask>
    ${beforeQuestion ? `<bpmn:userTask id="${beforeQuestion}" name="Uusi vaihe">${doc('Ohje')}</bpmn:userTask><bpmn:sequenceFlow id="Flow_New" sourceRef="${beforeQuestion}" targetRef="Gateway_Q" />` : ''}
    <bpmn:exclusiveGateway id="Gateway_Q" name="Jatketaanko?">${doc('Kysymys')}</bpmn:exclusiveGateway>
    <bpmn:userTask id="${taskB}" name="Tee jatkotoimet">${doc('Ohje B')}</bpmn:userTask>
    <bpmn:endEvent id="End" name="Valmis" />
    <bpmn:endEvent id="End_No" name="Ei jatketa" />
    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_A" />
    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_A" targetRef="${afterA}" />
    <bpmn:sequenceFlow id="${yesFlowId}" name="Kyllä" sourceRef="Gateway_Q" targetRef="${taskB}" />
    <bpmn:sequenceFlow id="Flow_No" name="Ei" sourceRef="Gateway_Q" targetRef="End_No" />
    <bpmn:sequenceFlow id="Flow_3" sourceRef="${taskB}" targetRef="End" />`);
  const { pathway, diagnostics } = await compileBpmn(xml, { file: 'migrate.bpmn' });
  if (!pathway) throw new Error(diagnostics.map((diagnostic) => diagnostic.message).join('\n'));
  return pathway;
}

const original = await compile();

/** A clock that moves a day forward on each reading, so every step has its own time. */
function dailyClock(): () => Date {
  let day = 2;
  return () => new Date(`2026-03-${String(day++).padStart(2, '0')}T09:00:00.000Z`);
}

/** A walkthrough of the original pathway saved at Task_B: Task_A done, "Kyllä" answered. */
function savedAtTaskB() {
  const walk = createWalkthrough(original, { clock: dailyClock() });
  walk.complete('Task_A');
  walk.choose('Gateway_Q', 'Flow_Yes');
  return walk.snapshot;
}

describe('migrateSnapshot', () => {
  it('gives a walkthrough saved with the same pathway back as current, rebuilt from its steps', () => {
    // given
    const saved = savedAtTaskB();
    // when
    const result = migrateSnapshot(original, saved);
    // then
    expect(result.status).toBe('current');
    expect(result.status === 'current' && result.snapshot).toEqual(saved);
  });

  it('migrates a walkthrough whose pathway changed only in its texts, keeping the times of its steps', async () => {
    // given
    const saved = savedAtTaskB();
    const renamed = await compile({ taskAName: 'Selvitä lapsen tilanne' });
    // when
    const result = migrateSnapshot(renamed, saved);
    // then
    expect(renamed.hash).not.toBe(original.hash);
    expect(result.status).toBe('migrated');
    if (result.status !== 'migrated') return;
    expect(result.snapshot.pathwayHash).toBe(renamed.hash);
    expect(result.saved).toBe(saved);
    expect(activeElements(result.snapshot)).toEqual(['Task_B']);
    expect(result.snapshot.context.trace).toEqual(saved.context.trace);
    expect(result.snapshot.context.startedAt).toBe(saved.context.startedAt);
    expect(result.snapshot.events).toEqual(saved.events);
  });

  it('lets the migrated walkthrough go on on the new pathway', async () => {
    // given
    const renamed = await compile({ taskAName: 'Selvitä lapsen tilanne' });
    const result = migrateSnapshot(renamed, savedAtTaskB());
    if (result.status !== 'migrated') throw new Error(`expected migrated, got ${result.status}`);
    // when
    const walk = createWalkthrough(renamed, { snapshot: result.snapshot });
    walk.complete('Task_B');
    // then
    expect(walk.done).toBe(true);
    expect(walk.trace()).toEqual(['Start', 'Task_A', 'Gateway_Q', 'Task_B', 'End']);
  });

  it('calls a walkthrough stale when the step waiting for the worker is gone, and keeps every step that still fits', async () => {
    // given
    const saved = savedAtTaskB();
    const replaced = await compile({ taskB: 'Task_C' });
    // when
    const result = migrateSnapshot(replaced, saved);
    // then
    expect(result).toMatchObject({ status: 'stale', saved, gone: ['Task_B'], refused: undefined, keptSteps: 2 });
    if (result.status !== 'stale') return;
    expect(activeElements(result.kept)).toEqual(['Task_C']);
    expect(result.kept.pathwayHash).toBe(replaced.hash);
  });

  it('names the elements of the log and the one waiting that are gone, and keeps the steps before them', async () => {
    // given: Task_A was done and the question is open; the new pathway has neither, only Task_Assess
    const walk = createWalkthrough(original);
    walk.complete('Task_A');
    const xml = bpmn(`
      <bpmn:startEvent id="Start" /><bpmn:userTask id="Task_Assess" name="Arvioi"><bpmn:documentation>Ohje</bpmn:documentation></bpmn:userTask>
      <bpmn:endEvent id="End" /><bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_Assess" />
      <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Assess" targetRef="End" />`);
    const { pathway } = await compileBpmn(xml);
    // when
    const result = migrateSnapshot(pathway!, walk.snapshot);
    // then
    expect(result).toMatchObject({ status: 'stale', gone: ['Gateway_Q', 'Task_A'], refused: undefined, keptSteps: 0 });
    expect(result.status === 'stale' && activeElements(result.kept)).toEqual(['Task_Assess']);
  });

  it('names an answer that is gone', async () => {
    // given
    const saved = savedAtTaskB();
    const changed = await compile({ yesFlowId: 'Flow_Continue' });
    // when
    const result = migrateSnapshot(changed, saved);
    // then
    expect(result).toMatchObject({ status: 'stale', gone: ['Flow_Yes'], refused: undefined, keptSteps: 1 });
  });

  it('names the step the changed pathway refuses when a new step now comes before it', async () => {
    // given
    const saved = savedAtTaskB();
    const inserted = await compile({ beforeQuestion: 'Task_Check' });
    // when
    const result = migrateSnapshot(inserted, saved);
    // then
    expect(result).toMatchObject({
      status: 'stale',
      gone: [],
      refused: { index: 1, event: saved.events[1], code: 'step-not-active' },
      keptSteps: 1,
    });
    expect(result.status === 'stale' && activeElements(result.kept)).toEqual(['Task_Check']);
  });

  it('names the step the changed pathway refuses when it now asks for a value the walkthrough never recorded', async () => {
    // given
    const saved = savedAtTaskB();
    const stricter = await compile({ taskAFields: '<polku:field key="meetingDate" name="Tapaamispäivä" type="date" required="true" />' });
    // when
    const result = migrateSnapshot(stricter, saved);
    // then
    expect(result).toMatchObject({ status: 'stale', gone: [], refused: { index: 0, code: 'field-required' }, keptSteps: 0 });
  });

  it('leaves the saved snapshot as it was', async () => {
    // given
    const saved = savedAtTaskB();
    const copy = structuredClone(saved);
    // when
    migrateSnapshot(await compile({ taskB: 'Task_C' }), saved);
    migrateSnapshot(await compile({ taskAName: 'Uusi nimi' }), saved);
    // then
    expect(saved).toEqual(copy);
  });

  it('refuses a walkthrough of another pathway instead of calling it changed', async () => {
    // given
    const other = { ...savedAtTaskB(), pathwayId: 'Process_Other' };
    // then
    expect(() => migrateSnapshot(original, other)).toThrowError(expect.objectContaining({ code: 'snapshot-model-mismatch' }));
  });

  it('refuses something that is not a saved walkthrough', () => {
    // given
    const notSaved = { format: 'polku-pathway', version: 1 } as never;
    // then
    expect(() => migrateSnapshot(original, notSaved)).toThrowError(expect.objectContaining({ code: 'snapshot-invalid' }));
    expect(() => migrateSnapshot(original, null as never)).toThrowError(expect.objectContaining({ code: 'snapshot-invalid' }));
  });
});
