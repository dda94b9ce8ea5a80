/**
 * Opening and saving `.bpmn` files: the File System Access API where the browser has it
 * (Chromium-based browsers: a real "Save" to the same file), else an `<input type="file">`
 * to open and a download to save.
 */

/** A file read from disk. */
export interface OpenedFile {
  name: string;
  text: string;
  /** Set when opened through the File System Access API: "Save" writes back to it. */
  handle?: FileSystemFileHandle;
}

/** How a save ended. */
export type SaveResult = { kind: 'written'; name: string; handle: FileSystemFileHandle } | { kind: 'downloaded'; name: string } | { kind: 'cancelled' };

// The WICG File System Access API is not in TypeScript's DOM library yet.
interface FilePickerOptions {
  suggestedName?: string;
  types?: { description: string; accept: Record<string, string[]> }[];
  excludeAcceptAllOption?: boolean;
}
interface FileAccessWindow {
  showOpenFilePicker?: (options?: FilePickerOptions & { multiple?: false }) => Promise<FileSystemFileHandle[]>;
  showSaveFilePicker?: (options?: FilePickerOptions) => Promise<FileSystemFileHandle>;
}
interface PermissionHandle {
  queryPermission?: (descriptor: { mode: 'readwrite' }) => Promise<PermissionState>;
  requestPermission?: (descriptor: { mode: 'readwrite' }) => Promise<PermissionState>;
}

const BPMN_TYPES = [{ description: 'BPMN 2.0', accept: { 'application/xml': ['.bpmn', '.xml'] } }];

/** True when the browser can open and save files in place (File System Access API). */
export function hasFileAccess(): boolean {
  const api = window as unknown as FileAccessWindow;
  return typeof api.showOpenFilePicker === 'function' && typeof api.showSaveFilePicker === 'function';
}

/**
 * Asks for a file with the browser's picker. Undefined when the user cancels. Without the
 * File System Access API it clicks `input` (an `<input type="file">`), whose `change` the
 * caller handles with {@link readInputFile}; the result is then undefined here too.
 */
export async function pickFile(input: HTMLInputElement): Promise<OpenedFile | undefined> {
  const api = window as unknown as FileAccessWindow;
  if (!hasFileAccess()) {
    input.value = '';
    input.click();
    return undefined;
  }
  try {
    const [handle] = await api.showOpenFilePicker!({ types: BPMN_TYPES });
    if (!handle) return undefined;
    const file = await handle.getFile();
    return { name: file.name, text: await file.text(), handle };
  } catch (error) {
    if (isAbort(error)) return undefined;
    throw error;
  }
}

/** The file chosen in an `<input type="file">`, read as text. */
export async function readInputFile(input: HTMLInputElement): Promise<OpenedFile | undefined> {
  const file = input.files?.[0];
  return file ? { name: file.name, text: await file.text() } : undefined;
}

/** A dropped file, read as text. */
export async function readDroppedFile(transfer: DataTransfer | null): Promise<OpenedFile | undefined> {
  const file = transfer?.files?.[0];
  return file ? { name: file.name, text: await file.text() } : undefined;
}

/**
 * Saves `xml`. With a `handle` (and write permission, asked for when needed) it writes to
 * that file; with `saveAs` or without a handle it asks where, through the picker; without the
 * File System Access API it downloads `name`.
 */
export async function saveFile(xml: string, name: string, options: { handle?: FileSystemFileHandle; saveAs?: boolean } = {}): Promise<SaveResult> {
  const api = window as unknown as FileAccessWindow;
  if (!hasFileAccess()) {
    download(xml, name);
    return { kind: 'downloaded', name };
  }
  let handle = options.saveAs ? undefined : options.handle;
  try {
    if (handle && !(await mayWrite(handle))) handle = undefined;
    handle ??= await api.showSaveFilePicker!({ suggestedName: name, types: BPMN_TYPES });
    const writable = await handle.createWritable();
    await writable.write(new Blob([xml], { type: 'application/xml' }));
    await writable.close();
    return { kind: 'written', name: handle.name, handle };
  } catch (error) {
    if (isAbort(error)) return { kind: 'cancelled' };
    throw error;
  }
}

/** Offers `xml` as a download called `name`. */
export function download(xml: string, name: string): void {
  const url = URL.createObjectURL(new Blob([xml], { type: 'application/xml' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: Chromium reads the URL after the click has returned.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Whether the page may write to `handle`, asking the user when the browser wants to. */
async function mayWrite(handle: FileSystemFileHandle): Promise<boolean> {
  const permissions = handle as unknown as PermissionHandle;
  if (!permissions.queryPermission || !permissions.requestPermission) return true;
  if ((await permissions.queryPermission({ mode: 'readwrite' })) === 'granted') return true;
  return (await permissions.requestPermission({ mode: 'readwrite' })) === 'granted';
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
