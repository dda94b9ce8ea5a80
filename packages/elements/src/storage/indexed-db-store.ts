import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { listValues, nextRevision, readValue } from './_store-rules.js';
import { StorageError, isStorageError } from './storage-error.js';
import type { WalkthroughRecord } from './walkthrough-record.js';
import type { StoredWalkthroughs, WalkthroughStore } from './walkthrough-store.js';

/** The database schema; values are `unknown` because what is stored is validated on every read. */
interface PolkuDb extends DBSchema {
  walkthroughs: { key: string; value: unknown };
}

type UpgradeTransaction = IDBPTransaction<PolkuDb, StoreNames<PolkuDb>[], 'versionchange'>;

/**
 * The schema, one step per version: `SCHEMA[n]` upgrades version `n` to `n + 1`. A new version
 * appends a step and never edits or drops an old one, so a database of any earlier version
 * comes up to date with every record it held. Steps that reshape records must write new
 * values only after reading them successfully, and leave a record they cannot read as it is.
 */
const SCHEMA: readonly ((db: IDBPDatabase<PolkuDb>, transaction: UpgradeTransaction) => void)[] = [
  // 0 → 1: one object store keyed by the record id.
  (db) => {
    db.createObjectStore('walkthroughs', { keyPath: 'id' });
  },
];

/** The schema version this code writes. */
export const SCHEMA_VERSION = SCHEMA.length;

/** Options of {@link IndexedDbStore}. */
export interface IndexedDbStoreOptions {
  /** The database name; pages of one site that want separate lists use separate names. Default `polku-walkthroughs`. */
  name?: string;
}

/**
 * The default {@link WalkthroughStore}: IndexedDB in this browser, for this site. Records stay
 * on this computer and this browser profile only; export a walkthrough to move it.
 *
 * Failures are {@link StorageError}s: no IndexedDB or a refused one (`storage-unavailable`,
 * e.g. some private modes), another tab holding an older schema open (`storage-blocked`,
 * retried on the next call), a newer schema from another tab (`storage-outdated`), a full
 * quota (`storage-full`), a newer save elsewhere (`storage-conflict`). Each write is one
 * transaction that checks the stored revision first, so two tabs never overwrite each other.
 * Tabs hear of each other's writes through a `BroadcastChannel` (see {@link watch}).
 *
 * @example
 * const store = new IndexedDbStore();
 * const { records, corrupt } = await store.list({ pathwayId: pathway.id });
 */
export class IndexedDbStore implements WalkthroughStore {
  readonly name: string;
  private database: IDBPDatabase<PolkuDb> | undefined;
  private opening: Promise<IDBPDatabase<PolkuDb>> | undefined;
  private blocked = false;
  private readonly blockedListeners = new Set<(error: StorageError) => void>();
  private channel: BroadcastChannel | undefined;
  private readonly watchers = new Set<() => void>();

  constructor(options: IndexedDbStoreOptions = {}) {
    this.name = options.name ?? 'polku-walkthroughs';
  }

  async list(filter: { pathwayId?: string } = {}): Promise<StoredWalkthroughs> {
    return this.run(async (db) => {
      const transaction = db.transaction('walkthroughs', 'readonly');
      const done = settled(transaction.done);
      const entries: [string, unknown][] = [];
      // A cursor, not getAll: a value that cannot be read must not hide the others.
      for (let cursor = await transaction.store.openCursor(); cursor; cursor = await cursor.continue()) entries.push([String(cursor.key), cursor.value]);
      await done;
      return listValues(entries, filter.pathwayId);
    });
  }

  async get(id: string): Promise<WalkthroughRecord | undefined> {
    return this.run(async (db) => readValue(id, await db.get('walkthroughs', id)));
  }

  async put(record: WalkthroughRecord): Promise<WalkthroughRecord> {
    const stored = await this.run(async (db) => {
      // Read, check and write in one transaction: no other tab can write in between.
      const transaction = db.transaction('walkthroughs', 'readwrite');
      const done = settled(transaction.done);
      const key = await transaction.store.getKey(record.id);
      const next = nextRevision(record, key === undefined ? undefined : await transaction.store.get(record.id), key !== undefined);
      await transaction.store.put(next);
      await done;
      return next;
    });
    this.announce();
    return stored;
  }

  async delete(id: string): Promise<void> {
    await this.run(async (db) => db.delete('walkthroughs', id));
    this.announce();
  }

