import { PolkuError } from '@polku/core';

/**
 * Why saved walkthroughs could not be read or written. Stable: a deployment's own
 * {@link WalkthroughStore} throws these codes too, and the components word each for the worker
 * (see `storageMessage`).
 *
 * - `storage-unavailable`: the browser gives no storage (IndexedDB is missing, or refused, as in
 *   some private modes and by some policies).
 * - `storage-blocked`: another tab keeps an older version of the storage open, so this one
 *   cannot upgrade it until that tab is closed.
 * - `storage-outdated`: another tab has upgraded the storage to a newer version than this page
 *   knows; this page must be reloaded.
 * - `storage-full`: the browser's quota for this site is used up (`QuotaExceededError`).
 * - `storage-conflict`: the record changed (or a record with the same id appeared) since it was
 *   read, in another tab or window; nothing was overwritten.
 * - `record-missing`: the record is not there any more (deleted in another tab).
 * - `record-corrupt`: the stored record fails validation; it is left as it is.
 * - `storage-failed`: anything else the storage reported.
 */
export type StorageErrorCode =
  | 'storage-unavailable'
  | 'storage-blocked'
  | 'storage-outdated'
  | 'storage-full'
  | 'storage-conflict'
  | 'record-missing'
  | 'record-corrupt'
  | 'storage-failed';

const BRAND = Symbol.for('polku.storage-error');

/** Thrown by a {@link WalkthroughStore} when saved walkthroughs cannot be read or written. */
export class StorageError extends PolkuError {
  override name = 'StorageError';
  declare readonly code: StorageErrorCode;
  /** The id of the record concerned, when there is one. */
  readonly recordId: string | undefined;

  constructor(code: StorageErrorCode, message: string, options: { recordId?: string; cause?: unknown } = {}) {
    super(code, message);
    this.recordId = options.recordId;
    if (options.cause !== undefined) Object.defineProperty(this, 'cause', { value: options.cause });
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/** True for a {@link StorageError}, also one from another realm or a duplicate bundle. */
export function isStorageError(value: unknown): value is StorageError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}
