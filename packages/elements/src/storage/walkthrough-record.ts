import { eventElement, type Pathway, type Texts, type WalkthroughSnapshot } from '@polku/core';

/**
 * One saved walkthrough: the worker's own label for it, the pathway it walks (id and content
 * hash) and its snapshot, which is plain JSON and names the same pathway id and hash.
 */
export interface WalkthroughRecord {
  /** Unique and permanent; a new record gets a random UUID. */
  id: string;
  /** The worker's own label. The interface asks for one without names or identity codes. */
  label: string;
  pathwayId: string;
  /** The content hash of the pathway the snapshot was saved with. */
  pathwayHash: string;
  snapshot: WalkthroughSnapshot;
  /** ISO 8601. */
  createdAt: string;
  /** ISO 8601: the last save. */
  updatedAt: string;
  /**
   * 0 for a record not yet stored; the store sets 1 on the first write and adds one on each
   * write after it, and refuses a write whose revision is not the stored one (a newer save
   * from another tab is never overwritten).
   */
  revision: number;
  /**
   * The names of the elements and answers of the snapshot's steps, as the pathway had them
   * when it was saved, so the walkthrough stays readable after its pathway changes.
   */
  names?: Record<string, Texts>;
}

/** Longest label, in characters; a label is a short reminder, not a case note. */
export const LABEL_MAX_LENGTH = 80;

/**
 * A record of a walkthrough not stored yet (revision 0), with a fresh id and the names of its
 * steps. Give it to `store.put` to save it.
 */
export function createRecord(init: { label: string; pathway: Pathway; snapshot: WalkthroughSnapshot; now: Date; id?: string }): WalkthroughRecord {
  const time = init.now.toISOString();
  return {
    id: init.id ?? crypto.randomUUID(),
    label: init.label,
    pathwayId: init.pathway.id,
    pathwayHash: init.snapshot.pathwayHash,
    snapshot: init.snapshot,
    createdAt: time,
    updatedAt: time,
    revision: 0,
    names: namesOf(init.pathway, init.snapshot),
  };
}

/** The record with a new snapshot (of `pathway`), stamped `now`; the revision stays for the store to check. */
export function withSnapshot(record: WalkthroughRecord, pathway: Pathway, snapshot: WalkthroughSnapshot, now: Date): WalkthroughRecord {
  return { ...record, pathwayHash: snapshot.pathwayHash, snapshot, updatedAt: now.toISOString(), names: { ...record.names, ...namesOf(pathway, snapshot) } };
}

/** The names of every element entered and every answer chosen in `snapshot`, from `pathway`. */
export function namesOf(pathway: Pathway, snapshot: WalkthroughSnapshot): Record<string, Texts> {
  const names: Record<string, Texts> = {};
  const add = (id: string, texts: Texts | undefined) => {
    if (texts && Object.keys(texts).length > 0) names[id] = texts;
  };
  for (const entry of snapshot.context.trace) add(entry.elementId, pathway.nodes[entry.elementId]?.name);
  for (const event of snapshot.events) {
    add(eventElement(event), pathway.nodes[eventElement(event)]?.name);
    const flows = event.type === 'polku.choose' ? [event.flowId] : event.type === 'polku.include' ? event.flows : [];
    for (const flowId of flows) add(flowId, pathway.flows[flowId]?.name);
  }
  return names;
}

const STEP_TYPES = new Set(['polku.complete', 'polku.choose', 'polku.include', 'polku.timer', 'polku.message', 'polku.signal']);

/**
 * Why `value` is not a saved walkthrough record, or `undefined` when it is one. Checks every
 * part the components read, so a record that passes cannot break a view; it says where the
 * first problem is, in English, for the log and the report of corrupt records.
 */
export function recordProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'the record is not an object';
  for (const key of ['id', 'label', 'pathwayId', 'pathwayHash'] as const) {
    if (typeof value[key] !== 'string' || (key !== 'label' && value[key] === '')) return `"${key}" is not a string`;
  }
  for (const key of ['createdAt', 'updatedAt'] as const) {
    if (typeof value[key] !== 'string' || Number.isNaN(Date.parse(value[key]))) return `"${key}" is not a date`;
  }
  if (!Number.isInteger(value.revision) || (value.revision as number) < 0) return '"revision" is not a whole number';
  if (value.names !== undefined && !isTextsRecord(value.names)) return '"names" is not a map of texts';
  const problem = snapshotProblem(value.snapshot);
  if (problem) return `"snapshot": ${problem}`;
  const snapshot = value.snapshot as WalkthroughSnapshot;
  if (snapshot.pathwayId !== value.pathwayId || snapshot.pathwayHash !== value.pathwayHash) return 'the snapshot names another pathway than the record';
  return undefined;
}

/** Why `value` is not a walkthrough snapshot (format `polku-walkthrough`, version 1), or `undefined`. */
export function snapshotProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'not an object';
  if (value.format !== 'polku-walkthrough' || value.version !== 1) return 'not format "polku-walkthrough", version 1';
  if (typeof value.pathwayId !== 'string' || typeof value.pathwayHash !== 'string') return 'no pathway id and hash';
  if (value.status !== 'active' && value.status !== 'done') return '"status" is neither "active" nor "done"';
  if (typeof value.value !== 'string' && !isObject(value.value)) return '"value" is not a state';
  if (!Array.isArray(value.events)) return '"events" is not a list';
  const badStep = value.events.findIndex((event) => !isStep(event));
  if (badStep >= 0) return `events[${badStep}] is not a step`;
  const context = value.context;
  if (!isObject(context)) return '"context" is not an object';
  if (!Array.isArray(context.trace) || !context.trace.every((entry) => isObject(entry) && typeof entry.elementId === 'string' && optionalString(entry.at))) {
    return '"context.trace" is not a list of entries';
  }
  if (!Array.isArray(context.completed) || !context.completed.every((id) => typeof id === 'string')) return '"context.completed" is not a list of ids';
  for (const key of ['answers', 'data', 'rounds', 'timers'] as const) if (!isObject(context[key])) return `"context.${key}" is not an object`;
  if (!optionalString(context.startedAt)) return '"context.startedAt" is not a string';
  return undefined;
}

function isStep(value: unknown): boolean {
  if (!isObject(value) || typeof value.type !== 'string' || !STEP_TYPES.has(value.type) || !optionalString(value.at)) return false;
  switch (value.type) {
    case 'polku.choose':
      return typeof value.gatewayId === 'string' && typeof value.flowId === 'string';
    case 'polku.include':
      return typeof value.gatewayId === 'string' && Array.isArray(value.flows) && value.flows.every((flow) => typeof flow === 'string');
    case 'polku.complete':
      return typeof value.elementId === 'string' && (value.values === undefined || (isObject(value.values) && Object.values(value.values).every(isFieldValue)));
    default:
      return typeof value.elementId === 'string';
  }
}

function isFieldValue(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value) || (Array.isArray(value) && value.every((item) => typeof item === 'string'));
}

function isTextsRecord(value: unknown): boolean {
  return isObject(value) && Object.values(value).every((texts) => isObject(texts) && Object.values(texts).every((text) => typeof text === 'string'));
}

function optionalString(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