  /**
   * Calls `listener` when another tab of this site writes or deletes a record, and when the
   * storage opens after another tab blocked it; returns the function that stops it.
   */
  watch(listener: () => void): () => void {
    this.watchers.add(listener);
    if (!this.channel && typeof BroadcastChannel === 'function') {
      this.channel = new BroadcastChannel(`${this.name}:changes`);
      this.channel.addEventListener('message', () => this.watchers.forEach((watcher) => watcher()));
    }
    return () => {
      this.watchers.delete(listener);
      if (this.watchers.size === 0) {
        this.channel?.close();
        this.channel = undefined;
      }
    };
  }

  /** Closes the connection; the next call opens it again. */
  close(): void {
    this.database?.close();
    this.database = undefined;
    this.opening = undefined;
  }

  private announce(): void {
    if (typeof BroadcastChannel !== 'function') return;
    const channel = this.channel ?? new BroadcastChannel(`${this.name}:changes`);
    // eslint-disable-next-line unicorn/require-post-message-target-origin -- a BroadcastChannel reaches this origin only and takes no target
    channel.postMessage('changed');
    if (channel !== this.channel) channel.close();
  }

  /** Runs `work` on an open database, with every failure as a {@link StorageError}. */
  private async run<T>(work: (db: IDBPDatabase<PolkuDb>) => Promise<T>): Promise<T> {
    try {
      return await work(await this.connect());
    } catch (error) {
      throw toStorageError(error);
    }
  }

  /**
   * The open database. While another tab blocks an upgrade, each call fails with
   * `storage-blocked` but the opening goes on, so a call after that tab closes succeeds.
   */
  private connect(): Promise<IDBPDatabase<PolkuDb>> {
    if (this.database) return Promise.resolve(this.database);
    const opening = (this.opening ??= this.open());
    return new Promise((resolve, reject) => {
      const onBlocked = (error: StorageError) => reject(error);
      if (this.blocked) onBlocked(blockedError());
      else this.blockedListeners.add(onBlocked);
      opening.then(resolve, reject).finally(() => this.blockedListeners.delete(onBlocked));
    });
  }

  private async open(): Promise<IDBPDatabase<PolkuDb>> {
    if (typeof indexedDB === 'undefined') throw new StorageError('storage-unavailable', 'This browser gives the page no IndexedDB.');
    try {
      const database = await openDB<PolkuDb>(this.name, SCHEMA_VERSION, {
        upgrade: (db, oldVersion, newVersion, transaction) => {
          for (let version = oldVersion; version < (newVersion ?? SCHEMA_VERSION); version++) SCHEMA[version]?.(db, transaction);
        },
        blocked: () => {
          this.blocked = true;
          this.blockedListeners.forEach((listener) => listener(blockedError()));
        },
        // A newer version of Polku in another tab wants to upgrade: let it, and open again when next asked.
        blocking: () => this.close(),
        terminated: () => {
          this.database = undefined;
          this.opening = undefined;
        },
      });
      const wasBlocked = this.blocked;
      this.blocked = false;
      this.database = database;
      // Calls that failed as blocked are over; tell the lists that the records can be read now.
      if (wasBlocked) this.watchers.forEach((watcher) => watcher());
      return database;
    } catch (error) {
      this.opening = undefined;
      this.blocked = false;
      throw toStorageError(error);
    }
  }
}

/**
 * The same promise, marked as handled: a transaction whose request failed also rejects `done`,
 * and that second rejection must not surface as an unhandled one while the first is thrown.
 */
function settled(done: Promise<void>): Promise<void> {
  done.catch(() => undefined);
  return done;
}

function blockedError(): StorageError {
  return new StorageError('storage-blocked', 'Another tab keeps an older version of the saved walkthroughs open; close it to go on.');
}

/** An IndexedDB failure as a {@link StorageError}, by the DOMException's name. */
function toStorageError(error: unknown): StorageError {
  if (isStorageError(error)) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const detail = error instanceof Error ? error.message : String(error);
  switch (name) {
    case 'QuotaExceededError':
      return new StorageError('storage-full', `The browser's storage for this site is full: ${detail}`, { cause: error });
    case 'VersionError':
      return new StorageError('storage-outdated', `Another tab upgraded the saved walkthroughs to a newer version: ${detail}`, { cause: error });
    case 'SecurityError':
    case 'InvalidStateError':
    case 'NotAllowedError':
    case 'NotFoundError':
      return new StorageError('storage-unavailable', `The browser refuses IndexedDB here: ${detail}`, { cause: error });
    default:
      return new StorageError('storage-failed', `The saved walkthroughs could not be read or written: ${name ? `${name}: ` : ''}${detail}`, { cause: error });
  }
}
