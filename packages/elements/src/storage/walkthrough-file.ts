import { helsinkiDate } from '../_internal/helsinki-date.js';
import { LABEL_MAX_LENGTH, recordProblem, type WalkthroughRecord } from './walkthrough-record.js';

/**
 * A saved walkthrough as a file: the record without its store bookkeeping, marked with a
 * format and version of its own so a future Polku can read today's files.
 */
export interface WalkthroughFile {
  format: 'polku-walkthrough-file';
  version: 1;
  /** ISO 8601. */
  exportedAt: string;
  walkthrough: Omit<WalkthroughRecord, 'revision'>;
}

/** Files larger than this are refused before they are read; a long walkthrough is well under 100 kB. */
export const MAX_FILE_BYTES = 2_000_000;

/** Why a file could not be imported. */
export type FileProblem =
  /** Larger than {@link MAX_FILE_BYTES}. */
  | 'too-large'
  /** Not JSON. */
  | 'not-json'
  /** JSON, but not a Polku walkthrough file, or one that fails validation. */
  | 'not-walkthrough'
  /** A walkthrough of another pathway (`pathwayId` names it). */
  | 'other-pathway';

/** What {@link readWalkthroughFile} made of a file: a record to store, or why not. */
export type FileReadResult = { record: WalkthroughRecord } | { problem: FileProblem; detail: string; pathwayId?: string };

/** The file's contents for `record`, as pretty-printed JSON. */
export function walkthroughFile(record: WalkthroughRecord, now: Date): string {
  const { revision: _revision, ...walkthrough } = record;
  const file: WalkthroughFile = { format: 'polku-walkthrough-file', version: 1, exportedAt: now.toISOString(), walkthrough };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A file name for `record`: `polku-<label>-<date>.json`, with the label reduced to safe characters. */
export function walkthroughFileName(record: WalkthroughRecord, now: Date): string {
  const label = record.label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `polku-${label || 'walkthrough'}-${helsinkiDate(now)}.json`;
}

/**
 * Reads an exported walkthrough for `pathwayId`. The record it gives is new (a fresh id,
 * revision 0), so an import never overwrites a saved walkthrough, not even the one it was
 * exported from. A walkthrough of an older version of the same pathway is accepted; opening
 * it migrates it like any other saved one.
 */
export function readWalkthroughFile(text: string, pathwayId: string): FileReadResult {
  if (text.length > MAX_FILE_BYTES) return { problem: 'too-large', detail: `the file has ${text.length} characters; at most ${MAX_FILE_BYTES} are read` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problem: 'not-json', detail: error instanceof Error ? error.message : String(error) };
  }
  const file = value as Partial<WalkthroughFile> | null;
  if (typeof file !== 'object' || file === null || file.format !== 'polku-walkthrough-file' || file.version !== 1) {
    return { problem: 'not-walkthrough', detail: 'not format "polku-walkthrough-file", version 1' };
  }
  const walkthrough = file.walkthrough as Partial<WalkthroughRecord> | undefined;
  const candidate = { ...walkthrough, id: crypto.randomUUID(), revision: 0 };
  const reason = recordProblem(candidate);
  if (reason) return { problem: 'not-walkthrough', detail: reason };
  const record = candidate as WalkthroughRecord;
  if (record.pathwayId !== pathwayId) return { problem: 'other-pathway', detail: `the walkthrough belongs to pathway "${record.pathwayId}"`, pathwayId: record.pathwayId };
  return { record: { ...record, label: record.label.trim().slice(0, LABEL_MAX_LENGTH) } };
}
