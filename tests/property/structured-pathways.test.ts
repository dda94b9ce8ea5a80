import { activeElements, createWalkthrough, isPolkuError, nextStep, type FieldValue, type Pathway, type PathwayNode, type StepEvent, type Walkthrough } from '@polku/core';
import { compileBpmn } from '@polku/core/compiler';
import { feelEvaluator } from '@polku/core/feel';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockArbitrary, modelOptionsArbitrary, runs, SEED } from './_support/arbitraries.js';
import { toBpmn, type StructuredModel } from './_support/structured-model.js';

// A loop decision answers "again" at most this often in one walk, so every walk can end.
const MAX_ROUNDS = 2;
const MAX_STEPS = 2_000;
const WORKER_ROLES: ReadonlySet<string> = new Set(['step', 'decision']);
const fixedClock = () => new Date('2026-03-02T09:00:00.000Z');

type Pick = (max: number) => number;

describe(`well-formed pathways (fast-check seed ${SEED})`, () => {
  it('compile with no errors, every flow node in the IR, and the same hash twice', async () => {
    await fc.assert(
      fc.asyncProperty(blockArbitrary, modelOptionsArbitrary, async (block, options) => {
        // given
        const model = toBpmn(block, options);
        // when
        const { pathway, diagnostics } = await compileBpmn(model.xml, { file: 'generated.bpmn' });
        const again = await compileBpmn(model.xml, { file: 'generated.bpmn' });
        // then: no errors, and warnings only for the guidance the options left out
        const expected = options.documentation ? [] : ['guidance-missing'];
        expect(diagnostics.filter((diagnostic) => !expected.includes(diagnostic.code))).toEqual([]);
        expect(Object.keys(pathway!.nodes)).toHaveLength(model.flowNodes);
        expect(again.pathway!.hash).toBe(pathway!.hash);
      }),
      runs(80),
    );
  }, 60_000);

  it('walk to their end event by random steps and answers, keeping the active steps consistent', async () => {
    await fc.assert(
      fc.asyncProperty(blockArbitrary, modelOptionsArbitrary, fc.gen(), async (block, options, g) => {
        // given
        const model = toBpmn(block, options);
        const pathway = (await compileBpmn(model.xml)).pathway!;
        const walk = createWalkthrough(pathway, { clock: fixedClock, evaluate: feelEvaluator });
        const pick: Pick = (max) => g(fc.nat, { max });
        const rounds = new Map<string, number>();
        const problems: string[] = [];
        // when
        let steps = 0;
        for (; steps < MAX_STEPS && !walk.done && problems.length === 0; steps++) {
          problems.push(...inconsistencies(pathway, walk));
          const active = walk.active;
          const node = pathway.nodes[active[pick(active.length - 1)]!]!;
          const event = eventFor(node, model, rounds, pick);
          const before = walk.snapshot;
          apply(walk, event);
          // The walkthrough is the pure step function plus a clock.
          const pure = nextStep(pathway, before, event, { evaluate: feelEvaluator });
          if (JSON.stringify(pure.value) !== JSON.stringify(walk.snapshot.value)) problems.push(`after ${describeEvent(event)}: walkthrough and nextStep disagree`);
          if (pick(9) === 0) problems.push(...undoProblems(walk, activeElements(before)));
          if (pick(9) === 0) problems.push(...notActiveProblems(pathway, walk, pick));
        }
        // then
        expect(problems).toEqual([]);
        expect({ done: walk.done, active: walk.active, last: walk.trace().at(-1) }).toEqual({ done: true, active: [], last: model.end });
        expect(traceProblems(pathway, walk.trace())).toEqual([]);
        const restored = createWalkthrough(pathway, { snapshot: JSON.parse(JSON.stringify(walk.snapshot)), evaluate: feelEvaluator });
        expect({ done: restored.done, trace: restored.trace() }).toEqual({ done: true, trace: walk.trace() });
      }),
      runs(60),
    );
  }, 60_000);
});

