import { describe, expect, it } from 'vitest';
import { bpmn, fixture, line } from '../test/bpmn.js';
import { compileBpmn, loadPathway, ModelError, parseBpmn, type Diagnostic } from './compiler.js';

async function codesOf(xml: string, options = {}): Promise<Diagnostic[]> {
  return (await compileBpmn(xml, { file: 'test.bpmn', ...options })).diagnostics;
}

function only(diagnostics: Diagnostic[], code: string): Diagnostic {
  const found = diagnostics.filter((diagnostic) => diagnostic.code === code);
  expect(found, `diagnostics: ${JSON.stringify(diagnostics)}`).toHaveLength(1);
  return found[0]!;
}

describe('parseBpmn', () => {
  it('refuses input over the size limit before parsing', async () => {
    // given
    const xml = bpmn(line('Task_A'));
    // when
    const diagnostics = await codesOf(xml, { maxBytes: 100 });
    // then
    expect(only(diagnostics, 'input-too-large')).toMatchObject({ severity: 'error', file: 'test.bpmn' });
  });

  it('counts the size limit in UTF-8 bytes, not characters', async () => {
    // given: 40 two-byte characters are 80 bytes
    const text = 'ä'.repeat(40);
    // when
    const parsed = await parseBpmn(text, { maxBytes: 60 });
    // then
    expect(parsed.diagnostics[0]!.message).toContain('80 bytes');
  });

  it('refuses any DOCTYPE with its line', async () => {
    // given
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">]>\n${bpmn(line('Task_A')).split('\n').slice(1).join('\n')}`;
    // when
    const diagnostic = only(await codesOf(xml), 'doctype-forbidden');
    // then
    expect(diagnostic.line).toBe(2);
  });

  it('reports XML that is not well-formed with a line', async () => {
    // given
    const xml = '<?xml version="1.0"?>\n<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL">\n  <bpmn:process id="P">\n  </bpmn:proc>\n</bpmn:definitions>';
    // when
    const diagnostic = only(await codesOf(xml), 'xml-not-well-formed');
    // then
    expect(diagnostic.severity).toBe('error');
    expect(diagnostic.line).toBeGreaterThan(0);
  });

  it('refuses a document that is not BPMN', async () => {
    // given
    const xml = '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>';
    // then
    expect(only(await codesOf(xml), 'not-bpmn').severity).toBe('error');
  });

  it('turns bpmn-moddle warnings into located warnings', async () => {
    // given: an unknown attribute in the BPMN namespace on a task
    const xml = bpmn(line('Task_A').replace('<bpmn:userTask id="Task_A"', '<bpmn:userTask id="Task_A" bpmn:bogus="1"'));
    // when
    const diagnostics = await codesOf(xml);
    // then
    expect(diagnostics.some((diagnostic) => diagnostic.code === 'xml-warning' && diagnostic.severity === 'warning')).toBe(true);
  });

  it('says why an element with a non-ASCII id is left out', async () => {
    // given
    const xml = bpmn(line('Tehtävä_1'));
    // when
    const diagnostics = await codesOf(xml);
    // then
    expect(diagnostics[0]).toMatchObject({ code: 'xml-warning', elementId: 'Tehtävä_1', message: expect.stringContaining('not a valid XML id') });
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toContain('unresolved-reference');
  });

  it('caps warnings and summarises the rest', async () => {
    // given
    const junk = Array.from({ length: 30 }, (_, index) => `bpmn:junk${index}="x"`).join(' ');
    const xml = bpmn(line('Task_A').replace('<bpmn:userTask id="Task_A"', `<bpmn:userTask id="Task_A" ${junk}`));
    // when
    const diagnostics = await codesOf(xml, { maxWarnings: 5 });
    // then
    expect(diagnostics.filter((diagnostic) => diagnostic.code === 'xml-warning')).toHaveLength(5);
    expect(only(diagnostics, 'too-many-warnings').message).toMatch(/^25 more warnings/);
  });

  it('does not count the ids of vendor extension elements as BPMN ids', async () => {
    // given: an extension element that reuses a BPMN element's id
    const xml = bpmn(line('Task_A').replace('<bpmn:documentation>Ohje Task_A</bpmn:documentation>', '<bpmn:documentation>Ohje</bpmn:documentation><bpmn:extensionElements><vendor:target xmlns:vendor="urn:vendor" id="Task_A" /></bpmn:extensionElements>'));
    // then
    expect((await codesOf(xml)).filter((diagnostic) => diagnostic.code === 'duplicate-id')).toEqual([]);
  });

  it('names a duplicate id with the line of its first use', async () => {
    // given
    const xml = bpmn(line('Task_A', 'Task_B').replace('id="Task_B"', 'id="Task_A"'));
    // when
    const diagnostic = (await codesOf(xml)).find((entry) => entry.code === 'duplicate-id')!;
    // then
    expect(diagnostic).toMatchObject({ elementId: 'Task_A', severity: 'error', elementType: 'bpmn:UserTask', line: expect.any(Number) });
  });

  it('reports a reference to a missing element at the referring flow', async () => {
    // given
    const xml = bpmn(line('Task_A').replace('targetRef="End"', 'targetRef="Nowhere"'));
    // when
    const diagnostic = only(await codesOf(xml), 'unresolved-reference');
    // then
    expect(diagnostic).toMatchObject({ elementId: 'Flow_1', elementType: 'bpmn:SequenceFlow' });
    expect(diagnostic.message).toContain('Nowhere');
  });

  it('indexes line and column of every element id', async () => {
    // given
    const xml = bpmn(line('Task_A'));
    // when
    const parsed = await parseBpmn(xml);
    // then
    const lineOfTask = xml.split('\n').findIndex((text) => text.includes('id="Task_A"')) + 1;
    expect(parsed.index.positions.get('Task_A')).toEqual({ line: lineOfTask, column: xml.split('\n')[lineOfTask - 1]!.indexOf('<bpmn:userTask') + 1, type: 'bpmn:UserTask' });
  });
});

