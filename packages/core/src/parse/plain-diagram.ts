import { createModdle, type ModdleElement, type ModdleWarning } from './moddle.js';

/**
 * The BPMN DI at the end of a model (its `bpmndi:BPMNDiagram` elements), when it is plain enough
 * that bpmn-moddle would report nothing about it except what {@link diagramIsSound} checks.
 */
export interface PlainDiagram {
  /** Offsets of the DI in the XML: the first diagram's `<` to just after the last one's `>`. */
  start: number;
  end: number;
  /** Ids of the DI elements, in document order. */
  ids: string[];
  /** Ids the DI elements refer to (`bpmnElement`, `sourceElement`, `labelStyle` …). */
  references: string[];
}

const NS = {
  bpmndi: 'http://www.omg.org/spec/BPMN/20100524/DI',
  dc: 'http://www.omg.org/spec/DD/20100524/DC',
  di: 'http://www.omg.org/spec/DD/20100524/DI',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
};

// Which DI element may hold which, by `namespace local-name`: what bpmn-js writes. Anything else
// (di:extension, an unknown element, text, a comment) is left to bpmn-moddle.
const CHILDREN: Record<string, readonly string[]> = {
  [`${NS.bpmndi} BPMNDiagram`]: [`${NS.bpmndi} BPMNPlane`, `${NS.bpmndi} BPMNLabelStyle`],
  [`${NS.bpmndi} BPMNPlane`]: [`${NS.bpmndi} BPMNShape`, `${NS.bpmndi} BPMNEdge`],
  [`${NS.bpmndi} BPMNShape`]: [`${NS.dc} Bounds`, `${NS.bpmndi} BPMNLabel`],
  [`${NS.bpmndi} BPMNEdge`]: [`${NS.di} waypoint`, `${NS.bpmndi} BPMNLabel`],
  [`${NS.bpmndi} BPMNLabel`]: [`${NS.dc} Bounds`],
  [`${NS.bpmndi} BPMNLabelStyle`]: [`${NS.dc} Font`],
  [`${NS.dc} Bounds`]: [],
  [`${NS.di} waypoint`]: [],
  [`${NS.dc} Font`]: [],
};
// The moddle type each element becomes (a waypoint is a dc:Point).
const TYPES: Record<string, string> = {
  [`${NS.bpmndi} BPMNDiagram`]: 'bpmndi:BPMNDiagram',
  [`${NS.bpmndi} BPMNPlane`]: 'bpmndi:BPMNPlane',
  [`${NS.bpmndi} BPMNShape`]: 'bpmndi:BPMNShape',
  [`${NS.bpmndi} BPMNEdge`]: 'bpmndi:BPMNEdge',
  [`${NS.bpmndi} BPMNLabel`]: 'bpmndi:BPMNLabel',
  [`${NS.bpmndi} BPMNLabelStyle`]: 'bpmndi:BPMNLabelStyle',
  [`${NS.dc} Bounds`]: 'dc:Bounds',
  [`${NS.dc} Font`]: 'dc:Font',
  [`${NS.di} waypoint`]: 'dc:Point',
};

