/**
 * The rules every Polku store keeps (see `WalkthroughStore`), shared by the memory and the
 * IndexedDB store so both behave alike.
 */
import { StorageError } from './storage-error.js';
import { recordProblem, type WalkthroughRecord } from './walkthrough-record.js';
import type { CorruptRecord, StoredWalkthroughs } from './walkthrough-store.js';

/** The readable records (newest first) and the report of the others, among `[key, value]` pairs. */
export function listValues(entries: readonly [string, unknown][], pathwayId: string | undefined): StoredWalkthroughs {
  const records: WalkthroughRecord[] = [];
  const corrupt: CorruptRecord[] = [];
  for (const [key, value] of entries) {
    const reason = recordProblem(value);
    const fields = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
    if (pathwayId !== undefined && typeof fields.pathwayId === 'string' && fields.pathwayId !== pathwayId) continue;
    if (reason) {
      corrupt.push({ id: key, label: typeof fields.label === 'string' ? fields.label : undefined, reason, value: structuredClone(value) });
    } else if (pathwayId === undefined || fields.pathwayId === pathwayId) {
      records.push(structuredClone(value) as WalkthroughRecord);
    }
  }
  records.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  return { records, corrupt };
}

/** A stored value as a record, or a `record-corrupt` error; undefined when there is none. */
export function readValue(id: string, value: unknown): WalkthroughRecord | undefined {
  if (value === undefined) return undefined;
  const reason = recordProblem(value);
  if (reason) throw new StorageError('record-corrupt', `The saved walkthrough "${id}" cannot be read: ${reason}.`, { recordId: id });
  return structuredClone(value) as WalkthroughRecord;
}

/**
 * The record as it is to be stored, one revision on; throws when that would overwrite a newer
 * save, a corrupt record, or a record deleted meanwhile (the rules of {@link WalkthroughStore.put}).
 */
export function nextRevision(record: WalkthroughRecord, stored: unknown, exists: boolean): WalkthroughRecord {
  const reason = recordProblem(record);
  if (reason) throw new StorageError('record-corrupt', `The walkthrough "${record?.id}" is not valid and was not saved: ${reason}.`, { recordId: record?.id });
  if (record.revision === 0) {
    if (exists) throw new StorageError('storage-conflict', `A saved walkthrough with the id "${record.id}" exists already; nothing was overwritten.`, { recordId: record.id });
    return { ...record, revision: 1 };
  }
  if (!exists) throw new StorageError('record-missing', `The saved walkthrough "${record.id}" is not there any more; it was deleted elsewhere.`, { recordId: record.id });
  if (recordProblem(stored)) throw new StorageError('record-corrupt', `The saved walkthrough "${record.id}" cannot be read, so it was not overwritten.`, { recordId: record.id });
  const storedRevision = (stored as WalkthroughRecord).revision;
  if (storedRevision !== record.revision) {
    throw new StorageError('storage-conflict', `The saved walkthrough "${record.id}" was changed elsewhere (revision ${storedRevision}, this one ${record.revision}); nothing was overwritten.`, {
      recordId: record.id,
    });
  }
  return { ...record, revision: record.revision + 1 };
}
