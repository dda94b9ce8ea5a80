import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/index.js';

const good = fileURLToPath(new URL('../../core/test/fixtures/pathway.parallel-loop.bpmn', import.meta.url));
const unsupported = fileURLToPath(new URL('./fixtures/error/cli.unsupported-complex-gateway.bpmn', import.meta.url));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readFile: (path) => readFile(path, 'utf8'),
    listDir: (path) => readdir(path),
    writeFile: async (path, text, options) => {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, text, { encoding: 'utf8', flag: options?.exclusive ? 'wx' : 'w' });
    },
    isTty: false,
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('polku validate', () => {
  it('exits 0 for a clean model and says so', async () => {
    const { code, stdout } = await run('validate', good);
    expect(code).toBe(0);
    expect(stdout).toContain(`${good}: ok`);
  });

  it('exits 1 and names the unsupported element in text', async () => {
    // when
    const { code, stdout } = await run('validate', unsupported);
    // then
    expect(code).toBe(1);
    expect(stdout).toMatch(/\d+:\d+\s+error\s+unsupported-element <bpmn:ComplexGateway id="Gateway_Complex">/);
    expect(stdout).toContain('see docs/errors/unsupported-element.md');
  });

  it('prints the JSON contract: file and diagnostics with every key', async () => {
    // when
    const { code, stdout } = await run('validate', good, unsupported, '--json');
    // then
    expect(code).toBe(1);
    const reports = JSON.parse(stdout);
    expect(reports).toHaveLength(2);
    expect(reports[0]).toEqual({ file: good, diagnostics: [] });
    expect(reports[1].file).toBe(unsupported);
    expect(reports[1].diagnostics).toContainEqual({
      severity: 'error',
      code: 'unsupported-element',
      message: expect.stringContaining('ComplexGateway'),
      line: expect.any(Number),
      column: expect.any(Number),
      elementId: 'Gateway_Complex',
      elementType: 'bpmn:ComplexGateway',
    });
  });

  it('exits 2 with a message for a missing file, a missing argument and an unknown option', async () => {
    expect(await run('validate', 'no/such/file.bpmn')).toMatchObject({ code: 2, stderr: expect.stringContaining('no such file') });
    expect(await run('validate')).toMatchObject({ code: 2, stderr: expect.stringContaining('at least one') });
    expect(await run('validate', good, '--colour')).toMatchObject({ code: 2, stderr: expect.stringContaining('--colour') });
    expect(await run('frobnicate')).toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown command') });
  });

  it('answers --help on every command', async () => {
    for (const argv of [['--help'], ['validate', '--help'], ['compile', '-h'], ['paths', '--help'], ['catalog', '--help'], ['new', '--help']]) {
      const { code, stdout } = await run(...argv);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: polku/);
    }
  });
});

describe('polku compile', () => {
  it('prints the pathway definition as JSON', async () => {
    const { code, stdout } = await run('compile', good);
    expect(code).toBe(0);
    const pathway = JSON.parse(stdout);
    expect(pathway).toMatchObject({ format: 'polku-pathway', version: 1, id: 'Process_Test', start: 'Start' });
    expect(pathway.machine.initial).toBe('Start');
  });

  it('keeps stdout empty and reports on stderr when the model has errors', async () => {
    const { code, stdout, stderr } = await run('compile', unsupported);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('unsupported-element');
  });
});

describe('call activities from the command line', () => {
  const main = fileURLToPath(new URL('./fixtures/call/main.bpmn', import.meta.url));

  it('finds a called process among the .bpmn files beside the model', async () => {
    // when
    const { code, stdout } = await run('compile', main);
    // then
    expect(code).toBe(0);
    const pathway = JSON.parse(stdout);
    expect(pathway.nodes['Call_Placement/Task_Decide']).toMatchObject({ lane: 'Call_Placement/Lane_Official' });
    expect(pathway.nodes['Call_Local/Task_Local']).toBeDefined();
  });
});

describe('polku paths', () => {
  const events = fileURLToPath(new URL('../../core/test/fixtures/pathway.events.bpmn', import.meta.url));

  it('prints the paths contract as JSON', async () => {
    // when
    const { code, stdout } = await run('paths', events, '--json', '--max-loops', '0');
    // then
    expect(code).toBe(0);
    const { paths } = JSON.parse(stdout);
    expect(paths).toHaveLength(4);
    expect(Object.keys(paths[0]).toSorted()).toEqual(['completed', 'data', 'endEvents', 'steps']);
    expect(paths[0].steps[1]).toEqual({ kind: 'message', element: 'Catch_Statement' });
  });

  it('prints a readable list and refuses a bad --max-loops', async () => {
    const { stdout } = await run('paths', events, '--max-loops', '0');
    expect(stdout).toContain('Path 1 → Sub_End, End_Done');
    expect(stdout).toMatch(/4 paths\n$/);
    expect(await run('paths', events, '--max-loops', 'many')).toMatchObject({ code: 2, stderr: expect.stringContaining('--max-loops') });
    expect(await run('validate', events, '--max-loops', '1')).toMatchObject({ code: 2 });
  });
});

const MODELS = fileURLToPath(new URL('../../../models/', import.meta.url));

