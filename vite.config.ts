import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { tsImport } from 'tsx/esm/api';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;
const examples = join(root, 'examples');
const models = join(root, 'models');
const MODEL_URL = /^\/models\/([\w.-]+\.bpmn)(?:[?#].*)?$/;
const CATALOG_URL = /^\/models\/catalog\.json(?:[?#].*)?$/;
const PATHWAY_URL = /^\/models\/([\w.-]+)\.json(?:[?#].*)?$/;

/** The catalogue of `models/` (what `polku catalog models` writes), built from the models as they are now. */
async function modelsCatalog(): Promise<string> {
  const files = existsSync(models) ? readdirSync(models).filter((entry) => entry.endsWith('.bpmn')).toSorted() : [];
  // The compiler is TypeScript source in a workspace package, which the config's own bundling leaves to Node: load it through tsx.
  const { buildCatalog } = (await tsImport('./packages/core/src/compiler.ts', import.meta.url)) as typeof import('./packages/core/src/compiler.js');
  const { catalog, problems } = await buildCatalog(files.map((name) => ({ src: name, xml: readFileSync(join(models, name), 'utf8') })));
  for (const problem of problems) console.warn(`models/${problem.src} is left out of the catalogue: ${problem.diagnostics[0]?.message ?? 'it does not compile'}`);
  return `${JSON.stringify(catalog, null, 2)}\n`;
}

/** `models/<name>.json` as `polku compile models/<name>.bpmn` writes it (guidance as HTML too); undefined when it has errors. */
async function modelPathway(name: string): Promise<string | undefined> {
  const file = join(models, `${name}.bpmn`);
  if (!existsSync(file)) return undefined;
  const { compileBpmn, siblingProcessLoader } = (await tsImport('./packages/core/src/compiler.ts', import.meta.url)) as typeof import('./packages/core/src/compiler.js');
  const { withGuidanceHtml } = (await tsImport('./packages/core/src/markdown.ts', import.meta.url)) as typeof import('./packages/core/src/markdown.js');
  const reader = { listDir: async (path: string) => readdirSync(path), readFile: async (path: string) => readFileSync(path, 'utf8') };
  const { pathway } = await compileBpmn(readFileSync(file, 'utf8'), { file, loadProcess: siblingProcessLoader(file, reader) });
  return pathway ? `${JSON.stringify(withGuidanceHtml(pathway))}\n` : undefined;
}

/**
 * Serves the repository's `models/*.bpmn` at `/models/…` in dev and preview (as XML, and
 * fresh from disk, so a model edit shows on reload), each compiled at `/models/<name>.json`,
 * with their catalogue at `/models/catalog.json`, and writes all three into the build output.
 * Only plain file names match: no folders, no `..`.
 */
function polkuModels(): Plugin {
  const serve = (request: IncomingMessage, response: ServerResponse, next: () => void) => {
    if (CATALOG_URL.test(request.url ?? '') && (request.method === 'GET' || request.method === 'HEAD')) {
      modelsCatalog().then(
        (json) => {
          response.setHeader('Content-Type', 'application/json; charset=utf-8');
          response.setHeader('Cache-Control', 'no-cache');
          response.end(request.method === 'HEAD' ? undefined : json);
        },
        (error: unknown) => next(error as never),
      );
      return;
    }
    const compiled = PATHWAY_URL.exec(request.url ?? '');
    if (compiled && compiled[1] !== 'catalog' && (request.method === 'GET' || request.method === 'HEAD')) {
      modelPathway(compiled[1]!).then(
        (json) => {
          if (json === undefined) return next();
          response.setHeader('Content-Type', 'application/json; charset=utf-8');
          response.setHeader('Cache-Control', 'no-cache');
          response.end(request.method === 'HEAD' ? undefined : json);
        },
        (error: unknown) => next(error as never),
      );
      return;
    }
    const match = MODEL_URL.exec(request.url ?? '');
    const file = match ? join(models, match[1]!) : undefined;
    if (!file || !existsSync(file) || (request.method !== 'GET' && request.method !== 'HEAD')) return next();
    response.setHeader('Content-Type', 'application/xml; charset=utf-8');
    response.setHeader('Cache-Control', 'no-cache');
    response.end(request.method === 'HEAD' ? undefined : readFileSync(file));
  };
  return {
    name: 'polku-models',
    configureServer(server) {
      server.middlewares.use(serve);
      server.watcher.add(models);
      server.watcher.on('change', (file) => {
        if (file.startsWith(models) && file.endsWith('.bpmn')) server.ws.send({ type: 'full-reload' });
      });
    },
    configurePreviewServer(server) {
      server.middlewares.use(serve);
    },
    async generateBundle() {
      if (!existsSync(models)) return;
      for (const name of readdirSync(models).filter((entry) => entry.endsWith('.bpmn'))) {
        this.emitFile({ type: 'asset', fileName: `models/${name}`, source: readFileSync(join(models, name)) });
        const json = await modelPathway(name.slice(0, -'.bpmn'.length));
        if (json) this.emitFile({ type: 'asset', fileName: `models/${name.slice(0, -'.bpmn'.length)}.json`, source: json });
      }
      this.emitFile({ type: 'asset', fileName: 'models/catalog.json', source: await modelsCatalog() });
    },
  };
}

/** Every plain example page (`examples/**\/*.html`, not inside example apps), as the inputs of a multi-page build. */
function examplePages(): Record<string, string> {
  const pages: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      // A folder with its own package.json is an example app with its own Vite config.
      if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== 'dist' && !existsSync(join(path, 'package.json'))) walk(path);
      else if (entry.isFile() && entry.name.endsWith('.html')) pages[relative(examples, path).replace(/\.html$/, '')] = path;
    }
  };
  walk(examples);
  return pages;
}

// One config for the example site (`pnpm start`, `pnpm build`) and for the tests (`vitest`).
export default defineConfig({
  root: examples,
  plugins: [polkuModels()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Every browser an intranet runs today supports modulepreload; the polyfill would be dead weight.
    modulePreload: { polyfill: false },
    // The modeler page's chunk (bpmn-js Modeler and its properties panel, ~1.3 MB raw) is loaded only there.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: { input: examplePages() },
  },
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          root,
          include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'property',
          root,
          include: ['tests/property/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'scenarios',
          root,
          include: ['tests/scenarios/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'conformance',
          root,
          include: ['tests/conformance/**/*.test.ts'],
          environment: 'node',
          // One file at a time: the corpus test bounds each compile at a second on two cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          root,
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
