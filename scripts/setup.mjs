#!/usr/bin/env node
// One-step set-up for a fresh machine that has only Node 20, npm and git.
// `npm start` and `npm test` (the README's two commands) run this first:
//   1. pnpm, pinned to the version in package.json (corepack does not work here, see ../shared/TOOLCHAIN.md);
//   2. the workspace's dependencies, exactly as the lockfile says;
//   3. with --browser: Debian's Chromium for the end-to-end tests (never a browser download).
// It prints what it does and exits non-zero with the exact missing piece when it cannot go on.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const wantBrowser = process.argv.includes('--browser');
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];

function say(message) {
  process.stdout.write(`[setup] ${message}\n`);
}

function fail(message) {
  process.stderr.write(`[setup] ${message}\n`);
  process.exit(1);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.status !== 0) fail(`"${command} ${args.join(' ')}" failed (exit ${result.status ?? result.signal}).`);
}

function versionOf(command) {
  try {
    return execFileSync(command, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) fail(`Node ${process.versions.node} is too old: Polku needs Node 20.19 or newer.`);

if (versionOf('pnpm') !== pinned) {
  say(`installing pnpm ${pinned} with npm (corepack is not used)`);
  run('npm', ['install', '--global', `pnpm@${pinned}`]);
  if (versionOf('pnpm') !== pinned) fail(`pnpm ${pinned} was installed but "pnpm --version" does not report it; check npm's global bin folder is on PATH.`);
}

say('installing workspace dependencies from pnpm-lock.yaml');
run('pnpm', ['install', '--frozen-lockfile', '--prefer-offline', '--reporter=silent']);

if (wantBrowser) {
  const chromium = process.env.POLKU_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    if (!isRoot || !existsSync('/usr/bin/apt-get')) {
      fail(
        `Chromium is missing at ${chromium}. Install Debian's package as root:\n` +
          '  apt-get update && apt-get install -y chromium\n' +
          'or point POLKU_CHROMIUM at an existing Chromium binary.',
      );
    }
    say("installing Debian's chromium for the browser tests");
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  say(`browser: ${versionOf(chromium) ?? chromium}`);
}
