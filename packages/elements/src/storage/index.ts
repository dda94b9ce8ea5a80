/**
 * `@polku/elements/storage`: saved walkthroughs without any component, for a page or a
 * deployment that keeps them itself or plugs in its own backend (implement
 * {@link WalkthroughStore} and give it to `<polku-walkthroughs>` as `store`).
 *
 * @example
 * import { IndexedDbStore } from '@polku/elements/storage';
 * const { records, corrupt } = await new IndexedDbStore().list({ pathwayId: 'Process_Koulupolku' });
 */
export { IndexedDbStore, SCHEMA_VERSION } from './indexed-db-store.js';
export type { IndexedDbStoreOptions } from './indexed-db-store.js';
export { MemoryStore } from './memory-store.js';
export { StorageError, isStorageError } from './storage-error.js';
export type { StorageErrorCode } from './storage-error.js';
export { storageMessage } from './storage-message.js';
export { LABEL_MAX_LENGTH, createRecord, namesOf, recordProblem, snapshotProblem, withSnapshot } from './walkthrough-record.js';
export type { WalkthroughRecord } from './walkthrough-record.js';
export { MAX_FILE_BYTES, readWalkthroughFile, walkthroughFile, walkthroughFileName } from './walkthrough-file.js';
export type { FileProblem, FileReadResult, WalkthroughFile } from './walkthrough-file.js';
export type { CorruptRecord, StoredWalkthroughs, WalkthroughStore } from './walkthrough-store.js';
