/** Where a command writes; tests pass buffers, the binary passes the process streams. */
export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<string>;
  /**
   * Writes a file (creating its folder). With `exclusive`, fails with an `EEXIST` error when the
   * file exists, so `polku new` never overwrites a model.
   */
  writeFile: (path: string, text: string, options?: { exclusive?: boolean }) => Promise<void>;
  /** File names in a folder, for finding the models a call activity calls. */
  listDir: (path: string) => Promise<string[]>;
  /** Colour and symbols only on a terminal. */
  isTty: boolean;
}

/** Exit codes: 0 clean, 1 the input has errors, 2 usage or I/O error. */
export const EXIT = { ok: 0, diagnostics: 1, usage: 2 } as const;

/** A usage or I/O problem: printed on stderr, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