describe('validation', () => {
  it('reports a model without a process', async () => {
    // given
    const xml = bpmn('').replace(/<bpmn:process[\s\S]*<\/bpmn:process>/, '');
    // then
    expect(only(await codesOf(xml), 'no-process').severity).toBe('error');
  });

  it('refuses a second process with flow elements', async () => {
    // given
    const second = `\n  <bpmn:process id="Process_2"><bpmn:startEvent id="S2" /></bpmn:process>`;
    // when
    const diagnostic = only(await codesOf(bpmn(line('Task_A'), { extraRoot: second })), 'multiple-processes');
    // then
    expect(diagnostic.elementId).toBe('Process_2');
  });

  it.each([
    ['<bpmn:complexGateway id="Complex_1" />', 'Complex_1', 'bpmn:ComplexGateway'],
    ['<bpmn:adHocSubProcess id="AdHoc_1" />', 'AdHoc_1', 'bpmn:AdHocSubProcess'],
    ['<bpmn:transaction id="Transaction_1" />', 'Transaction_1', 'bpmn:Transaction'],
    ['<bpmn:intermediateCatchEvent id="Timer_1"><bpmn:timerEventDefinition /></bpmn:intermediateCatchEvent>', 'Timer_1', 'bpmn:IntermediateCatchEvent'],
    ['<bpmn:endEvent id="Compensate_1"><bpmn:compensateEventDefinition /></bpmn:endEvent>', 'Compensate_1', 'bpmn:EndEvent'],
    ['<bpmn:userTask id="Multi_1"><bpmn:multiInstanceLoopCharacteristics /></bpmn:userTask>', 'Multi_1', 'bpmn:UserTask'],
  ])('names an unsupported element: %s', async (element, id, type) => {
    // when
    const diagnostics = await codesOf(bpmn(`${line('Task_A')}\n${element}`));
    // then
    const diagnostic = diagnostics.find((entry) => entry.code === 'unsupported-element')!;
    expect(diagnostic).toMatchObject({ severity: 'error', elementId: id, elementType: type, file: 'test.bpmn' });
    expect(diagnostic.line).toBeGreaterThan(0);
  });

  it('refuses a JUEL condition, since only FEEL is evaluated', async () => {
    const xml = bpmn(line('Task_A').replace('<bpmn:sequenceFlow id="Flow_1" sourceRef="Task_A" targetRef="End" />', '<bpmn:sequenceFlow id="Flow_1" sourceRef="Task_A" targetRef="End"><bpmn:conditionExpression>${x > 1}</bpmn:conditionExpression></bpmn:sequenceFlow>'));
    const diagnostics = await codesOf(xml);
    expect(diagnostics.find((diagnostic) => diagnostic.code === 'unsupported-element')).toMatchObject({ elementId: 'Flow_1', message: expect.stringContaining('JUEL') });
  });

  it('accepts a message flow to a pool drawn as a black box', async () => {
    const collaboration = `\n  <bpmn:collaboration id="Collab"><bpmn:participant id="Pool_A" processRef="Process_1" /><bpmn:participant id="Pool_B" /><bpmn:messageFlow id="Message_1" sourceRef="Task_A" targetRef="Pool_B" /></bpmn:collaboration>`;
    const { pathway, diagnostics } = await compileBpmn(bpmn(line('Task_A'), { extraRoot: collaboration }));
    expect(diagnostics).toEqual([]);
    expect(pathway!.messages).toEqual({ Message_1: { id: 'Message_1', source: 'Task_A', target: 'Pool_B', name: {} } });
  });


  it('does not also report a missing start when the start event is unsupported', async () => {
    // given
    const xml = bpmn(line('Task_A').replace('<bpmn:startEvent id="Start" />', '<bpmn:startEvent id="Start"><bpmn:timerEventDefinition /></bpmn:startEvent>'));
    // when
    const diagnostics = await codesOf(xml);
    // then
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['unsupported-element']);
  });

  it('requires a start event', async () => {
    const xml = bpmn('<bpmn:userTask id="Task_A"><bpmn:documentation>x</bpmn:documentation><bpmn:outgoing>F</bpmn:outgoing></bpmn:userTask><bpmn:endEvent id="End" /><bpmn:sequenceFlow id="F" sourceRef="Task_A" targetRef="End" />');
    expect(only(await codesOf(xml), 'missing-start-event').elementId).toBe('Process_1');
  });

  it('refuses a second start event', async () => {
    const xml = bpmn(`${line('Task_A')}\n<bpmn:startEvent id="Start_2" /><bpmn:sequenceFlow id="Flow_S2" sourceRef="Start_2" targetRef="Task_A" />`);
    expect(only(await codesOf(xml), 'multiple-start-events').elementId).toBe('Start_2');
  });

  it('requires an end event', async () => {
    const xml = bpmn('<bpmn:startEvent id="Start" /><bpmn:userTask id="Task_A"><bpmn:documentation>x</bpmn:documentation></bpmn:userTask><bpmn:sequenceFlow id="F" sourceRef="Start" targetRef="Task_A" />');
    const diagnostics = await codesOf(xml);
    expect(only(diagnostics, 'missing-end-event').severity).toBe('error');
    expect(only(diagnostics, 'missing-outgoing-flow').elementId).toBe('Task_A');
  });

  it('refuses a task with two outgoing flows and no gateway', async () => {
    const xml = bpmn(`${line('Task_A', 'Task_B')}\n<bpmn:sequenceFlow id="Flow_X" sourceRef="Task_A" targetRef="End" />`);
    expect(only(await codesOf(xml), 'implicit-split').elementId).toBe('Task_A');
  });

  it('requires a decision to be named as a question and each answer named', async () => {
    // given
    const xml = fixture('pathway.parallel-loop.bpmn').replace('name="Toistetaanko?"', '').replace('name="Kyllä" ', '');
    // when
    const diagnostics = await codesOf(xml);
    // then
    expect(only(diagnostics, 'decision-question-missing').elementId).toBe('Gateway_Again');
    expect(only(diagnostics, 'decision-answer-missing').elementId).toBe('Flow_Yes');
  });

  it('warns when a step has no guidance in the model language', async () => {
    const xml = bpmn(line('Task_A').replace('<bpmn:documentation>Ohje Task_A</bpmn:documentation>', ''));
    const diagnostic = only(await codesOf(xml), 'guidance-missing');
    expect(diagnostic).toMatchObject({ severity: 'warning', elementId: 'Task_A' });
  });

  it('warns about an element no path reaches', async () => {
    const xml = bpmn(`${line('Task_A')}\n<bpmn:userTask id="Task_Lonely"><bpmn:documentation>x</bpmn:documentation></bpmn:userTask><bpmn:sequenceFlow id="Flow_L" sourceRef="Task_Lonely" targetRef="End" />`);
    const { pathway, diagnostics } = await compileBpmn(xml);
    expect(only(diagnostics, 'unreachable-element')).toMatchObject({ severity: 'warning', elementId: 'Task_Lonely' });
    expect(pathway).toBeDefined();
  });

  it('refuses a loop made only of gateways', async () => {
    // given: Merge → Pass → Merge, nothing for the worker to do in between
    const xml = bpmn(`
      <bpmn:startEvent id="Start" />
      <bpmn:exclusiveGateway id="Merge" />
      <bpmn:parallelGateway id="Pass" />
      <bpmn:endEvent id="End" />
      <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Merge" />
      <bpmn:sequenceFlow id="F2" sourceRef="Merge" targetRef="Pass" />
      <bpmn:sequenceFlow id="F3" sourceRef="Pass" targetRef="Merge" />`);
    // when
    const diagnostic = only(await codesOf(xml), 'loop-without-step');
    // then
    expect(diagnostic.message).toContain('"Merge", "Pass"');
  });

  it.each([
    ['bad duration', '<polku:deadline duration="7 days" />'],
    ['bad counting', '<polku:deadline duration="P7D" counting="weekdays" />'],
    ['legal reference without section', '<polku:legalReference statute="LSL" />'],
    ['legal reference over http', '<polku:legalReference statute="LSL" section="1 §" url="http://example.org" />'],
    ['field without key', '<polku:field type="text" />'],
    ['field of unknown type', '<polku:field key="x" type="colour" />'],
  ])('refuses a malformed Polku extension: %s', async (_, extension) => {
    const xml = bpmn(line('Task_A').replace('<bpmn:documentation>Ohje Task_A</bpmn:documentation>', `<bpmn:documentation>Ohje</bpmn:documentation><bpmn:extensionElements>${extension}</bpmn:extensionElements>`));
    expect(only(await codesOf(xml), 'invalid-extension').elementId).toBe('Task_A');
  });
});

