/**
 * Every model in `models/` carries a clean diagram: each flow node, lane, participant and
 * sequence flow has its shape or edge; each flow node sits inside its lane; no two flow nodes
 * of one level overlap; each edge starts at its source and ends at its target. bpmn-js draws
 * what the file says, so a gap here is a broken picture for the worker and the modeler.
 */
import { parseBpmn } from '@polku/core/compiler';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODELS } from './_support/scenario.js';

interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}
// bpmn-moddle elements, read loosely: the test only walks ids, types and DI.
// oxlint-disable-next-line typescript/no-explicit-any -- moddle elements are untyped here; the test reads them defensively
type Element = { $type: string; id: string; [key: string]: any };

const files = readdirSync(MODELS).filter((name) => name.endsWith('.bpmn'));
// Edges may end a little outside a shape's box (on a gateway's diamond, an event's circle).
const SLACK = 6;

describe.each(files)('%s', (file) => {
  it('draws every element once, nodes inside their lanes, no overlaps, edges joined to their ends', async () => {
    const parsed = await parseBpmn(readFileSync(join(MODELS, file), 'utf8'), { file });
    const definitions = parsed.definitions as Element;
    const shapes = new Map<string, Bounds>();
    const edges = new Map<string, { x: number; y: number }[]>();
    for (const diagram of definitions.diagrams ?? []) {
      for (const di of diagram.plane.planeElement ?? []) {
        const id = di.bpmnElement?.id as string | undefined;
        if (!id) continue;
        if (di.$type === 'bpmndi:BPMNShape') shapes.set(id, di.bounds);
        else if (di.$type === 'bpmndi:BPMNEdge') edges.set(id, di.waypoint ?? []);
      }
    }
    const problems: string[] = [];
    const inside = (inner: Bounds, outer: Bounds) =>
      inner.x >= outer.x - 1 && inner.y >= outer.y - 1 && inner.x + inner.width <= outer.x + outer.width + 1 && inner.y + inner.height <= outer.y + outer.height + 1;
    const near = (point: { x: number; y: number }, box: Bounds) =>
      point.x >= box.x - SLACK && point.x <= box.x + box.width + SLACK && point.y >= box.y - SLACK && point.y <= box.y + box.height + SLACK;
    const overlap = (a: Bounds, b: Bounds) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

    for (const participant of (definitions.rootElements ?? []).flatMap((root: Element) => root.participants ?? [])) {
      if (!shapes.has(participant.id)) problems.push(`participant ${participant.id} has no shape`);
    }
    const walkLevel = (container: Element, lanes: Element[]) => {
      const nodes = (container.flowElements ?? []).filter((element: Element) => element.$type !== 'bpmn:SequenceFlow' && element.$type !== 'bpmn:DataObject');
      for (const lane of lanes) if (!shapes.has(lane.id)) problems.push(`lane ${lane.id} has no shape`);
      for (const node of nodes) {
        const box = shapes.get(node.id);
        if (!box) {
          problems.push(`${node.$type} ${node.id} has no shape`);
          continue;
        }
        const lane = lanes.find((candidate) => (candidate.flowNodeRef ?? []).some((ref: Element) => ref.id === node.id));
        const laneBox = lane && shapes.get(lane.id);
        if (laneBox && node.$type !== 'bpmn:BoundaryEvent' && !inside(box, laneBox)) problems.push(`${node.id} lies outside its lane ${lane!.id}`);
        if (node.flowElements && node.triggeredByEvent !== true && shapes.get(node.id) && node.flowElements.length > 0) walkLevel(node, []);
      }
      const placed = nodes.filter((node: Element) => node.$type !== 'bpmn:BoundaryEvent' && shapes.has(node.id));
      for (let i = 0; i < placed.length; i++) {
        for (let j = i + 1; j < placed.length; j++) {
          const [a, b] = [placed[i]!, placed[j]!];
          const [boxA, boxB] = [shapes.get(a.id)!, shapes.get(b.id)!];
          // An expanded sub-process contains its own nodes; only siblings must not overlap.
          if (overlap(boxA, boxB) && !inside(boxA, boxB) && !inside(boxB, boxA)) problems.push(`${a.id} overlaps ${b.id}`);
        }
      }
      for (const flow of (container.flowElements ?? []).filter((element: Element) => element.$type === 'bpmn:SequenceFlow')) {
        const points = edges.get(flow.id);
        if (!points || points.length < 2) {
          problems.push(`sequence flow ${flow.id} has no edge`);
          continue;
        }
        const [source, target] = [shapes.get(flow.sourceRef?.id), shapes.get(flow.targetRef?.id)];
        if (source && !near(points[0]!, source)) problems.push(`edge ${flow.id} does not start at ${flow.sourceRef.id}`);
        if (target && !near(points.at(-1)!, target)) problems.push(`edge ${flow.id} does not end at ${flow.targetRef.id}`);
      }
    };
    for (const process of (definitions.rootElements ?? []).filter((root: Element) => root.$type === 'bpmn:Process')) {
      walkLevel(process, (process.laneSets ?? []).flatMap((set: Element) => set.lanes ?? []));
    }
    expect(problems).toEqual([]);
  });
});
