import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lintModel } from '../lib/lint-model.js';

// The shared corpus of BPMN written by other people and tools (../shared/corpus/README.md).
// Findings are expected; a rule that throws, or lintModel throwing, is a bug. No file is
// excluded: unreadable XML must come back as a diagnostic too.
const corpus = fileURLToPath(new URL('../../../../shared/corpus/bpmn/', import.meta.url));

function bpmnFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return bpmnFiles(path);
    return /\.(bpmn|bpmn2|xml)$/i.test(entry.name) ? [path] : [];
  });
}

describe.skipIf(!existsSync(corpus))('the rules on the shared corpus', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('lint every file without a crash', async () => {
    // given: bpmnlint logs a crashing rule to the console; keep the output and count it
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const files = bpmnFiles(corpus);
    const crashes: string[] = [];
    // when
    for (const path of files) {
      const file = relative(corpus, path);
      try {
        const diagnostics = await lintModel(readFileSync(path, 'utf8'), { file });
        for (const diagnostic of diagnostics) {
          if (diagnostic.message.startsWith('The rule crashed')) crashes.push(`${file}: ${diagnostic.code} ${diagnostic.message}`);
        }
      } catch (error) {
        crashes.push(`${file}: lintModel threw ${String(error)}`);
      }
    }
    // then
    expect(files.length).toBeGreaterThanOrEqual(100);
    expect(crashes).toEqual([]);
    expect(logged).not.toHaveBeenCalled();
  }, 120_000);
});
