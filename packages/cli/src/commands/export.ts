import { compileBpmn, indexPositions, siblingProcessLoader } from '@polku/core/compiler';
import { basename, join } from 'node:path';
import { exportCamunda8, type ExportProblem } from '../export/camunda8.js';
import { EXIT, UsageError, type CommandIo } from '../io.js';
import { read, validateCommand } from './validate.js';

export const exportHelp = `Usage: polku export --target camunda8 <file.bpmn> [--out <file.bpmn|dir>]

Exports a model for Camunda 8.8: the same BPMN with the Zeebe extension elements a deployment
needs. Steps become Camunda user tasks with a linked form that shows the step's guidance, legal
references and deadlines; each worker decision becomes a user task that asks the question,
followed by the gateway with a FEEL condition per answer; called processes, messages and
multi-instance activities get their Zeebe settings. Polku's own extensions stay in the file.
The result is checked with Camunda's rules (camunda-cloud-8-8) before it is written. What maps
to what, and what does not carry over (working-day deadlines, lanes, translations): see
docs/camunda8.md.

Options:
  --target camunda8         the engine to export for (Camunda 8.8, the only one so far)
  -o, --out <file.bpmn|dir> a .bpmn file: write the model there; a folder: write the model and
                            one Camunda form (<formId>.form) per user task into it. Without
                            --out the model is printed and the forms are not written.
  -h, --help                show this help

Messages correlate on the process variable caseKey (set it when you start an instance).

Exit codes: 0 exported, 1 the model has errors or cannot be exported (the elements are named
on stderr), 2 usage or I/O error.`;

const TARGETS = ['camunda8'];

/** `polku export`: one model for another engine. */
export async function exportCommand(files: string[], options: { target: string | undefined; out: string | undefined }, io: CommandIo): Promise<number> {
  if (options.target === undefined) throw new UsageError('polku export needs --target camunda8.');
  if (!TARGETS.includes(options.target)) throw new UsageError(`--target must be ${TARGETS.join(' or ')}, not "${options.target}".`);
  if (files.length !== 1) throw new UsageError('polku export takes exactly one .bpmn file.');
  const file = files[0]!;
  const xml = await read(file, io);
  const { pathway } = await compileBpmn(xml, { file, loadProcess: siblingProcessLoader(file, io) });
  if (!pathway) {
    // The same report as `validate`, on stderr: stdout carries only the exported model.
    await validateCommand([file], { json: false }, { ...io, stdout: io.stderr });
    return EXIT.diagnostics;
  }
  const result = await exportCamunda8(xml, pathway);
  if (!result.xml) {
    io.stderr(formatProblems(file, xml, result.problems));
    return EXIT.diagnostics;
  }
  for (const warning of result.warnings) io.stderr(`polku: ${file}: Camunda warns (${warning.rule}) at ${warning.elementId ?? 'the model'}: ${warning.message}\n`);
  if (!options.out) {
    io.stdout(result.xml);
    if (result.forms.length > 0) io.stderr(`polku: ${result.forms.length} user tasks link forms by id; run with --out <dir> to write the .form files beside the model.\n`);
    return EXIT.ok;
  }
  const toFolder = !options.out.endsWith('.bpmn');
  const target = toFolder ? join(options.out, basename(file)) : options.out;
  await write(target, result.xml, io);
  if (toFolder) {
    for (const form of result.forms) await write(join(options.out, `${form.id}.form`), `${JSON.stringify(form, null, 2)}\n`, io);
    io.stderr(`polku: wrote ${target} and ${result.forms.length} form${result.forms.length === 1 ? '' : 's'}\n`);
  } else if (result.forms.length > 0) {
    io.stderr(`polku: wrote ${target}; its ${result.forms.length} linked forms were not written (give --out a folder to write them).\n`);
  }
  return EXIT.ok;
}

async function write(path: string, text: string, io: CommandIo): Promise<void> {
  try {
    await io.writeFile(path, text);
  } catch (error) {
    throw new UsageError(`${path}: cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
}

function formatProblems(file: string, xml: string, problems: ExportProblem[]): string {
  const { positions } = indexPositions(xml);
  const lines = [`${file}: cannot be exported to Camunda 8.8`];
  for (const problem of problems) {
    const position = problem.elementId ? positions.get(problem.elementId) : undefined;
    const where = position ? `${position.line}:${position.column}` : '';
    const element = problem.elementId ? ` <${problem.elementType ?? 'element'} id="${problem.elementId}">` : '';
    lines.push(`  ${where.padEnd(8)} error   ${problem.rule ?? 'camunda-export'}${element}`);
    lines.push(`           ${problem.message}`);
  }
  lines.push('           see docs/camunda8.md#what-does-not-carry-over');
  lines.push(`${problems.length} error${problems.length === 1 ? '' : 's'}`);
  return `${lines.join('\n')}\n`;
}
