import { compileBpmn, siblingProcessLoader } from '@polku/core/compiler';
import { moddleExtensions } from '@polku/moddle';
import { BpmnModdle } from 'bpmn-moddle';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import zeebe from 'zeebe-bpmn-moddle/resources/zeebe.json' with { type: 'json' };
import { runCli } from '../src/index.js';

const MODELS = fileURLToPath(new URL('../../../models/', import.meta.url));
const CORE_FIXTURES = fileURLToPath(new URL('../../core/test/fixtures/', import.meta.url));
const unsupported = fileURLToPath(new URL('./fixtures/error/cli.unsupported-complex-gateway.bpmn', import.meta.url));
const calling = fileURLToPath(new URL('./fixtures/call/main.bpmn', import.meta.url));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readFile: (path) => readFile(path, 'utf8'),
    listDir: (path) => readdir(path),
    writeFile: async (path, text) => {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, text, 'utf8');
    },
    isTty: false,
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

// The test reads models the way Camunda Modeler does, with the Zeebe descriptor beside Polku's.
type Node = { $type: string; id?: string; [key: string]: unknown };
async function read(xml: string) {
  const { rootElement, elementsById, warnings } = await new BpmnModdle({ ...moddleExtensions, zeebe }).fromXML(xml);
  return { definitions: rootElement as unknown as Node, byId: elementsById as unknown as Record<string, Node>, warnings };
}
const extension = (element: Node | undefined, type: string) => ((element?.extensionElements as Node | undefined)?.values as Node[] | undefined)?.find((value) => value.$type === type);

// bpmnlint with bpmnlint-plugin-camunda-compat, resolved from this package; a new Linter per lint.
const require = createRequire(import.meta.url);
async function camundaErrors(xml: string): Promise<string[]> {
  const { Linter } = require('bpmnlint') as { Linter: new (options: object) => { lint(root: unknown): Promise<Record<string, { id?: string; message: string; category: string }[]>> } };
  const NodeResolver = require('bpmnlint/lib/resolver/node-resolver.js') as new (options: object) => object;
  const { definitions, byId } = await read(xml);
  // Camunda Modeler's import fills each node's incoming/outgoing from the flows; do the same.
  for (const flow of Object.values(byId).filter((element) => element.$type === 'bpmn:SequenceFlow')) {
    for (const [end, list] of [['sourceRef', 'outgoing'], ['targetRef', 'incoming']] as const) {
      const node = flow[end] as Node;
      const current = (node[list] as Node[] | undefined) ?? [];
      if (!current.includes(flow)) node[list] = [...current, flow];
    }
  }
  const linter = new Linter({ config: { extends: 'plugin:camunda-compat/camunda-cloud-8-8' }, resolver: new NodeResolver({ require }) });
  const results = await linter.lint(definitions);
  return Object.entries(results).flatMap(([rule, reports]) => reports.filter((report) => report.category === 'error' || report.category === 'rule-error').map((report) => `${rule} ${report.id ?? ''}: ${report.message}`));
}

async function exported(file: string) {
  const folder = await mkdtemp(join(tmpdir(), 'polku-export-'));
  const result = await run('export', '--target', 'camunda8', file, '--out', folder);
  const names = await readdir(folder);
  const forms = new Map<string, { id: string; schemaVersion: number; executionPlatformVersion: string; components: { type: string; key?: string; text?: string; label?: string; values?: { label: string; value: string }[] }[] }>();
  for (const name of names.filter((entry) => entry.endsWith('.form'))) forms.set(name.slice(0, -'.form'.length), JSON.parse(await readFile(join(folder, name), 'utf8')));
  const bpmn = names.find((entry) => entry.endsWith('.bpmn'));
  return { ...result, folder, forms, xml: bpmn ? await readFile(join(folder, bpmn), 'utf8') : '' };
}

// The models' folder, read when the tests are collected, so a model added there is tested too.
const models = readdirSync(MODELS).filter((name) => name.endsWith('.bpmn')).toSorted();

