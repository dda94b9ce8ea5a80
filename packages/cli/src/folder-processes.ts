import { basename, dirname, join } from 'node:path';
import type { CommandIo } from './io.js';

// Cheap scan for process ids; the file that matches is then parsed properly by the compiler.
const PROCESS_ID = /<(?:[\w.-]+:)?process\b[^>]*?\sid\s*=\s*["']([^"']+)["']/g;

/**
 * A `loadProcess` for the compiler: finds the process a call activity calls among the `.bpmn`
 * files in the same folder as `file` (as `models/` is), reading each file at most once.
 */
export function folderProcessLoader(file: string, io: CommandIo): (processId: string) => Promise<{ xml: string; file: string } | undefined> {
  let index: Promise<Map<string, { xml: string; file: string }>> | undefined;
  const build = async () => {
    const byProcess = new Map<string, { xml: string; file: string }>();
    const folder = dirname(file);
    const siblings = (await io.listDir(folder)).filter((name) => name.endsWith('.bpmn') && name !== basename(file)).toSorted();
    for (const name of siblings) {
      const path = join(folder, name);
      const xml = await io.readFile(path);
      for (const match of xml.matchAll(PROCESS_ID)) if (!byProcess.has(match[1]!)) byProcess.set(match[1]!, { xml, file: path });
    }
    return byProcess;
  };
  return async (processId) => (await (index ??= build())).get(processId);
}
