#!/usr/bin/env node
// Size budgets of the embed bundle (`packages/elements/dist/polku.js` and its chunks), measured
// on the real application-mode build (minified; library mode keeps whitespace, see
// ../shared/TOOLCHAIN.md), in memory: nothing is written to disk.
//
// A page's JavaScript is every file it downloads: the loader `polku.js`, then for each element
// on the page the chunk that defines it and everything that chunk imports statically; a
// dynamic import counts only when the page takes it (a BPMN model takes the compiler's). Each
// file is gzipped on its own (level 9), as a server sends it, and the sizes are summed.
//
//   (a) guide-json  <polku-guide src="pathway.json">: the guide and the runtime    ≤ 25 KB
//   (b) guide-bpmn  <polku-guide src="model.bpmn">: (a) and the compiler           ≤ 45 KB
//   (c) diagram     what <polku-diagram> downloads to draw (bpmn-js with our viewer
//                   module and bpmn-js' CSS), beyond its own chunk               ≤ 1.10 × bpmn-js'
//                   NavigatedViewer and its CSS, built the same way
//
// A budget that is over fails the run, unless it is in KNOWN_OVER below: a reviewed exception
// that prints its figure and its reason on every run. A known exception that is met again
// fails too, so the list never outlives its reason.
//
//   node scripts/budgets.mjs            the table, the budgets, exit 1 when one fails
//   node scripts/budgets.mjs --modules  also the largest modules of each page (before minifying)
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const elements = join(root, 'packages', 'elements');
const configFile = join(elements, 'vite.config.ts');
const KB = 1024;

/**
 * Budgets the team has looked at and accepted as over for now: each prints its figure and its
 * reason on every run. Remove an entry when its budget is met (the run fails until you do).
 * @type {Record<string, string>}
 */
const KNOWN_OVER = {
  'guide-json':
    'the libraries the guide must be built on (lit, xstate, DOMPurify) weigh more than 25 KB on their own (the line above), before any line of Polku; ' +
    'guidance is already compiled to HTML (no Markdown parser on this page). #5 is blocked on this budget: it needs a new limit or another runtime.',
  'guide-bpmn':
    'the libraries a page that compiles BPMN needs (the above, marked, bpmn-moddle) weigh more than 45 KB on their own (the line above). ' +
    'Pages that care ship precompiled pathways (polku compile). #5 is blocked on this budget: it needs a new limit.',
};

// Vitest sets NODE_ENV=test, and Vite then resolves Lit's "development" build; measure what ships.
process.env.NODE_ENV = 'production';
const { build, loadConfigFromFile } = await import('vite');
const { config } = await loadConfigFromFile({ command: 'build', mode: 'production' }, configFile);

/** Builds with the embed's config, `input` replacing its entries, in memory, and returns the output files. */
async function buildOutput({ input, plugins = [] } = {}) {
  const rolldownOptions = { ...config.build.rolldownOptions, ...(input ? { input } : {}) };
  const result = await build({ ...config, configFile: false, logLevel: 'error', mode: 'production', plugins: [...(config.plugins ?? []), ...plugins], build: { ...config.build, rolldownOptions, write: false } });
  return (Array.isArray(result) ? result[0] : result).output;
}

/** The gzipped size of each output file, and the chunk graph. */
function graphOf(output) {
  const files = new Map();
  for (const file of output) {
    const source = file.type === 'chunk' ? file.code : file.source;
    files.set(file.fileName, {
      ...file,
      bytes: Buffer.byteLength(source),
      gzip: gzipSync(source, { level: 9 }).length,
    });
  }
  return files;
}

/** The chunk that holds the module at `path` (relative to the repo). */
function chunkOf(files, path) {
  const id = join(root, path);
  const file = [...files.values()].find((entry) => entry.type === 'chunk' && (entry.facadeModuleId === id || Object.hasOwn(entry.modules, id)));
  if (!file) throw new Error(`budgets: no chunk is built from ${path}; did the embed's structure change?`);
  return file.fileName;
}

