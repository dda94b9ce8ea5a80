/**
 * The `polku` command line: `validate`, `compile` and `paths`. {@link runCli} takes the arguments and
 * an I/O object and returns the exit code, so tests run it in-process.
 */
import { parseArgs } from 'node:util';
import { compileCommand, compileHelp } from './commands/compile.js';
import { pathsCommand, pathsHelp } from './commands/paths.js';
import { validateCommand, validateHelp } from './commands/validate.js';
import { EXIT, UsageError, type CommandIo } from './io.js';

export type { CommandIo } from './io.js';
export { EXIT } from './io.js';

const mainHelp = `Usage: polku <command> [options]

Commands:
  validate <file.bpmn…> [--json]   check models; exit 1 when a model has errors
  compile <file.bpmn>              print the compiled pathway JSON
  paths <file.bpmn> [--json]       list every distinct walkthrough

Run "polku <command> --help" for a command's options.`;

/**
 * Runs one CLI invocation.
 *
 * @example
 * const code = await runCli(['validate', 'models/koulupolku.bpmn', '--json'], io);
 */
export async function runCli(argv: string[], io: CommandIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      (command ? io.stdout : io.stderr)(`${mainHelp}\n`);
      return command ? EXIT.ok : EXIT.usage;
    }
    let parsed;
    try {
      parsed = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          json: { type: 'boolean', default: false },
          help: { type: 'boolean', short: 'h', default: false },
          'max-loops': { type: 'string' },
        },
      });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const { values, positionals } = parsed;
    if (command !== 'paths' && values['max-loops'] !== undefined) throw new UsageError(`--max-loops is an option of polku paths, not of polku ${command}.`);
    switch (command) {
      case 'validate':
        if (values.help) return help(validateHelp, io);
        return await validateCommand(positionals, { json: values.json }, io);
      case 'compile':
        if (values.help) return help(compileHelp, io);
        if (values.json) throw new UsageError('polku compile always prints JSON; --json is not an option of compile.');
        return await compileCommand(positionals, io);
      case 'paths':
        if (values.help) return help(pathsHelp, io);
        return await pathsCommand(positionals, { json: values.json, maxLoops: values['max-loops'] }, io);
      default:
        throw new UsageError(`Unknown command "${command}".\n\n${mainHelp}`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`polku: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

function help(text: string, io: CommandIo): number {
  io.stdout(`${text}\n`);
  return EXIT.ok;
}