describe('polku validate --lint, --report and --format', () => {
  it('adds the modelling rules with their own codes and docs, and fails a model that breaks one', async () => {
    // given: the fixture has no diagram and no translations, which the compiler accepts
    // when
    const plain = await run('validate', good);
    const linted = await run('validate', good, '--lint');
    // then
    expect(plain.code).toBe(0);
    expect(linted.code).toBe(1);
    expect(linted.stdout).toMatch(/error\s+no-bpmndi <bpmn:UserTask id="Task_Prepare">\n.*\n\s+see https:\/\/github.com\/bpmn-io\/bpmnlint\/blob\/main\/docs\/rules\/no-bpmndi.md/);
    expect(linted.stdout).toMatch(/warning\s+polku\/translations-complete <[\w:]+ id="Task_Prepare">/);
    expect(linted.stdout).toContain('see packages/lint/docs/rules/translations-complete.md');
  });

  it('reports text coverage per model and language, in text and in JSON', async () => {
    // when
    const text = await run('validate', join(MODELS, 'koulupolku.bpmn'), '--report');
    const json = await run('validate', join(MODELS, 'koulupolku.bpmn'), good, '--report', '--format', 'json');
    // then
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/koulupolku\.bpmn \(Process_Koulupolku\): \d+ elements, \d+ answers/);
    expect(text.stdout).toMatch(/^ {2}sv {4}(\d+)\/\1 100 %/m);
    const [school, fixture] = JSON.parse(json.stdout);
    expect(school.coverage.languages.map((language: { lang: string }) => language.lang)).toEqual(['fi', 'en', 'sv']);
    expect(school.coverage.gaps).toEqual({});
    // The fixture is Finnish with a Swedish name or two: Swedish is counted, and incomplete.
    expect(fixture.coverage.languages[1]).toMatchObject({ lang: 'sv' });
    expect(Object.keys(fixture.coverage.gaps).length).toBeGreaterThan(0);
  });

  it('refuses a format it cannot print and options of other commands', async () => {
    expect(await run('validate', good, '--format', 'xml')).toMatchObject({ code: 2, stderr: expect.stringContaining('--format must be text or json') });
    expect(await run('validate', good, '--json', '--format', 'text')).toMatchObject({ code: 2 });
    expect(await run('paths', good, '--lint')).toMatchObject({ code: 2, stderr: expect.stringContaining('--lint is an option of polku validate') });
  });
});

describe('polku compile --format module', () => {
  it('writes an ES module whose default export is the pathway', async () => {
    // given
    const out = join(await mkdtemp(join(tmpdir(), 'polku-cli-')), 'pathway.js');
    // when
    const { code } = await run('compile', good, '--format', 'module', '--out', out);
    // then
    expect(code).toBe(0);
    const module = await import(out);
    expect(module.default).toMatchObject({ format: 'polku-pathway', id: 'Process_Test' });
  });
});

describe('polku catalog', () => {
  it('lists every model of models/ with titles in three languages and the processes each defines', async () => {
    // when
    const { code, stdout } = await run('catalog', MODELS);
    // then
    expect(code).toBe(0);
    const catalog = JSON.parse(stdout);
    expect(catalog).toMatchObject({ format: 'polku-catalog', version: 1 });
    const school = catalog.models.find((model: { src: string }) => model.src === 'koulupolku.bpmn');
    expect(school).toMatchObject({ id: 'Process_Koulupolku', processes: ['Process_Koulupolku'], title: { sv: 'Skolgången för ett placerat barn' } });
    expect(school.tags.map((tag: { en: string }) => tag.en)).toContain('Substitute care');
  });

  it('writes addresses relative to --out and names a model it leaves out', async () => {
    // given: a folder with one good and one broken model
    const folder = await mkdtemp(join(tmpdir(), 'polku-catalog-'));
    await writeFile(join(folder, 'good.bpmn'), await readFile(good, 'utf8'));
    await writeFile(join(folder, 'broken.bpmn'), '<bpmn:definitions');
    // when
    const { code, stderr } = await run('catalog', folder, '--out', join(folder, 'site', 'catalog.json'));
    // then
    expect(code).toBe(1);
    expect(stderr).toContain('broken.bpmn left out of the catalogue');
    const catalog = JSON.parse(await readFile(join(folder, 'site', 'catalog.json'), 'utf8'));
    expect(catalog.models.map((model: { src: string }) => model.src)).toEqual(['../good.bpmn']);
  });
});

describe('polku new', () => {
  it('writes a template that passes validate --lint, and never overwrites it', async () => {
    // given
    const file = join(await mkdtemp(join(tmpdir(), 'polku-new-')), 'tuki-perhe.bpmn');
    // when
    const created = await run('new', file, '--name', 'Tukiperheen polku');
    const again = await run('new', file);
    const checked = await run('validate', file, '--lint', '--report');
    // then
    expect(created.code).toBe(0);
    expect(again).toMatchObject({ code: 2, stderr: expect.stringContaining('never overwrites') });
    expect(checked.code).toBe(0);
    expect(checked.stdout).toContain(`${file}: ok`);
    expect(checked.stdout).toContain('(Process_TukiPerhe)');
    expect(await readFile(file, 'utf8')).toContain('name="Tukiperheen polku"');
  });
});