/** Every active id is a worker step or decision of the pathway, listed once; some are active while not done. */
function inconsistencies(pathway: Pathway, walk: Walkthrough): string[] {
  const active = walk.active;
  const problems: string[] = [];
  if (active.length === 0) problems.push('nothing active, but not done');
  if (new Set(active).size !== active.length) problems.push(`an id listed twice: ${active.join(', ')}`);
  for (const id of active) {
    const role = pathway.nodes[id]?.role;
    if (!role || !WORKER_ROLES.has(role)) problems.push(`active "${id}" is ${role ? `a ${role}` : 'no node'}`);
  }
  if (activeElements(walk.snapshot).join() !== active.join()) problems.push('walk.active differs from activeElements(snapshot)');
  return problems;
}

// A step is completed with values for its fields; a loop decision answers "again" at random
// until its rounds are used up; any other decision answers at random.
function eventFor(node: PathwayNode, model: StructuredModel, rounds: Map<string, number>, pick: Pick): StepEvent {
  if (node.role !== 'decision') {
    const values = valuesFor(node, pick);
    return values ? { type: 'polku.complete', elementId: node.id, values } : { type: 'polku.complete', elementId: node.id };
  }
  // Ids inside a called process carry the call activity's id as a prefix: `Call_1/Gateway_2`.
  const cut = node.id.lastIndexOf('/') + 1;
  const loop = model.loops.get(node.id.slice(cut));
  const round = rounds.get(node.id) ?? 0;
  rounds.set(node.id, round + 1);
  const flowId = !loop ? node.outgoing[pick(node.outgoing.length - 1)]! : node.id.slice(0, cut) + (round < MAX_ROUNDS && pick(1) === 0 ? loop.again : loop.onward);
  return { type: 'polku.choose', gatewayId: node.id, flowId };
}

function apply(walk: Walkthrough, event: StepEvent): void {
  if (event.type === 'polku.choose') walk.choose(event.gatewayId, event.flowId);
  else if (event.type === 'polku.complete') walk.complete(event.elementId, event.values);
  else throw new Error(`a walk of steps and answers made a ${event.type} event`);
}

function describeEvent(event: StepEvent): string {
  return event.type === 'polku.choose' ? `answering ${event.gatewayId} with ${event.flowId}` : `${event.type} ${JSON.stringify(event)}`;
}

// Numbers 0–4, so the conditions of generated gateways (`arvo_7 > 2`) go either way.
function valuesFor(node: PathwayNode, pick: Pick): Record<string, FieldValue> | undefined {
  if (node.fields.length === 0) return undefined;
  const sample = { text: 'Testitapaus 1', number: pick(4), boolean: true, date: '2026-03-02' } as const;
  return Object.fromEntries(node.fields.map((field) => [field.key, sample[field.type]]));
}

// back() returns to the previous active set; the same step is then taken again.
function undoProblems(walk: Walkthrough, activeBefore: string[]): string[] {
  const last = walk.snapshot.events.at(-1)!;
  if (!walk.back()) return ['back() found no step to take back'];
  const problems = walk.active.join() === activeBefore.join() ? [] : [`back() after ${describeEvent(last)} left ${walk.active.join(', ')} active, not ${activeBefore.join(', ')}`];
  apply(walk, last);
  return problems;
}

// Completing a step that is not active is the documented `step-not-active` error, and changes nothing.
function notActiveProblems(pathway: Pathway, walk: Walkthrough, pick: Pick): string[] {
  const idle = Object.values(pathway.nodes).filter((node) => node.role === 'step' && !walk.active.includes(node.id));
  if (idle.length === 0) return [];
  const node = idle[pick(idle.length - 1)]!;
  const before = walk.snapshot;
  try {
    walk.complete(node.id, valuesFor(node, pick));
    return [`completing the idle step "${node.id}" was accepted`];
  } catch (error) {
    const problems = isPolkuError(error) && error.code === 'step-not-active' ? [] : [`completing the idle step "${node.id}" threw ${String(error)}`];
    return walk.snapshot === before ? problems : [...problems, `a refused step changed the snapshot`];
  }
}

// Each element entered, except start events, is the target of a flow from an element entered before it.
function traceProblems(pathway: Pathway, trace: string[]): string[] {
  const entered = new Set<string>();
  const problems: string[] = [];
  for (const id of trace) {
    const node = pathway.nodes[id]!;
    if (node.type !== 'startEvent' && !node.incoming.some((flowId) => entered.has(pathway.flows[flowId]!.source))) problems.push(`"${id}" entered before any element leading to it`);
    entered.add(id);
  }
  return problems;
}
