import { newPathwayXml } from '@polku/moddle';
import { basename } from 'node:path';
import { EXIT, UsageError, type CommandIo } from '../io.js';

export const newHelp = `Usage: polku new <file.bpmn> [--name "<Finnish title>"]

Writes a new model from a small template: one pool with one lane, start → one step → end, with
Finnish, Swedish and English names and guidance placeholders, catalogue metadata
(polku:audience, polku:tag) and the polku: and i18n: namespaces ready, laid out for the modeler.
It passes polku validate --lint; replace the placeholders and add your steps.
Never overwrites a file.

Options:
  --name "<title>"  the pathway's Finnish title (default "Uusi polku")
  -h, --help        show this help

Exit codes: 0 written, 2 usage or I/O error (e.g. the file exists).`;

/** `polku new`: a template model, never over an existing file. */
export async function newCommand(files: string[], options: { name: string | undefined }, io: CommandIo): Promise<number> {
  if (files.length !== 1 || !files[0]!.endsWith('.bpmn')) throw new UsageError('polku new takes exactly one file name ending in .bpmn.');
  const file = files[0]!;
  const title = (options.name ?? 'Uusi polku').trim();
  if (!title) throw new UsageError('--name needs a title.');
  try {
    await io.writeFile(file, newPathwayXml({ processId: processIdOf(file), title, exporter: 'polku new' }), { exclusive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'EEXIST' ? `${file} exists; polku new never overwrites a model.` : `${file}: cannot be written (${code ?? String(error)}).`);
  }
  io.stdout(`${file}: written. Open it in the modeler (pnpm start → /modeler/) or edit it, then run polku validate --lint ${file}.\n`);
  return EXIT.ok;
}

/** `models/tuki-perhe.bpmn` → `Process_TukiPerhe`. */
function processIdOf(file: string): string {
  const words = basename(file, '.bpmn').split(/[^A-Za-z0-9]+/).filter(Boolean);
  const pascal = words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('');
  return `Process_${/^[A-Za-z]/.test(pascal) ? pascal : `Model${pascal}`}`;
}
