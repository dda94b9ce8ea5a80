import { describe, expect, it } from 'vitest';
import { bpmn, line } from '../../test/bpmn.js';
import { buildCatalog, compileBpmn, coverageOf, siblingProcessLoader } from '../compiler.js';
import { isCatalog } from './is-catalog.js';
import { catalogEntry } from './catalog-entry.js';

const METADATA = `
<bpmn:documentation>Ohjaa työntekijää sijoituksen alussa.
Toinen rivi samaa kappaletta.

Toinen kappale, joka ei kuulu tiivistelmään.</bpmn:documentation>
<bpmn:extensionElements>
  <i18n:translation xml:lang="sv">Placeringens början</i18n:translation>
  <i18n:translation xml:lang="sv" target="documentation">Vägleder vid placeringens början.

Andra stycket.</i18n:translation>
  <polku:audience name="Sosiaalityöntekijä"><i18n:translation xml:lang="sv">Socialarbetare</i18n:translation></polku:audience>
  <polku:tag name="Sijaishuolto"><i18n:translation xml:lang="sv">Vård utom hemmet</i18n:translation></polku:tag>
  <polku:tag name="Koulu" />
</bpmn:extensionElements>`;

async function compile(xml: string) {
  const { pathway, diagnostics } = await compileBpmn(xml, { file: 'x.bpmn' });
  if (!pathway) throw new Error(diagnostics.map((diagnostic) => diagnostic.message).join('\n'));
  return pathway;
}

describe('catalogEntry', () => {
  it('reads title, first paragraph, audience and tags from the process, in each language', async () => {
    // given
    const xml = bpmn(`${METADATA}\n${line('Task_A')}`).replace('<bpmn:process id="Process_1"', '<bpmn:process id="Process_1" name="Sijoituksen alku"');
    // when
    const entry = catalogEntry(await compile(xml), '/models/x.bpmn');
    // then
    expect(entry).toMatchObject({
      id: 'Process_1',
      src: '/models/x.bpmn',
      title: { fi: 'Sijoituksen alku', sv: 'Placeringens början' },
      summary: { fi: 'Ohjaa työntekijää sijoituksen alussa. Toinen rivi samaa kappaletta.', sv: 'Vägleder vid placeringens början.' },
      audience: [{ fi: 'Sosiaalityöntekijä', sv: 'Socialarbetare' }],
      tags: [{ fi: 'Sijaishuolto', sv: 'Vård utom hemmet' }, { fi: 'Koulu' }],
      stages: 1,
    });
    // Task_A has no Swedish name, so only Finnish is complete.
    expect(entry.languages).toEqual(['fi']);
  });

  it('gives empty lists for a model without catalogue metadata', async () => {
    const entry = catalogEntry(await compile(bpmn(line('Task_A'))));
    expect(entry).toMatchObject({ audience: [], tags: [], summary: {} });
    expect(entry).not.toHaveProperty('src');
  });
});

describe('coverageOf', () => {
  it('counts names, guidance and answers per language and lists the gaps', async () => {
    // given: a decision with a Swedish question but one answer without Swedish; a task without Swedish guidance
    const xml = bpmn(`
<bpmn:startEvent id="Start" />
<bpmn:exclusiveGateway id="Gateway_Q" name="Onko?">
  <bpmn:documentation>Päätä.</bpmn:documentation>
  <bpmn:extensionElements><i18n:translation xml:lang="sv">Är det?</i18n:translation><i18n:translation xml:lang="sv" target="documentation">Besluta.</i18n:translation></bpmn:extensionElements>
</bpmn:exclusiveGateway>
<bpmn:userTask id="Task_A" name="Tee"><bpmn:documentation>Ohje.</bpmn:documentation>
  <bpmn:extensionElements><i18n:translation xml:lang="sv">Gör</i18n:translation></bpmn:extensionElements></bpmn:userTask>
<bpmn:exclusiveGateway id="Gateway_Merge" />
<bpmn:endEvent id="End" name="Loppu"><bpmn:extensionElements><i18n:translation xml:lang="sv">Slut</i18n:translation></bpmn:extensionElements></bpmn:endEvent>
<bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Gateway_Q" />
<bpmn:sequenceFlow id="Flow_Yes" name="Kyllä" sourceRef="Gateway_Q" targetRef="Task_A"><bpmn:extensionElements><i18n:translation xml:lang="sv">Ja</i18n:translation></bpmn:extensionElements></bpmn:sequenceFlow>
<bpmn:sequenceFlow id="Flow_No" name="Ei" sourceRef="Gateway_Q" targetRef="Gateway_Merge" />
<bpmn:sequenceFlow id="F2" sourceRef="Task_A" targetRef="Gateway_Merge" />
<bpmn:sequenceFlow id="F3" sourceRef="Gateway_Merge" targetRef="End" />`);
    // when
    const coverage = coverageOf(await compile(xml));
    // then: the start event (unnamed) and the merge are not worker-facing
    expect(coverage.elements).toBe(3);
    expect(coverage.answers).toBe(2);
    expect(coverage.languages).toEqual([
      { lang: 'fi', named: 3, guided: 2, answers: 2 },
      { lang: 'sv', named: 3, guided: 1, answers: 1 },
    ]);
    expect(coverage.gaps).toEqual({ Task_A: ['sv'] });
  });
});

