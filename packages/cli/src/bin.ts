#!/usr/bin/env node
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { runCli } from './index.js';

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFile(path, 'utf8'),
  listDir: (path) => readdir(path),
  writeFile: async (path, text, options) => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text, { encoding: 'utf8', flag: options?.exclusive ? 'wx' : 'w' });
  },
  isTty: Boolean(process.stderr.isTTY),
}).catch((error: unknown) => {
  // A bug, not bad input: say so plainly with the stack for the report.
  process.stderr.write(`polku: internal error, please report it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 2;
});
process.exitCode = code;
