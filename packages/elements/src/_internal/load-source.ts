import { isCatalog, type Pathway } from '@polku/core';
import type { Diagnostic } from '@polku/core/compiler';
import { isGuidanceHtml, loadMarkdownRenderer } from './render-markdown.js';

/** Why a pathway could not be loaded; the component words it in the interface language. */
export type LoadFailure =
  | { kind: 'fetch'; src: string; reason: string }
  | { kind: 'format'; src: string }
  | { kind: 'model'; src: string; diagnostics: Diagnostic[] };

function isRecord(part: unknown): boolean {
  return typeof part === 'object' && part !== null;
}

/** A loaded pathway (with the model's XML when it was BPMN, for a view that draws it), or why there is none. */
export type LoadResult = { pathway: Pathway; xml?: string } | { failure: LoadFailure };

/**
 * True for a compiled pathway (`format: 'polku-pathway'`, version 1) with the parts the
 * runtime reads; a precompiled file is trusted no further than that.
 */
export function isPathway(value: unknown): value is Pathway {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<keyof Pathway, unknown>>;
  return (
    candidate.format === 'polku-pathway' &&
    candidate.version === 1 &&
    typeof candidate.start === 'string' &&
    isRecord(candidate.nodes) &&
    isRecord(candidate.flows) &&
    isRecord(candidate.machine)
  );
}

/**
 * Fetches `src` and reads it by content, not by file extension: JSON starting with `{` must
 * be a compiled pathway; XML is compiled here, with the compiler imported only then, so a
 * page fed precompiled JSON never downloads the XML parser (nor the Markdown parser, when the
 * JSON carries its guidance as HTML: `polku compile`). A process that a call activity
 * calls from another file is found through the `catalog.json` beside the model (what
 * `polku catalog` writes), fetched only when the model calls one.
 */
export async function loadSource(src: string, signal: AbortSignal): Promise<LoadResult> {
  let text: string;
  const url = new URL(src, document.baseURI);
  try {
    const response = await fetch(url, { signal, credentials: 'same-origin' });
    if (!response.ok) return { failure: { kind: 'fetch', src, reason: `HTTP ${response.status}` } };
    text = await response.text();
  } catch (error) {
    if (signal.aborted) throw error;
    return { failure: { kind: 'fetch', src, reason: error instanceof Error ? error.message : String(error) } };
  }
  const start = text.trimStart();
  if (start.startsWith('{')) {
    let value: unknown;
    try {
      value = JSON.parse(start);
    } catch {
      return { failure: { kind: 'format', src } };
    }
    if (!isPathway(value)) return { failure: { kind: 'format', src } };
    if (!isGuidanceHtml(value)) await preloadMarkdownRenderer();
    return { pathway: value };
  }
  if (!start.startsWith('<')) return { failure: { kind: 'format', src } };
  const [{ compileBpmn }] = await Promise.all([import('@polku/core/compiler'), preloadMarkdownRenderer()]);
  const { pathway, diagnostics } = await compileBpmn(text, { file: fileNameOf(src), loadProcess: catalogProcessLoader(url, signal) });
  if (pathway) return { pathway, xml: text };
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  return { failure: { kind: 'model', src, diagnostics: errors.length > 0 ? errors : diagnostics } };
}

/**
 * Loads the Markdown renderer before the first render, so guidance without compile-time HTML
 * appears with the stage; if it cannot load, each text loads it again when shown.
 */
async function preloadMarkdownRenderer(): Promise<void> {
  try {
    await loadMarkdownRenderer();
  } catch {
    // renderGuidance tries again, and shows the text as plain text if that fails too.
  }
}

/**
 * Finds a called process through `catalog.json` in the model's folder: the catalogue names the
 * file that defines each process. No catalogue, or a process it does not list, leaves the call
 * unresolved, and the compiler then names the call activity in its diagnostic.
 */
function catalogProcessLoader(modelUrl: URL, signal: AbortSignal): (processId: string) => Promise<{ xml: string; file: string } | undefined> {
  const catalogUrl = new URL('catalog.json', modelUrl);
  let catalog: Promise<Map<string, URL>> | undefined;
  const read = async () => {
    const byProcess = new Map<string, URL>();
    try {
      const response = await fetch(catalogUrl, { signal, credentials: 'same-origin' });
      const value: unknown = response.ok ? await response.json() : undefined;
      if (isCatalog(value)) for (const model of value.models) for (const id of model.processes) if (!byProcess.has(id)) byProcess.set(id, new URL(model.src, catalogUrl));
    } catch (error) {
      if (signal.aborted) throw error;
    }
    return byProcess;
  };
  return async (processId) => {
    const file = (await (catalog ??= read())).get(processId);
    if (!file || file.href === modelUrl.href) return undefined;
    const response = await fetch(file, { signal, credentials: 'same-origin' });
    return response.ok ? { xml: await response.text(), file: fileNameOf(file.pathname) } : undefined;
  };
}

function fileNameOf(src: string): string {
  const path = src.split(/[?#]/)[0] ?? src;
  return path.slice(path.lastIndexOf('/') + 1) || src;
}
