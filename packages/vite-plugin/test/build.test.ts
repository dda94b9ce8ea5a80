import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { compileBpmn } from '@polku/core/compiler';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { polku } from '../src/index.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const example = join(repo, 'examples/vite-import');

// The parser's modules, and text of theirs that survives minification: bpmn-moddle's descriptor
// (namespace URI, `superClass`), moddle-xml (`fromXML`, `unparsable content`, `bpmn:Definitions`)
// and saxen's error messages. Each matches the compiler chunk `<polku-guide src>` loads lazily.
// The XML parser and, since the guidance is compiled to HTML, the Markdown parser.
const PARSER_MODULES = /\/(?:bpmn-moddle|moddle-xml|moddle|saxen|marked)\/|\/packages\/core\/src\/(?:compiler\.ts|parse\/|markdown\.ts)/;
const PARSER_TEXT = [
  /moddle/i,
  /http:\/\/www\.omg\.org\/spec\/BPMN\/20100524\/MODEL/,
  /\bsuperClass\b/,
  /fromXML/,
  /unparsable content/,
  /bpmn:Definitions/,
  /unclosed tag/,
  /missing start tag/,
];

type Chunk = Rolldown.OutputChunk;

async function buildWith(root: string, options: { input?: string; onLog?: (level: string, log: Rolldown.RollupLog) => void } = {}): Promise<Chunk[]> {
  const result = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [polku()],
    build: {
      write: false,
      modulePreload: { polyfill: false },
      rolldownOptions: {
        // A .bpmn entry is all exports; keep them, where an app build would drop an entry's exports.
        ...(options.input ? { input: options.input, preserveEntrySignatures: 'strict' as const } : {}),
        ...(options.onLog ? { onLog: options.onLog } : {}),
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  return outputs.flatMap((output) => output.output.filter((file): file is Chunk => file.type === 'chunk'));
}

/** The chunks a page loads up front: its entries and what they import statically, not lazy chunks. */
function pageChunks(chunks: Chunk[]): Chunk[] {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const seen = new Set<Chunk>();
  const visit = (chunk: Chunk | undefined) => {
    if (!chunk || seen.has(chunk)) return;
    seen.add(chunk);
    for (const name of chunk.imports) visit(byName.get(name));
  };
  for (const chunk of chunks.filter((candidate) => candidate.isEntry)) visit(chunk);
  return [...seen];
}

async function failureOf(promise: Promise<unknown>): Promise<{ message: string; errors?: { message: string; plugin?: string; id?: string; loc?: unknown }[] }> {
  const failure = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(failure, 'the build should have failed').toBeInstanceOf(Error);
  return failure as Awaited<ReturnType<typeof failureOf>>;
}

describe('vite build with polku()', () => {
  it('bundles the example page with the precompiled pathway and no XML or Markdown parser', async ({ annotate }) => {
    // given
    const model = join(repo, 'models/koulupolku.bpmn');
    const { pathway } = await compileBpmn(await readFile(model, 'utf8'), { file: model });
    // when
    const chunks = await buildWith(example);
    // then
    const page = pageChunks(chunks);
    const code = page.map((chunk) => chunk.code).join('\n');
    for (const id of Object.keys(pathway!.nodes)) expect(code).toContain(id);
    expect(code).toContain('polku-pathway');
    expect(page.flatMap((chunk) => Object.keys(chunk.modules)).filter((id) => PARSER_MODULES.test(id))).toEqual([]);
    for (const marker of PARSER_TEXT) expect(code, `page JS matches ${marker}`).not.toMatch(marker);
    const gzip = page.reduce((sum, chunk) => sum + gzipSync(chunk.code, { level: 9 }).length, 0);
    await annotate(`example page JS: ${page.map((chunk) => chunk.fileName).join(', ')}, ${(gzip / 1024).toFixed(1)} KB gzip`);
    // Runtime, components and pathway are ≈75 KB; the compiler and FEEL would add ≈85 KB more.
    expect(gzip).toBeLessThan(100 * 1024);
  });

  it('fails with every error of a broken model, each with its file, line and element', async () => {
    // given
    const file = join(fixtures, 'error/plugin.several-errors.bpmn');
    // when
    const failure = await failureOf(buildWith(fixtures, { input: file }));
    // then
    const error = failure.errors?.[0];
    expect(error).toMatchObject({ plugin: 'polku', id: file, loc: { file, line: 6, column: 5 } });
    expect(failure.message).toContain('error/plugin.several-errors.bpmn cannot be compiled to a pathway (3 errors)');
    expect(failure.message).toContain('at error/plugin.several-errors.bpmn:6:5 <bpmn:ComplexGateway id="Gateway_Complex">\n  see docs/errors/unsupported-element.md');
    expect(failure.message).toContain('at error/plugin.several-errors.bpmn:5:5 <bpmn:UserTask id="Task_First">\n  see docs/errors/implicit-split.md');
    expect(failure.message).toContain('at error/plugin.several-errors.bpmn:7:5 <bpmn:UserTask id="Task_DeadEnd">\n  see docs/errors/missing-outgoing-flow.md');
  });

  it('passes warnings to Vite as warnings and still builds', async () => {
    // given
    const file = join(fixtures, 'plugin.unreachable-task.bpmn');
    const logs: { level: string; log: Rolldown.RollupLog }[] = [];
    // when
    const chunks = await buildWith(fixtures, { input: file, onLog: (level, log) => logs.push({ level, log }) });
    // then
    expect(logs).toContainEqual({
      level: 'warn',
      log: expect.objectContaining({
        plugin: 'polku',
        id: file,
        loc: { file, line: 6, column: 5 },
        message: expect.stringContaining('at plugin.unreachable-task.bpmn:6:5 <bpmn:UserTask id="Task_Orphan">\n  see docs/errors/unreachable-element.md'),
      }),
    });
    expect(chunks[0]!.code).toContain('Task_First');
  });

  it('compiles a call activity from the process in a sibling file, and rebuilds when that file changes', async () => {
    // given a copy, so the sibling can be edited while Vite watches
    const folder = await mkdtemp(join(tmpdir(), 'polku-vite-call-'));
    await cp(join(fixtures, 'call'), folder, { recursive: true });
    const sibling = join(folder, 'placement.called.bpmn');
    const outDir = join(folder, 'dist');
    const watcher = (await build({
      root: folder,
      configFile: false,
      logLevel: 'silent',
      plugins: [polku()],
      build: {
        outDir,
        watch: {},
        rolldownOptions: { input: join(folder, 'school.calls-placement.bpmn'), preserveEntrySignatures: 'strict', output: { entryFileNames: 'school.js' } },
      },
    })) as Rolldown.RolldownWatcher;
    // The next build's output, or why there was none.
    const built = (what: string) =>
      new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${what} within 4 s`)), 4000);
        const onEvent = (event: Rolldown.RolldownWatcherEvent) => {
          if (event.code !== 'END' && event.code !== 'ERROR') return;
          watcher.off('event', onEvent);
          clearTimeout(timer);
          if (event.code === 'ERROR') reject(event.error);
          else resolve(readFile(join(outDir, 'school.js'), 'utf8'));
        };
        watcher.on('event', onEvent);
      });
    try {
      // when
      const first = await built('first build');
      const next = built('rebuild after the called model changed');
      await writeFile(sibling, (await readFile(sibling, 'utf8')).replaceAll('Task_Decide', 'Task_DecideAgain'));
      const second = await next;
      // then
      expect(first).toContain('Call_Placement');
      expect(first).toContain('Task_Decide');
      expect(second).toContain('Task_DecideAgain');
    } finally {
      await watcher.close();
      await rm(folder, { recursive: true, force: true });
    }
  });
});
