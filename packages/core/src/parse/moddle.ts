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

// Answers by element prototype and asked type. A moddle element's type (`$type`, `$instanceOf`)
// lives on its prototype, one per type and moddle instance, so the answer for a prototype holds
// for all its elements; reading `$type` across dozens of element classes is slow enough to show
// in a compile profile. Plain objects (generic elements of unknown namespaces, `{ id, $type }`
// stand-ins) are asked directly.
const answers = new WeakMap<object, Map<string, boolean>>();

/** True when `element` is of `type` or a subtype (`bpmn:Task` matches `bpmn:UserTask`). */
export function is(element: ModdleElement | undefined, type: string): boolean {
  if (element === undefined || element === null) return false;
  const prototype = Object.getPrototypeOf(element) as object | null;
  if (prototype === null || prototype === Object.prototype) return ask(element, type);
  let known = answers.get(prototype);
  if (!known) answers.set(prototype, (known = new Map()));
  let answer = known.get(type);
  if (answer === undefined) known.set(type, (answer = ask(element, type)));
  return answer;
}

function ask(element: ModdleElement, type: string): boolean {
  if (element.$type === type) return true;
  const instance = element as unknown as { $instanceOf?: (type: string) => boolean };
  return typeof instance.$instanceOf === 'function' ? instance.$instanceOf(type) : false;
}

/** An element's list property, or an empty list. */
export function many<T = ModdleElement>(element: ModdleElement | undefined, property: string): T[] {
  const value = element?.[property];
  return Array.isArray(value) ? (value as T[]) : [];
}
