import { siblingProcessLoader, validateBpmn, type Diagnostic } from '@polku/core/compiler';
import { EXIT, UsageError, type CommandIo } from '../io.js';

export const validateHelp = `Usage: polku validate <file.bpmn…> [--json]

Checks BPMN models: XML, supported elements, decisions, parallel blocks, Polku extensions.

Options:
  --json     print [{file, diagnostics:[{severity, code, message, line, column, elementId, elementType}]}]
  -h, --help show this help

Exit codes: 0 no errors (warnings allowed), 1 a model has errors, 2 usage or I/O error.`;

/** One file's result in the `--json` contract; keys are always present, unknowns are null. */
export interface FileReport {
  file: string;
  diagnostics: {
    severity: Diagnostic['severity'];
    code: string;
    message: string;
    line: number | null;
    column: number | null;
    elementId: string | null;
    elementType: string | null;
  }[];
}

/** `polku validate`: every file checked, all diagnostics printed, exit 1 when any has an error. */
export async function validateCommand(files: string[], options: { json: boolean }, io: CommandIo): Promise<number> {
  if (files.length === 0) throw new UsageError('polku validate needs at least one .bpmn file.');
  const reports: FileReport[] = [];
  for (const [position, file] of files.entries()) {
    if (!options.json && io.isTty && files.length > 5) io.stderr(`\rchecking ${position + 1}/${files.length} ${file}\x1b[K`);
    const xml = await read(file, io);
    const diagnostics = await validateBpmn(xml, { file, loadProcess: siblingProcessLoader(file, io) });
    reports.push({
      file,
      diagnostics: diagnostics.map((diagnostic) => ({
        severity: diagnostic.severity,
        code: diagnostic.code,
        message: diagnostic.message,
        line: diagnostic.line ?? null,
        column: diagnostic.column ?? null,
        elementId: diagnostic.elementId ?? null,
        elementType: diagnostic.elementType ?? null,
      })),
    });
  }
  if (!options.json && io.isTty && files.length > 5) io.stderr('\r\x1b[K');
  const all = reports.flatMap((report) => report.diagnostics);
  const errors = all.filter((diagnostic) => diagnostic.severity === 'error').length;
  if (options.json) {
    io.stdout(`${JSON.stringify(reports, null, 2)}\n`);
  } else {
    io.stdout(formatText(reports, errors, all.length - errors));
  }
  return errors > 0 ? EXIT.diagnostics : EXIT.ok;
}

export async function read(file: string, io: CommandIo): Promise<string> {
  try {
    return await io.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `${file}: no such file.` : `${file}: cannot be read (${code ?? String(error)}).`);
  }
}

function formatText(reports: FileReport[], errors: number, warnings: number): string {
  const lines: string[] = [];
  for (const report of reports) {
    if (report.diagnostics.length === 0) {
      lines.push(`${report.file}: ok`);
      continue;
    }
    lines.push(report.file);
    for (const diagnostic of report.diagnostics) {
      const where = diagnostic.line === null ? '' : `${diagnostic.line}:${diagnostic.column ?? 1}`;
      const element = diagnostic.elementId ? ` <${diagnostic.elementType ?? 'element'} id="${diagnostic.elementId}">` : '';
      lines.push(`  ${where.padEnd(8)} ${diagnostic.severity.padEnd(7)} ${diagnostic.code}${element}`);
      lines.push(`           ${diagnostic.message}`);
      lines.push(`           see docs/errors/${diagnostic.code}.md`);
    }
  }
  const files = `${reports.length} file${reports.length === 1 ? '' : 's'}`;
  lines.push(`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${files}`);
  return `${lines.join('\n')}\n`;
}
