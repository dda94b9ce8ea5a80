/**
 * The unsaved work of the modeler page, kept in IndexedDB so a reload (or a crash) loses
 * nothing: the model's XML, its file name, whether it differs from the saved file, and the
 * file handle when the File System Access API opened it (handles are structured-cloneable,
 * so "Save" can write to the same file after a reload once the user grants access again).
 */

/** One draft: the model as it was last edited. */
export interface Draft {
  xml: string;
  fileName: string;
  /** True when the draft has changes that were not saved to a file. */
  unsaved: boolean;
  /** When the draft was last written (ISO 8601). */
  changedAt: string;
  handle?: FileSystemFileHandle;
}

/** Reads and writes the one current draft. Every method resolves; failures are logged, never thrown. */
export interface DraftStore {
  load(): Promise<Draft | undefined>;
  save(draft: Draft): Promise<void>;
  clear(): Promise<void>;
}

const STORE = 'drafts';
const KEY = 'current';

/**
 * A draft store in the IndexedDB database `name`. Where IndexedDB is missing or refuses
 * (private windows in some browsers), it keeps nothing and says so once in the console.
 */
export function createDraftStore(name = 'polku-modeler'): DraftStore {
  let opened: Promise<IDBDatabase | undefined> | undefined;
  const open = () =>
    (opened ??= new Promise<IDBDatabase | undefined>((resolve) => {
      if (typeof indexedDB === 'undefined') return resolve(undefined);
      const request = indexedDB.open(name, 1);
      request.addEventListener('upgradeneeded', () => request.result.createObjectStore(STORE));
      request.addEventListener('success', () => resolve(request.result));
      request.addEventListener('error', () => {
        console.warn(`Polku modeler: drafts are not kept, IndexedDB "${name}" cannot be opened (${request.error?.message ?? 'unknown error'}).`);
        resolve(undefined);
      });
    }));

  const run = async <T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | undefined> => {
    const db = await open();
    if (!db) return undefined;
    return new Promise<T | undefined>((resolve, reject) => {
      let request: IDBRequest<T>;
      try {
        request = action(db.transaction(STORE, mode).objectStore(STORE));
      } catch (error) {
        reject(error);
        return;
      }
      request.addEventListener('success', () => resolve(request.result));
      request.addEventListener('error', () => {
        console.warn(`Polku modeler: the draft could not be ${mode === 'readonly' ? 'read' : 'written'} (${request.error?.message ?? 'unknown error'}).`);
        resolve(undefined);
      });
    });
  };

  const save = async (draft: Draft): Promise<void> => {
    try {
      await run('readwrite', (store) => store.put(draft, KEY));
    } catch (error) {
      // A file handle that cannot be cloned (another browser's) must not cost the draft itself.
      if (!draft.handle) return console.warn('Polku modeler: the draft could not be written.', error);
      const { handle: _dropped, ...rest } = draft;
      await save(rest);
    }
  };

  return {
    save,
    async load() {
      const value = (await run('readonly', (store) => store.get(KEY)).catch(() => undefined)) as Partial<Draft> | undefined;
      return value && typeof value.xml === 'string' && typeof value.fileName === 'string'
        ? { xml: value.xml, fileName: value.fileName, unsaved: value.unsaved === true, changedAt: String(value.changedAt ?? ''), ...(value.handle ? { handle: value.handle } : {}) }
        : undefined;
    },
    async clear() {
      await run('readwrite', (store) => store.delete(KEY)).catch((error: unknown) => console.warn('Polku modeler: the draft could not be removed.', error));
    },
  };
}
