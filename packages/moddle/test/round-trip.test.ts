import { readFileSync } from 'node:fs';
import { BpmnModdle } from 'bpmn-moddle';
import { describe, expect, it } from 'vitest';
import { moddleExtensions } from '../src/index.js';

const xml = readFileSync(new URL('../../core/test/fixtures/pathway.parallel-loop.bpmn', import.meta.url), 'utf8');
const corpusI18n = readFileSync(new URL('../../../../shared/corpus/bpmn/bpmn-moddle/i18n.bpmn', import.meta.url), 'utf8');

async function roundTrip(source: string) {
  const moddle = new BpmnModdle(moddleExtensions);
  const first = await moddle.fromXML(source);
  const { xml: written } = await moddle.toXML(first.rootElement, { format: true });
  const second = await new BpmnModdle(moddleExtensions).fromXML(written);
  const { xml: rewritten } = await moddle.toXML(second.rootElement, { format: true });
  return { first, written, second, rewritten };
}

describe('polku: and i18n: descriptors', () => {
  it('read legal references, deadlines and fields as typed elements', async () => {
    // when
    const { first } = await roundTrip(xml);
    // then
    expect(first.warnings).toEqual([]);
    const task = first.elementsById.Task_Prepare;
    const values = task.extensionElements.values;
    expect(values.map((value) => value.$type)).toEqual([
      'i18n:Translation', 'i18n:Translation', 'polku:LegalReference', 'polku:Deadline', 'polku:Field',
    ]);
    expect(values[2]).toMatchObject({ statute: 'LSL', section: '52 a §', url: 'https://finlex.fi/fi/laki/ajantasa/2007/20070417' });
    expect(values[3]).toMatchObject({ duration: 'P7D', counting: 'working-days', basis: 'LSL 26 § 5 mom.' });
    expect(values[3].translations[0]).toMatchObject({ $type: 'i18n:Translation', text: 'Start', $attrs: { 'xml:lang': 'en' } });
    expect(values[4]).toMatchObject({ key: 'startDate', type: 'date', required: true });
  });

  it('round-trip through toXML unchanged', async () => {
    // when
    const { written, rewritten, second } = await roundTrip(xml);
    // then
    expect(second.warnings).toEqual([]);
    expect(rewritten).toBe(written);
    expect(written).toContain('<polku:deadline name="Aloita" duration="P7D" counting="working-days" basis="LSL 26 § 5 mom.">');
    expect(written).toContain('<i18n:translation target="documentation" xml:lang="sv">Förbered ärendet.</i18n:translation>');
    expect(written).toContain('xml:lang="fi"');
  });

  it('read the i18n example written by another tool, keeping what it does not know', async () => {
    // when
    const { first, written } = await roundTrip(corpusI18n);
    // then
    expect(first.warnings).toEqual([]);
    expect(first.elementsById.StartEvent_1.extensionElements.values[2]).toMatchObject({ target: 'documentation', text: 'Ein Startereignis.' });
    expect(written).toContain('<i18n:translation target="@isInterrupting" xml:lang="de">ja</i18n:translation>');
    expect(written).toContain('modeler:executionPlatform="Camunda Platform"');
  });
});
