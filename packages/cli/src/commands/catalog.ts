import { buildCatalog } from '@polku/core/compiler';
import { dirname, join, relative, sep } from 'node:path';
import { EXIT, UsageError, type CommandIo } from '../io.js';

export const catalogHelp = `Usage: polku catalog <folder> [--out <file>]

Writes the catalogue of the .bpmn models in a folder: per model its title, summary, audience and
tags in every language it has (from the process name, the first paragraph of its documentation
and its polku:audience / polku:tag metadata), and the processes it defines. <polku-catalog> lists
it, and <polku-guide> finds called processes through it: publish it as catalog.json beside the
models (polku catalog models --out models/catalog.json).

Options:
  -o, --out <file>  write to a file instead of stdout
  -h, --help        show this help

Exit codes: 0 every model listed, 1 a model has errors and was left out (named on stderr),
2 usage or I/O error.`;

/** `polku catalog`: the catalogue JSON of a folder of models. */
export async function catalogCommand(folders: string[], options: { out: string | undefined }, io: CommandIo): Promise<number> {
  if (folders.length !== 1) throw new UsageError('polku catalog takes exactly one folder of .bpmn models.');
  const folder = folders[0]!;
  let names: string[];
  try {
    names = (await io.listDir(folder)).filter((name) => name.endsWith('.bpmn')).toSorted();
  } catch (error) {
    throw new UsageError(`${folder}: cannot be listed (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
  if (names.length === 0) throw new UsageError(`${folder} has no .bpmn models.`);
  const models = [];
  for (const [position, name] of names.entries()) {
    if (io.isTty && names.length > 5) io.stderr(`\rreading ${position + 1}/${names.length} ${name}\x1b[K`);
    // Addresses are relative to where the catalogue lives: beside the models, or wherever --out puts it.
    const src = options.out ? relative(dirname(options.out), join(folder, name)).split(sep).join('/') : name;
    models.push({ src, xml: await io.readFile(join(folder, name)) });
  }
  if (io.isTty && names.length > 5) io.stderr('\r\x1b[K');
  const { catalog, problems } = await buildCatalog(models);
  for (const problem of problems) {
    const first = problem.diagnostics[0];
    io.stderr(`polku: ${problem.src} left out of the catalogue: ${first ? `${first.code}: ${first.message}` : 'it does not compile'} (run polku validate on it)\n`);
  }
  const json = `${JSON.stringify(catalog, null, 2)}\n`;
  if (options.out) {
    try {
      await io.writeFile(options.out, json);
    } catch (error) {
      throw new UsageError(`${options.out}: cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
    }
    io.stderr(`polku: ${catalog.models.length} models listed in ${options.out}\n`);
  } else {
    io.stdout(json);
  }
  return problems.length > 0 ? EXIT.diagnostics : EXIT.ok;
}
