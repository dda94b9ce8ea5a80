import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { polku } from '../src/index.js';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

let folder: string;
let server: ViteDevServer;

beforeEach(async () => {
  // A copy per test, so models can be rewritten while Vite watches them.
  folder = await mkdtemp(join(tmpdir(), 'polku-vite-dev-'));
  await cp(fixtures, folder, { recursive: true });
  server = await createServer({ root: folder, configFile: false, logLevel: 'silent', plugins: [polku()], server: { ws: false } });
  await watching(server, join(folder, '.watch-probe'));
});

afterEach(async () => {
  await server.close();
  await rm(folder, { recursive: true, force: true });
});

// Chokidar drops a second change to the same file within 50 ms of the first; wait that out.
const settle = () => new Promise((resolve) => setTimeout(resolve, 60));

/**
 * Resolves once the server's file watcher reports a write to `probe` (rewritten with its own
 * content, or created): edits made while it still scans would go unseen, and the test would
 * wait for nothing.
 */
async function watching(devServer: ViteDevServer, probe: string): Promise<void> {
  const content = await readFile(probe, 'utf8').catch(() => '');
  let seen = false;
  const onEvent = (_event: string, file: string) => {
    if (file === probe) seen = true;
  };
  devServer.watcher.on('all', onEvent);
  try {
    for (let attempt = 0; attempt < 100; attempt++) {
      if (seen) break;
      await writeFile(probe, content);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    devServer.watcher.off('all', onEvent);
  }
  if (!seen) throw new Error(`the dev server's watcher reported no write to ${probe} within 5 s`);
  await settle();
}

/** Saves `file` with `from` replaced by `to`, and resolves once the watcher has reported it. */
async function edit(file: string, from: string, to: string): Promise<void> {
  const reported = new Promise<void>((resolve) => {
    const onChange = (changed: string) => {
      if (changed !== file) return;
      server.watcher.off('change', onChange);
      resolve();
    };
    server.watcher.on('change', onChange);
  });
  await writeFile(file, (await readFile(file, 'utf8')).replaceAll(from, to));
  await reported;
  await settle();
}

/** Resolves once Vite has dropped its cached module for `file`, as it does when a dependency changes. */
async function invalidated(file: string): Promise<void> {
  await vi.waitFor(() => expect(server.environments.client.moduleGraph.getModuleById(file)?.transformResult).toBeNull(), { timeout: 5000, interval: 25 });
}

describe('vite dev server with polku()', { timeout: 15_000 }, () => {
  it('serves a .bpmn import as the pathway module and recompiles it when the model is saved', async () => {
    // given
    const model = join(folder, 'plugin.unreachable-task.bpmn');
    const first = await server.transformRequest('/plugin.unreachable-task.bpmn');
    const send = vi.spyOn(server.environments.client.hot, 'send');
    // when
    await edit(model, 'Task_First', 'Task_Renamed');
    await invalidated(model);
    const second = await server.transformRequest('/plugin.unreachable-task.bpmn');
    // then
    expect(send).toHaveBeenCalledWith(expect.objectContaining({ type: 'full-reload' }));
    expect(first?.code).toContain('export default');
    expect(first?.code).toContain('Task_First');
    expect(first?.code).toContain('export const diagnostics');
    expect(first?.code).toContain('unreachable-element');
    expect(second?.code).toContain('Task_Renamed');
    expect(second?.code).not.toContain('Task_First');
  });

  it('watches a model outside the Vite root, as an app importing ../../models/x.bpmn needs', async () => {
    // given
    await server.close();
    await mkdir(join(folder, 'app'));
    server = await createServer({ root: join(folder, 'app'), configFile: false, logLevel: 'silent', plugins: [polku()], server: { ws: false, fs: { allow: [folder] } } });
    const model = join(folder, 'plugin.unreachable-task.bpmn');
    await server.transformRequest(`/@fs${model}`);
    await watching(server, model);
    // when
    await edit(model, 'Task_First', 'Task_Renamed');
    await invalidated(model);
    // then
    expect((await server.transformRequest(`/@fs${model}`))?.code).toContain('Task_Renamed');
  });

  it('recompiles a model when the sibling file that defines its called process is saved', async () => {
    // given
    const model = join(folder, 'call/school.calls-placement.bpmn');
    const sibling = join(folder, 'call/placement.called.bpmn');
    const first = await server.transformRequest('/call/school.calls-placement.bpmn');
    const imported = [...(server.environments.client.moduleGraph.getModuleById(model)?.importedModules ?? [])].map((module) => module.file);
    // when
    await edit(sibling, 'Task_Decide', 'Task_DecideAgain');
    await invalidated(model);
    const second = await server.transformRequest('/call/school.calls-placement.bpmn');
    // then
    expect(imported).toContain(sibling);
    expect(first?.code).toContain('Task_Decide');
    expect(second?.code).toContain('Task_DecideAgain');
  });

  it('reloads the page when a called process missing from a model appears in a sibling file', async () => {
    // given a model whose called process is nowhere to be found
    const sibling = join(folder, 'call/placement.called.bpmn');
    await edit(sibling, 'id="Process_Placement"', 'id="Process_Elsewhere"');
    const failure: unknown = await server.transformRequest('/call/school.calls-placement.bpmn').then(
      () => undefined,
      (error: unknown) => error,
    );
    const send = vi.spyOn(server.environments.client.hot, 'send');
    // when
    await edit(sibling, 'id="Process_Elsewhere"', 'id="Process_Placement"');
    await vi.waitFor(() => expect(send).toHaveBeenCalledWith(expect.objectContaining({ type: 'full-reload' })), { timeout: 5000, interval: 25 });
    const fixed = await server.transformRequest('/call/school.calls-placement.bpmn');
    // then
    expect((failure as Error).message).toContain('see docs/errors/called-process-missing.md');
    expect(fixed?.code).toContain('Task_Decide');
  });

  it('rejects a broken model with what the error overlay shows: every error, the first one located', async () => {
    // given
    const model = join(folder, 'error/plugin.several-errors.bpmn');
    // when
    const failure: unknown = await server.transformRequest('/error/plugin.several-errors.bpmn').then(
      () => undefined,
      (error: unknown) => error,
    );
    // then
    expect(failure).toMatchObject({
      plugin: 'polku',
      loc: { file: model, line: 6, column: 5 },
      frame: expect.stringContaining('<bpmn:complexGateway id="Gateway_Complex"'),
      message: expect.stringContaining('(3 errors)'),
    });
    expect((failure as Error).message).toContain('at error/plugin.several-errors.bpmn:7:5 <bpmn:UserTask id="Task_DeadEnd">');
  });
});
