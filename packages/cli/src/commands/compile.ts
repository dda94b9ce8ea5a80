import { compileBpmn, siblingProcessLoader } from '@polku/core/compiler';
import { EXIT, UsageError, type CommandIo } from '../io.js';
import { read, validateCommand } from './validate.js';

export const compileHelp = `Usage: polku compile <file.bpmn>

Prints the compiled pathway definition (JSON: the validated pathway and its XState machine
config) on stdout. A page can load it with <polku-guide src="pathway.json"> and never parse XML.

Options:
  -h, --help show this help

Exit codes: 0 compiled, 1 the model has errors (printed on stderr), 2 usage or I/O error.`;

/** `polku compile`: the pathway JSON on stdout, or the diagnostics on stderr and exit 1. */
export async function compileCommand(files: string[], io: CommandIo): Promise<number> {
  if (files.length !== 1) throw new UsageError('polku compile takes exactly one .bpmn file.');
  const file = files[0]!;
  const { pathway } = await compileBpmn(await read(file, io), { file, loadProcess: siblingProcessLoader(file, io) });
  if (!pathway) {
    // Same report as `validate`, but on stderr so stdout stays clean JSON or nothing.
    await validateCommand([file], { json: false }, { ...io, stdout: io.stderr });
    return EXIT.diagnostics;
  }
  io.stdout(`${JSON.stringify(pathway, null, 2)}\n`);
  return EXIT.ok;
}
