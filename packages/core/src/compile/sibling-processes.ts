// Cheap scan for process ids; the file that matches is then parsed properly by the compiler.
const PROCESS_ID = /<(?:[\w.-]+:)?process\b[^>]*?\sid\s*=\s*["']([^"']+)["']/g;

/** A called process found beside the model: its file's XML and path. */
export interface FoundProcess {
  xml: string;
  file: string;
}

/** How {@link siblingProcessLoader} reads a folder; the CLI, the Vite plugin and tests pass Node's `fs`. */
export interface FolderReader {
  /** File names in a folder. */
  listDir: (folder: string) => Promise<string[]>;
  readFile: (path: string) => Promise<string>;
  /** Hears of every file read (the Vite plugin watches them). */
  onRead?: (path: string) => void;
}

/**
 * A `loadProcess` for {@link compileBpmn}: finds the process a call activity calls among the
 * `.bpmn` files in the same folder as `file` (as `models/` is), in name order, reading each
 * file at most once and only when the model calls a process it does not define itself.
 *
 * @example
 * const loadProcess = siblingProcessLoader('models/lastensuojelu-asiakasprosessi.bpmn', {
 *   listDir: (folder) => readdir(folder), readFile: (path) => readFile(path, 'utf8'),
 * });
 * const { pathway } = await compileBpmn(xml, { file, loadProcess });
 */
export function siblingProcessLoader(file: string, reader: FolderReader): (processId: string) => Promise<FoundProcess | undefined> {
  let index: Promise<Map<string, FoundProcess>> | undefined;
  const cut = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  const folder = cut < 0 ? '.' : file.slice(0, cut) || '/';
  const own = file.slice(cut + 1);
  const separator = cut >= 0 ? file[cut]! : '/';
  const build = async () => {
    const byProcess = new Map<string, FoundProcess>();
    const siblings = (await reader.listDir(folder)).filter((name) => name.endsWith('.bpmn') && name !== own).toSorted();
    for (const name of siblings) {
      const path = folder === '/' ? `/${name}` : `${folder}${separator}${name}`;
      reader.onRead?.(path);
      const xml = await reader.readFile(path);
      for (const match of xml.matchAll(PROCESS_ID)) if (!byProcess.has(match[1]!)) byProcess.set(match[1]!, { xml, file: path });
    }
    return byProcess;
  };
  return async (processId) => (await (index ??= build())).get(processId);
}
