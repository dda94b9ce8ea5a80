/**
 * The few reads of a bpmn-moddle tree that the rules share. Plain JavaScript on purpose: bpmnlint
 * loads rules with `require` at run time (see README, "Why JavaScript").
 */

/**
 * A bpmn-moddle element as the rules see it. bpmnlint types it as `any`; this names the
 * properties the rules read.
 *
 * @typedef {{
 *   $type: string,
 *   $parent?: ModdleElement,
 *   $attrs?: Record<string, string>,
 *   $descriptor?: { isGeneric?: boolean, properties: ModdleProperty[] },
 *   $instanceOf?: (type: string) => boolean,
 *   id?: string,
 *   name?: string,
 *   [property: string]: unknown,
 * }} ModdleElement
 *
 * @typedef {{ name: string, type: string, isAttr?: boolean, isBody?: boolean, isMany?: boolean, isId?: boolean, isReference?: boolean, ns?: { name: string } }} ModdleProperty
 */

/**
 * True when `element` is of `type` or a subtype (`bpmn:Task` matches `bpmn:UserTask`).
 *
 * @param {unknown} element
 * @param {string} type
 * @returns {boolean}
 */
export function is(element, type) {
  const candidate = /** @type {ModdleElement | undefined} */ (element);
  if (!candidate || typeof candidate !== 'object') return false;
  return typeof candidate.$instanceOf === 'function' ? candidate.$instanceOf(type) : candidate.$type === type;
}

/**
 * An element's list property, or an empty list.
 *
 * @param {ModdleElement | undefined} element
 * @param {string} property
 * @returns {ModdleElement[]}
 */
export function many(element, property) {
  const value = element?.[property];
  return Array.isArray(value) ? value : [];
}

/**
 * The nearest element at or above `element` that has an id: extension elements such as
 * `polku:deadline` or `bpmn:documentation` have none, so rules report against their owner.
 *
 * @param {ModdleElement | undefined} element
 * @returns {ModdleElement | undefined}
 */
export function ownerWithId(element) {
  for (let current = element; current; current = current.$parent) {
    if (typeof current.id === 'string' && current.id) return current;
  }
  return undefined;
}

/**
 * The language of the model's own texts: `xml:lang` on `bpmn:definitions`, `fi` when absent
 * (Polku's models are written in Finnish first).
 *
 * @param {ModdleElement} element any element of the tree
 * @returns {string}
 */
export function modelLanguage(element) {
  let root = element;
  while (root.$parent) root = root.$parent;
  const lang = root.$attrs?.['xml:lang'];
  return typeof lang === 'string' && lang.trim() ? lang.trim() : 'fi';
}

/**
 * True when a language tag is `wanted` or one of its regional forms (`sv-FI` counts as `sv`).
 *
 * @param {string} tag
 * @param {string} wanted
 * @returns {boolean}
 */
export function sameLanguage(tag, wanted) {
  const a = tag.trim().toLowerCase();
  const b = wanted.trim().toLowerCase();
  return a === b || a.startsWith(`${b}-`) || b.startsWith(`${a}-`);
}

/** Types a worker performs as one step of a walkthrough (core's `step` role). */
const STEP_TYPES = new Set(['bpmn:Task', 'bpmn:UserTask', 'bpmn:ManualTask']);

/**
 * True for the tasks a worker performs: plain, user and manual tasks. Service, script and
 * other automated tasks are not the worker's to do, so they need no guidance.
 *
 * @param {ModdleElement} node
 * @returns {boolean}
 */
export function isWorkerStep(node) {
  return STEP_TYPES.has(node.$type);
}

/**
 * The sequence flows leaving a node. BPMN makes a flow's `sourceRef` authoritative and the
 * node's `outgoing` list derived; bpmn-js writes both, hand-written models often only the
 * first, so both are read.
 *
 * @param {ModdleElement} node
 * @returns {ModdleElement[]}
 */
export function outgoingOf(node) {
  const flows = new Set(many(node, 'outgoing'));
  for (const element of many(node.$parent, 'flowElements')) {
    if (element.sourceRef === node && is(element, 'bpmn:SequenceFlow')) flows.add(element);
  }
  return [...flows];
}

/**
 * True for an exclusive or inclusive gateway with more than one outgoing flow: a question,
 * answered by the worker or by conditions.
 *
 * @param {ModdleElement} node
 * @returns {boolean}
 */
export function isSplittingExclusiveGateway(node) {
  return (is(node, 'bpmn:ExclusiveGateway') || is(node, 'bpmn:InclusiveGateway')) && outgoingOf(node).length > 1;
}

/**
 * True for a question the worker answers: a splitting exclusive or inclusive gateway with no default flow
 * and no conditions. A gateway with conditions or a default is decided by recorded data, not
 * by the worker (the same split as core's `decision` role).
 *
 * @param {ModdleElement} node
 * @returns {boolean}
 */
export function isWorkerDecision(node) {
  return isSplittingExclusiveGateway(node) && !node.default && !outgoingOf(node).some((flow) => flow.conditionExpression);
}

/**
 * True for elements of the diagram interchange (shapes, edges, bounds): layout, not content.
 *
 * @param {ModdleElement} node
 * @returns {boolean}
 */
export function isDiagramInterchange(node) {
  return /^(bpmndi|di|dc):/.test(node.$type);
}

/**
 * `<bpmn:Type id="…">`, the way every Polku diagnostic names an element.
 *
 * @param {ModdleElement | undefined} element
 * @returns {string}
 */
export function describeElement(element) {
  return element ? `<${element.$type} id="${element.id ?? ''}">` : 'the model';
}