describe('polku export --target camunda8', () => {
  it('finds the models to export, and the Camunda rules find errors in a model as Polku writes it', async () => {
    expect(models.length).toBeGreaterThanOrEqual(14);
    // Without this the checks below could pass with a linter that reports nothing.
    expect(await camundaErrors(await readFile(join(MODELS, 'koulupolku.bpmn'), 'utf8'))).toContainEqual(expect.stringMatching(/^camunda-compat\/sequence-flow-condition Flow_KeepSchool/));
  });

  it.each(models)('exports %s with no error under Camunda 8.8 rules, a valid form per user task carrying its guidance', async (name) => {
    // given
    const file = join(MODELS, name);
    const { pathway } = await compileBpmn(await readFile(file, 'utf8'), { file, loadProcess: siblingProcessLoader(file, { readFile: (path) => readFile(path, 'utf8'), listDir: (path) => readdir(path) }) });
    // when
    const { code, stderr, xml, forms } = await exported(file);
    // then
    expect({ code, stderr }).toMatchObject({ code: 0 });
    expect(await camundaErrors(xml)).toEqual([]);
    const { definitions, byId, warnings } = await read(xml);
    expect(warnings).toEqual([]);
    expect(definitions.$attrs).toMatchObject({ 'modeler:executionPlatform': 'Camunda Cloud', 'modeler:executionPlatformVersion': '8.8.0' });
    const userTasks = Object.values(byId).filter((element) => element.$type === 'bpmn:UserTask');
    expect(userTasks.length).toBeGreaterThan(0);
    const problems = userTasks.flatMap((task) => {
      const formId = extension(task, 'zeebe:FormDefinition')?.formId as string;
      const form = forms.get(formId);
      const node = pathway!.nodes[task.id!] ?? pathway!.nodes[String(task.id).replace(/^Decide_/, '')];
      const guidance = node?.guidance[pathway!.lang];
      return [
        extension(task, 'zeebe:UserTask') ? [] : [`${task.id} is no Camunda user task`],
        form?.id === formId && form.schemaVersion === 18 && form.executionPlatformVersion === '8.8.0' ? [] : [`${task.id} links no valid form ${formId}`],
        !guidance || form?.components.some((component) => component.type === 'text' && component.text === guidance) ? [] : [`${task.id}'s form lacks its guidance`],
      ].flat();
    });
    expect(problems).toEqual([]);
    expect(forms.size).toBe(userTasks.length);
    // Polku's own extensions travel along.
    expect(xml).toContain('xmlns:polku="urn:polku:bpmn:1.0"');
    expect(xml.match(/<polku:legalReference /g)?.length).toBe((await readFile(file, 'utf8')).match(/<polku:legalReference /g)?.length);
  });

  it('turns a worker decision into a user task that asks the question, and each answer into a FEEL condition', async () => {
    // when
    const { code, xml, forms } = await exported(join(MODELS, 'koulupolku.bpmn'));
    // then
    expect(code).toBe(0);
    const { byId, definitions } = await read(xml);
    const task = byId['Decide_Gateway_Continuity']!;
    const gateway = byId['Gateway_Continuity']!;
    expect(task).toMatchObject({ $type: 'bpmn:UserTask', name: 'Ratkaise: Jatkaako lapsi nykyisessä koulussa tai varhaiskasvatuspaikassa?' });
    expect((task.outgoing as Node[]).map((flow) => flow.targetRef)).toEqual([gateway]);
    expect((gateway.incoming as Node[]).map((flow) => flow.sourceRef)).toEqual([task]);
    const conditions = (gateway.outgoing as Node[]).map((flow) => [flow.id, (flow.conditionExpression as Node).body]);
    expect(conditions).toEqual([
      ['Flow_KeepSchool', '=answer_Gateway_Continuity = "Flow_KeepSchool"'],
      ['Flow_ChangeSchool', '=answer_Gateway_Continuity = "Flow_ChangeSchool"'],
    ]);
    const form = forms.get(extension(task, 'zeebe:FormDefinition')!.formId as string)!;
    expect(form.components.find((component) => component.type === 'radio')).toMatchObject({
      key: 'answer_Gateway_Continuity',
      label: 'Jatkaako lapsi nykyisessä koulussa tai varhaiskasvatuspaikassa?',
      values: [
        { label: 'Kyllä, nykyinen paikka jatkuu', value: 'Flow_KeepSchool' },
        { label: 'Ei, tarvitaan uusi paikka', value: 'Flow_ChangeSchool' },
      ],
    });
    // The task is drawn where the gateway was, the gateway moved right, and the edges meet them.
    const plane = ((definitions.diagrams as Node[])[0]!.plane as Node).planeElement as Node[];
    const bounds = (id: string) => (plane.find((item) => (item.bpmnElement as Node | undefined)?.id === id)!.bounds as { x: number; y: number; width: number; height: number });
    const waypoints = (id: string) => plane.find((item) => (item.bpmnElement as Node | undefined)?.id === id)!.waypoint as { x: number; y: number }[];
    const box = bounds('Decide_Gateway_Continuity');
    const lane = bounds('Lane_SocialWorker');
    expect(box.x >= lane.x && box.y >= lane.y && box.x + box.width <= lane.x + lane.width && box.y + box.height <= lane.y + lane.height).toBe(true);
    expect(bounds('Gateway_Continuity').x).toBeGreaterThan(box.x + box.width);
    expect(waypoints('Flow_ToContinuity').at(-1)).toEqual({ $type: 'dc:Point', x: box.x, y: box.y + box.height / 2 });
    expect(waypoints(`Flow_Decide_Gateway_Continuity`).map(({ x, y }) => [x, y])).toEqual([
      [box.x + box.width, box.y + box.height / 2],
      [bounds('Gateway_Continuity').x, box.y + box.height / 2],
    ]);
  });

  it('prefixes conditions with "=", keeps default flows, fields and translations, and gives system tasks a job type', async () => {
    // when
    const { code, xml, forms } = await exported(join(CORE_FIXTURES, 'pathway.conditions.bpmn'));
    // then
    expect(code).toBe(0);
    const { byId } = await read(xml);
    expect((byId['Flow_Ecec']!.conditionExpression as Node).body).toBe('=age < 7');
    expect((byId['Flow_School']!.conditionExpression as Node).body).toBe('= age >= 7 and age < 18');
    expect(byId['Gateway_Age']!.default).toBe(byId['Flow_Default']);
    expect(extension(byId['Task_Letter'], 'zeebe:TaskDefinition')).toMatchObject({ type: 'polku-Task_Letter' });
    expect(extension(byId['Task_Age'], 'polku:Field')).toMatchObject({ key: 'age', type: 'number' });
    expect(forms.get('Process_Conditions_Task_Age')!.components).toContainEqual(expect.objectContaining({ type: 'number', key: 'age', label: 'Ikä', validate: { required: true } }));
  });

  it("copies a decision's answer under the gateway's id when a condition reads it there, as Polku does", async () => {
    // given
    const folder = await mkdtemp(join(tmpdir(), 'polku-export-alias-'));
    const file = join(folder, 'export.answer-by-gateway-id.bpmn');
    await writeFile(
      file,
      `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_1" targetNamespace="urn:polku:test" xml:lang="fi">
  <bpmn:process id="Process_1" isExecutable="true">
    <bpmn:startEvent id="Start" />
    <bpmn:exclusiveGateway id="Gateway_Need" name="Onko tarvetta?"><bpmn:documentation>Arvioi.</bpmn:documentation></bpmn:exclusiveGateway>
    <bpmn:exclusiveGateway id="Gateway_Merge" />
    <bpmn:userTask id="Task_Plan" name="Suunnittele"><bpmn:documentation>Suunnittele.</bpmn:documentation></bpmn:userTask>
    <bpmn:exclusiveGateway id="Gateway_Check" default="Flow_Done" />
    <bpmn:userTask id="Task_Extra" name="Lisätuki"><bpmn:documentation>Tue.</bpmn:documentation></bpmn:userTask>
    <bpmn:endEvent id="End_Extra" name="Tuettu" />
    <bpmn:endEvent id="End_Done" name="Valmis" />
    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Gateway_Need" />
    <bpmn:sequenceFlow id="Flow_Yes" name="Kyllä" sourceRef="Gateway_Need" targetRef="Gateway_Merge" />
    <bpmn:sequenceFlow id="Flow_No" name="Ei" sourceRef="Gateway_Need" targetRef="Gateway_Merge" />
    <bpmn:sequenceFlow id="Flow_2" sourceRef="Gateway_Merge" targetRef="Task_Plan" />
    <bpmn:sequenceFlow id="Flow_3" sourceRef="Task_Plan" targetRef="Gateway_Check" />
    <bpmn:sequenceFlow id="Flow_Extra" sourceRef="Gateway_Check" targetRef="Task_Extra"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">Gateway_Need = "Flow_Yes"</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="Flow_Done" sourceRef="Gateway_Check" targetRef="End_Done" />
    <bpmn:sequenceFlow id="Flow_4" sourceRef="Task_Extra" targetRef="End_Extra" />
  </bpmn:process>
</bpmn:definitions>
`,
    );
    // when
    const { code, stdout, stderr } = await run('export', '--target', 'camunda8', file);
    // then
    expect({ code, stderr }).toMatchObject({ code: 0 });
    const { byId } = await read(stdout);
    const outputs = (extension(byId['Decide_Gateway_Need'], 'zeebe:IoMapping')!.outputParameters as Node[]).map((output) => [output.source, output.target]);
    expect(outputs).toEqual([
      ['=answer_Gateway_Need', 'answer_Gateway_Need'],
      ['=answer_Gateway_Need', 'Gateway_Need'],
    ]);
    expect((byId['Flow_Extra']!.conditionExpression as Node).body).toBe('=Gateway_Need = "Flow_Yes"');
    expect(extension(byId['Task_Plan'], 'zeebe:IoMapping')).toBeUndefined();
  });

  it('subscribes messages on caseKey, keeps timers, and maps called processes and decisions inside a sub-process', async () => {
    // when
    const events = await exported(join(CORE_FIXTURES, 'pathway.events.bpmn'));
    const call = await exported(calling);
    // then
    expect(events.code).toBe(0);
    const { byId } = await read(events.xml);
    expect(extension(byId['Message_Statement'], 'zeebe:Subscription')).toMatchObject({ correlationKey: '=caseKey' });
    expect(events.xml).toContain('<bpmn:timeDuration>P14D</bpmn:timeDuration>');
    expect(byId['Decide_Gateway_Consent']!.$type).toBe('bpmn:UserTask');
    expect(byId['Decide_Gateway_Consent']!.$parent).toBe(byId['Sub_Prepare']);
    expect(call.code).toBe(0);
    const called = await read(call.xml);
    expect(extension(called.byId['Call_Local'], 'zeebe:CalledElement')).toMatchObject({ processId: 'Process_Local', propagateAllChildVariables: true });
    expect(called.byId['Process_Local']).toMatchObject({ isExecutable: true });
    // A process only a call activity reaches still gets its forms, from its own texts.
    expect(call.forms.get('Process_Local_Task_Local')!.components[0]).toMatchObject({ type: 'text', text: 'Tee.' });
  });

  it('maps a multi-instance count to an input collection, and refuses a standard loop and a conditional event by name', async () => {
    // given
    const folder = await mkdtemp(join(tmpdir(), 'polku-export-loops-'));
    await writeFile(join(folder, 'export.multi-instance.bpmn'), model('<bpmn:userTask id="Task_Visit" name="Käynti"><bpmn:documentation>Käy.</bpmn:documentation><bpmn:multiInstanceLoopCharacteristics isSequential="true"><bpmn:loopCardinality xsi:type="bpmn:tFormalExpression">3</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics></bpmn:userTask>'));
    await writeFile(join(folder, 'export.standard-loop.bpmn'), model('<bpmn:userTask id="Task_Visit" name="Käynti"><bpmn:documentation>Käy.</bpmn:documentation><bpmn:standardLoopCharacteristics loopMaximum="3" /></bpmn:userTask>'));
    await writeFile(
      join(folder, 'export.conditional-event.bpmn'),
      model('<bpmn:intermediateCatchEvent id="Task_Visit" name="Valmis"><bpmn:conditionalEventDefinition><bpmn:condition xsi:type="bpmn:tFormalExpression">ready = true</bpmn:condition></bpmn:conditionalEventDefinition></bpmn:intermediateCatchEvent>'),
    );
    // when
    const mapped = await run('export', '--target', 'camunda8', join(folder, 'export.multi-instance.bpmn'));
    const standard = await run('export', '--target', 'camunda8', join(folder, 'export.standard-loop.bpmn'));
    const conditional = await run('export', '--target', 'camunda8', join(folder, 'export.conditional-event.bpmn'));
    // then
    expect({ code: mapped.code, stderr: mapped.stderr }).toMatchObject({ code: 0 });
    expect(mapped.stdout).toMatch(/<zeebe:loopCharacteristics inputCollection="=for i in 1\.\.3 return i" \/>/);
    expect(mapped.stdout).not.toContain('loopCardinality');
    expect(await camundaErrors(mapped.stdout)).toEqual([]);
    expect(standard).toMatchObject({ code: 1, stdout: '' });
    expect(standard.stderr).toMatch(/\d+:\d+\s+error\s+camunda-export <bpmn:UserTask id="Task_Visit">\n.*standard loop/);
    expect(standard.stderr).toContain('see docs/camunda8.md');
    expect(conditional).toMatchObject({ code: 1, stdout: '' });
    expect(conditional.stderr).toMatch(/camunda-export <bpmn:IntermediateCatchEvent id="Task_Visit">\n.*conditional events from 8\.9/);
  });


  it('prints the model when there is no --out and says the forms were not written', async () => {
    const { code, stdout, stderr } = await run('export', '--target', 'camunda8', join(CORE_FIXTURES, 'pathway.parallel-loop.bpmn'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<bpmn:definitions [^>]*xmlns:zeebe="http:\/\/camunda.org\/schema\/zeebe\/1.0"/);
    expect(stderr).toContain('--out <dir>');
  });

  it('reports a model with errors and a file that is not BPMN on stderr with exit 1, and prints nothing', async () => {
    // given
    const folder = await mkdtemp(join(tmpdir(), 'polku-export-broken-'));
    const notBpmn = join(folder, 'notes.bpmn');
    await writeFile(notBpmn, '<html><body>Muistiinpanoja</body></html>');
    // when
    const broken = await run('export', '--target', 'camunda8', unsupported);
    const foreign = await run('export', '--target', 'camunda8', notBpmn, '--out', folder);
    // then
    expect(broken).toMatchObject({ code: 1, stdout: '' });
    expect(broken.stderr).toContain('unsupported-element <bpmn:ComplexGateway id="Gateway_Complex">');
    expect(foreign).toMatchObject({ code: 1, stdout: '' });
    expect(foreign.stderr).toContain('not-bpmn');
    expect(await readdir(folder)).toEqual(['notes.bpmn']);
  });

  it('exits 2 on usage errors', async () => {
    const fixture = join(CORE_FIXTURES, 'pathway.conditions.bpmn');
    expect(await run('export', fixture)).toMatchObject({ code: 2, stderr: expect.stringContaining('--target camunda8') });
    expect(await run('export', '--target', 'camunda7', fixture)).toMatchObject({ code: 2, stderr: expect.stringContaining('--target must be camunda8') });
    expect(await run('export', '--target', 'camunda8')).toMatchObject({ code: 2, stderr: expect.stringContaining('exactly one') });
    expect(await run('export', '--target', 'camunda8', fixture, fixture)).toMatchObject({ code: 2 });
    expect(await run('export', '--target', 'camunda8', 'no/such/model.bpmn')).toMatchObject({ code: 2, stderr: expect.stringContaining('no such file') });
    expect(await run('export', '--target', 'camunda8', fixture, '--lang', 'sv')).toMatchObject({ code: 2, stderr: expect.stringContaining('--lang is an option of polku docs') });
    expect(await run('validate', fixture, '--target', 'camunda8')).toMatchObject({ code: 2, stderr: expect.stringContaining('--target is an option of polku export') });
    expect(await run('export', '--help')).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Usage: polku export --target camunda8/) });
  });
});

/** A one-step Finnish model around `body`, whose element `Task_Visit` sits between start and end. */
function model(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_1" targetNamespace="urn:polku:test" xml:lang="fi">
  <bpmn:process id="Process_1" isExecutable="true">
    <bpmn:startEvent id="Start" />
    ${body}
    <bpmn:endEvent id="End" name="Loppu" />
    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_Visit" />
    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Visit" targetRef="End" />
  </bpmn:process>
</bpmn:definitions>
`;
}
