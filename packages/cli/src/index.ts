/**
 * The `polku` command line: `validate`, `compile`, `paths`, `catalog`, `new`, `export` and `docs`. {@link runCli} takes the arguments and
 * an I/O object and returns the exit code, so tests run it in-process.
 */
import { parseArgs } from 'node:util';
import { catalogCommand, catalogHelp } from './commands/catalog.js';
import { compileCommand, compileHelp } from './commands/compile.js';
import { docsCommand, docsHelp } from './commands/docs.js';
import { exportCommand, exportHelp } from './commands/export.js';
import { newCommand, newHelp } from './commands/new.js';
import { pathsCommand, pathsHelp } from './commands/paths.js';
import { validateCommand, validateHelp } from './commands/validate.js';
import { EXIT, UsageError, type CommandIo } from './io.js';

export type { CommandIo } from './io.js';
export { EXIT } from './io.js';

const mainHelp = `Usage: polku <command> [options]

Commands:
  validate <file.bpmn…>    check models (--lint: modelling rules, --report: text coverage)
  compile <file.bpmn>      print the compiled pathway (JSON, or an ES module)
  paths <file.bpmn>        list every distinct walkthrough
  catalog <folder>         write the catalogue (catalog.json) of a folder of models
  new <file.bpmn>          start a new model from a template
  export <file.bpmn>       export a model for Camunda 8.8 (--target camunda8), with its forms
  docs <file.bpmn…>        write a printable HTML handbook per model (--out <dir>)

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
          format: { type: 'string' },
          lint: { type: 'boolean', default: false },
          report: { type: 'boolean', default: false },
          out: { type: 'string', short: 'o' },
          name: { type: 'string' },
          target: { type: 'string' },
          lang: { type: 'string' },
          help: { type: 'boolean', short: 'h', default: false },
          'max-loops': { type: 'string' },
        },
      });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const { values, positionals } = parsed;
    const only = (option: string, commands: string[]) => {
      if ((values as Record<string, unknown>)[option] !== undefined && (values as Record<string, unknown>)[option] !== false && !commands.includes(command)) {
        throw new UsageError(`--${option} is an option of polku ${commands.join(' and polku ')}, not of polku ${command}.`);
      }
    };
    only('max-loops', ['paths']);
    only('lint', ['validate']);
    only('report', ['validate']);
    only('out', ['catalog', 'compile', 'export', 'docs']);
    only('target', ['export']);
    only('lang', ['docs']);
    only('name', ['new']);
    only('format', ['validate', 'compile']);
    switch (command) {
      case 'validate':
        if (values.help) return help(validateHelp, io);
        return await validateCommand(positionals, { json: outputFormat(values.format, values.json, ['text', 'json']) === 'json', lint: values.lint, report: values.report }, io);
      case 'compile':
        if (values.help) return help(compileHelp, io);
        if (values.json) throw new UsageError('polku compile prints JSON by default; --json is not an option of compile.');
        return await compileCommand(positionals, { format: outputFormat(values.format, false, ['json', 'module']) as 'json' | 'module', out: values.out }, io);
      case 'catalog':
        if (values.help) return help(catalogHelp, io);
        return await catalogCommand(positionals, { out: values.out }, io);
      case 'new':
        if (values.help) return help(newHelp, io);
        return await newCommand(positionals, { name: values.name }, io);
      case 'export':
        if (values.help) return help(exportHelp, io);
        return await exportCommand(positionals, { target: values.target, out: values.out }, io);
      case 'docs':
        if (values.help) return help(docsHelp, io);
        return await docsCommand(positionals, { out: values.out, lang: values.lang }, io);
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

/** The value of `--format` (or `--json`), checked against what the command can print; the first is the default. */
function outputFormat(format: string | undefined, json: boolean, allowed: string[]): string {
  if (json && format !== undefined && format !== 'json') throw new UsageError(`--json and --format ${format} contradict each other.`);
  const chosen = format ?? (json ? 'json' : allowed[0]!);
  if (!allowed.includes(chosen)) throw new UsageError(`--format must be ${allowed.join(' or ')}, not "${chosen}".`);
  return chosen;
}

function help(text: string, io: CommandIo): number {
  io.stdout(`${text}\n`);
  return EXIT.ok;
}
