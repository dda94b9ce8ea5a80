import type { CatalogEntry } from './catalog-entry.js';

/** One model of a catalogue: its entry, plus the processes its file defines (for resolving call activities). */
export interface CatalogModel extends CatalogEntry {
  /** The model's address relative to the catalogue file ("koulupolku.bpmn"). */
  src: string;
  /** Every process id the file defines, the main one first. */
  processes: string[];
}

/**
 * The catalogue of a folder of models (`catalog.json` beside them): what `<polku-catalog>`
 * lists and where `<polku-guide>` finds a process a call activity calls.
 */
export interface Catalog {
  format: 'polku-catalog';
  version: 1;
  models: CatalogModel[];
}

/** True for a catalogue file this version reads. */
export function isCatalog(value: unknown): value is Catalog {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Catalog>;
  return (
    candidate.format === 'polku-catalog' &&
    candidate.version === 1 &&
    Array.isArray(candidate.models) &&
    candidate.models.every((model) => typeof model?.src === 'string' && Array.isArray(model.processes) && typeof model.id === 'string')
  );
}
