import { indexPositions } from '@polku/core/compiler';
import { lintModel, type LintDiagnostic } from '../lib/lint-model.js';

/** Where the command reads and writes; tests pass buffers, the binary the process. */
export interface LintModelsIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<string>;
}

/** Exit codes, as `polku validate` uses them: 0 no errors, 1 a model has errors, 2 usage or I/O. */
export const EXIT = { ok: 0, errors: 1, usage: 2 } as const;

/**
 * Lints each file with `plugin:polku/recommended` and prints one line per finding,
 * `file:line:column severity rule <bpmn:Type id="…"> message`, then a count. Returns the exit
 * code: 1 when any finding is an error, 0 otherwise (warnings allowed), 2 for usage or I/O.
 *
 * @example
 * const code = await runLintModels(['models/koulupolku.bpmn'], io);
 */
export async function runLintModels(files: readonly string[], io: LintModelsIo): Promise<number> {
  if (files.length === 0) {
    io.stderr('Usage: lint-models <file.bpmn…>\nLints BPMN models with bpmnlint-plugin-polku (plugin:polku/recommended).\n');
    return EXIT.usage;
  }
  const all: LintDiagnostic[] = [];
  for (const file of files) {
    let xml: string;
    try {
      xml = await io.readFile(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      io.stderr(`${file}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(error)})`}.\n`);
      return EXIT.usage;
    }
    const diagnostics = await lintModel(xml, { file, positions: indexPositions(xml).positions });
    for (const diagnostic of diagnostics) io.stdout(`${formatDiagnostic(diagnostic)}\n`);
    all.push(...diagnostics);
  }
  const errors = all.filter((diagnostic) => diagnostic.severity === 'error').length;
  const warnings = all.length - errors;
  io.stdout(`${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files.length, 'file')}\n`);
  return errors > 0 ? EXIT.errors : EXIT.ok;
}

/**
 * One diagnostic as one line; the position is left out when it is not known.
 *
 * @example
 * formatDiagnostic(diagnostic); // 'models/x.bpmn:12:5 error polku/decision-named <bpmn:ExclusiveGateway id="G"> Decision has no name; …'
 */
export function formatDiagnostic(diagnostic: LintDiagnostic): string {
  const where = diagnostic.line === undefined ? (diagnostic.file ?? '') : `${diagnostic.file ?? ''}:${diagnostic.line}:${diagnostic.column ?? 1}`;
  const element = diagnostic.elementId ? ` <${diagnostic.elementType ?? 'element'} id="${diagnostic.elementId}">` : '';
  return `${where} ${diagnostic.severity} ${diagnostic.code}${element} ${diagnostic.message}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
