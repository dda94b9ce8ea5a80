import { compileBpmn, siblingProcessLoader } from '@polku/core/compiler';
import type { Pathway } from '@polku/core';
import { basename, join } from 'node:path';
import { renderHandbook } from '../docs/handbook.js';
import { renderIndex, type IndexEntry } from '../docs/index-page.js';
import { createZeebeModdle, type Element } from '../export/moddle.js';
import { EXIT, UsageError, type CommandIo } from '../io.js';
import { read } from './validate.js';

export const docsHelp = `Usage: polku docs <file.bpmn…> --out <dir> [--lang fi|sv|en]

Writes a printable HTML handbook per model, for an intranet: the pathway's title and summary,
its diagram, then every stage in flow order with who does it, the guidance, the answers of each
decision and where they lead, legal references as links and deadlines. Each page is one
self-contained file: the styles are inside, there is no script and nothing is fetched.

One model: <dir>/index.html is its handbook. Several: <dir>/<model>.html each and an index
(<dir>/index.html) that lists them; a call activity links to the handbook of the model it calls.

Options:
  -o, --out <dir>   the folder to write into (required)
  --lang fi|sv|en   the language of the pages (default: each model's own); a text the model
                    lacks in it is shown in the model's language
  -h, --help        show this help

Exit codes: 0 every handbook written, 1 a model has errors and was left out (named on stderr),
2 usage or I/O error.`;

const LANGS = ['fi', 'sv', 'en'];

interface Written {
  file: string;
  href: string;
  pathway: Pathway;
  definitions: Element | undefined;
}

/** `polku docs`: the handbook of each model, and an index when there are several. */
export async function docsCommand(files: string[], options: { out: string | undefined; lang: string | undefined }, io: CommandIo): Promise<number> {
  if (files.length === 0) throw new UsageError('polku docs needs at least one .bpmn file.');
  if (!options.out) throw new UsageError('polku docs needs --out <dir>, the folder to write the handbooks into.');
  if (options.lang !== undefined && !LANGS.includes(options.lang)) throw new UsageError(`--lang must be ${LANGS.join(', ')}, not "${options.lang}".`);
  const out = options.out;
  const progress = io.isTty && files.length > 5;
  const models: Written[] = [];
  const hrefs = new Set<string>();
  let leftOut = 0;
  for (const [position, file] of files.entries()) {
    if (progress) io.stderr(`\rreading ${position + 1}/${files.length} ${file}\x1b[K`);
    const xml = await read(file, io);
    const { pathway, diagnostics } = await compileBpmn(xml, { file, loadProcess: siblingProcessLoader(file, io) });
    if (!pathway) {
      const first = diagnostics.find((diagnostic) => diagnostic.severity === 'error');
      io.stderr(`${progress ? '\r\x1b[K' : ''}polku: ${file} left out: ${first ? `${first.code}: ${first.message}` : 'it does not compile'} (run polku validate on it)\n`);
      leftOut++;
      continue;
    }
    let definitions: Element | undefined;
    try {
      definitions = (await createZeebeModdle().fromXML(xml)).rootElement;
    } catch {
      definitions = undefined; // compiled, so readable; a diagram is a bonus
    }
    let href = `${basename(file, '.bpmn')}.html`;
    for (let round = 2; hrefs.has(href) || href === 'index.html'; round++) href = `${basename(file, '.bpmn')}-${round}.html`;
    hrefs.add(href);
    models.push({ file, href, pathway, definitions });
  }

  const single = files.length === 1;
  const byProcess = new Map<string, Written>();
  for (const model of models) for (const id of [model.pathway.id, ...(model.pathway.pools ?? []).map((pool) => pool.process)]) if (!byProcess.has(id)) byProcess.set(id, model);
  for (const [position, model] of models.entries()) {
    if (progress) io.stderr(`\rwriting ${position + 1}/${models.length} ${model.href}\x1b[K`);
    const lang = options.lang ?? model.pathway.lang;
    const html = renderHandbook({
      pathway: model.pathway,
      lang,
      source: basename(model.file),
      ...(model.definitions ? { definitions: model.definitions } : {}),
      linkToProcess: (processId) => {
        const other = single ? undefined : byProcess.get(processId);
        if (!other || other === model) return undefined;
        const title = other.pathway.name[lang] ?? other.pathway.name[other.pathway.lang] ?? other.pathway.id;
        return { href: other.href, title };
      },
    });
    await write(join(out, single ? 'index.html' : model.href), html, io);
  }
  if (progress) io.stderr('\r\x1b[K');
  if (!single && models.length > 0) {
    const entries: IndexEntry[] = models.map((model) => ({ href: model.href, title: model.pathway.name, summary: model.pathway.guidance, lang: model.pathway.lang }));
    await write(join(out, 'index.html'), renderIndex(entries, options.lang ?? models[0]!.pathway.lang), io);
  }
  if (models.length > 0) io.stderr(`polku: ${models.length} handbook${models.length === 1 ? '' : 's'} written to ${out}\n`);
  return leftOut > 0 ? EXIT.diagnostics : EXIT.ok;
}

async function write(path: string, text: string, io: CommandIo): Promise<void> {
  try {
    await io.writeFile(path, text);
  } catch (error) {
    throw new UsageError(`${path}: cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
}
