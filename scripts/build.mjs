#!/usr/bin/env node
// `pnpm build`: the example site (examples/dist) and the embed bundle (packages/elements/dist,
// copied to examples/dist/polku/ so the site's plain embed pages find /polku/polku.js).
//
//   node scripts/build.mjs           both
//   node scripts/build.mjs --embed   the embed bundle only
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
const elementsConfig = join(root, 'packages', 'elements', 'vite.config.ts');

/**
 * Runs Vite's build with NODE_ENV=production: under Vitest (NODE_ENV=test) Vite would resolve
 * the packages' "development" exports (Lit's dev build); a page gets the production build.
 */
async function viteBuild(options) {
  const { build } = await import('vite');
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', mode: 'production', ...options });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

/**
 * Builds the embed bundle (`polku.js` and `chunks/`) into `outDir`, by default
 * `packages/elements/dist`, with `packages/elements/vite.config.ts`.
 *
 * @param {string} [outDir]
 * @returns {Promise<string>} the folder written
 */
export async function buildEmbed(outDir = join(root, 'packages', 'elements', 'dist')) {
  mkdirSync(outDir, { recursive: true });
  await viteBuild({ configFile: elementsConfig, build: { outDir, emptyOutDir: true } });
  return outDir;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const bundle = await buildEmbed();
  console.log(`build: the embed bundle is in ${bundle}`);
  if (!process.argv.includes('--embed')) {
    await viteBuild({ configFile: join(root, 'vite.config.ts') });
    cpSync(bundle, join(root, 'examples', 'dist', 'polku'), { recursive: true });
    console.log('build: the example site is in examples/dist (with the embed bundle at /polku/)');
  }
}
