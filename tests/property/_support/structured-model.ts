/**
 * Block-structured pathways as trees, and their BPMN 2.0 XML (with DI). Every tree is a
 * well-formed Polku pathway by construction: decisions and parallel forks each get their own
 * merge or join, loops go back to a merge before a named "again?" decision, sub-processes and
 * called processes start and end inside themselves. The property tests generate trees at
 * random; the benchmarks build them to a size.
 */

/** Task types that wait for the worker (`step`) and that complete by themselves (`pass`). */
export const STEP_TASKS = ['userTask', 'task', 'manualTask'] as const;
export const SYSTEM_TASKS = ['serviceTask', 'scriptTask', 'businessRuleTask', 'sendTask'] as const;
export type TaskType = (typeof STEP_TASKS)[number] | (typeof SYSTEM_TASKS)[number];

export type Block =
  | { kind: 'task'; type: TaskType; field?: boolean }
  | { kind: 'sequence'; items: Block[] }
  /** A worker decision: a named exclusive split with one named flow per branch, then a merge. */
  | { kind: 'decision'; branches: Block[] }
  /**
   * A step that records a number (`polku:field`), then an exclusive split decided by FEEL
   * conditions over it: branch *i* > 0 when the number exceeds *i*. Branch 0 is the default
   * flow when `withDefault`; otherwise its condition is `true`, so some flow can always be taken.
   */
  | { kind: 'conditions'; branches: Block[]; withDefault: boolean }
  | { kind: 'parallel'; branches: Block[] }
  | { kind: 'subProcess'; body: Block }
  | { kind: 'callActivity'; body: Block }
  /** A merge, the body, then the decision "again?" whose "yes" goes back to the merge. */
  | { kind: 'loop'; body: Block };

/**
 * How ids are spelled: `Activity_7`, `activity.7` (XState reads `.` as a path) or
 * `activity-7`. Not non-ASCII letters: XML allows them, but bpmn-moddle refuses such ids.
 */
export type IdStyle = 'plain' | 'dotted' | 'hyphenated';

export interface ModelOptions {
  idStyle?: IdStyle;
  /** Writes BPMN DI (shapes and edges), as modelers do. Default true. */
  di?: boolean;
  /** Writes documentation on user tasks and decisions. Default true. */
  documentation?: boolean;
  /** Writes a required `polku:field` on tasks with `field`. Default false. (Condition blocks always record theirs.) */
  polku?: boolean;
}

export interface StructuredModel {
  xml: string;
  processId: string;
  /** Flow nodes written (all processes, all depths). */
  flowNodes: number;
  /** Id of the end event of the executable process. */
  end: string;
  /** Loop decision id → ids of its "again" and "go on" flows. */
  loops: Map<string, { again: string; onward: string }>;
}

interface XmlNode {
  id: string;
  tag: string;
  attrs: Record<string, string>;
  body: string[];
  /** For a sub-process: its own container. */
  inner?: Container;
  column: number;
  row: number;
}

interface Container {
  id: string;
  nodes: XmlNode[];
  flows: { id: string; source: string; target: string; name?: string; condition?: string }[];
}

/** A flow waiting for its target: the next node placed takes it. */
interface Pending {
  source: string;
  name?: string;
  condition?: string;
  defaultOf?: XmlNode;
}

const PREFIX: Record<IdStyle, Record<string, string>> = {
  plain: { node: 'Activity_', flow: 'Flow_', gateway: 'Gateway_', event: 'Event_', process: 'Process_' },
  dotted: { node: 'activity.', flow: 'flow.', gateway: 'gateway.', event: 'event.', process: 'process.' },
  hyphenated: { node: 'activity-', flow: 'flow-', gateway: 'gateway-', event: 'event-', process: 'process-' },
};

