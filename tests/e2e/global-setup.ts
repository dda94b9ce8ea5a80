/**
 * Builds the example site for production (CSP and bundle behaviour differ from the dev
 * server) and serves it with `vite preview` on a free loopback port for the e2e tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';

const root = join(import.meta.dirname, '..', '..');
const configFile = join(root, 'vite.config.ts');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Vitest sets NODE_ENV=test, and Vite then resolves the packages' "development" exports
  // (Lit's dev build, with its console warnings); build what a page would really ship.
  // Each run builds into its own folder, so two test runs side by side never serve each other's half-written files.
  const outDir = mkdtempSync(join(tmpdir(), 'polku-e2e-'));
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile, logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  const server = await preview({ configFile, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false } });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error(`vite preview did not report a TCP address (got ${String(address)}).`);
  project.provide('baseUrl', `http://127.0.0.1:${address.port}`);
  return async () => {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built example site is served, e.g. `http://127.0.0.1:41234`. */
    baseUrl: string;
  }
}
