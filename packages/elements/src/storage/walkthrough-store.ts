import type { WalkthroughRecord } from './walkthrough-record.js';

/** A stored record that failed validation: reported, never deleted or rewritten by Polku. */
export interface CorruptRecord {
  /** Its key in the store, when it has one. */
  id: string | undefined;
  /** Its label, when that much could be read. */
  label: string | undefined;
  /** Why it failed, in English (for the log and support). */
  reason: string;
  /** The stored value as it is, so the worker can still download it for support. */
  value: unknown;
}

/** What {@link WalkthroughStore.list} found: the readable records, and a report of the others. */
export interface StoredWalkthroughs {
  /** Newest first (by `updatedAt`). */
  records: WalkthroughRecord[];
  corrupt: CorruptRecord[];
}

/**
 * Where saved walkthroughs live. Polku ships {@link IndexedDbStore} (this browser) and
 * {@link MemoryStore} (tests, previews); a deployment can plug in its own backend by
 * implementing these four methods, e.g. over its case-management system's API.
 *
 * Rules every store keeps, so that nothing a worker saved is lost:
 * - `put` never overwrites a newer save: it writes only when the stored `revision` equals the
 *   record's (0: the id must be new), and stores `revision + 1`; otherwise it throws a
 *   `StorageError` with code `storage-conflict`.
 * - Only `delete` removes a record; nothing else deletes or rewrites one, and a corrupt record
 *   is reported by `list`, never dropped.
 * - Failures are {@link StorageError}s with the documented codes, so the components can word
 *   them for the worker.
 *
 * Export and import need nothing more: an export is a `get` written to a file
 * (`walkthroughFile`), an import a `put` of a new record (`readWalkthroughFile`).
 */
export interface WalkthroughStore {
  /**
   * The saved walkthroughs, of one pathway when `pathwayId` is given. A record that fails
   * validation is reported in `corrupt` and does not stop the others from loading.
   */
  list(filter?: { pathwayId?: string }): Promise<StoredWalkthroughs>;
  /** One record; undefined when there is none. Throws `record-corrupt` for a record that fails validation. */
  get(id: string): Promise<WalkthroughRecord | undefined>;
  /** Writes a record if its revision is the stored one (see above) and returns it as stored. */
  put(record: WalkthroughRecord): Promise<WalkthroughRecord>;
  /** Removes a record; removing one that is not there is not an error. */
  delete(id: string): Promise<void>;
  /**
   * Optional: calls `listener` when records change elsewhere (another tab) or the storage
   * becomes readable after a failure, so lists can refresh. Returns the function that stops it.
   */
  watch?(listener: () => void): () => void;
}
