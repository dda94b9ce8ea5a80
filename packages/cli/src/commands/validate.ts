import { compileBpmn, coverageOf, indexPositions, siblingProcessLoader, type Coverage, type Diagnostic } from '@polku/core/compiler';
import { lintModel } from 'bpmnlint-plugin-polku/lint-model';
import { EXIT, UsageError, type CommandIo } from '../io.js';

export const validateHelp = `Usage: polku validate <file.bpmn…> [--format text|json] [--lint] [--report]

Checks BPMN models: XML, supported elements, decisions, parallel blocks, Polku extensions.

Options:
  --format text|json  how to print (default text); json prints
                      [{file, diagnostics:[{severity, code, message, line, column, elementId, elementType}]}]
  --json              the same as --format json
  --lint              also apply the modelling rules (bpmnlint-plugin-polku's recommended config:
                      guidance, named decisions, deadline basis, translations, no personal data,
                      and bpmnlint's recommended rules); Polku's codes read "polku/…"
  --report            also print, per model and language, how many elements have a name and
                      guidance and how many answers are named (json: a "coverage" key per file)
  -h, --help          show this help

Exit codes: 0 no errors (warnings allowed), 1 a model has errors, 2 usage or I/O error.`;

/** A compiler diagnostic or a lint finding (whose code names its rule). */
type Finding = Omit<Diagnostic, 'code'> & { code: string };

/** Options of {@link validateCommand}. */
export interface ValidateOptions {
  json: boolean;
  lint?: boolean;
  report?: boolean;
}

/** One file's result in the `--json` contract; keys are always present, unknowns are null (`coverage` only with `--report`). */
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
  coverage?: Coverage | null;
}

/** `polku validate`: every file checked, all diagnostics printed, exit 1 when any has an error. */
export async function validateCommand(files: string[], options: ValidateOptions, io: CommandIo): Promise<number> {
  if (files.length === 0) throw new UsageError('polku validate needs at least one .bpmn file.');
  const reports: FileReport[] = [];
  const lintCodes = new Set<string>();
  for (const [position, file] of files.entries()) {
    if (!options.json && io.isTty && files.length > 5) io.stderr(`\rchecking ${position + 1}/${files.length} ${file}\x1b[K`);
    const xml = await read(file, io);
    const { pathway, diagnostics: compiled } = await compileBpmn(xml, { file, loadProcess: siblingProcessLoader(file, io) });
    const diagnostics: Finding[] = [...compiled];
    if (options.lint) {
      for (const finding of await lintModel(xml, { file, positions: indexPositions(xml).positions })) {
        if (alreadyReported(finding, compiled)) continue;
        diagnostics.push(finding);
        lintCodes.add(finding.code);
      }
    }
    diagnostics.sort(byPosition);
    reports.push({
      file,
      ...(options.report ? { coverage: pathway ? coverageOf(pathway) : null } : {}),
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
    io.stdout(formatText(reports, errors, all.length - errors, lintCodes));
    if (options.report) io.stdout(formatCoverage(reports));
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

function formatText(reports: FileReport[], errors: number, warnings: number, lintCodes: ReadonlySet<string>): string {
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
      lines.push(`           see ${docsOf(diagnostic.code, lintCodes)}`);
    }
  }
  const files = `${reports.length} file${reports.length === 1 ? '' : 's'}`;
  lines.push(`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${files}`);
  return `${lines.join('\n')}\n`;
}

/** Where a code is explained: the compiler's in docs/errors, Polku's rules beside their plugin, bpmnlint's on its site. */
function docsOf(code: string, lintCodes: ReadonlySet<string>): string {
  if (code.startsWith('polku/')) return `packages/lint/docs/rules/${code.slice('polku/'.length)}.md`;
  if (lintCodes.has(code)) return `https://github.com/bpmn-io/bpmnlint/blob/main/docs/rules/${code.replace(/^bpmnlint\//, '')}.md`;
  return `docs/errors/${code}.md`;
}

// The compiler and bpmnlint both read the XML: its syntax errors come once, from the compiler.
function alreadyReported(finding: { code: string; line?: number }, diagnostics: Diagnostic[]): boolean {
  return (finding.code === 'xml-not-well-formed' || finding.code === 'not-bpmn') && diagnostics.some((diagnostic) => diagnostic.severity === 'error');
}

function byPosition(a: { line?: number; column?: number }, b: { line?: number; column?: number }): number {
  return (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER) || (a.column ?? 0) - (b.column ?? 0);
}

/** One cell of the coverage table: "27/28 96 %". */
function cell(count: number, total: number): string {
  return `${count}/${total} ${total === 0 ? '' : `${Math.round((100 * count) / total)} %`}`.padEnd(12);
}

/** The coverage table of `--report`: one block per model, one row per language. */
function formatCoverage(reports: FileReport[]): string {
  const lines = ['', 'Coverage (worker-facing elements with a name and with guidance; decision answers named):'];
  for (const report of reports) {
    const coverage = report.coverage;
    if (!coverage) {
      lines.push(`${report.file}: not compiled, no coverage`);
      continue;
    }
    lines.push(`${report.file} (${coverage.id}): ${coverage.elements} elements, ${coverage.answers} answers`);
    lines.push('  lang  named        guidance     answers');
    for (const language of coverage.languages) {
      lines.push(`  ${language.lang.padEnd(5)} ${cell(language.named, coverage.elements)} ${cell(language.guided, coverage.elements)} ${cell(language.answers, coverage.answers)}`.trimEnd());
    }
    const gaps = Object.entries(coverage.gaps);
    if (gaps.length > 0) lines.push(`  missing: ${gaps.slice(0, 10).map(([id, langs]) => `${id} (${langs.join(', ')})`).join('; ')}${gaps.length > 10 ? `; …and ${gaps.length - 10} more` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
