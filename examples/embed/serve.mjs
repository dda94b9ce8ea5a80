#!/usr/bin/env node
// Serves the embed pages the way an intranet's web server would: plain files, the built
// bundle, the models, and a strict Content-Security-Policy response header on every answer.
//
//   node examples/embed/serve.mjs     builds packages/elements/dist/polku.js, then serves
//                                     http://127.0.0.1:5180/embed/ (PORT=… for another port)
//
//   /embed/…          examples/embed/ (these pages)
//   /polku/…          packages/elements/dist/ (polku.js and its chunks)
//   /models/*.bpmn    models/
//   /models/*.json    the model compiled, as `polku compile models/x.bpmn --out x.json` writes it
//   /models/catalog.json  the catalogue, as `polku catalog models --out models/catalog.json` writes it
//   /intranet-page/page.css, /favicon.svg  the example site's look
//
// The end-to-end tests start it with `serveEmbed()`; their CSP test runs against this header.
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const repo = join(import.meta.dirname, '..', '..');

/** What every answer carries unless `serveEmbed` is told otherwise: same origin only, nothing inline, no eval. */
export const STRICT_CSP = "default-src 'self'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.bpmn': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** The compiler, loaded from its TypeScript source through tsx (as the root vite.config.ts does). */
let compiler;
async function loadCompiler() {
  const { tsImport } = await import('tsx/esm/api');
  compiler ??= await tsImport(pathToFileURL(join(repo, 'packages', 'core', 'src', 'compiler.ts')).href, import.meta.url);
  return compiler;
}

/** `models/catalog.json` as `polku catalog` writes it: every model that compiles. */
async function catalogOf(folder) {
  const { buildCatalog } = await loadCompiler();
  const files = readdirSync(folder).filter((name) => name.endsWith('.bpmn')).toSorted();
  const { catalog } = await buildCatalog(files.map((name) => ({ src: name, xml: readFileSync(join(folder, name), 'utf8') })));
  return `${JSON.stringify(catalog, null, 2)}\n`;
}

/** `models/x.json` as `polku compile models/x.bpmn` writes it; undefined when the model has errors. */
async function pathwayOf(folder, name) {
  const { compileBpmn, siblingProcessLoader } = await loadCompiler();
  const file = join(folder, name);
  const reader = { listDir: async (path) => readdirSync(path), readFile: async (path) => readFileSync(path, 'utf8') };
  const { pathway } = await compileBpmn(readFileSync(file, 'utf8'), { file, loadProcess: siblingProcessLoader(file, reader) });
  if (!pathway) return undefined;
  const { tsImport } = await import('tsx/esm/api');
  const { withGuidanceHtml } = await tsImport(pathToFileURL(join(repo, 'packages', 'core', 'src', 'markdown.ts')).href, import.meta.url);
  return `${JSON.stringify(withGuidanceHtml(pathway), null, 2)}\n`;
}

/** The file `path` names inside `folder`, or undefined when it leaves the folder or is not a file. */
function fileIn(folder, path) {
  const file = normalize(join(folder, path));
  if (file !== folder && !file.startsWith(folder.endsWith(sep) ? folder : folder + sep)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * Starts the server and resolves once it listens. `port` 0 takes a free one. `csp` is the
 * Content-Security-Policy header (`false`: none, to test what a page does without one).
 * `mounts` adds folders (`{ '/fixtures/': '/abs/path' }`), tried before the built-in ones.
 *
 * @param {{ port?: number, host?: string, bundle?: string, models?: string, csp?: string | false, mounts?: Record<string, string> }} [options]
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export async function serveEmbed(options = {}) {
  const { port = 0, host = '127.0.0.1', bundle = join(repo, 'packages', 'elements', 'dist'), models = join(repo, 'models'), csp = STRICT_CSP, mounts = {} } = options;
  const folders = {
    ...mounts,
    '/embed/': join(repo, 'examples', 'embed'),
    '/polku/': bundle,
    '/intranet-page/': join(repo, 'examples', 'intranet-page'),
  };
  const generated = new Map();
  const generate = (key, make) => {
    if (!generated.has(key)) generated.set(key, make());
    return generated.get(key);
  };

  async function answer(pathname) {
    if (pathname === '/' || pathname === '/embed') return { redirect: '/embed/' };
    if (pathname === '/favicon.svg') return { file: join(repo, 'examples', 'public', 'favicon.svg') };
    if (pathname === '/models/catalog.json' && !existsSync(join(models, 'catalog.json'))) return { text: await generate('catalog', () => catalogOf(models)), type: TYPES['.json'] };
    const model = /^\/models\/([\w.-]+)\.json$/.exec(pathname);
    if (model && !existsSync(join(models, `${model[1]}.json`)) && existsSync(join(models, `${model[1]}.bpmn`))) {
      const text = await generate(pathname, () => pathwayOf(models, `${model[1]}.bpmn`));
      return text ? { text, type: TYPES['.json'] } : undefined;
    }
    if (pathname.startsWith('/models/')) {
      const file = fileIn(models, pathname.slice('/models/'.length));
      return file && /\.(bpmn|json)$/.test(file) ? { file } : undefined;
    }
    for (const [prefix, folder] of Object.entries(folders)) {
      if (!pathname.startsWith(prefix)) continue;
      const rest = pathname.slice(prefix.length);
      const file = fileIn(folder, rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest);
      if (file) return { file };
    }
    return undefined;
  }

  const server = createServer((request, response) => {
    if (csp) response.setHeader('Content-Security-Policy', csp);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Cache-Control', 'no-cache');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    answer(pathname).then(
      (found) => {
        if (!found) {
          response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
        } else if (found.redirect) {
          response.writeHead(301, { Location: found.redirect }).end();
        } else if (found.text !== undefined) {
          response.writeHead(200, { 'Content-Type': found.type }).end(request.method === 'HEAD' ? undefined : found.text);
        } else {
          response.writeHead(200, { 'Content-Type': TYPES[extname(found.file)] ?? 'application/octet-stream' });
          if (request.method === 'HEAD') response.end();
          else createReadStream(found.file).pipe(response);
        }
      },
      (error) => {
        console.error(`serve: ${pathname}: ${error instanceof Error ? error.message : String(error)}`);
        response.writeHead(500).end();
      },
    );
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error(`serve: no TCP address (got ${String(address)}).`);
  return {
    url: `http://${host}:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { buildEmbed } = await import('../../scripts/build.mjs');
  const bundle = await buildEmbed();
  const { url } = await serveEmbed({ port: Number(process.env.PORT ?? 5180), bundle });
  console.log(`Embed pages with "Content-Security-Policy: ${STRICT_CSP}": ${url}/embed/`);
}
