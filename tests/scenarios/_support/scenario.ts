/**
 * The scenario harness: a typical case of one model walked as a worker walks it, with the
 * stages, roles and deadlines the worker sees along the way. One piece of code for every
 * model's scenario file, so each file reads as the case it describes.
 *
 * ```ts
 * const model = await loadModel('koulupolku.bpmn');
 * const walk = startWalk(model, '2026-03-02');
 * expect(stages(walk)).toEqual([{ id: 'Task_Prepare', role: 'Lapsen asioista vastaava sosiaalityöntekijä', … }]);
 * walk.complete('Task_Prepare');
 * ```
 */
import { createWalkthrough, dueDates, type Pathway, type PathwayNode, type Walkthrough } from '@polku/core';
import { compileBpmn, siblingProcessLoader } from '@polku/core/compiler';
import { feelEvaluator } from '@polku/core/feel';
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const MODELS = join(import.meta.dirname, '..', '..', '..', 'models');

/** Compiles `models/<file>` (call activities resolved among the sibling models); throws on any error diagnostic. */
export async function loadModel(file: string): Promise<Pathway> {
  const path = join(MODELS, file);
  const loadProcess = siblingProcessLoader(path, { listDir: (folder) => readdir(folder), readFile: (sibling) => readFile(sibling, 'utf8') });
  const { pathway, diagnostics } = await compileBpmn(readFileSync(path, 'utf8'), { file: path, loadProcess });
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (!pathway || errors.length > 0) throw new Error(`${file} does not compile:\n${errors.map((error) => error.message).join('\n')}`);
  return pathway;
}

/** A walkthrough whose clock stands at noon (Finnish time) of `date`, and can be moved with {@link setDay}. */
export interface ScenarioWalk extends Walkthrough {
  /** Moves the clock to noon of another day; the next step is stamped with it. */
  setDay(date: string): void;
}

/** Starts `pathway` on `date` (`YYYY-MM-DD`), with FEEL conditions evaluated when the model has any. */
export function startWalk(pathway: Pathway, date: string): ScenarioWalk {
  let now = noon(date);
  const walk = createWalkthrough(pathway, {
    clock: () => now,
    ...(pathway.conditional ? { evaluate: feelEvaluator } : {}),
  }) as ScenarioWalk;
  walk.setDay = (day: string) => {
    now = noon(day);
  };
  return walk;
}

/** What the worker sees of one active stage. */
export interface StageView {
  id: string;
  /** The Finnish name. */
  name: string | undefined;
  /** Who does it: the Finnish name of its lane, or of the nearest enclosing scope's lane. */
  role: string | undefined;
  /** Each statutory deadline as `name: latest lawful date` (counted from the day the stage became active). */
  deadlines: string[];
}

/** The active stages in the order the walkthrough lists them. */
export function stages(walk: Walkthrough): StageView[] {
  return walk.active.map((id) => stageView(walk, id));
}

/** One active stage as the worker sees it. */
export function stageView(walk: Walkthrough, id: string): StageView {
  const pathway = walk.pathway;
  const node = pathway.nodes[id];
  if (!node) throw new Error(`${id} is not an element of ${pathway.id}`);
  const since = activatedOn(walk, id);
  return {
    id,
    name: node.name.fi,
    role: roleOf(pathway, node),
    deadlines: node.deadlines.map((deadline) => `${deadline.name.fi ?? deadline.duration}: ${dueDates(deadline, since).latest}`),
  };
}

/** The ids of the active stages. */
export function activeIds(walk: Walkthrough): string[] {
  return [...walk.active];
}

/** The answers a decision offers, as `flow id → Finnish answer`. */
export function answers(walk: Walkthrough, gatewayId: string): Record<string, string | undefined> {
  const gateway = walk.pathway.nodes[gatewayId];
  if (!gateway) throw new Error(`${gatewayId} is not an element of ${walk.pathway.id}`);
  return Object.fromEntries(gateway.outgoing.map((flowId) => [flowId, walk.pathway.flows[flowId]?.name.fi]));
}

/** The end events the walkthrough has reached. */
export function endsReached(walk: Walkthrough): string[] {
  return walk.trace().filter((id) => walk.pathway.nodes[id]?.role === 'end');
}

/** Every Finnish text of a node that a worker reads, to check guidance mentions what a case needs. */
export function guidance(walk: Walkthrough, id: string, lang = 'fi'): string {
  return walk.pathway.nodes[id]?.guidance[lang] ?? '';
}

function roleOf(pathway: Pathway, node: PathwayNode): string | undefined {
  for (let current: PathwayNode | undefined = node; current; current = current.parent ? pathway.nodes[current.parent] : undefined) {
    const lane = current.lane ? pathway.lanes.find((candidate) => candidate.id === current!.lane) : undefined;
    if (lane?.name.fi) return lane.name.fi;
  }
  return undefined;
}

function activatedOn(walk: Walkthrough, id: string): string {
  const entered = walk.history().findLast((entry) => entry.elementId === id)?.at ?? walk.snapshot.context.startedAt;
  if (!entered) throw new Error(`${id} has no activation time`);
  return entered.slice(0, 10);
}

function noon(date: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`not a date: ${date}`);
  // 10:00 UTC is noon or 13:00 in Helsinki, the same civil date all year.
  return new Date(`${date}T10:00:00Z`);
}
