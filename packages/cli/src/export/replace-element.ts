import type { Element, ZeebeModdle } from './moddle.js';

/**
 * Replaces `old` by a new element of `type` with the same properties (the new type must have
 * all of them, as `bpmn:UserTask` has every property of `bpmn:Task` and `bpmn:ManualTask`),
 * and points every reference in the tree at it: flows' source and target, lanes'
 * `flowNodeRef`, diagram shapes' `bpmnElement`, boundary events' `attachedToRef`, message flows.
 */
export function replaceElement(moddle: ZeebeModdle, root: Element, old: Element, type: string): Element {
  const replacement = moddle.create(type);
  for (const key of Object.keys(old)) {
    if (key.startsWith('$')) continue;
    replacement.set(key, old[key]);
  }
  Object.assign(replacement.$attrs, old.$attrs);
  replacement.$parent = old.$parent;
  for (const child of [old.extensionElements, ...(Array.isArray(old.documentation) ? old.documentation : [])]) {
    if (child && typeof child === 'object') (child as Element).$parent = replacement;
  }
  redirectReferences(root, old, replacement);
  return replacement;
}

// One walk over the whole tree: containment (flowElements, planeElement) and references alike.
function redirectReferences(root: Element, from: Element, to: Element): void {
  const seen = new Set<object>();
  const visit = (element: Element) => {
    if (seen.has(element)) return;
    seen.add(element);
    for (const key of Object.keys(element)) {
      if (key.startsWith('$')) continue;
      const value = element[key];
      if (value === from) {
        element[key] = to;
      } else if (Array.isArray(value)) {
        for (const [index, item] of value.entries()) {
          if (item === from) value[index] = to;
          else if (isModdleObject(item)) visit(item);
        }
      } else if (isModdleObject(value)) {
        visit(value);
      }
    }
  };
  visit(root);
}

function isModdleObject(value: unknown): value is Element {
  return typeof value === 'object' && value !== null && typeof (value as Element).$type === 'string';
}
