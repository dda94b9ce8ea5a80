/// <reference path="./bpmn-moddle.d.ts" />
import { BpmnModdle } from 'bpmn-moddle';
import { moddleExtensions } from '@polku/moddle';

/**
 * The few properties of a bpmn-moddle element that Polku reads. bpmn-moddle ships types,
 * but they depend on an undeclared `moddle` types package; this shape is all we need.
 */
export interface ModdleElement {
  $type: string;
  $attrs?: Record<string, string>;
  $parent?: ModdleElement;
  id?: string;
  name?: string;
  [property: string]: unknown;
}

/** What `fromXML` reports besides the tree. */
export interface ModdleWarning {
  message: string;
  element?: ModdleElement;
  property?: string;
  value?: unknown;
  error?: Error;
}

/** A bpmn-moddle instance that knows the `polku:` and `i18n:` vocabularies. */
export function createModdle(): BpmnModdle {
  return new BpmnModdle(moddleExtensions);
}

/** True when `element` is of `type` or a subtype (`bpmn:Task` matches `bpmn:UserTask`). */
export function is(element: ModdleElement | undefined, type: string): boolean {
  const instance = element as unknown as { $instanceOf?: (type: string) => boolean } | undefined;
  return typeof instance?.$instanceOf === 'function' ? instance.$instanceOf(type) : element?.$type === type;
}

/** An element's list property, or an empty list. */
export function many<T = ModdleElement>(element: ModdleElement | undefined, property: string): T[] {
  const value = element?.[property];
  return Array.isArray(value) ? (value as T[]) : [];
}
