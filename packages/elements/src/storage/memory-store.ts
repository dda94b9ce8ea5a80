import { listValues, nextRevision, readValue } from './_store-rules.js';
import type { WalkthroughRecord } from './walkthrough-record.js';
import type { StoredWalkthroughs, WalkthroughStore } from './walkthrough-store.js';

/**
 * A {@link WalkthroughStore} in memory, gone with the page: for tests, previews and pages that
 * must not store anything. It keeps the same rules as {@link IndexedDbStore} (revisions,
 * validation, copies in and out), so code tested against it behaves the same on the real one.
 *
 * @example
 * const walkthroughs = document.querySelector('polku-walkthroughs');
 * walkthroughs.store = new MemoryStore();
 */
export class MemoryStore implements WalkthroughStore {
  private readonly values = new Map<string, unknown>();

  /** `values` are stored as given, without validation, so a test can start with a corrupt record. */
  constructor(values: readonly unknown[] = []) {
    values.forEach((value, index) => {
      const id = typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string' ? (value as { id: string }).id : `value-${index}`;
      this.values.set(id, structuredClone(value));
    });
  }

  async list(filter: { pathwayId?: string } = {}): Promise<StoredWalkthroughs> {
    return listValues([...this.values.entries()], filter.pathwayId);
  }

  async get(id: string): Promise<WalkthroughRecord | undefined> {
    return readValue(id, this.values.get(id));
  }

  async put(record: WalkthroughRecord): Promise<WalkthroughRecord> {
    const stored = nextRevision(record, this.values.get(record.id), this.values.has(record.id));
    this.values.set(record.id, structuredClone(stored));
    return structuredClone(stored);
  }

  async delete(id: string): Promise<void> {
    this.values.delete(id);
  }
}
