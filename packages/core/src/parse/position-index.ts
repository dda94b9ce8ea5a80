/** 1-based line and column of an element's start tag, and its BPMN type when it is a BPMN element. */
export interface Position {
  line: number;
  column: number;
  /** `bpmn:UserTask` for a `<bpmn:userTask>` (any prefix bound to the BPMN 2.0 model namespace). */
  type?: string;
}

/** Element id → position of its start tag, and the ids seen more than once. */
export interface PositionIndex {
  readonly positions: ReadonlyMap<string, Position>;
  readonly duplicates: ReadonlySet<string>;
}

const BPMN_NAMESPACES = new Set(['http://www.omg.org/spec/BPMN/20100524/MODEL', 'http://www.omg.org/spec/BPMN/20100524/DI']);
const XMLNS = /\sxmlns(?::([\w.-]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

// A start tag with its attributes; quoted values may hold '>' and '/'.
const START_TAG = /<([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/y;
const ID_ATTRIBUTE = /\sid\s*=\s*(?:"([^"]*)"|'([^']*)')/;

/**
 * Finds where each element with an `id` starts. bpmn-moddle keeps no source positions
 * (only XML syntax warnings carry a line), so diagnostics downstream look ids up here.
 * One linear pass; comments, CDATA and processing instructions are skipped. Ids of BPMN
 * elements win over ids of vendor extension elements, and only BPMN ids can be duplicates:
 * ids in other namespaces are that vendor's business.
 */
export function indexPositions(xml: string): PositionIndex {
  const positions = new Map<string, Position>();
  const duplicates = new Set<string>();
  const namespaces = new Map<string, string>();
  // Lines are counted forward as ids are found: offset `lineStart` begins line `line`.
  let line = 1;
  let lineStart = 0;
  let cursor = xml.indexOf('<');
  while (cursor !== -1) {
    const next = xml.charCodeAt(cursor + 1);
    if (next === 47) {
      // An end tag: nothing to index.
      cursor = xml.indexOf('<', cursor + 2);
      continue;
    }
    if (next === 33 || next === 63) {
      // `<!` or `<?`: a comment, CDATA, a declaration or a processing instruction.
      cursor = xml.indexOf('<', skipNonElement(xml, cursor));
      continue;
    }
    START_TAG.lastIndex = cursor;
    const tag = START_TAG.exec(xml);
    if (!tag) {
      cursor = xml.indexOf('<', cursor + 1);
      continue;
    }
    const attributes = tag[2]!;
    // Namespace declarations are gathered as they come (nearly always all on the root).
    if (attributes.includes('xmlns')) {
      for (const declaration of attributes.matchAll(XMLNS)) namespaces.set(declaration[1] ?? '', declaration[2] ?? declaration[3] ?? '');
    }
    const id = ID_ATTRIBUTE.exec(attributes);
    if (id) {
      const value = id[1] ?? id[2]!;
      for (let newline = xml.indexOf('\n', lineStart); newline !== -1 && newline < cursor; newline = xml.indexOf('\n', newline + 1)) {
        line++;
        lineStart = newline + 1;
      }
      const name = tag[1]!;
      const colon = name.indexOf(':');
      const bpmn = BPMN_NAMESPACES.has(namespaces.get(colon === -1 ? '' : name.slice(0, colon)) ?? '');
      const position: Position = { line, column: cursor - lineStart + 1 };
      if (bpmn) {
        const local = name.split(':')[colon === -1 ? 0 : 1]!;
        position.type = `bpmn:${local.charAt(0).toUpperCase()}${local.slice(1)}`;
      }
      const known = positions.get(value);
      if (!known) positions.set(value, position);
      else if (bpmn && known.type) duplicates.add(value);
      else if (bpmn) positions.set(value, position);
    }
    cursor = xml.indexOf('<', START_TAG.lastIndex);
  }
  return { positions, duplicates };
}

function skipNonElement(xml: string, at: number): number {
  if (xml.startsWith('<!--', at)) return endOf(xml, '-->', at);
  if (xml.startsWith('<![CDATA[', at)) return endOf(xml, ']]>', at);
  if (xml.startsWith('<?', at)) return endOf(xml, '?>', at);
  if (xml.startsWith('<!', at)) return endOf(xml, '>', at);
  return at;
}

function endOf(xml: string, terminator: string, from: number): number {
  const end = xml.indexOf(terminator, from);
  return end === -1 ? xml.length : end + terminator.length;
}
