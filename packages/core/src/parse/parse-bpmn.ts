import type { Diagnostic, DiagnosticCode } from '../validate/diagnostic.js';
import { createModdle, type ModdleElement, type ModdleWarning } from './moddle.js';
import { diagramIsSound, findPlainDiagram } from './plain-diagram.js';
import { indexPositions, type PositionIndex } from './position-index.js';

/** Options of {@link parseBpmn}. */
export interface ParseOptions {
  /** File name used in diagnostics. */
  file?: string;
  /** Largest accepted input in bytes (UTF-8). Default 16 MiB. */
  maxBytes?: number;
  /** Warnings kept before the rest are summarised as one `too-many-warnings`. Default 100. */
  maxWarnings?: number;
}

/** A parsed model: the moddle tree, where each id sits in the source, and what went wrong. */
export interface ParsedModel {
  file?: string;
  /** The `bpmn:Definitions` root, absent when the input could not be read at all. */
  definitions?: ModdleElement;
  /** Language of the model's own texts (`xml:lang` on the definitions), `fi` when absent. */
  lang: string;
  index: PositionIndex;
  diagnostics: Diagnostic[];
}

export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
const DEFAULT_MAX_WARNINGS = 100;

/**
 * Reads BPMN 2.0 XML with bpmn-moddle and Polku's vocabulary. Never throws for bad input:
 * oversized input, any `<!DOCTYPE` (entity tricks), XML that is not well-formed and
 * bpmn-moddle's warnings all become diagnostics with file, line and element id.
 *
 * @example
 * const parsed = await parseBpmn(xml, { file: 'models/koulupolku.bpmn' });
 * if (hasErrors(parsed.diagnostics)) report(parsed.diagnostics);
 */
export async function parseBpmn(xml: string, options: ParseOptions = {}): Promise<ParsedModel> {
  return readModel(xml, options, true);
}

/**
 * {@link parseBpmn} for the compiler, which never reads BPMN DI: when the DI is plain (only what
 * bpmn-js writes, every id legal and unique, every reference resolving), bpmn-moddle parses the
 * model without it, which halves the parse; `definitions.diagrams` is then empty and the position
 * index lacks the DI's ids, which no diagnostic can then name. Otherwise the whole XML is parsed.
 * Either way the diagnostics are exactly those of {@link parseBpmn}.
 */
export function parseForCompile(xml: string, options: ParseOptions = {}): Promise<ParsedModel> {
  return readModel(xml, options, false);
}

async function readModel(xml: string, options: ParseOptions, keepDiagram: boolean): Promise<ParsedModel> {
  const file = options.file;
  const empty: PositionIndex = { positions: new Map(), duplicates: new Set() };
  const refuse = (code: DiagnosticCode, message: string, line?: number): ParsedModel => ({
    file,
    lang: 'fi',
    index: empty,
    diagnostics: [{ severity: 'error', code, message, file, line, column: line === undefined ? undefined : 1 }],
  });

  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const bytes = byteLength(xml, maxBytes);
  if (bytes > maxBytes) {
    return refuse('input-too-large', `The model is ${bytes} bytes; the limit is ${maxBytes}. Split it into called processes or raise maxBytes.`);
  }
  const doctype = /<!DOCTYPE/i.exec(xml);
  if (doctype) {
    return refuse('doctype-forbidden', 'The model contains a <!DOCTYPE> declaration, which BPMN never needs; remove it.', lineAt(xml, doctype.index));
  }

  let result: Awaited<ReturnType<ReturnType<typeof createModdle>['fromXML']>> | undefined;
  let index: PositionIndex | undefined;
  const diagram = keepDiagram ? undefined : findPlainDiagram(xml);
  if (diagram) {
    const model = xml.slice(0, diagram.start) + xml.slice(diagram.end);
    try {
      const read = await createModdle().fromXML(model, 'bpmn:Definitions');
      // Only the root end tag follows the DI: what comes before it is indexed as in the whole XML.
      const modelIndex = indexPositions(model);
      if (diagramIsSound(diagram, read, modelIndex.positions)) {
        result = read;
        index = modelIndex;
      }
    } catch {
      // read again below with the DI, for the exact diagnostics
    }
  }
  index ??= indexPositions(xml);
  const locate = (element: ModdleElement | undefined) => {
    const elementId = typeof element?.id === 'string' ? element.id : undefined;
    const position = elementId ? index.positions.get(elementId) : undefined;
    return { file, elementId, elementType: element?.$type ?? position?.type, line: position?.line, column: position?.column };
  };
  const locateId = (elementId: string) => {
    const position = index.positions.get(elementId);
    return { file, elementId, elementType: position?.type, line: position?.line, column: position?.column };
  };

  try {
    result ??= await createModdle().fromXML(xml, 'bpmn:Definitions');
  } catch (error) {
    const failure = error as Error & { warnings?: ModdleWarning[] };
    const message = failure.message ?? String(error);
    if (/failed to parse document as <bpmn:Definitions>/.test(message)) {
      return refuse('not-bpmn', `The document is not a BPMN 2.0 model: ${firstLine(message)}`);
    }
    const where = /line: (\d+)\s+column: (\d+)/.exec(message);
    return {
      file,
      lang: 'fi',
      index,
      diagnostics: [
        {
          severity: 'error',
          code: 'xml-not-well-formed',
          message: `The XML is not well-formed: ${describeSyntaxError(message)}. Fix the XML (an editor with XML checking shows the spot).`,
          file,
          line: where ? Number(where[1]) + 1 : undefined,
          column: where ? Number(where[2]) + 1 : undefined,
        },
      ],
    };
  }

  const diagnostics: Diagnostic[] = [];
  const maxWarnings = options.maxWarnings ?? DEFAULT_MAX_WARNINGS;
  for (const warning of result.warnings.slice(0, maxWarnings)) {
    diagnostics.push(toDiagnostic(warning, locate, locateId));
  }
  if (result.warnings.length > maxWarnings) {
    diagnostics.push({
      severity: 'error',
      code: 'too-many-warnings',
      message: `${result.warnings.length - maxWarnings} more warnings were left out; the model is probably not the BPMN it claims to be.`,
      file,
    });
  }
  for (const id of index.duplicates) {
    if (diagnostics.some((diagnostic) => diagnostic.code === 'duplicate-id' && diagnostic.elementId === id)) continue;
    diagnostics.push({ severity: 'error', code: 'duplicate-id', message: `The id "${id}" is used by more than one element; ids must be unique.`, ...locateId(id) });
  }

  const definitions = result.rootElement;
  const lang = definitions.$attrs?.['xml:lang'] ?? 'fi';
  return { file, definitions, lang, index, diagnostics };
}