/** Start → Fork → (Task_A | Task_B), the rest given by the test. */
const fork = (body: string) =>
  bpmn(`
    <bpmn:startEvent id="Start" />
    <bpmn:parallelGateway id="Fork" />
    <bpmn:userTask id="Task_A"><bpmn:documentation>x</bpmn:documentation></bpmn:userTask>
    <bpmn:userTask id="Task_B"><bpmn:documentation>x</bpmn:documentation></bpmn:userTask>
    <bpmn:endEvent id="End" />
    <bpmn:sequenceFlow id="F0" sourceRef="Start" targetRef="Fork" />
    <bpmn:sequenceFlow id="FA" sourceRef="Fork" targetRef="Task_A" />
    <bpmn:sequenceFlow id="FB" sourceRef="Fork" targetRef="Task_B" />
    ${body}`);

describe('parallel structure', () => {
  it('refuses an end event inside a parallel branch', async () => {
    const xml = fork(`<bpmn:userTask id="Task_C"><bpmn:documentation>x</bpmn:documentation></bpmn:userTask>
      <bpmn:parallelGateway id="Join" /><bpmn:endEvent id="End_Early" />
      <bpmn:sequenceFlow id="FC" sourceRef="Fork" targetRef="Task_C" />
      <bpmn:sequenceFlow id="F1" sourceRef="Task_A" targetRef="Join" /><bpmn:sequenceFlow id="F2" sourceRef="Task_B" targetRef="Join" />
      <bpmn:sequenceFlow id="F4" sourceRef="Task_C" targetRef="End_Early" />
      <bpmn:sequenceFlow id="F3" sourceRef="Join" targetRef="End" />`);
    expect(only(await codesOf(xml), 'unstructured-parallel').elementId).toBe('End_Early');
  });

  it('refuses a join fed from outside its fork', async () => {
    const xml = bpmn(`
      <bpmn:startEvent id="Start" />
      <bpmn:exclusiveGateway id="Choice" name="Kumpi?"><bpmn:documentation>x</bpmn:documentation></bpmn:exclusiveGateway>
      <bpmn:parallelGateway id="Fork" />
      <bpmn:userTask id="Task_A"><bpmn:documentation>x</bpmn:documentation></bpmn:userTask>
      <bpmn:userTask id="Task_B"><bpmn:documentation>x</bpmn:documentation></bpmn:userTask>
      <bpmn:parallelGateway id="Join" />
      <bpmn:endEvent id="End" />
      <bpmn:sequenceFlow id="F0" sourceRef="Start" targetRef="Choice" />
      <bpmn:sequenceFlow id="F1" name="Rinnakkain" sourceRef="Choice" targetRef="Fork" />
      <bpmn:sequenceFlow id="F2" name="Suoraan" sourceRef="Choice" targetRef="Join" />
      <bpmn:sequenceFlow id="FA" sourceRef="Fork" targetRef="Task_A" />
      <bpmn:sequenceFlow id="FB" sourceRef="Fork" targetRef="Task_B" />
      <bpmn:sequenceFlow id="FA2" sourceRef="Task_A" targetRef="Join" />
      <bpmn:sequenceFlow id="FB2" sourceRef="Task_B" targetRef="Join" />
      <bpmn:sequenceFlow id="F3" sourceRef="Join" targetRef="End" />`);
    const diagnostic = (await codesOf(xml)).find((entry) => entry.code === 'unstructured-parallel')!;
    expect(diagnostic.elementId).toBe('Join');
  });

  it('refuses branches of one fork that end in different joins', async () => {
    // given: a second fork whose branches cross into the first block's join
    const xml = fork(`<bpmn:parallelGateway id="Fork_2" /><bpmn:parallelGateway id="Join_1" /><bpmn:parallelGateway id="Join_2" />
      <bpmn:userTask id="Task_C"><bpmn:documentation>x</bpmn:documentation></bpmn:userTask>
      <bpmn:sequenceFlow id="F1" sourceRef="Task_A" targetRef="Fork_2" />
      <bpmn:sequenceFlow id="F2" sourceRef="Fork_2" targetRef="Join_1" /><bpmn:sequenceFlow id="F3" sourceRef="Fork_2" targetRef="Task_C" />
      <bpmn:sequenceFlow id="F4" sourceRef="Task_B" targetRef="Join_1" /><bpmn:sequenceFlow id="F5" sourceRef="Task_C" targetRef="Join_2" />
      <bpmn:sequenceFlow id="F6" sourceRef="Join_1" targetRef="Join_2" /><bpmn:sequenceFlow id="F7" sourceRef="Join_2" targetRef="End" />`);
    // when
    const diagnostics = (await codesOf(xml)).filter((diagnostic) => diagnostic.code === 'unstructured-parallel');
    // then
    expect(diagnostics.map((diagnostic) => diagnostic.elementId)).toContain('Fork_2');
  });

  it('refuses a parallel join that no fork feeds', async () => {
    const xml = bpmn(`
      <bpmn:startEvent id="Start" />
      <bpmn:exclusiveGateway id="Choice" name="Kumpi?"><bpmn:documentation>x</bpmn:documentation></bpmn:exclusiveGateway>
      <bpmn:parallelGateway id="Join" />
      <bpmn:endEvent id="End" />
      <bpmn:sequenceFlow id="F0" sourceRef="Start" targetRef="Choice" />
      <bpmn:sequenceFlow id="F1" name="A" sourceRef="Choice" targetRef="Join" />
      <bpmn:sequenceFlow id="F2" name="B" sourceRef="Choice" targetRef="Join" />
      <bpmn:sequenceFlow id="F3" sourceRef="Join" targetRef="End" />`);
    expect(only(await codesOf(xml), 'unstructured-parallel').elementId).toBe('Join');
  });
});