/** `start` and every chunk it imports statically, transitively. */
function closure(files, start, into = new Set()) {
  if (into.has(start)) return into;
  into.add(start);
  for (const next of files.get(start)?.imports ?? []) closure(files, next, into);
  return into;
}

function union(...sets) {
  return new Set(sets.flatMap((set) => [...set]));
}

function total(files, names) {
  return [...names].reduce((sum, name) => sum + (files.get(name)?.gzip ?? 0), 0);
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

function modulesOf(files, names, count = 12) {
  const modules = [...names].flatMap((name) => Object.entries(files.get(name)?.modules ?? {}));
  return modules
    .map(([id, info]) => [id.replace(`${root}/`, '').replace(/^.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, ''), info.renderedLength])
    .toSorted((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([id, length]) => `      ${kb(length).padStart(9)}  ${id}`);
}

// The embed bundle, as `pnpm build` writes it.
const embed = graphOf(await buildOutput({}));
const loader = closure(embed, 'polku.js');
const guide = union(loader, closure(embed, chunkOf(embed, 'packages/elements/src/polku-guide/polku-guide.ts')));
const compiler = closure(embed, chunkOf(embed, 'packages/core/src/compiler.ts'));
// The Markdown renderer: taken by a page whose pathway has no compile-time guidance HTML (BPMN parsed in the browser).
const markdown = closure(embed, chunkOf(embed, 'packages/core/src/markdown.ts'));
const diagramOwn = union(loader, closure(embed, chunkOf(embed, 'packages/elements/src/polku-diagram/polku-diagram.ts')));
const viewerAll = closure(embed, chunkOf(embed, 'packages/elements/src/polku-diagram/bpmn-viewer.ts'));
const viewer = new Set([...viewerAll].filter((name) => !diagramOwn.has(name)));

/** A virtual entry module `code`, built by the embed's config; every output file counts. */
async function buildVirtual(name, code) {
  const id = `\0polku-budget-${name}`;
  const output = await buildOutput({
    input: { [name]: `polku-budget:${name}` },
    plugins: [{ name: 'polku-budget-virtual', resolveId: (source) => (source === `polku-budget:${name}` ? id : undefined), load: (source) => (source === id ? code : undefined) }],
  });
  const files = graphOf(output);
  return total(files, new Set([...files.keys()].filter((file) => file.endsWith('.js'))));
}

// bpmn-js' own NavigatedViewer and the two stylesheets it needs, built the same way.
const navigatedViewer = await buildVirtual(
  'navigated-viewer',
  [
    "import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';",
    "import bpmnCss from 'bpmn-js/dist/assets/bpmn-js.css?inline';",
    "import diagramCss from 'bpmn-js/dist/assets/diagram-js.css?inline';",
    'export { NavigatedViewer, bpmnCss, diagramCss };',
  ].join('\n'),
);
// What the required libraries alone weigh, with no line of Polku: the least a page can be.
const RUNTIME_LIBRARIES = [
  "export { LitElement, html, css, nothing } from 'lit';",
  "export { and, assign, or, raise, setup, stateIn, createActor, initialTransition, transition } from 'xstate';",
  "export { default as DOMPurify } from 'dompurify';",
];
const floorJson = await buildVirtual('floor-json', RUNTIME_LIBRARIES.join('\n'));
const floorBpmn = await buildVirtual('floor-bpmn', [...RUNTIME_LIBRARIES, "export { Marked } from 'marked';", "export { BpmnModdle } from 'bpmn-moddle';"].join('\n'));


/** The chunks a page with these elements downloads before anything is drawn or compiled. */
function pageOf(...tags) {
  return union(loader, ...tags.map((tag) => closure(embed, chunkOf(embed, `packages/elements/src/${tag}/${tag}.ts`))));
}

const pages = [
  { id: 'guide-json', what: '<polku-guide> + precompiled pathway (JSON)', files: embed, names: guide, limit: 25 * KB, floor: floorJson, floorOf: 'lit + xstate + DOMPurify' },
  { id: 'guide-bpmn', what: '<polku-guide> + BPMN parsed in the browser', files: embed, names: union(guide, compiler, markdown), limit: 45 * KB, floor: floorBpmn, floorOf: 'lit + xstate + DOMPurify + marked + bpmn-moddle' },
  { id: 'diagram', what: '<polku-diagram> drawing: bpmn-js, viewer module, CSS', files: embed, names: viewer, ratio: 1.1, of: navigatedViewer },
];

console.log('Embed bundle (packages/elements/dist), gzip -9 per file:');
for (const [name, file] of [...embed].toSorted(([a], [b]) => a.localeCompare(b))) {
  if (file.type === 'chunk') console.log(`  ${kb(file.gzip).padStart(9)}  ${kb(file.bytes).padStart(9)} raw  ${name}`);
}
console.log(`\nReference: bpmn-js NavigatedViewer + its CSS, built the same way: ${kb(navigatedViewer)}`);

const showModules = process.argv.includes('--modules');
let failed = 0;
console.log('\nOther pages, for comparison (no budget):');
for (const [what, names] of [
  ['<polku-stage> (JSON)', pageOf('polku-stage')],
  ['<polku-catalog>', pageOf('polku-catalog')],
  ['<polku-guide> + <polku-timeline> (JSON)', pageOf('polku-guide', 'polku-timeline')],
  ['<polku-guide> + <polku-walkthroughs> + <polku-timeline> (JSON)', pageOf('polku-guide', 'polku-walkthroughs', 'polku-timeline')],
  ['<polku-guide> + <polku-diagram> (BPMN, drawn)', union(pageOf('polku-guide', 'polku-diagram'), compiler, markdown, viewerAll)],
  ...(existsSync(join(elements, 'src', 'polku-pathway', 'polku-pathway.ts')) ? [['<polku-pathway> (BPMN, diagram drawn)', union(pageOf('polku-pathway'), compiler, markdown, viewerAll)]] : []),
]) console.log(`  ${kb(total(embed, names)).padStart(9)}  ${what}, ${names.size} files`);

// A page fed a precompiled pathway must not download the parsers it was precompiled to avoid.
for (const [library, pattern] of [['marked', /\/marked\//], ['bpmn-moddle', /\/bpmn-moddle\//]]) {
  const found = [...guide].some((name) => Object.keys(embed.get(name)?.modules ?? {}).some((id) => pattern.test(id)));
  if (found) {
    console.log(`\nbudgets: ${library} is in what <polku-guide> downloads before it knows the pathway's format; it must be imported only when needed.`);
    process.exitCode = 1;
  }
}

console.log('\nBudgets:');
for (const page of pages) {
  const size = total(page.files, page.names);
  const limit = page.limit ?? page.ratio * page.of;
  const over = size > limit;
  const known = KNOWN_OVER[page.id];
  const figure = `${page.id.padEnd(11)} ${kb(size).padStart(9)} of ${kb(limit)}${page.ratio ? ` (${(size / page.of).toFixed(2)} × NavigatedViewer, at most ${page.ratio})` : ''}  ${page.what}, ${page.names.size} files`;
  const floor = page.floor ? `\n                the required libraries alone (${page.floorOf}, one file): ${kb(page.floor)}` : '';
  if (over && known) console.log(`  OVER (known)  ${figure}${floor}\n                reason: ${known}`);
  else if (over) {
    failed++;
    console.log(`  OVER          ${figure}${floor}`);
  } else if (known) {
    failed++;
    console.log(`  MET           ${figure}\n                it is met now: remove "${page.id}" from KNOWN_OVER in scripts/budgets.mjs`);
  } else console.log(`  ok            ${figure}`);
  if (showModules) console.log(`    files: ${[...page.names].join(', ')}\n    largest modules (rendered, before minifying):\n${modulesOf(page.files, page.names).join('\n')}`);
}
if (failed > 0) console.log(`\nbudgets: ${failed} budget(s) failed; see the figures above.`);
process.exit(failed === 0 && !process.exitCode ? 0 : 1);