const ROOT = /\s*<([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*>/y;
const XMLNS = /\sxmlns(?::([\w.-]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const PROLOG = /^(?:\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->))*/;
// bpmn-moddle's test for a legal id (moddle-xml `Context#addElement`).
const LEGAL_ID = /^([a-z][\w-.]*:)?[a-z_][\w-.]*$/i;

/**
 * What an attribute of a DI element is to bpmn-moddle: its id, a reference, a plain value, a
 * waypoint's `xsi:type` (plain when it is dc:Point), or something bpmn-moddle would warn about.
 */
type AttributeKind = 'id' | 'reference' | 'value' | 'pointType' | 'warned';

interface ElementRule {
  type: string;
  /** Qualified names, as written in this file, of the elements it may hold. */
  children: ReadonlySet<string>;
  /** Attribute name as written in this file → kind, filled in as names come. */
  attributes: Map<string, AttributeKind>;
}

interface Vocabulary {
  /** Known namespace URI → the prefix bpmn-moddle gives it. */
  prefixOf: Map<string, string>;
  /** Moddle type → attribute name as bpmn-moddle normalises it → kind. */
  attributes: Map<string, Map<string, AttributeKind>>;
}

let vocabulary: Vocabulary | undefined;

// From the descriptors of Polku's moddle: bpmn-moddle's packages add attributes (bioc:stroke, color:…).
function vocabularyOf(): Vocabulary {
  if (vocabulary) return vocabulary;
  const model = createModdle() as unknown as {
    getPackages(): { prefix: string; uri: string }[];
    getType(name: string): { $descriptor: { propertiesByName: Record<string, { isAttr?: boolean; isId?: boolean; isReference?: boolean; isMany?: boolean }> } };
  };
  const prefixOf = new Map(model.getPackages().map((pkg) => [pkg.uri, pkg.prefix]));
  const attributes = new Map<string, Map<string, AttributeKind>>();
  for (const type of new Set(Object.values(TYPES))) {
    const kinds = new Map<string, AttributeKind>();
    for (const [name, property] of Object.entries(model.getType(type).$descriptor.propertiesByName)) {
      if (property.isAttr !== true || (property.isReference && property.isMany)) continue;
      kinds.set(name, property.isId ? 'id' : property.isReference ? 'reference' : 'value');
    }
    attributes.set(type, kinds);
  }
  return (vocabulary = { prefixOf, attributes });
}

/**
 * Finds the BPMN DI that closes a model and checks, without building it, that bpmn-moddle would
 * read it without a warning: only the diagram elements bpmn-js writes, where bpmn-js writes them,
 * attributes bpmn-moddle knows (or in a namespace it does not know), no text, nothing after it but
 * the end of the root element. Ids and references are checked after the rest is parsed
 * ({@link diagramIsSound}). Undefined when there is no DI or anything in it is out of the plain,
 * and then the whole XML must go through bpmn-moddle.
 */
export function findPlainDiagram(xml: string): PlainDiagram | undefined {
  const prolog = PROLOG.exec(xml)![0].length;
  ROOT.lastIndex = prolog;
  const root = ROOT.exec(xml);
  if (!root) return undefined;
  const namespaces = new Map<string, string>();
  for (const declaration of root[2]!.matchAll(XMLNS)) namespaces.set(declaration[1] ?? '', declaration[2] ?? declaration[3] ?? '');
  const defaultNamespace = namespaces.get('');
  if (defaultNamespace !== undefined && Object.values(NS).includes(defaultNamespace)) return undefined;
  const prefixesOf = (uri: string) => [...namespaces].filter(([prefix, candidate]) => prefix && candidate === uri).map(([prefix]) => prefix);
  const diPrefixes = prefixesOf(NS.bpmndi);
  if (diPrefixes.length !== 1) return undefined;
  const start = xml.indexOf(`<${diPrefixes[0]}:BPMNDiagram`, ROOT.lastIndex);
  if (start === -1) return undefined;

  const known = vocabularyOf();
  const pointType = `${prefixesOf(NS.dc)[0]}:Point`;
  // Qualified name as written here → rule, for each DI element.
  const written = (element: string) => {
    const [uri, local] = element.split(' ');
    const prefix = prefixesOf(uri!)[0];
    return prefix === undefined ? undefined : `${prefix}:${local}`;
  };
  const rules = new Map<string, ElementRule>();
  for (const [element, type] of Object.entries(TYPES)) {
    const name = written(element);
    if (name === undefined) continue;
    const children = new Set(CHILDREN[element]!.map(written).filter((child) => child !== undefined));
    rules.set(name, { type, children, attributes: new Map() });
  }
  const kindOf = (rule: ElementRule, name: string): AttributeKind => {
    const kinds = known.attributes.get(rule.type)!;
    const colon = name.indexOf(':');
    if (colon === -1) return kinds.get(name) ?? 'warned';
    const prefix = name.slice(0, colon);
    const uri = namespaces.get(prefix);
    if (uri === undefined || uri === defaultNamespace || prefix === 'xmlns' || prefix === 'xml') return 'warned';
    // bpmn-moddle reads a waypoint's xsi:type as its type; only the one it has anyway is plain.
    if (uri === NS.xsi) return name.slice(colon + 1) === 'type' && rule.type === 'dc:Point' ? 'pointType' : 'warned';
    const canonical = known.prefixOf.get(uri);
    // A namespace bpmn-moddle does not know is kept aside without a warning, unless its prefix is one bpmn-moddle uses.
    if (canonical === undefined) return [...known.prefixOf.values()].includes(prefix) ? 'warned' : 'value';
    return kinds.get(`${canonical}:${name.slice(colon + 1)}`) ?? 'warned';
  };

  const ids: string[] = [];
  const references: string[] = [];
  const open: ElementRule[] = [];
  const openNames: string[] = [];
  const seen: string[] = [];
  let end = start;
  let at = start;
  // Tags as saxen reads them without a warning: names with a prefix, `name="value"` attributes
  // with a space before each and no `<` or `&` in the value, no space in an end tag.
  for (;;) {
    at = skipSpace(xml, at);
    if (xml.charCodeAt(at) !== 60) return undefined;
    const closing = xml.charCodeAt(at + 1) === 47;
    const nameStart = at + (closing ? 2 : 1);
    const nameEnd = qualifiedNameEnd(xml, nameStart, true);
    if (nameEnd === -1) return undefined;
    const name = xml.slice(nameStart, nameEnd);
    if (closing) {
      if (xml.charCodeAt(nameEnd) !== 62) return undefined;
      at = nameEnd + 1;
      if (open.length === 0) {
        // The root's end tag: then nothing but white space.
        return name === root[1] && skipSpace(xml, at) === xml.length ? { start, end, ids, references } : undefined;
      }
      open.pop();
      if (openNames.pop() !== name) return undefined;
      if (open.length === 0) end = at;
      continue;
    }
    const rule = rules.get(name);
    const parent = open.at(-1);
    if (!rule || (parent === undefined ? rule.type !== 'bpmndi:BPMNDiagram' : !parent.children.has(name))) return undefined;
    seen.length = 0;
    at = nameEnd;
    let selfClosing: boolean;
    for (;;) {
      const spaced = skipSpace(xml, at);
      const code = xml.charCodeAt(spaced);
      if (code === 62 || code === 47) {
        selfClosing = code === 47;
        if (selfClosing && xml.charCodeAt(spaced + 1) !== 62) return undefined;
        at = spaced + (selfClosing ? 2 : 1);
        break;
      }
      const attributeEnd = spaced === at ? -1 : qualifiedNameEnd(xml, spaced, false);
      if (attributeEnd === -1 || xml.charCodeAt(attributeEnd) !== 61 || xml.charCodeAt(attributeEnd + 1) !== 34) return undefined;
      const valueStart = attributeEnd + 2;
      const valueEnd = xml.indexOf('"', valueStart);
      if (valueEnd === -1) return undefined;
      for (let index = valueStart; index < valueEnd; index++) {
        const valueCode = xml.charCodeAt(index);
        if (valueCode === 60 || valueCode === 38) return undefined;
      }
      at = valueEnd + 1;
      const attributeName = xml.slice(spaced, attributeEnd);
      if (seen.includes(attributeName)) return undefined;
      seen.push(attributeName);
      let kind = rule.attributes.get(attributeName);
      if (kind === undefined) rule.attributes.set(attributeName, (kind = kindOf(rule, attributeName)));
      if (kind === 'value') continue;
      const value = xml.slice(valueStart, valueEnd);
      if (kind === 'id') {
        // An empty id is no id to bpmn-moddle, but the position index keeps it: leave it to the full parse.
        if (!value) return undefined;
        ids.push(value);
      } else if (kind === 'reference') references.push(value);
      else if (kind === 'warned' || value !== pointType) return undefined;
    }
    if (selfClosing) {
      if (open.length === 0) end = at;
    } else {
      open.push(rule);
      openNames.push(name);
    }
  }
}

function skipSpace(xml: string, at: number): number {
  for (;;) {
    const code = xml.charCodeAt(at);
    if (code !== 32 && code !== 10 && code !== 13 && code !== 9) return at;
    at++;
  }
}

// End of an XML name made of ASCII letters, digits, `_`, `.` and `-` (not starting with a digit,
// `.` or `-`), with one `prefix:` (required when `prefixed`); -1 when there is none at `from`.
function qualifiedNameEnd(xml: string, from: number, prefixed: boolean): number {
  const first = localNameEnd(xml, from);
  if (first === -1) return -1;
  if (xml.charCodeAt(first) !== 58) return prefixed ? -1 : first;
  return localNameEnd(xml, first + 1);
}

function localNameEnd(xml: string, from: number): number {
  const code = xml.charCodeAt(from);
  if (!((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95)) return -1;
  let at = from + 1;
  for (;;) {
    const next = xml.charCodeAt(at);
    if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122) || (next >= 48 && next <= 57) || next === 95 || next === 46 || next === 45) at++;
    else return at;
  }
}

/**
 * True when bpmn-moddle, given the DI too, would have read the model exactly as it did without
 * it, and reported nothing more: the model read without a warning while parsing (so its elements
 * are balanced and the DI is where it seemed: under the root), every DI id is legal and unique,
 * every DI reference names an element of the model or of the DI, and no unresolved reference of
 * the model names the DI. Then the warnings are the same, in the same order (references are
 * resolved after parsing, the DI's last). `read` is bpmn-moddle's result and `positions` the
 * position index, both of the model without the DI; a DI id may be in neither, so that index is
 * the whole one less the DI's ids.
 */
export function diagramIsSound(
  diagram: PlainDiagram,
  read: { elementsById: Record<string, ModdleElement>; warnings: readonly ModdleWarning[] },
  positions: ReadonlyMap<string, unknown>,
): boolean {
  const { elementsById, warnings } = read;
  const own = new Set<string>();
  for (const id of diagram.ids) {
    // bpmn-moddle looks ids up in a plain object, so "constructor" counts as taken there too.
    if (!LEGAL_ID.test(id) || elementsById[id] || positions.has(id) || own.has(id)) return false;
    own.add(id);
  }
  if (warnings.some((warning) => !warning.message.startsWith('unresolved reference <') || own.has(String(warning.value)))) return false;
  return diagram.references.every((id) => Boolean(elementsById[id]) || own.has(id));
}