function toDiagnostic(
  warning: ModdleWarning,
  locate: (element: ModdleElement | undefined) => Omit<Diagnostic, 'severity' | 'code' | 'message'>,
  locateId: (id: string) => Omit<Diagnostic, 'severity' | 'code' | 'message'>,
): Diagnostic {
  const message = warning.message ?? String(warning);
  const duplicate = /duplicate ID <([^>]*)>/.exec(message);
  if (duplicate) {
    return { severity: 'error', code: 'duplicate-id', message: `The id "${duplicate[1]}" is used by more than one element; ids must be unique.`, ...locateId(duplicate[1]!) };
  }
  const unresolved = /unresolved reference <([^>]*)>/.exec(message);
  if (unresolved) {
    return {
      severity: 'error',
      code: 'unresolved-reference',
      message: `${warning.property ?? 'A reference'} points to "${unresolved[1]}", which is not in the model; fix or remove the reference.`,
      ...locate(warning.element),
    };
  }
  const illegal = /illegal ID <([^>]*)>/.exec(message);
  const where = /line: (\d+)\s+column: (\d+)/.exec(message);
  if (illegal) {
    // bpmn-moddle drops the whole element, so references to it fail next: say why here.
    return {
      severity: 'warning',
      code: 'xml-warning',
      message: `The id "${illegal[1]}" is not a valid XML id for bpmn-moddle, so the element is left out; use ASCII letters, digits, _ and - (e.g. "Tehtava_1"; names may keep ä and ö).`,
      ...locateId(illegal[1]!),
      line: where ? Number(where[1]) + 1 : undefined,
      column: where ? Number(where[2]) + 1 : undefined,
    };
  }
  const position = locate(warning.element);
  return {
    severity: 'warning',
    code: 'xml-warning',
    message: `bpmn-moddle: ${firstLine(message)}. The content is ignored; check the spelling and namespace.`,
    ...position,
    line: position.line ?? (where ? Number(where[1]) + 1 : undefined),
    column: position.column ?? (where ? Number(where[2]) + 1 : undefined),
  };
}

function byteLength(text: string, limit: number): number {
  // Every UTF-16 unit is at most 3 UTF-8 bytes: skip the exact count when it cannot matter.
  if (text.length * 3 <= limit) return text.length;
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair is one 4-byte character
      index++;
    } else bytes += 3;
  }
  return bytes;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++;
  return line;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}

function describeSyntaxError(message: string): string {
  const nested = /nested error: (.*)/.exec(message);
  return (nested?.[1] ?? firstLine(message)).trim();
}
