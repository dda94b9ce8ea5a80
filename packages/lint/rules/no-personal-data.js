import { is, isDiagramInterchange, ownerWithId } from '../lib/_internal/moddle.js';
import { findPersonalData } from '../lib/_internal/personal-data.js';

/** @import { ModdleElement, Reporter, RuleDefinition } from '../lib/_internal/rule-types.js' */
/** @import { Finding } from '../lib/_internal/personal-data.js' */

/**
 * No text in the model looks like personal data: a Finnish personal identity code, an e-mail
 * address, a Finnish phone number, a street address, or a common Finnish first name used for
 * an example person. Models are published and shared; clients' data never belongs in them.
 * Names, documentation, translations and every attribute, including other tools' extensions,
 * are searched.
 *
 * @param {{ allow?: unknown }} [config] `allow`: exact texts that are fine to keep, such as
 *   an organisation's public switchboard number (compared without case)
 * @returns {RuleDefinition}
 */
function noPersonalData(config = {}) {
  const allow = new Set((Array.isArray(config.allow) ? config.allow : []).filter((text) => typeof text === 'string').map(normalise));

  /**
   * @param {ModdleElement} node
   * @param {Reporter} reporter
   * @returns {boolean}
   */
  function check(node, reporter) {
    // Shapes and edges hold coordinates only; skip the whole diagram subtree.
    if (isDiagramInterchange(node)) return false;
    const owner = ownerWithId(node);
    for (const { where, text } of textsOf(node)) {
      const reported = new Set();
      for (const finding of findPersonalData(text)) {
        const key = finding.kind === 'name' ? `name:${finding.match}` : finding.kind;
        if (allow.has(normalise(finding.match)) || reported.has(key)) continue;
        reported.add(key);
        reporter.report(owner?.id, messageFor(where, finding));
      }
    }
    return true;
  }

  return { check };
}

/**
 * @param {string} where
 * @param {Finding} finding
 * @returns {string}
 */
function messageFor(where, finding) {
  switch (finding.kind) {
    case 'identity-code':
      return `${where} holds what looks like a Finnish personal identity code; remove it, models must not carry personal data.`;
    case 'email':
      return `${where} holds an e-mail address; remove it or name the role or service instead.`;
    case 'phone':
      return `${where} holds what looks like a Finnish phone number; remove it or name the service instead.`;
    case 'address':
      return `${where} holds what looks like a street address; remove it, models must not carry personal data.`;
    case 'name':
      return `${where} uses the person name "${finding.match}" as an example; use a neutral label such as "Testitapaus 1".`;
  }
  return `${where} looks like it holds personal data; remove it.`;
}

/**
 * The texts of one element with a phrase saying where each sits. Generic elements (other
 * tools' extensions that no descriptor describes) are read whole here, because bpmnlint does
 * not descend into them.
 *
 * @param {ModdleElement} node
 * @returns {{ where: string, text: string }[]}
 */
function textsOf(node) {
  if (node.$descriptor?.isGeneric) return genericTexts(node);
  /** @type {{ where: string, text: string }[]} */
  const texts = [];
  for (const property of node.$descriptor?.properties ?? []) {
    if (property.type !== 'String' || property.isId || property.isReference || property.isMany) continue;
    const value = node[property.name];
    if (typeof value === 'string' && value.trim()) texts.push({ where: describeProperty(node, property.name), text: value });
  }
  for (const [attribute, value] of Object.entries(node.$attrs ?? {})) {
    if (attribute.startsWith('xmlns') || attribute === 'xml:lang' || typeof value !== 'string') continue;
    texts.push({ where: `Attribute "${attribute}"`, text: value });
  }
  return texts;
}

/**
 * @param {ModdleElement} node
 * @param {string} property
 * @returns {string}
 */
function describeProperty(node, property) {
  if (is(node, 'bpmn:Documentation')) return 'Guidance';
  if (is(node, 'i18n:Translation')) {
    const lang = node.$attrs?.['xml:lang'] ?? '?';
    return node.target === 'documentation' ? `Guidance translation (${lang})` : `Name translation (${lang})`;
  }
  if (property === 'name') return 'Name';
  if (is(node, 'bpmn:Expression')) return 'Expression';
  const prefix = node.$type.split(':')[0];
  return `Attribute "${prefix === 'bpmn' ? property : `${prefix}:${property}`}"`;
}

/**
 * @param {ModdleElement} node
 * @returns {{ where: string, text: string }[]}
 */
function genericTexts(node) {
  /** @type {{ where: string, text: string }[]} */
  const texts = [];
  for (const [key, value] of Object.entries(node)) {
    // Ids of other tools' elements are identifiers, often UUIDs, not texts.
    if (key.startsWith('$') || key.startsWith('xmlns') || key === 'id' || typeof value !== 'string' || !value.trim()) continue;
    texts.push({ where: `Attribute "${key}" of <${node.$type}>`, text: value });
  }
  if (typeof node.$body === 'string' && node.$body.trim()) texts.push({ where: `Text of <${node.$type}>`, text: node.$body });
  for (const child of Array.isArray(node.$children) ? node.$children : []) texts.push(...genericTexts(child));
  return texts;
}

/**
 * @param {string} text
 * @returns {string}
 */
function normalise(text) {
  return text.trim().toLowerCase();
}

export { noPersonalData as default, noPersonalData as 'module.exports' };