/** Writes `root` as a BPMN 2.0 document: start event, the tree, end event. */
export function toBpmn(root: Block, options: ModelOptions = {}): StructuredModel {
  const style = options.idStyle ?? 'plain';
  const di = options.di ?? true;
  const documentation = options.documentation ?? true;
  const polku = options.polku ?? false;
  let counter = 0;
  const newId = (kind: string) => `${PREFIX[style][kind]}${(counter++).toString(36)}`;
  const processes: Container[] = [];
  const loops = new Map<string, { again: string; onward: string }>();
  let flowNodes = 0;

  const container = (id = newId('process')): Container => ({ id, nodes: [], flows: [] });
  const place = (into: Container, tag: string, kind: string, pending: Pending[], attrs: Record<string, string> = {}, body: string[] = [], row = 0): XmlNode => {
    const node: XmlNode = { id: newId(kind), tag, attrs, body, column: into.nodes.length, row };
    into.nodes.push(node);
    flowNodes++;
    for (const incoming of pending) connect(into, incoming, node.id);
    return node;
  };
  const connect = (into: Container, from: Pending, target: string): string => {
    const id = newId('flow');
    into.flows.push({ id, source: from.source, target, ...(from.name ? { name: from.name } : {}), ...(from.condition ? { condition: from.condition } : {}) });
    if (from.defaultOf) from.defaultOf.attrs.default = id;
    return id;
  };
  const docs = (text: string) => (documentation ? [`<bpmn:documentation>${text}</bpmn:documentation>`] : []);

  // Places `block` after the flows in `pending`; returns the flows that leave it.
  const emit = (block: Block, into: Container, pending: Pending[], row: number): Pending[] => {
    switch (block.kind) {
      case 'task': {
        const step = (STEP_TASKS as readonly string[]).includes(block.type);
        const index = counter;
        const body = step ? docs(`Ohje: tee vaihe ${index} ja kirjaa tulos asiakirjaan.`) : [];
        if (polku && block.field && step) body.push(`<bpmn:extensionElements><polku:field key="tieto_${index}" name="Tieto ${index}" type="text" required="true" /></bpmn:extensionElements>`);
        const node = place(into, block.type, 'node', pending, { name: `Vaihe ${index}` }, body, row);
        return [{ source: node.id }];
      }
      case 'sequence':
        return block.items.reduce((flows, item) => emit(item, into, flows, row), pending);
      case 'decision':
      case 'conditions': {
        const decided = block.kind === 'conditions';
        const variable = `arvo_${counter}`;
        const recorded = decided
          ? [{ source: place(into, 'userTask', 'node', pending, { name: 'Kirjaa arvo' }, [...docs('Kirjaa arvo.'), `<bpmn:extensionElements><polku:field key="${variable}" name="Arvo" type="number" required="true" /></bpmn:extensionElements>`], row).id }]
          : pending;
        const split = place(into, 'exclusiveGateway', 'gateway', recorded, decided ? { name: 'Ehdot' } : { name: `Kysymys ${counter}?` }, decided ? [] : docs('Valitse tilanteeseen sopiva vastaus.'), row);
        const exits = block.branches.flatMap((branch, index) => {
          const first: Pending = decided
            ? block.withDefault && index === 0
              ? { source: split.id, defaultOf: split }
              : { source: split.id, condition: index === 0 ? 'true' : `${variable} > ${index}` }
            : { source: split.id, name: `Vastaus ${index + 1}` };
          return emit(branch, into, [first], row + index);
        });
        const merge = place(into, 'exclusiveGateway', 'gateway', exits, {}, [], row);
        return [{ source: merge.id }];
      }
      case 'parallel': {
        const fork = place(into, 'parallelGateway', 'gateway', pending, {}, [], row);
        const exits = block.branches.flatMap((branch, index) => emit(branch, into, [{ source: fork.id }], row + index));
        const join = place(into, 'parallelGateway', 'gateway', exits, {}, [], row);
        return [{ source: join.id }];
      }
      case 'subProcess': {
        const node = place(into, 'subProcess', 'node', pending, { name: `Osaprosessi ${counter}` }, [], row);
        const inner = (node.inner = container(node.id));
        closeScope(block.body, inner);
        return [{ source: node.id }];
      }
      case 'callActivity': {
        const called = container();
        processes.push(called);
        closeScope(block.body, called);
        const node = place(into, 'callActivity', 'node', pending, { name: `Kutsu ${counter}`, calledElement: called.id }, [], row);
        return [{ source: node.id }];
      }
      case 'loop': {
        const merge = place(into, 'exclusiveGateway', 'gateway', pending, {}, [], row);
        const exits = emit(block.body, into, [{ source: merge.id }], row);
        const again = place(into, 'exclusiveGateway', 'gateway', exits, { name: `Toistetaanko ${counter}?` }, docs('Toista, jos jotain jäi kesken.'), row);
        const againFlow = connect(into, { source: again.id, name: 'Kyllä' }, merge.id);
        // The onward flow gets its id when its target is placed; toBpmn fills it in at the end.
        loops.set(again.id, { again: againFlow, onward: '' });
        return [{ source: again.id, name: 'Ei' }];
      }
    }
  };
  const closeScope = (body: Block, into: Container): string => {
    const start = place(into, 'startEvent', 'event', [], {}, [], 0);
    const exits = emit(body, into, [{ source: start.id }], 0);
    const end = place(into, 'endEvent', 'event', [], { name: 'Valmis' }, [], 0);
    for (const exit of exits) connect(into, exit, end.id);
    return end.id;
  };

  const main = container();
  processes.unshift(main);
  const end = closeScope(root, main);
  // Fill in loop exits: the flow from each loop decision that is not its "again" flow.
  for (const process of allContainers(processes)) {
    for (const flow of process.flows) {
      const loop = loops.get(flow.source);
      if (loop && flow.id !== loop.again) loop.onward = flow.id;
    }
  }

  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:polku="urn:polku:bpmn:1.0" id="Definitions_1" targetNamespace="urn:polku:generated" xml:lang="fi" exporter="polku-property" exporterVersion="1">`,
    ...processes.map((process, index) => writeProcess(process, index === 0)),
    ...(di ? processes.map((process, index) => writeDiagram(process, index)) : []),
    '</bpmn:definitions>',
    '',
  ].join('\n');
  return { xml, processId: main.id, flowNodes, end, loops };
}

function allContainers(processes: Container[]): Container[] {
  const all: Container[] = [];
  const visit = (container: Container) => {
    all.push(container);
    for (const node of container.nodes) if (node.inner) visit(node.inner);
  };
  processes.forEach(visit);
  return all;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

function writeElements(container: Container, indent: string): string {
  const lines: string[] = [];
  for (const node of container.nodes) {
    const attrs = Object.entries({ id: node.id, ...node.attrs })
      .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
      .join('');
    const children = node.inner ? [writeElements(node.inner, `${indent}  `)] : node.body.map((line) => `${indent}  ${line}`);
    lines.push(children.length === 0 ? `${indent}<bpmn:${node.tag}${attrs} />` : `${indent}<bpmn:${node.tag}${attrs}>\n${children.join('\n')}\n${indent}</bpmn:${node.tag}>`);
  }
  for (const flow of container.flows) {
    const name = flow.name ? ` name="${escapeXml(flow.name)}"` : '';
    const head = `${indent}<bpmn:sequenceFlow id="${flow.id}"${name} sourceRef="${flow.source}" targetRef="${flow.target}"`;
    lines.push(
      flow.condition
        ? `${head}>\n${indent}  <bpmn:conditionExpression xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="bpmn:tFormalExpression">=${escapeXml(flow.condition)}</bpmn:conditionExpression>\n${indent}</bpmn:sequenceFlow>`
        : `${head} />`,
    );
  }
  return lines.join('\n');
}

function writeProcess(process: Container, executable: boolean): string {
  return `  <bpmn:process id="${process.id}" name="Testitapaus" isExecutable="${executable}">\n${writeElements(process, '    ')}\n  </bpmn:process>`;
}

// A plain left-to-right layout: one column per node in placement order, one row per branch.
function writeDiagram(process: Container, index: number): string {
  const shapes: string[] = [];
  const edges: string[] = [];
  const centre = new Map<string, { x: number; y: number }>();
  const visit = (container: Container, left: number, top: number) => {
    for (const node of container.nodes) {
      const isGateway = node.tag.endsWith('Gateway');
      const isEvent = node.tag.endsWith('Event');
      const [width, height] = isGateway ? [50, 50] : isEvent ? [36, 36] : [100, 80];
      const x = left + node.column * 150;
      const y = top + node.row * 120;
      centre.set(node.id, { x: x + width / 2, y: y + height / 2 });
      const expanded = node.inner ? ' isExpanded="true"' : '';
      shapes.push(`      <bpmndi:BPMNShape id="${node.id}_di" bpmnElement="${node.id}"${expanded}>\n        <dc:Bounds x="${x}" y="${y}" width="${width}" height="${height}" />\n      </bpmndi:BPMNShape>`);
      if (node.inner) visit(node.inner, x + 20, y + 20);
    }
    for (const flow of container.flows) {
      const from = centre.get(flow.source) ?? { x: left, y: top };
      const to = centre.get(flow.target) ?? { x: left, y: top };
      edges.push(`      <bpmndi:BPMNEdge id="${flow.id}_di" bpmnElement="${flow.id}">\n        <di:waypoint x="${from.x}" y="${from.y}" />\n        <di:waypoint x="${to.x}" y="${to.y}" />\n      </bpmndi:BPMNEdge>`);
    }
  };
  visit(process, 160, 80);
  return `  <bpmndi:BPMNDiagram id="Diagram_${index}">\n    <bpmndi:BPMNPlane id="Plane_${index}" bpmnElement="${process.id}">\n${[...shapes, ...edges].join('\n')}\n    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>`;
}
