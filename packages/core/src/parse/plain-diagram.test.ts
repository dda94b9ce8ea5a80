import { describe, expect, it } from 'vitest';
import { generatePathway } from '../../../../tests/property/_support/sized-pathway.js';
import { bpmn, line } from '../../test/bpmn.js';
import { compileBpmn } from '../compiler.js';
import { parseBpmn, parseForCompile } from './parse-bpmn.js';
import { findPlainDiagram } from './plain-diagram.js';

const NAMESPACES =
  'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" ' +
  'xmlns:bioc="http://bpmn.io/schema/bpmn/biocolor/1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xml:lang="fi"';

const SHAPES = `<bpmndi:BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="100" y="100" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_A_di" bpmnElement="Task_A" bioc:stroke="#1e88e5"><dc:Bounds x="200" y="80" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="End_di" bpmnElement="End"><dc:Bounds x="360" y="100" width="36" height="36" />
        <bpmndi:BPMNLabel><dc:Bounds x="360" y="140" width="36" height="14" /></bpmndi:BPMNLabel>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="Flow_0_di" bpmnElement="Flow_0"><di:waypoint x="136" y="118" /><di:waypoint xsi:type="dc:Point" x="200" y="118" /></bpmndi:BPMNEdge>`;

/** A small model whose DI is `diagram` (the plane's content by default), placed where bpmn-js puts it. */
function withDiagram(planeContent = SHAPES, diagram = `<bpmndi:BPMNDiagram id="Diagram_1">\n    <bpmndi:BPMNPlane id="Plane_1" bpmnElement="Process_1">\n      ${planeContent}\n    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>`): string {
  return bpmn(line('Task_A'), { extraRoot: `\n  ${diagram}` }).replace('xml:lang="fi"', NAMESPACES);
}

describe('findPlainDiagram', () => {
  it('finds the DI bpmn-js writes, from the first diagram to the end of the last', () => {
    const xml = withDiagram();
    const diagram = findPlainDiagram(xml)!;
    expect(xml.slice(diagram.start, diagram.end)).toMatch(/^<bpmndi:BPMNDiagram id="Diagram_1">[\s\S]*<\/bpmndi:BPMNDiagram>$/);
    expect(diagram.ids).toEqual(['Diagram_1', 'Plane_1', 'Start_di', 'Task_A_di', 'End_di', 'Flow_0_di']);
    expect(diagram.references).toEqual(['Process_1', 'Start', 'Task_A', 'End', 'Flow_0']);
    expect(findPlainDiagram(generatePathway(100).xml)).toBeDefined();
  });

  it.each([
    ['an unknown DI element', '<bpmndi:BPMNThing id="X" />'],
    ['an unknown attribute', '<bpmndi:BPMNShape id="S" bpmnElement="Start" colour="red" />'],
    ['an attribute of a known namespace that the element lacks', '<bpmndi:BPMNShape id="S" bpmnElement="Start" dc:x="1" />'],
    ['text', 'text'],
    ['a comment', '<!-- layout -->'],
    ['a bounds where it does not belong', '<dc:Bounds x="1" y="1" width="1" height="1" />'],
    ['an entity in a value', '<bpmndi:BPMNShape id="S" bpmnElement="Start" bioc:fill="&amp;" />'],
    ['a space in an end tag', '<bpmndi:BPMNShape id="S" bpmnElement="Start"></bpmndi:BPMNShape >'],
    ['an empty id', '<bpmndi:BPMNShape id="" bpmnElement="Start" />'],
    ['another xsi:type', '<bpmndi:BPMNEdge id="E" bpmnElement="Flow_0"><di:waypoint xsi:type="dc:Bounds" x="1" y="1" /></bpmndi:BPMNEdge>'],
    ['an unclosed element', '<bpmndi:BPMNShape id="S" bpmnElement="Start">'],
  ])('leaves the DI to bpmn-moddle when it has %s', (_, planeContent) => {
    expect(findPlainDiagram(withDiagram(planeContent))).toBeUndefined();
  });

  it('leaves the DI to bpmn-moddle when it does not close the model or declares namespaces of its own', () => {
    const plain = withDiagram();
    expect(findPlainDiagram(plain.replace('</bpmn:definitions>', '</bpmn:definitions>\n<!-- after -->'))).toBeUndefined();
    expect(findPlainDiagram(plain.replace('<bpmndi:BPMNDiagram id="Diagram_1">', '<bpmndi:BPMNDiagram id="Diagram_1" xmlns:x="urn:x">'))).toBeUndefined();
    const before = plain.replace(/(\s*<bpmndi:BPMNDiagram[\s\S]*<\/bpmndi:BPMNDiagram>)/, '').replace('<bpmn:process', `${/<bpmndi:BPMNDiagram[\s\S]*<\/bpmndi:BPMNDiagram>/.exec(plain)![0]}\n  <bpmn:process`);
    expect(findPlainDiagram(before)).toBeUndefined();
  });
});

