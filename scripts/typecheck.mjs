#!/usr/bin/env node
// Type-checks every TypeScript project with the native compiler, one tsconfig at a time,
// because the packages differ in their libs (core and moddle see no DOM).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const projects = [
  ...readdirSync('packages').flatMap((name) => [join('packages', name, 'tsconfig.json'), join('packages', name, 'tsconfig.test.json')]),
  'examples/tsconfig.json',
  ...readdirSync('examples', { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => join('examples', entry.name, 'tsconfig.json')),
  'tests/tsconfig.json',
  'bench/tsconfig.json',
].filter((path) => existsSync(path));

let failed = 0;
for (const project of projects) {
  const result = spawnSync('tsc', ['-p', project, '--noEmit'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.error) console.error(`typecheck: cannot run tsc (${result.error.message}); run it through pnpm so node_modules/.bin is on PATH.`);
  if (result.status !== 0) failed++;
}
console.log(`typecheck: ${projects.length - failed} of ${projects.length} projects clean`);
process.exit(failed === 0 ? 0 : 1);
