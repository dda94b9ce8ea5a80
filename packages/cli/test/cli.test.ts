import { readdir, readFile } from 'node:fs/promises';
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
    for (const argv of [['--help'], ['validate', '--help'], ['compile', '-h']]) {
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