describe('parseForCompile', () => {
  it('parses the model without its plain DI and reports exactly what parseBpmn does', async () => {
    const xml = generatePathway(100).xml;
    const full = await parseBpmn(xml);
    const fast = await parseForCompile(xml);
    expect(fast.diagnostics).toEqual(full.diagnostics);
    expect(full.definitions!.diagrams).toHaveLength(1);
    expect(fast.definitions!.diagrams ?? []).toHaveLength(0);
    // The index lacks only the DI's ids.
    const diagramIds = new Set(findPlainDiagram(xml)!.ids);
    expect([...fast.index.positions]).toEqual([...full.index.positions].filter(([id]) => !diagramIds.has(id)));
    expect((await compileBpmn(xml)).pathway).toBeDefined();
  });

  it.each([
    ['a reference to a missing element', '<bpmndi:BPMNShape id="S" bpmnElement="Missing" />', 'unresolved-reference'],
    ['a DI id used twice', '<bpmndi:BPMNShape id="Start_di" bpmnElement="Start" />', 'duplicate-id'],
    ['a DI id of a model element', '<bpmndi:BPMNShape id="Task_A" bpmnElement="Task_A" />', 'duplicate-id'],
    ['an illegal DI id', '<bpmndi:BPMNShape id="1st" bpmnElement="Start" />', 'xml-warning'],
    ['an unknown DI element', '<bpmndi:BPMNThing id="X" />', 'xml-warning'],
    ['an unknown attribute', '<bpmndi:BPMNShape id="S" bpmnElement="Start" colour="red" />', 'xml-warning'],
    ['XML that is not well-formed', '<bpmndi:BPMNShape id="S" bpmnElement="Start">', 'xml-not-well-formed'],
  ])('still reports %s in the DI, as parseBpmn does', async (_, extra, code) => {
    const xml = withDiagram(`${SHAPES}\n      ${extra}`);
    const full = await parseBpmn(xml, { file: 'model.bpmn' });
    const fast = await parseForCompile(xml, { file: 'model.bpmn' });
    expect(fast.diagnostics).toEqual(full.diagnostics);
    expect(fast.diagnostics.map((diagnostic) => diagnostic.code)).toContain(code);
    expect((await compileBpmn(xml, { file: 'model.bpmn' })).diagnostics).toEqual(expect.arrayContaining(full.diagnostics));
  });

  it.each([
    ['a reference to a missing element', '<bpmn:endEvent id="End" name="Loppu" />', '<bpmn:endEvent id="End" name="Loppu" /><bpmn:boundaryEvent id="B" attachedToRef="Missing" />'],
    ['a reference to a DI element', 'targetRef="Task_A"', 'targetRef="Task_A_di"'],
    ['an element left open', '<bpmn:startEvent id="Start" />', '<bpmn:startEvent id="Start">'],
    ['an unknown attribute', '<bpmn:startEvent id="Start" />', '<bpmn:startEvent id="Start" bpmn:colour="red" />'],
  ])('reports exactly what parseBpmn does when the model has %s beside a plain DI', async (_, from, to) => {
    const xml = withDiagram().replace(from, to);
    expect(xml).not.toBe(withDiagram());
    expect(findPlainDiagram(xml)).toBeDefined();
    // Without the DI, a reference to a DI element would not resolve: parseBpmn reports nothing for it.
    const full = await parseBpmn(xml, { file: 'model.bpmn' });
    expect((await parseForCompile(xml, { file: 'model.bpmn' })).diagnostics).toEqual(full.diagnostics);
  });
});
