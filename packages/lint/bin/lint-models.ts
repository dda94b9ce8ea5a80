// Lints Polku models: `tsx packages/lint/bin/lint-models.ts models/*.bpmn`. TypeScript run with
// tsx because line and column come from @polku/core, which ships TypeScript sources.
import { readFile } from 'node:fs/promises';
import { runLintModels } from './run-lint-models.js';

const code = await runLintModels(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFile(path, 'utf8'),
}).catch((error: unknown) => {
  process.stderr.write(`lint-models: internal error, please report it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 2;
});
process.exitCode = code;
