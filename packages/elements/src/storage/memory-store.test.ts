import { createWalkthrough } from '@polku/core';
import { loadPathway } from '@polku/core/compiler';
import { describe, expect, it } from 'vitest';
import { MemoryStore } from './memory-store.js';
import { isStorageError } from './storage-error.js';
import { storageMessage } from './storage-message.js';
import { createRecord, withSnapshot, type WalkthroughRecord } from './walkthrough-record.js';

const pathway = await loadPathway(`<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_1" targetNamespace="urn:polku:test" xml:lang="fi">
  <bpmn:process id="Process_Store" isExecutable="true">
    <bpmn:startEvent id="Start" />
    <bpmn:userTask id="Task_A" name="Selvitä"><bpmn:documentation>Ohje</bpmn:documentation></bpmn:userTask>
    <bpmn:userTask id="Task_B" name="Päätä"><bpmn:documentation>Ohje</bpmn:documentation></bpmn:userTask>
    <bpmn:endEvent id="End" />
    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_A" />
    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_A" targetRef="Task_B" />
    <bpmn:sequenceFlow id="Flow_3" sourceRef="Task_B" targetRef="End" />
  </bpmn:process>
</bpmn:definitions>`);

const at = (day: number) => new Date(`2026-03-${String(day).padStart(2, '0')}T09:00:00.000Z`);

function newRecord(label: string, day = 2): WalkthroughRecord {
  const walk = createWalkthrough(pathway, { clock: () => at(day) });
  return createRecord({ label, pathway, snapshot: walk.snapshot, now: at(day) });
}

/** A stored record one step on, as the walkthroughs element saves it after a step. */
function stepped(record: WalkthroughRecord, day: number): WalkthroughRecord {
  const walk = createWalkthrough(pathway, { snapshot: record.snapshot, clock: () => at(day) });
  walk.complete('Task_A');
  return withSnapshot(record, pathway, walk.snapshot, at(day));
}

async function codeOf(attempt: Promise<unknown>): Promise<string> {
  const error = await attempt.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  return isStorageError(error) ? error.code : `no storage error: ${String(error)}`;
}

describe('MemoryStore', () => {
  it('stores a new record as revision 1 and each save after it one revision on', async () => {
    // given
    const store = new MemoryStore();
    // when
    const first = await store.put(newRecord('Testitapaus 1'));
    const second = await store.put(stepped(first, 3));
    // then
    expect(first.revision).toBe(1);
    expect(second.revision).toBe(2);
    expect((await store.get(first.id))?.snapshot.events).toHaveLength(1);
  });

  it('refuses to overwrite a newer save from another tab', async () => {
    // given: two tabs read revision 1; the first saves a step
    const store = new MemoryStore();
    const read = await store.put(newRecord('Testitapaus 1'));
    await store.put(stepped(read, 3));
    // when: the second saves its own step over revision 1
    const code = await codeOf(store.put(stepped(read, 4)));
    // then
    expect(code).toBe('storage-conflict');
    expect((await store.get(read.id))?.updatedAt).toBe(at(3).toISOString());
  });

  it('refuses a new record whose id is taken, and a save of a record deleted meanwhile', async () => {
    // given
    const store = new MemoryStore();
    const stored = await store.put(newRecord('Testitapaus 1'));
    // then
    expect(await codeOf(store.put({ ...newRecord('Testitapaus 2'), id: stored.id }))).toBe('storage-conflict');
    await store.delete(stored.id);
    expect(await codeOf(store.put(stepped(stored, 3)))).toBe('record-missing');
  });

  it('lists the records of one pathway newest first, and reports a corrupt record without dropping the others', async () => {
    // given
    const broken = { ...newRecord('Rikki'), snapshot: { format: 'polku-walkthrough', version: 1, events: 'none' } };
    const other = { ...newRecord('Toinen polku'), pathwayId: 'Process_Other' };
    other.snapshot = { ...other.snapshot, pathwayId: 'Process_Other' };
    const store = new MemoryStore([broken, other]);
    await store.put(newRecord('Vanha', 2));
    await store.put(newRecord('Uusi', 5));
    // when
    const { records, corrupt } = await store.list({ pathwayId: pathway.id });
    // then
    expect(records.map((record) => record.label)).toEqual(['Uusi', 'Vanha']);
    expect(corrupt).toEqual([{ id: broken.id, label: 'Rikki', reason: expect.stringContaining('"snapshot"'), value: broken }]);
    expect((await store.list()).records).toHaveLength(3);
  });

  it('will not open or overwrite a corrupt record, and keeps it until it is deleted', async () => {
    // given
    const broken = { ...newRecord('Rikki'), revision: 1, createdAt: 'yesterday' };
    const store = new MemoryStore([broken]);
    // then
    expect(await codeOf(store.get(broken.id))).toBe('record-corrupt');
    expect(await codeOf(store.put({ ...newRecord('Korjattu'), id: broken.id, revision: 1 }))).toBe('record-corrupt');
    expect((await store.list()).corrupt).toHaveLength(1);
    await store.delete(broken.id);
    expect((await store.list()).corrupt).toHaveLength(0);
  });

  it('hands out copies, so changing one never changes what is stored', async () => {
    // given
    const store = new MemoryStore();
    const stored = await store.put(newRecord('Testitapaus 1'));
    // when
    stored.label = 'Muutettu';
    stored.snapshot.events.push({ type: 'polku.complete', elementId: 'Task_A' });
    // then
    const again = await store.get(stored.id);
    expect(again?.label).toBe('Testitapaus 1');
    expect(again?.snapshot.events).toEqual([]);
  });

  it('remembers the names of the steps taken, for when the pathway changes', async () => {
    const record = stepped(await new MemoryStore().put(newRecord('Testitapaus 1')), 3);
    expect(record.names).toMatchObject({ Task_A: { fi: 'Selvitä' }, Task_B: { fi: 'Päätä' } });
  });
});

describe('storageMessage', () => {
  it('words every code in Finnish, Swedish and English, and falls back to Finnish', () => {
    expect(storageMessage('storage-full', 'fi')).toMatch(/^Selaimen tallennustila on täynnä/);
    expect(storageMessage('storage-full', 'sv-FI')).toMatch(/^Webbläsarens lagringsutrymme är fullt/);
    expect(storageMessage('storage-blocked', 'en')).toMatch(/another tab/);
    expect(storageMessage('storage-unavailable', 'de')).toMatch(/^Selain ei salli/);
  });
});
