import { compileBpmn } from '../compiler.js';
import type { Diagnostic } from '../validate/diagnostic.js';
import { catalogEntry } from './catalog-entry.js';
import type { Catalog, CatalogModel } from './is-catalog.js';

// Cheap scan for process ids, as the sibling loader does; the compiler then parses the file properly.
const PROCESS_ID = /<(?:[\w.-]+:)?process\b[^>]*?\sid\s*=\s*["']([^"']+)["']/g;

/** A model that could not go into the catalogue, with its diagnostics. */
export interface CatalogProblem {
  src: string;
  diagnostics: Diagnostic[];
}

/**
 * Builds the catalogue of a set of models (each as its address relative to the catalogue and
 * its XML), compiling each with the others as the files its call activities may call. Models
 * with errors are left out and reported, never half-listed. Sorted by Finnish title.
 *
 * @example
 * const { catalog } = await buildCatalog([{ src: 'koulupolku.bpmn', xml }]);
 * writeFileSync('models/catalog.json', JSON.stringify(catalog, null, 2));
 */
export async function buildCatalog(models: { src: string; xml: string }[]): Promise<{ catalog: Catalog; problems: CatalogProblem[] }> {
  const byProcess = new Map<string, { src: string; xml: string }>();
  for (const model of models) for (const match of model.xml.matchAll(PROCESS_ID)) if (!byProcess.has(match[1]!)) byProcess.set(match[1]!, model);
  const entries: CatalogModel[] = [];
  const problems: CatalogProblem[] = [];
  for (const model of models) {
    const { pathway, diagnostics } = await compileBpmn(model.xml, {
      file: model.src,
      loadProcess: async (id) => {
        const found = byProcess.get(id);
        return found && found !== model ? { xml: found.xml, file: found.src } : undefined;
      },
    });
    if (!pathway) {
      problems.push({ src: model.src, diagnostics: diagnostics.filter((diagnostic) => diagnostic.severity === 'error') });
      continue;
    }
    const processes = [...new Set([pathway.id, ...[...model.xml.matchAll(PROCESS_ID)].map((match) => match[1]!)])];
    entries.push({ ...catalogEntry(pathway, model.src), src: model.src, processes });
  }
  entries.sort((a, b) => (a.title[a.languages[0] ?? 'fi'] ?? a.id).localeCompare(b.title[b.languages[0] ?? 'fi'] ?? b.id, 'fi'));
  return { catalog: { format: 'polku-catalog', version: 1, models: entries }, problems };
}