describe('siblingProcessLoader', () => {
  it('finds a called process in the sibling files, reading each once and never the model itself', async () => {
    // given
    const files: Record<string, string> = {
      'models/main.bpmn': bpmn(line('Task_A'), { processId: 'Process_Main' }),
      'models/b.bpmn': bpmn(line('Task_B'), { processId: 'Process_B' }),
      'models/a.bpmn': bpmn(line('Task_C'), { processId: 'Process_C' }),
      'models/notes.txt': 'not a model',
    };
    const read: string[] = [];
    const loader = siblingProcessLoader('models/main.bpmn', {
      listDir: async (folder) => Object.keys(files).filter((path) => path.startsWith(`${folder}/`)).map((path) => path.slice(folder.length + 1)),
      readFile: async (path) => files[path]!,
      onRead: (path) => read.push(path),
    });
    // when
    const found = await loader('Process_B');
    const again = await loader('Process_C');
    const missing = await loader('Process_Main');
    // then
    expect(found?.file).toBe('models/b.bpmn');
    expect(again?.file).toBe('models/a.bpmn');
    expect(missing).toBeUndefined();
    expect(read).toEqual(['models/a.bpmn', 'models/b.bpmn']);
  });
});

describe('buildCatalog', () => {
  it('lists each model with its processes, resolves calls among them, and leaves out a broken one', async () => {
    // given: a main model calling a process defined in another file, and a broken file
    const main = bpmn(`
<bpmn:startEvent id="Start" />
<bpmn:callActivity id="Call_Sub" name="Alaprosessi" calledElement="Process_Sub"><bpmn:documentation>Kutsu.</bpmn:documentation></bpmn:callActivity>
<bpmn:endEvent id="End" name="Loppu" />
<bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Call_Sub" />
<bpmn:sequenceFlow id="F2" sourceRef="Call_Sub" targetRef="End" />`, { processId: 'Process_Main' }).replace('id="Process_Main"', 'id="Process_Main" name="Pääpolku"');
    const sub = bpmn(line('Task_B'), { processId: 'Process_Sub' }).replace('id="Process_Sub"', 'id="Process_Sub" name="Alapolku"');
    // when
    const { catalog, problems } = await buildCatalog([
      { src: 'main.bpmn', xml: main },
      { src: 'sub.bpmn', xml: sub },
      { src: 'broken.bpmn', xml: '<bpmn:definitions' },
    ]);
    // then
    expect(catalog.format).toBe('polku-catalog');
    expect(catalog.models.map((model) => [model.src, model.title.fi, model.processes])).toEqual([
      ['sub.bpmn', 'Alapolku', ['Process_Sub']],
      ['main.bpmn', 'Pääpolku', ['Process_Main']],
    ]);
    // The called process was found: its task is the main pathway's one stage (the call activity is a scope).
    expect(catalog.models[1]!.stages).toBe(1);
    expect(problems.map((problem) => problem.src)).toEqual(['broken.bpmn']);
    expect(isCatalog(catalog)).toBe(true);
    expect(isCatalog({ format: 'polku-catalog', version: 1, models: [{ src: 'x' }] })).toBe(false);
  });
});
