import { compileBpmn, enumeratePaths, siblingProcessLoader, type PathStep } from '@polku/core/compiler';
import { EXIT, UsageError, type CommandIo } from '../io.js';
import { read, validateCommand } from './validate.js';

export const pathsHelp = `Usage: polku paths <file.bpmn> [--json] [--max-loops N]

Lists every distinct walkthrough of a model: each as the steps a worker takes, the activities
completed in order and the end events reached. Loops are taken at most N times (default 1).
Parallel branches are not listed in every interleaving (see docs/semantics.md).

Options:
  --json          print {"paths":[{"steps":[…],"data":{…},"completed":[…],"endEvents":[…]}]}
  --max-loops N   how many times a loop may be taken again (default 1)
  -h, --help      show this help

Exit codes: 0 listed, 1 the model has errors (printed on stderr), 2 usage or I/O error.`;

/** `polku paths`: the walkthroughs of one model. */
export async function pathsCommand(files: string[], options: { json: boolean; maxLoops: string | undefined }, io: CommandIo): Promise<number> {
  if (files.length !== 1) throw new UsageError('polku paths takes exactly one .bpmn file.');
  const maxLoops = options.maxLoops === undefined ? 1 : Number(options.maxLoops);
  if (!Number.isInteger(maxLoops) || maxLoops < 0) throw new UsageError(`--max-loops needs a whole number of 0 or more, not "${options.maxLoops}".`);
  const file = files[0]!;
  const { pathway } = await compileBpmn(await read(file, io), { file, loadProcess: siblingProcessLoader(file, io) });
  if (!pathway) {
    await validateCommand([file], { json: false }, { ...io, stdout: io.stderr });
    return EXIT.diagnostics;
  }
  const { paths, truncated } = await enumeratePaths(pathway, { maxLoops });
  if (truncated) io.stderr(`polku: stopped after ${paths.length} paths; lower --max-loops to see them all.\n`);
  if (options.json) {
    io.stdout(`${JSON.stringify({ paths }, null, 2)}\n`);
    return EXIT.ok;
  }
  const lines: string[] = [];
  for (const [index, path] of paths.entries()) {
    lines.push(`Path ${index + 1} → ${path.endEvents.join(', ') || '(no end event)'}`);
    for (const step of path.steps) lines.push(`  ${describeStep(step)}`);
    if (Object.keys(path.data).length > 0) lines.push(`  with ${Object.entries(path.data).map(([key, value]) => `${key} = ${JSON.stringify(value)}`).join(', ')}`);
  }
  lines.push(`${paths.length} path${paths.length === 1 ? '' : 's'}`);
  io.stdout(`${lines.join('\n')}\n`);
  return EXIT.ok;
}

function describeStep(step: PathStep): string {
  switch (step.kind) {
    case 'complete':
      return `complete ${step.element}`;
    case 'choose':
      return `choose   ${step.gateway} → ${step.flows.join(', ')}`;
    default:
      return `${step.kind.padEnd(8)} ${step.element}`;
  }
}
