import { compileBpmn, siblingProcessLoader } from '@polku/core/compiler';
import { withGuidanceHtml } from '@polku/core/markdown';
import { EXIT, UsageError, type CommandIo } from '../io.js';
import { read, validateCommand } from './validate.js';

export const compileHelp = `Usage: polku compile <file.bpmn> [--format json|module] [--out <file>]

Prints the compiled pathway definition (the validated pathway, its XState machine config and
its guidance rendered to HTML). A page can load the JSON with <polku-guide src="pathway.json">,
or import the module, and never parse XML or Markdown. Called processes in sibling .bpmn files are compiled in.

Options:
  --format json|module  JSON (default), or an ES module whose default export is the pathway
  -o, --out <file>      write to a file instead of stdout
  -h, --help            show this help

Exit codes: 0 compiled, 1 the model has errors (printed on stderr), 2 usage or I/O error.`;

/** `polku compile`: the pathway JSON on stdout, or the diagnostics on stderr and exit 1. */
export async function compileCommand(files: string[], options: { format: 'json' | 'module'; out: string | undefined }, io: CommandIo): Promise<number> {
  if (files.length !== 1) throw new UsageError('polku compile takes exactly one .bpmn file.');
  const file = files[0]!;
  const { pathway } = await compileBpmn(await read(file, io), { file, loadProcess: siblingProcessLoader(file, io) });
  if (!pathway) {
    // Same report as `validate`, but on stderr so stdout stays clean JSON or nothing.
    await validateCommand([file], { json: false }, { ...io, stdout: io.stderr });
    return EXIT.diagnostics;
  }
  // The guidance as HTML too, so a page that loads the result needs no Markdown parser.
  const json = JSON.stringify(withGuidanceHtml(pathway), null, 2);
  const text = options.format === 'module' ? `// Compiled by polku compile from ${file}; do not edit, recompile.\nexport default ${json};\n` : `${json}\n`;
  if (!options.out) {
    io.stdout(text);
    return EXIT.ok;
  }
  try {
    await io.writeFile(options.out, text);
  } catch (error) {
    throw new UsageError(`${options.out}: cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
  return EXIT.ok;
}
