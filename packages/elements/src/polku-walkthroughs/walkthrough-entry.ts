import { migrateSnapshot, progressOf, type Pathway, type Progress, type SnapshotMigration, type StepOptions } from '@polku/core';
import type { WalkthroughRecord } from '../storage/walkthrough-record.js';

/** One saved walkthrough as the list shows it: the record, what it is against the pathway now, and how far it got. */
export interface WalkthroughEntry {
  record: WalkthroughRecord;
  /** Undefined when the record's steps do not replay even on its own pathway version (`problem` says why). */
  migration: SnapshotMigration | undefined;
  progress: Progress | undefined;
  problem?: string;
}

/**
 * The record against `pathway`: current, migrated (not written yet: opening it writes the
 * migrated version), stale, or broken. Never throws; a broken record can still be exported
 * and deleted.
 *
 * A record of this very pathway version is taken as stored (it passed validation) and its
 * steps are replayed only when it is opened ({@link checkedEntry}): a replay costs a few
 * milliseconds a step, too much for every record of a long list on every save.
 */
export function entryOf(record: WalkthroughRecord, pathway: Pathway, options: StepOptions): WalkthroughEntry {
  try {
    if (record.snapshot.pathwayHash === pathway.hash && record.snapshot.pathwayId === pathway.id) {
      return { record, migration: { status: 'current', snapshot: record.snapshot }, progress: progressOf(pathway, record.snapshot) };
    }
    const migration = migrateSnapshot(pathway, record.snapshot, options);
    const progress = migration.status === 'stale' ? undefined : progressOf(pathway, migration.snapshot);
    return { record, migration, progress };
  } catch (error) {
    return { record, migration: undefined, progress: undefined, problem: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
}

/** The entry with its steps replayed, whatever its version: what opening a walkthrough goes by. */
export function checkedEntry(record: WalkthroughRecord, pathway: Pathway, options: StepOptions): WalkthroughEntry {
  try {
    const migration = migrateSnapshot(pathway, record.snapshot, options);
    return { record, migration, progress: migration.status === 'stale' ? undefined : progressOf(pathway, migration.snapshot) };
  } catch (error) {
    return { record, migration: undefined, progress: undefined, problem: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
}
