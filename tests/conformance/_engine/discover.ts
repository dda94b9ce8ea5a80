/**
 * The models the differential runs over: the repository's `models/*.bpmn`, the shared corpus
 * (`../shared/corpus/bpmn/**` and the token-simulation suite's models beside it), and the
 * harness's own fixtures, which exercise what the first two lack (decisions under events,
 * inclusive gateways, conditions, calls across files). Each is compiled by Polku the way the
 * CLI does it, with the `.bpmn` files beside it as the source of called processes.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Pathway } from '@polku/core';
import { compileBpmn } from '@polku/core/compiler';

export const REPOSITORY = fileURLToPath(new URL('../../../', import.meta.url));
export const CORPUS = join(REPOSITORY, '../shared/corpus');
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** Same scan as the CLI's folder loader (packages/cli/src/folder-processes.ts). */
const PROCESS_ID = /<(?:[\w.-]+:)?process\b[^>]*?\sid\s*=\s*["']([^"']+)["']/g;

/** Where a model comes from. */
export type Source = 'models' | 'corpus' | 'polku fixtures' | 'harness fixtures';

/** One model and what Polku made of it. */
export interface ModelCase {
  /** Path from the repository root (`models/…`, `../shared/corpus/…`, `packages/core/test/fixtures/…`). */
  name: string;
  source: Source;
  file: string;
  xml: string;
  pathway?: Pathway;
  loadProcess: (processId: string) => Promise<{ xml: string; file: string } | undefined>;
}

/** Every `.bpmn` file under `folder`, sorted, or none when it does not exist. */
export function bpmnFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .toSorted()
    .flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? bpmnFiles(path) : name.endsWith('.bpmn') ? [path] : [];
    });
}

/** A `loadProcess` over the `.bpmn` files beside `file`, as the CLI does in `models/`. */
export function siblingLoader(file: string): ModelCase['loadProcess'] {
  return async (processId) => {
    const folder = dirname(file);
    for (const name of readdirSync(folder).filter((entry) => entry.endsWith('.bpmn') && entry !== basename(file)).toSorted()) {
      const path = join(folder, name);
      const xml = readFileSync(path, 'utf8');
      if ([...xml.matchAll(PROCESS_ID)].some((match) => match[1] === processId)) return { xml, file: path };
    }
    return undefined;
  };
}

/** Compiles one file with Polku; `pathway` is absent when Polku refuses it. */
export async function loadCase(file: string, source: Source): Promise<ModelCase> {
  const xml = readFileSync(file, 'utf8');
  const loadProcess = siblingLoader(file);
  const { pathway } = await compileBpmn(xml, { file, loadProcess });
  return { name: relative(REPOSITORY, file), source, file, xml, loadProcess, ...(pathway ? { pathway } : {}) };
}

/** Polku's own test models: the packages' fixtures and the cross-package tests' (broken inputs left out). */
const POLKU_FIXTURES = ['packages/core/test/fixtures', 'packages/cli/test/fixtures', 'packages/vite-plugin/test/fixtures', 'packages/lint/test/fixtures', 'tests/e2e/fixtures', 'tests/conformance/_token-simulation/fixtures'];

/** The files of each source. The corpus is optional: absent, the suite says so and skips it. */
export function modelFiles(): Record<Source, string[]> {
  return {
    models: bpmnFiles(join(REPOSITORY, 'models')),
    corpus: [...bpmnFiles(join(CORPUS, 'bpmn')), ...bpmnFiles(join(CORPUS, 'token-simulation-suite/models'))],
    'polku fixtures': POLKU_FIXTURES.flatMap((folder) => bpmnFiles(join(REPOSITORY, folder))).filter((file) => !file.split(/[\\/]/).includes('error')),
    // A fixture's called processes live beside it as `*.called.bpmn` and are not walked alone.
    'harness fixtures': bpmnFiles(FIXTURES).filter((file) => !file.endsWith('.called.bpmn') && !basename(file).startsWith('engine-only.')),
  };
}
