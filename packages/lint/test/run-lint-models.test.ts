import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runLintModels, type LintModelsIo } from '../bin/run-lint-models.js';

const fixtures = new URL('./fixtures/', import.meta.url);

function bufferIo(files: Record<string, string> = {}): LintModelsIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text),
    readFile: async (path: string) => {
      if (path in files) return files[path]!;
      throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    },
  };
  return io;
}

describe('lint-models command', () => {
  it('prints one line per finding with file:line:column, severity, rule and element, and exits 1 on errors', async () => {
    // given
    const clean = await readFile(new URL('lint-model.clean.bpmn', fixtures), 'utf8');
    const io = bufferIo({ 'models/testi.bpmn': clean.replace(' name="Tarvitaanko tukea?"', '') });
    // when
    const code = await runLintModels(['models/testi.bpmn'], io);
    // then
    expect(code).toBe(1);
    expect(io.out.split('\n')).toEqual([
      'models/testi.bpmn:27:5 error label-required <bpmn:ExclusiveGateway id="Gateway_Need"> Element is missing label/name',
      'models/testi.bpmn:27:5 error polku/decision-named <bpmn:ExclusiveGateway id="Gateway_Need"> Decision has no name; name it with the question it asks ("Onko lapsi kouluiässä?").',
      '2 errors, 0 warnings in 1 file',
      '',
    ]);
  });

  it('exits 0 when the models have only warnings', async () => {
    // given
    const clean = await readFile(new URL('lint-model.clean.bpmn', fixtures), 'utf8');
    const io = bufferIo({ 'a.bpmn': clean, 'b.bpmn': clean.replace('<i18n:translation xml:lang="en">Arrange support</i18n:translation>', '') });
    // when
    const code = await runLintModels(['a.bpmn', 'b.bpmn'], io);
    // then
    expect(code).toBe(0);
    expect(io.out).toMatch(/^b\.bpmn:39:5 warning polku\/translations-complete <bpmn:ManualTask id="Task_Support"> Name "Järjestä tuki" has no translation in en;/);
    expect(io.out).toMatch(/0 errors, 1 warning in 2 files\n$/);
  });

  it('exits 2 without files or when a file cannot be read', async () => {
    // given
    const io = bufferIo();
    // when
    const none = await runLintModels([], io);
    const missing = await runLintModels(['models/puuttuu.bpmn'], io);
    // then
    expect([none, missing]).toEqual([2, 2]);
    expect(io.err).toContain('Usage: lint-models <file.bpmn…>');
    expect(io.err).toContain('models/puuttuu.bpmn: no such file.');
  });
});
