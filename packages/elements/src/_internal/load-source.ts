import type { Pathway } from '@polku/core';
import type { Diagnostic } from '@polku/core/compiler';

/** Why a pathway could not be loaded; the component words it in the interface language. */
export type LoadFailure =
  | { kind: 'fetch'; src: string; reason: string }
  | { kind: 'format'; src: string }
  | { kind: 'model'; src: string; diagnostics: Diagnostic[] };

function isRecord(part: unknown): boolean {
  return typeof part === 'object' && part !== null;
}

/** A loaded pathway, or why there is none. */
export type LoadResult = { pathway: Pathway } | { failure: LoadFailure };

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
 * page fed precompiled JSON never downloads the XML parser.
 */
export async function loadSource(src: string, signal: AbortSignal): Promise<LoadResult> {
  let text: string;
  try {
    const response = await fetch(new URL(src, document.baseURI), { signal, credentials: 'same-origin' });
    if (!response.ok) return { failure: { kind: 'fetch', src, reason: `HTTP ${response.status}` } };
    text = await response.text();
  } catch (error) {
    if (signal.aborted) throw error;
    return { failure: { kind: 'fetch', src, reason: error instanceof Error ? error.message : String(error) } };
  }
  const start = text.trimStart();
  if (start.startsWith('{')) {
    try {
      const value: unknown = JSON.parse(start);
      return isPathway(value) ? { pathway: value } : { failure: { kind: 'format', src } };
    } catch {
      return { failure: { kind: 'format', src } };
    }
  }
  if (!start.startsWith('<')) return { failure: { kind: 'format', src } };
  const { compileBpmn } = await import('@polku/core/compiler');
  const { pathway, diagnostics } = await compileBpmn(text, { file: fileNameOf(src) });
  if (pathway) return { pathway };
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  return { failure: { kind: 'model', src, diagnostics: errors.length > 0 ? errors : diagnostics } };
}

function fileNameOf(src: string): string {
  const path = src.split(/[?#]/)[0] ?? src;
  return path.slice(path.lastIndexOf('/') + 1) || src;
}