describe('loadPathway', () => {
  it('throws one ModelError that carries every diagnostic', async () => {
    // given
    const xml = bpmn(`${line('Task_A')}\n<bpmn:complexGateway id="Complex_1" /><bpmn:adHocSubProcess id="AdHoc_1" />`);
    // when
    const error = await loadPathway(xml, { file: 'broken.bpmn' }).catch((caught: unknown) => caught);
    // then
    expect(error).toBeInstanceOf(ModelError);
    expect((error as ModelError).diagnostics.map((diagnostic) => diagnostic.elementId)).toEqual(expect.arrayContaining(['Complex_1', 'AdHoc_1']));
    expect((error as ModelError).message).toMatch(/broken\.bpmn:\d+:\d+ <bpmn:ComplexGateway id="Complex_1">/);
    expect((error as ModelError).message).toContain('see docs/errors/unsupported-element.md');
  });

  it('compiles to plain JSON whose machine states are the element ids', async () => {
    // given
    const pathway = await loadPathway(fixture('pathway.parallel-loop.bpmn'));
    // then
    expect(JSON.parse(JSON.stringify(pathway))).toEqual(pathway);
    expect(Object.keys(pathway.machine.states)).toEqual(['Start', 'Task_Prepare', 'Gateway_Merge', 'Gateway_Fork', 'Gateway_Join', 'Gateway_Again', 'End']);
    expect(Object.keys(pathway.machine.states.Gateway_Fork!.states!)).toEqual(['region:Flow_A', 'region:Flow_B']);
  });

  it('reads names, guidance, legal references, deadlines and fields in every language', async () => {
    const pathway = await loadPathway(fixture('pathway.parallel-loop.bpmn'));
    const task = pathway.nodes.Task_Prepare!;
    expect(task).toMatchObject({
      role: 'step',
      lane: 'Lane_Worker',
      name: { fi: 'Valmistele', sv: 'Förbered' },
      guidance: { fi: 'Valmistele **asia**.', sv: 'Förbered ärendet.' },
      legal: [{ statute: 'LSL', section: '52 a §', url: 'https://finlex.fi/fi/laki/ajantasa/2007/20070417' }],
      deadlines: [{ name: { fi: 'Aloita', en: 'Start' }, duration: 'P7D', counting: 'working-days', firstDayCounts: false, basis: 'LSL 26 § 5 mom.' }],
      fields: [{ key: 'startDate', type: 'date', required: true, name: { fi: 'Aloituspäivä' } }],
    });
    expect(pathway.lanes).toEqual([{ id: 'Lane_Worker', name: { fi: 'Sosiaalityöntekijä', sv: 'Socialarbetare', en: 'Social worker' } }]);
  });

  it('keeps the content hash when only the layout changes and changes it when content does', async () => {
    const xml = fixture('pathway.parallel-loop.bpmn');
    const base = await loadPathway(xml);
    const withDi = await loadPathway(xml.replace('</bpmn:definitions>', '<bpmndi:BPMNDiagram xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" id="D"><bpmndi:BPMNPlane id="P" bpmnElement="Process_Test" /></bpmndi:BPMNDiagram></bpmn:definitions>'));
    const renamed = await loadPathway(xml.replace('name="Tee A"', 'name="Tee A nyt"'));
    expect(withDi.hash).toBe(base.hash);
    expect(renamed.hash).not.toBe(base.hash);
  });

  it('escapes dots in element ids only where XState needs it', async () => {
    const pathway = await loadPathway(bpmn(line('Task.A')));
    expect(Object.keys(pathway.machine.states)).toContain('Task%2EA');
    expect(pathway.nodes['Task.A']).toBeDefined();
  });
});
