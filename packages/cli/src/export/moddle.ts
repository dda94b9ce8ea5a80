import { moddleExtensions } from '@polku/moddle';
import { BpmnModdle } from 'bpmn-moddle';
import zeebe from 'zeebe-bpmn-moddle/resources/zeebe.json' with { type: 'json' };

/** Namespace URI of Camunda Modeler's metadata attributes (execution platform and version). */
export const MODELER_NS = 'http://camunda.org/schema/modeler/1.0';

/**
 * The part of a bpmn-moddle element the exporter touches. Properties are read and written
 * directly (`element.name`) or through `get`/`set` when moddle must create a default list.
 */
export interface Element {
  $type: string;
  $attrs: Record<string, string>;
  $parent?: Element;
  id?: string;
  name?: string;
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  $instanceOf(type: string): boolean;
  [property: string]: unknown;
}

/** A moddle that reads BPMN with the `polku:`, `i18n:` and `zeebe:` vocabularies. */
export interface ZeebeModdle {
  fromXML(xml: string): Promise<{ rootElement: Element; elementsById: Record<string, Element>; warnings: { message: string }[] }>;
  toXML(element: Element, options?: { format?: boolean }): Promise<{ xml: string }>;
  create(type: string, attrs?: Record<string, unknown>): Element;
}

/**
 * A bpmn-moddle that knows Polku's descriptors and Zeebe's, so `polku:` and `i18n:` extension
 * elements round-trip beside the `zeebe:` ones the export adds.
 */
export function createZeebeModdle(): ZeebeModdle {
  return new BpmnModdle({ ...moddleExtensions, zeebe }) as unknown as ZeebeModdle;
}

/** True when `element` is of `type` or a subtype (`bpmn:Task` matches `bpmn:UserTask`). */
export function is(element: unknown, type: string): boolean {
  return typeof (element as Element | undefined)?.$instanceOf === 'function' && (element as Element).$instanceOf(type);
}

/** An element's list property, or an empty list (without creating one). */
export function many(element: Element | undefined, property: string): Element[] {
  const value = element?.[property];
  return Array.isArray(value) ? (value as Element[]) : [];
}

/** The extension elements of `element` of `type`. */
export function extensionsOf(element: Element, type: string): Element[] {
  return many(element.extensionElements as Element | undefined, 'values').filter((value) => is(value, type));
}

/**
 * The extension element of `type` on `element`, created with `attrs` when there is none. An
 * existing one keeps its values; only the `attrs` it lacks are added, so a model that already
 * carries Zeebe settings keeps them.
 */
export function ensureExtension(moddle: ZeebeModdle, element: Element, type: string, attrs: Record<string, unknown> = {}): Element {
  const existing = extensionsOf(element, type)[0];
  if (existing) {
    for (const [key, value] of Object.entries(attrs)) if (existing.get(key) === undefined) existing.set(key, value);
    return existing;
  }
  let container = element.extensionElements as Element | undefined;
  if (!container) {
    container = moddle.create('bpmn:ExtensionElements');
    container.$parent = element;
    element.extensionElements = container;
  }
  const extension = moddle.create(type, attrs);
  extension.$parent = container;
  (container.get('values') as Element[]).push(extension);
  return extension;
}

/** Every flow element of a process or sub-process, sub-processes' contents included. */
export function allFlowElements(container: Element): Element[] {
  return many(container, 'flowElements').flatMap((element) => (is(element, 'bpmn:SubProcess') ? [element, ...allFlowElements(element)] : [element]));
}

/**
 * Adds each sequence flow to its source's `outgoing` and its target's `incoming` list where the
 * model left them out: BPMN 2.0 derives them from `sourceRef`/`targetRef`, and the Camunda rules
 * read the lists.
 */
export function completeFlowReferences(elements: Element[]): void {
  for (const flow of elements.filter((element) => is(element, 'bpmn:SequenceFlow'))) {
    for (const [end, list] of [['sourceRef', 'outgoing'], ['targetRef', 'incoming']] as const) {
      const node = flow[end] as Element | undefined;
      if (!node) continue;
      const current = node.get(list) as Element[];
      if (!current.includes(flow)) current.push(flow);
    }
  }
}

/** `<bpmn:UserTask id="Task_1">`, as diagnostics name elements. */
export function describeElement(element: { $type: string; id?: string }): string {
  return `<${element.$type} id="${element.id ?? ''}">`;
}
