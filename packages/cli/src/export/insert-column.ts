import { is, many, type Element } from './moddle.js';

/** A `dc:Bounds` or `dc:Point` as moddle holds it. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface Point {
  x: number;
  y: number;
}

// Shapes that hold other shapes grow when a column opens inside them instead of moving.
const CONTAINERS = ['bpmn:Participant', 'bpmn:Lane', 'bpmn:SubProcess', 'bpmn:Group'];

/**
 * Opens an empty column `width` wide at `x` in a diagram plane, as a modeler's space tool does:
 * shapes that start at or right of `x` move right with their labels, pools, lanes, expanded
 * sub-processes and groups that straddle it grow, and edge waypoints at or right of it move, so
 * orthogonal edges stay orthogonal and only their horizontal segments stretch. Waypoints in
 * `pinned` stay where they are (the caller reroutes them).
 */
export function insertColumn(plane: Element, x: number, width: number, pinned: ReadonlySet<unknown> = new Set()): void {
  for (const item of many(plane, 'planeElement')) {
    if (is(item, 'bpmndi:BPMNShape')) {
      const bounds = item.bounds as Box | undefined;
      if (!bounds) continue;
      if (bounds.x >= x) {
        bounds.x += width;
        const label = (item.label as Element | undefined)?.bounds as Box | undefined;
        if (label) label.x += width;
      } else if (bounds.x + bounds.width > x && CONTAINERS.some((type) => is(item.bpmnElement, type))) {
        bounds.width += width;
      }
    } else if (is(item, 'bpmndi:BPMNEdge')) {
      for (const point of many(item, 'waypoint') as unknown as Point[]) {
        if (point.x >= x && !pinned.has(point)) point.x += width;
      }
      const label = (item.label as Element | undefined)?.bounds as Box | undefined;
      if (label && label.x >= x) label.x += width;
    }
  }
}

/** The diagram shape of `element` and the plane it is drawn in, if the model has a diagram. */
export function shapeOf(definitions: Element, element: Element): { plane: Element; shape: Element } | undefined {
  for (const diagram of many(definitions, 'diagrams')) {
    const plane = diagram.plane as Element | undefined;
    const shape = many(plane, 'planeElement').find((item) => item.bpmnElement === element && is(item, 'bpmndi:BPMNShape'));
    if (plane && shape) return { plane, shape };
  }
  return undefined;
}

/** The diagram edge of a sequence flow in `plane`. */
export function edgeOf(plane: Element, flow: Element): Element | undefined {
  return many(plane, 'planeElement').find((item) => item.bpmnElement === flow && is(item, 'bpmndi:BPMNEdge'));
}
