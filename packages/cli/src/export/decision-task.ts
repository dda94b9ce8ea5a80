import { wordsFor } from '../docs/words.js';
import { edgeOf, insertColumn, shapeOf, type Box } from './insert-column.js';
import { extensionsOf, is, many, type Element, type ZeebeModdle } from './moddle.js';

// Wider than a usual task: its name is the whole question.
const TASK = { width: 130, height: 80, gap: 40 };

/** What {@link insertDecisionTask} added. */
export interface DecisionTask {
  task: Element;
  /** The process variable the task's form writes the answer to. */
  variable: string;
}

/** Makes ids unique within one exported file. */
export type IdSource = (wanted: string) => string;

/**
 * A worker decision becomes a user task before its gateway, so Camunda stops and asks: the
 * task is named "Ratkaise: <question>" (and so in each translation), carries the decision's
 * guidance, and writes the answer, the chosen flow's id, to `answer_<GatewayId>`. Each outgoing
 * flow gets the FEEL condition that picks it, `=answer_<GatewayId> = "<FlowId>"` (for an
 * inclusive decision, whose form is a checklist, `=list contains(answer_<GatewayId>, "<FlowId>")`).
 * In the diagram the task takes the gateway's place and everything right of it moves one
 * task width to the right; the edges that led to the gateway now lead to the task.
 */
export function insertDecisionTask(moddle: ZeebeModdle, definitions: Element, gateway: Element, lang: string, newId: IdSource): DecisionTask {
  const container = gateway.$parent!;
  const variable = `answer_${gateway.id!.replace(/[^A-Za-z0-9_]/g, '_')}`;
  const inclusive = is(gateway, 'bpmn:InclusiveGateway');
  const task = moddle.create('bpmn:UserTask', { id: newId(`Decide_${gateway.id}`), name: `${wordsFor(lang).decide}: ${gateway.name ?? gateway.id}` });
  task.$parent = container;
  copyTexts(moddle, gateway, task);
  const flow = moddle.create('bpmn:SequenceFlow', { id: newId(`Flow_Decide_${gateway.id}`), sourceRef: task, targetRef: gateway });
  flow.$parent = container;

  const incoming = [...(gateway.get('incoming') as Element[])];
  for (const inflow of incoming) inflow.targetRef = task;
  task.set('incoming', incoming);
  task.set('outgoing', [flow]);
  gateway.set('incoming', [flow]);
  const elements = container.get('flowElements') as Element[];
  elements.splice(elements.indexOf(gateway), 0, task);
  elements.push(flow);
  for (const lane of lanesOf(container)) {
    const members = lane.get('flowNodeRef') as Element[];
    if (members.includes(gateway)) members.splice(members.indexOf(gateway), 0, task);
  }

  for (const outflow of gateway.get('outgoing') as Element[]) {
    const body = inclusive ? `=list contains(${variable}, "${outflow.id}")` : `=${variable} = "${outflow.id}"`;
    const condition = moddle.create('bpmn:FormalExpression', { body });
    condition.$parent = outflow;
    outflow.conditionExpression = condition;
  }
  drawDecisionTask(moddle, definitions, gateway, task, flow, incoming);
  return { task, variable };
}

// The name and guidance, with their i18n translations; a name translation gets the "decide"
// word of its own language.
function copyTexts(moddle: ZeebeModdle, from: Element, to: Element): void {
  const documentation = many(from, 'documentation').map((text) => moddle.create('bpmn:Documentation', { text: text.text, textFormat: text.textFormat }));
  if (documentation.length > 0) to.set('documentation', documentation);
  const translations = extensionsOf(from, 'i18n:Translation').map((translation) => {
    const lang = translation.$attrs['xml:lang'] ?? '';
    const text = translation.target === undefined ? `${wordsFor(lang).decide}: ${String(translation.text ?? '')}` : translation.text;
    const copy = moddle.create('i18n:Translation', { text, ...(translation.target === undefined ? {} : { target: translation.target }) });
    Object.assign(copy.$attrs, translation.$attrs);
    return copy;
  });
  if (translations.length === 0) return;
  const extensions = moddle.create('bpmn:ExtensionElements', { values: translations });
  for (const translation of translations) translation.$parent = extensions;
  extensions.$parent = to;
  to.extensionElements = extensions;
}

function lanesOf(container: Element): Element[] {
  const lanes: Element[] = [];
  const visit = (laneSets: Element[]) => {
    for (const lane of laneSets.flatMap((set) => many(set, 'lanes'))) {
      lanes.push(lane);
      if (lane.childLaneSet) visit([lane.childLaneSet as Element]);
    }
  };
  visit(many(container, 'laneSets'));
  return lanes;
}

function drawDecisionTask(moddle: ZeebeModdle, definitions: Element, gateway: Element, task: Element, flow: Element, incoming: Element[]): void {
  const drawn = shapeOf(definitions, gateway);
  if (!drawn) return;
  const { plane, shape } = drawn;
  const gate = shape.bounds as Box;
  const { x, y, width, height } = gate;
  const middle = y + height / 2;
  const box = { x, y: middle - TASK.height / 2, width: TASK.width, height: TASK.height };

  // The last waypoints of each incoming edge that sit in the gateway's own column are its
  // approach: they stay, and end on the task instead.
  const pinned = new Set<unknown>();
  const approaches: { points: Box[] }[] = [];
  for (const inflow of incoming) {
    const edge = edgeOf(plane, inflow);
    const points = many(edge, 'waypoint') as unknown as Box[];
    if (points.length < 2) continue;
    for (let index = points.length - 1; index >= 0 && points[index]!.x >= x && points[index]!.x <= x + width; index--) pinned.add(points[index]);
    approaches.push({ points });
  }
  insertColumn(plane, x, TASK.width + TASK.gap, pinned);
  for (const { points } of approaches) {
    const end = points.at(-1)!;
    const before = points.at(-2)!;
    if (before.x < x || end.x <= x) end.x = box.x;
    else if (end.y <= y + 1) end.y = box.y;
    else if (end.y >= y + height - 1) end.y = box.y + box.height;
    else end.x = box.x + box.width;
    if (end.x === box.x || end.x === box.x + box.width) end.y = Math.min(Math.max(end.y, box.y + 10), box.y + box.height - 10);
  }

  // The question's label moved with the gateway; lift it clear of the task if it now overlaps.
  const label = (shape.label as Element | undefined)?.bounds as Box | undefined;
  if (label && label.x < box.x + box.width && label.x + label.width > box.x && label.y + label.height > box.y && label.y < box.y + box.height) {
    label.y = box.y - 4 - label.height;
  }

  const bounds = moddle.create('dc:Bounds', box);
  const taskShape = moddle.create('bpmndi:BPMNShape', { id: `${task.id}_di`, bpmnElement: task, bounds });
  const start = moddle.create('dc:Point', { x: box.x + box.width, y: middle });
  const finish = moddle.create('dc:Point', { x: gate.x, y: middle });
  const edge = moddle.create('bpmndi:BPMNEdge', { id: `${flow.id}_di`, bpmnElement: flow, waypoint: [start, finish] });
  const items = plane.get('planeElement') as Element[];
  for (const item of [taskShape, edge]) item.$parent = plane;
  items.splice(items.indexOf(shape), 0, taskShape);
  items.push(edge);
}
