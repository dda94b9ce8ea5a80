/**
 * The model's diagram as inline SVG, drawn from its BPMN DI without a browser (bpmn-js needs a
 * DOM): pools and lanes with their names turned on the side, activities as rounded boxes with
 * wrapped names, events as circles (an end event thick, an intermediate one double), gateways
 * as diamonds with their marker, sequence flows with arrowheads, message flows dashed, and the
 * labels where the modeler put them. Names come in the handbook's language where the model
 * has them. The shapes follow BPMN 2.0's notation (chapter 7.5); colours stay black on white,
 * so the diagram prints.
 */
import { escapeHtml } from './escape-html.js';
import { is, many, type Element } from '../export/moddle.js';

/** What the diagram needs besides the DI: the name of an element in the page's language. */
export interface DiagramOptions {
  /** Name of an element by id, or undefined to use the model's own `name`. */
  nameOf: (id: string) => { text: string; lang?: string } | undefined;
  /** The accessible name of the figure. */
  label: string;
  /** How wide to draw it on screen, as a share of its size in the model (print fits the page). */
  scale?: number;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface Point {
  x: number;
  y: number;
}

const FONT = 'font-family="Arial, Helvetica, sans-serif"';
const LINE = 1.2;
// Average advance of a glyph in Arial, as a share of the font size (a little generous).
const GLYPH = 0.53;
// Below this a name is cut with a hyphen rather than shrunk further: it must stay readable.
const SMALLEST = 10;

/**
 * The SVG of the first diagram in `definitions`, or undefined when the model has no diagram
 * (or none with a shape). Each flow node's shape is a `<g data-element="<id>">`.
 */
export function renderDiagram(definitions: Element, options: DiagramOptions): string | undefined {
  const plane = many(definitions, 'diagrams')[0]?.plane as Element | undefined;
  const items = many(plane, 'planeElement');
  const shapes = items.filter((item) => is(item, 'bpmndi:BPMNShape') && validBox(item.bounds));
  if (shapes.length === 0) return undefined;
  const edges = items.filter((item) => is(item, 'bpmndi:BPMNEdge') && many(item, 'waypoint').length >= 2);
  const name = (element: Element | undefined) => {
    if (!element) return undefined;
    // A pool is named by its participant or, failing that, by its process (the pathway's title).
    const process = is(element, 'bpmn:Participant') ? (element.processRef as Element | undefined)?.id : undefined;
    const picked = (element.id ? options.nameOf(element.id) : undefined) ?? (process ? options.nameOf(process) : undefined);
    if (picked?.text) return picked;
    const own = typeof element.name === 'string' ? element.name : typeof element.text === 'string' ? element.text : undefined;
    return own ? { text: own } : undefined;
  };

  const layers = { containers: [] as string[], edges: [] as string[], nodes: [] as string[], labels: [] as string[] };
  for (const shape of shapes) drawShape(shape, name(shape.bpmnElement as Element | undefined), layers);
  for (const edge of edges) drawEdge(edge, name(edge.bpmnElement as Element | undefined), layers);

  const view = extent([...shapes.flatMap((shape) => [shape.bounds as Box, labelBox(shape)]), ...edges.flatMap((edge) => [pointsBox(points(edge)), labelBox(edge)])]);
  const scale = options.scale ?? 1;
  const label = escapeHtml(options.label);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="bpmn-diagram" viewBox="${round(view.x)} ${round(view.y)} ${round(view.width)} ${round(view.height)}" width="${round(view.width * scale)}" height="${round(view.height * scale)}" role="img" aria-label="${label}">`,
    `<title>${label}</title>`,
    DEFS,
    `<g fill="none" stroke="#1d1d1b" stroke-width="1.5" ${FONT}>`,
    ...layers.containers,
    ...layers.edges,
    ...layers.nodes,
    ...layers.labels,
    '</g>',
    '</svg>',
  ].join('\n');
}

const DEFS = `<defs>
<marker id="polku-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#1d1d1b" stroke="none"/></marker>
<marker id="polku-open-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="9" markerHeight="9" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#fff" stroke="#1d1d1b"/></marker>
<marker id="polku-circle" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="7" markerHeight="7"><circle cx="5" cy="5" r="4" fill="#fff" stroke="#1d1d1b"/></marker>
<marker id="polku-slash" viewBox="0 0 20 20" refX="-2" refY="10" markerWidth="10" markerHeight="10" orient="auto"><path d="M2,4 L10,16" stroke="#1d1d1b" stroke-width="2"/></marker>
</defs>`;

type Layers = { containers: string[]; edges: string[]; nodes: string[]; labels: string[] };
type Name = { text: string; lang?: string } | undefined;

function drawShape(shape: Element, name: Name, layers: Layers): void {
  const element = shape.bpmnElement as Element | undefined;
  const box = shape.bounds as Box;
  const id = escapeHtml(element?.id ?? '');
  if (is(element, 'bpmn:Participant') || is(element, 'bpmn:Lane')) {
    const horizontal = shape.isHorizontal !== false;
    const band = horizontal ? { x: box.x, y: box.y, width: 30, height: box.height } : { x: box.x, y: box.y, width: box.width, height: 30 };
    const fill = is(element, 'bpmn:Participant') ? '#f3f3f1' : '#fafaf8';
    layers.containers.push(`<g class="${is(element, 'bpmn:Participant') ? 'pool' : 'lane'}" data-element="${id}"><rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" fill="#fff"/><rect x="${band.x}" y="${band.y}" width="${band.width}" height="${band.height}" fill="${fill}"/>${
      name ? (horizontal ? sideText(name, band) : centredText(name, band, 12)) : ''
    }</g>`);
    return;
  }
  if (is(element, 'bpmn:SubProcess') && shape.isExpanded !== false) {
    layers.containers.push(`<g class="sub-process" data-element="${id}"><rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="10" fill="#fff"${element?.triggeredByEvent ? ' stroke-dasharray="3 3"' : ''}/>${
      name ? textBlock(name, { x: box.x + 8, y: box.y + 6, width: box.width - 16, height: 40 }, 12, 'start') : ''
    }</g>`);
    return;
  }
  if (is(element, 'bpmn:Group')) {
    layers.containers.push(`<rect class="group" x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="10" stroke-dasharray="8 4 2 4"/>`);
    if (name) layers.labels.push(textBlock(name, labelBox(shape) ?? { x: box.x, y: box.y + 4, width: box.width, height: 30 }, 11));
    return;
  }
  if (is(element, 'bpmn:Activity')) {
    const thick = is(element, 'bpmn:CallActivity') ? ' stroke-width="4"' : '';
    const collapsed = is(element, 'bpmn:SubProcess') ? `<rect x="${box.x + box.width / 2 - 7}" y="${box.y + box.height - 17}" width="14" height="14"/><path d="M${box.x + box.width / 2 - 4},${box.y + box.height - 10} h8 M${box.x + box.width / 2},${box.y + box.height - 14} v8"/>` : '';
    const loop = loopMarker(element!, box);
    layers.nodes.push(`<g class="activity" data-element="${id}"><rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="10" fill="#fff"${thick}/>${collapsed}${loop}${name ? centredText(name, { x: box.x + 4, y: box.y + 4, width: box.width - 8, height: box.height - 8 - (collapsed || loop ? 14 : 0) }, 12) : ''}</g>`);
    return;
  }
  if (is(element, 'bpmn:Event')) {
    layers.nodes.push(`<g class="event" data-element="${id}">${eventShape(element!, box)}</g>`);
    if (name) layers.labels.push(textBlock(name, labelBox(shape) ?? below(box), 11));
    return;
  }
  if (is(element, 'bpmn:Gateway')) {
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    layers.nodes.push(`<g class="gateway" data-element="${id}"><path d="M${cx},${box.y} L${box.x + box.width},${cy} L${cx},${box.y + box.height} L${box.x},${cy} Z" fill="#fff"/>${gatewayMarker(element!, shape, cx, cy, box.width)}</g>`);
    if (name) layers.labels.push(textBlock(name, labelBox(shape) ?? below(box), 11));
    return;
  }
  if (is(element, 'bpmn:TextAnnotation')) {
    layers.nodes.push(`<g class="annotation" data-element="${id}"><path d="M${box.x + 10},${box.y} h-10 v${box.height} h10"/>${name ? textBlock(name, { x: box.x + 5, y: box.y + 3, width: box.width - 5, height: box.height }, 11, 'start') : ''}</g>`);
    return;
  }
  // Data objects and stores: a page with a folded corner, named below.
  const fold = Math.min(12, box.width / 3);
  layers.nodes.push(`<g class="data" data-element="${id}"><path d="M${box.x},${box.y} h${box.width - fold} l${fold},${fold} v${box.height - fold} h${-box.width} Z" fill="#fff"/></g>`);
  if (name) layers.labels.push(textBlock(name, labelBox(shape) ?? below(box), 11));
}

function drawEdge(edge: Element, name: Name, layers: Layers): void {
  const element = edge.bpmnElement as Element | undefined;
  const path = points(edge).map((point) => `${round(point.x)},${round(point.y)}`).join(' ');
  const id = escapeHtml(element?.id ?? '');
  if (is(element, 'bpmn:MessageFlow')) {
    layers.edges.push(`<polyline class="message-flow" data-element="${id}" points="${path}" stroke-dasharray="10 6" marker-start="url(#polku-circle)" marker-end="url(#polku-open-arrow)"/>`);
  } else if (is(element, 'bpmn:Association') || is(element, 'bpmn:DataAssociation')) {
    const arrow = is(element, 'bpmn:DataAssociation') ? ' marker-end="url(#polku-open-arrow)"' : '';
    layers.edges.push(`<polyline class="association" data-element="${id}" points="${path}" stroke-dasharray="2 4"${arrow}/>`);
  } else {
    const source = element?.sourceRef as Element | undefined;
    const isDefault = source !== undefined && source.default === element;
    layers.edges.push(`<polyline class="sequence-flow" data-element="${id}" points="${path}" marker-end="url(#polku-arrow)"${isDefault ? ' marker-start="url(#polku-slash)"' : ''}/>`);
  }
  if (name) layers.labels.push(textBlock(name, labelBox(edge) ?? middleOf(points(edge)), 11));
}

function eventShape(event: Element, box: Box): string {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const r = box.width / 2;
  const definition = many(event, 'eventDefinitions')[0];
  const throwing = is(event, 'bpmn:ThrowEvent');
  const dashed = (is(event, 'bpmn:BoundaryEvent') && event.cancelActivity === false) || (is(event, 'bpmn:StartEvent') && event.isInterrupting === false) ? ' stroke-dasharray="5 3"' : '';
  let outline: string;
  if (is(event, 'bpmn:EndEvent')) outline = `<circle cx="${cx}" cy="${cy}" r="${r - 1.5}" fill="#fff" stroke-width="4"/>`;
  else if (is(event, 'bpmn:StartEvent')) outline = `<circle cx="${cx}" cy="${cy}" r="${r}" fill="#fff"${dashed}/>`;
  else outline = `<circle cx="${cx}" cy="${cy}" r="${r}" fill="#fff"${dashed}/><circle cx="${cx}" cy="${cy}" r="${r - 3}"${dashed}/>`;
  return outline + (definition ? eventMarker(definition, cx, cy, r, throwing) : '');
}

function eventMarker(definition: Element, cx: number, cy: number, r: number, filled: boolean): string {
  const fill = filled ? '#1d1d1b' : '#fff';
  const s = r / 18;
  if (is(definition, 'bpmn:TimerEventDefinition')) {
    return `<circle cx="${cx}" cy="${cy}" r="${10 * s}" fill="#fff"/><path d="M${cx},${cy} L${cx},${cy - 7 * s} M${cx},${cy} L${cx + 5 * s},${cy + 2 * s}"/>`;
  }
  if (is(definition, 'bpmn:MessageEventDefinition')) {
    const w = 16 * s;
    const h = 11 * s;
    return `<rect x="${cx - w / 2}" y="${cy - h / 2}" width="${w}" height="${h}" fill="${fill}"/><path d="M${cx - w / 2},${cy - h / 2} L${cx},${cy + 1 * s} L${cx + w / 2},${cy - h / 2}" stroke="${filled ? '#fff' : '#1d1d1b'}"/>`;
  }
  if (is(definition, 'bpmn:SignalEventDefinition')) return `<path d="M${cx},${cy - 9 * s} L${cx + 8 * s},${cy + 6 * s} L${cx - 8 * s},${cy + 6 * s} Z" fill="${fill}"/>`;
  if (is(definition, 'bpmn:ErrorEventDefinition')) return `<path d="M${cx - 8 * s},${cy + 8 * s} L${cx - 3 * s},${cy - 8 * s} L${cx + 2 * s},${cy + 2 * s} L${cx + 8 * s},${cy - 8 * s} L${cx + 3 * s},${cy + 8 * s} L${cx - 2 * s},${cy - 2 * s} Z" fill="${fill}"/>`;
  if (is(definition, 'bpmn:EscalationEventDefinition')) return `<path d="M${cx},${cy - 9 * s} L${cx + 7 * s},${cy + 8 * s} L${cx},${cy + 2 * s} L${cx - 7 * s},${cy + 8 * s} Z" fill="${fill}"/>`;
  if (is(definition, 'bpmn:TerminateEventDefinition')) return `<circle cx="${cx}" cy="${cy}" r="${10 * s}" fill="#1d1d1b"/>`;
  if (is(definition, 'bpmn:ConditionalEventDefinition')) return `<rect x="${cx - 6 * s}" y="${cy - 8 * s}" width="${12 * s}" height="${16 * s}" fill="#fff"/><path d="M${cx - 4 * s},${cy - 4 * s} h${8 * s} M${cx - 4 * s},${cy} h${8 * s} M${cx - 4 * s},${cy + 4 * s} h${8 * s}"/>`;
  if (is(definition, 'bpmn:LinkEventDefinition')) return `<path d="M${cx - 8 * s},${cy - 3 * s} h${9 * s} v${-5 * s} l${7 * s},${8 * s} l${-7 * s},${8 * s} v${-5 * s} h${-9 * s} Z" fill="${fill}"/>`;
  return '';
}

function gatewayMarker(gateway: Element, shape: Element, cx: number, cy: number, size: number): string {
  const s = size / 50;
  if (is(gateway, 'bpmn:ExclusiveGateway')) {
    return shape.isMarkerVisible === true ? `<path d="M${cx - 8 * s},${cy - 10 * s} L${cx + 8 * s},${cy + 10 * s} M${cx + 8 * s},${cy - 10 * s} L${cx - 8 * s},${cy + 10 * s}" stroke-width="${4 * s}"/>` : '';
  }
  if (is(gateway, 'bpmn:ParallelGateway')) return `<path d="M${cx},${cy - 12 * s} V${cy + 12 * s} M${cx - 12 * s},${cy} H${cx + 12 * s}" stroke-width="${4 * s}"/>`;
  if (is(gateway, 'bpmn:InclusiveGateway')) return `<circle cx="${cx}" cy="${cy}" r="${11 * s}" stroke-width="${3 * s}"/>`;
  if (is(gateway, 'bpmn:EventBasedGateway')) {
    const p = (angle: number) => `${round(cx + 7 * s * Math.sin(angle))},${round(cy - 7 * s * Math.cos(angle))}`;
    return `<circle cx="${cx}" cy="${cy}" r="${13 * s}"/><circle cx="${cx}" cy="${cy}" r="${11 * s}"/><path d="M${[0, 1, 2, 3, 4].map((k) => p((k * 2 * Math.PI) / 5)).join(' L')} Z"/>`;
  }
  if (is(gateway, 'bpmn:ComplexGateway')) return `<path d="M${cx},${cy - 12 * s} V${cy + 12 * s} M${cx - 12 * s},${cy} H${cx + 12 * s} M${cx - 8 * s},${cy - 8 * s} L${cx + 8 * s},${cy + 8 * s} M${cx + 8 * s},${cy - 8 * s} L${cx - 8 * s},${cy + 8 * s}" stroke-width="${3 * s}"/>`;
  return '';
}

function loopMarker(activity: Element, box: Box): string {
  const loop = activity.loopCharacteristics as Element | undefined;
  if (!loop) return '';
  const cx = box.x + box.width / 2;
  const y = box.y + box.height - 16;
  if (is(loop, 'bpmn:MultiInstanceLoopCharacteristics')) {
    return loop.isSequential === true
      ? `<path d="M${cx - 6},${y + 2} h12 M${cx - 6},${y + 6} h12 M${cx - 6},${y + 10} h12" stroke-width="2"/>`
      : `<path d="M${cx - 5},${y} v12 M${cx},${y} v12 M${cx + 5},${y} v12" stroke-width="2"/>`;
  }
  return `<path d="M${cx - 4},${y + 11} A6,6 0 1 1 ${cx + 4},${y + 11}" marker-end="url(#polku-arrow)"/>`;
}

// A pool's or lane's name, turned a quarter to read bottom to top, centred in its band.
function sideText(name: { text: string; lang?: string }, band: Box): string {
  const cx = band.x + band.width / 2;
  const cy = band.y + band.height / 2;
  const { size, lines } = fit(name.text, band.height - 10, band.width - 6, 12);
  const top = cy - ((lines.length - 1) * size * LINE) / 2;
  return `<text transform="rotate(-90 ${round(cx)} ${round(cy)})" x="${round(cx)}" y="${round(top)}" font-size="${size}" text-anchor="middle" dominant-baseline="central" fill="#1d1d1b" stroke="none"${langAttribute(name)}>${tspans(lines, round(cx), size)}</text>`;
}

function centredText(name: { text: string; lang?: string }, box: Box, size: number): string {
  const fitted = fit(name.text, box.width, box.height, size);
  const top = box.y + box.height / 2 - ((fitted.lines.length - 1) * fitted.size * LINE) / 2;
  const cx = box.x + box.width / 2;
  return `<text x="${round(cx)}" y="${round(top)}" font-size="${fitted.size}" text-anchor="middle" dominant-baseline="central" fill="#1d1d1b" stroke="none"${langAttribute(name)}>${tspans(fitted.lines, round(cx), fitted.size)}</text>`;
}

// A label: wrapped to its box's width, from its top (as bpmn-js lays out external labels).
function textBlock(name: { text: string; lang?: string }, box: Box, size: number, anchor: 'middle' | 'start' = 'middle'): string {
  const fitted = fit(name.text, box.width, Number.POSITIVE_INFINITY, size);
  const x = anchor === 'middle' ? box.x + box.width / 2 : box.x;
  // A white halo keeps a label readable where a translation runs longer than its box and over a line.
  return `<text x="${round(x)}" y="${round(box.y + fitted.size)}" font-size="${fitted.size}" text-anchor="${anchor}" fill="#1d1d1b" stroke="#fff" stroke-width="3" stroke-linejoin="round" paint-order="stroke"${langAttribute(name)}>${tspans(fitted.lines, round(x), fitted.size)}</text>`;
}

function tspans(lines: string[], x: number, size: number): string {
  return lines.map((line, index) => `<tspan x="${x}"${index === 0 ? '' : ` dy="${round(size * LINE)}"`}>${escapeHtml(line)}</tspan>`).join('');
}

function langAttribute(name: { lang?: string }): string {
  return name.lang ? ` lang="${escapeHtml(name.lang)}"` : '';
}

/**
 * The largest size, from `size` down to 10, at which `text` fits `width` × `height` without
 * breaking a word; failing that, size 10 with long words cut, shrinking further only if even
 * that does not fit the height.
 */
function fit(text: string, width: number, height: number, size: number): { size: number; lines: string[] } {
  const longest = Math.max(...text.split(/\s+/).map((word) => word.length));
  const perLine = (candidate: number) => Math.max(4, Math.floor(width / (candidate * GLYPH)));
  for (let candidate = size; candidate >= SMALLEST; candidate--) {
    const lines = wrap(text, perLine(candidate));
    if (longest <= perLine(candidate) && lines.length * candidate * LINE <= height) return { size: candidate, lines };
  }
  for (let candidate = SMALLEST; candidate > 7; candidate--) {
    const lines = wrap(text, perLine(candidate));
    if (lines.length * candidate * LINE <= height) return { size: candidate, lines };
  }
  return { size: 7, lines: wrap(text, perLine(7)) };
}

/** Greedy word wrap to `perLine` characters; a word longer than a line is cut. */
export function wrap(text: string, perLine: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (word.length > perLine) {
      if (line) lines.push(line);
      line = '';
      lines.push(word.slice(0, perLine - 1) + '-');
      word = word.slice(perLine - 1);
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= perLine) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function points(edge: Element): Point[] {
  return (many(edge, 'waypoint') as unknown as Point[]).filter((point) => Number.isFinite(point.x) && Number.isFinite(point.y));
}

function labelBox(item: Element): Box | undefined {
  const bounds = (item.label as Element | undefined)?.bounds;
  return validBox(bounds) ? (bounds as Box) : undefined;
}

function below(box: Box): Box {
  return { x: box.x + box.width / 2 - 50, y: box.y + box.height + 4, width: 100, height: 30 };
}

function middleOf(line: Point[]): Box {
  const half = Math.floor((line.length - 1) / 2);
  const a = line[half]!;
  const b = line[half + 1] ?? a;
  return { x: (a.x + b.x) / 2 - 50, y: (a.y + b.y) / 2 - 18, width: 100, height: 16 };
}

function pointsBox(line: Point[]): Box {
  const xs = line.map((point) => point.x);
  const ys = line.map((point) => point.y);
  return { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}

function extent(boxes: (Box | undefined)[]): Box {
  const present = boxes.filter((box): box is Box => box !== undefined);
  const left = Math.min(...present.map((box) => box.x)) - 10;
  const top = Math.min(...present.map((box) => box.y)) - 10;
  const right = Math.max(...present.map((box) => box.x + box.width)) + 10;
  const bottom = Math.max(...present.map((box) => box.y + box.height)) + 10;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

function validBox(value: unknown): boolean {
  const box = value as Box | undefined;
  return box !== undefined && [box.x, box.y, box.width, box.height].every(Number.isFinite) && box.width >= 0 && box.height >= 0;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
