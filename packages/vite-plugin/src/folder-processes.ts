import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

// Cheap scan for process ids; the file that matches is then parsed properly by the compiler.
const PROCESS_ID = /<(?:[\w.-]+:)?process\b[^>]*?\sid\s*=\s*["']([^"']+)["']/g;

/** A called process found beside the model: its file's XML and absolute path. */
export interface FoundProcess {
  xml: string;
  file: string;
}

/**
 * A `loadProcess` for the compiler: finds the process a call activity calls among the `.bpmn`
 * files in the same folder as `file`, as `polku validate` does, reading each file at most once
 * and only when the model calls a process it does not define itself. `onRead` hears of every
 * file read, because whether a call resolves depends on all of them, not only the match.
 */
export function folderProcessLoader(file: string, onRead: (path: string) => void): (processId: string) => Promise<FoundProcess | undefined> {
  let index: Promise<Map<string, FoundProcess>> | undefined;
  const build = async () => {
    const byProcess = new Map<string, FoundProcess>();
    const folder = dirname(file);
    const siblings = (await readdir(folder)).filter((name) => name.endsWith('.bpmn') && name !== basename(file)).toSorted();
    for (const name of siblings) {
      const path = join(folder, name);
      onRead(path);
      const xml = await readFile(path, 'utf8');
      for (const match of xml.matchAll(PROCESS_ID)) if (!byProcess.has(match[1]!)) byProcess.set(match[1]!, { xml, file: path });
    }
    return byProcess;
  };
  return async (processId) => (await (index ??= build())).get(processId);
}
