import { EventEmitter } from 'node:events';
import { Engine } from 'bpmn-engine';
import { BpmnModdle } from 'bpmn-moddle';
import { createActor, createMachine } from 'xstate';
import { createWalkthrough, type Pathway } from '@polku/core';
import { compileBpmn } from '@polku/core/compiler';
import { generateChain } from '../tests/property/_support/sized-pathway.js';
import { callsPerCpuSecond, median } from './measure.js';

export interface WalkBenchOptions {
  /** User tasks in the chain. */
  length: number;
  /**
   * Rounds; each measures every runner once, in turn, for at least `roundCpuMs` of CPU time.
   * One more round before them warms up the JIT and is not counted.
   */
  rounds: number;
  roundCpuMs: number;
}

export interface WalkBench {
  length: number;
  rounds: number;
  /** Median steps per CPU second of each runner over the rounds. */
  polku: number;
  engine: number;
  xstate: number;
  /** Medians over the rounds of Polku's rate ÷ the other's rate in the same round. */
  polkuOverEngine: number;
  polkuOverXState: number;
}

/**
 * Steps per second through a chain of user tasks, each walk from the start to the end event:
 * Polku's `createWalkthrough(pathway).complete(id)` on a precompiled pathway; bpmn-engine
 * executing the same XML (parsed once beforehand), each user task signalled from the
 * listener's `wait` event; and a hand-written XState machine of the same shape (one state per
 * task, one event each), driven with `createActor` and `send`.
 */
export async function benchWalk(options: WalkBenchOptions): Promise<WalkBench> {
  const { xml } = generateChain(options.length);
  const { pathway, diagnostics } = await compileBpmn(xml, { file: 'chain.bpmn' });
  if (!pathway) throw new Error(`the chain does not compile: ${diagnostics.map((diagnostic) => diagnostic.message).join('; ')}`);
  const runners = {
    polku: polkuRunner(pathway),
    engine: await engineRunner(xml, options.length),
    xstate: xstateRunner(options.length),
  };
  const rates = { polku: [] as number[], engine: [] as number[], xstate: [] as number[] };
  for (let round = -1; round < options.rounds; round++) {
    for (const name of ['polku', 'engine', 'xstate'] as const) {
      const rate = (await callsPerCpuSecond(runners[name], options.roundCpuMs)) * options.length;
      if (round >= 0) rates[name].push(rate);
    }
  }
  return {
    length: options.length,
    rounds: options.rounds,
    polku: median(rates.polku),
    engine: median(rates.engine),
    xstate: median(rates.xstate),
    polkuOverEngine: median(rates.polku.map((rate, round) => rate / rates.engine[round]!)),
    polkuOverXState: median(rates.polku.map((rate, round) => rate / rates.xstate[round]!)),
  };
}

// The task ids in walking order, read once from a first walk; each timed walk completes them in turn.
function polkuRunner(pathway: Pathway): () => void {
  const order: string[] = [];
  const first = createWalkthrough(pathway);
  while (!first.done) {
    const [id] = first.active;
    order.push(id!);
    first.complete(id!);
  }
  return () => {
    const walk = createWalkthrough(pathway);
    for (const id of order) walk.complete(id);
    if (!walk.done) throw new Error('the Polku walk did not reach the end event');
  };
}

async function engineRunner(xml: string, length: number): Promise<() => Promise<void>> {
  const moddleContext = await new BpmnModdle().fromXML(xml);
  let signalled = 0;
  const listener = new EventEmitter();
  listener.on('wait', (api: { signal(message?: unknown): void }) => {
    signalled++;
    api.signal();
  });
  const run = async () => {
    // A new engine per walk, as each case runs in its own; parsing is done once above.
    const engine = new Engine({ name: 'chain', moddleContext });
    const execution = await engine.execute({ listener });
    if (execution.state !== 'idle') await execution.waitFor('end');
  };
  await run();
  if (signalled !== length) throw new Error(`bpmn-engine waited at ${signalled} user tasks, not ${length}`);
  return run;
}

function xstateRunner(length: number): () => void {
  const states: Record<string, { on?: Record<string, string>; type?: 'final' }> = {};
  for (let index = 0; index < length; index++) states[`task${index}`] = { on: { complete: `task${index + 1}` } };
  states[`task${length}`] = { type: 'final' };
  const machine = createMachine({ id: 'chain', initial: 'task0', states });
  return () => {
    const actor = createActor(machine).start();
    for (let index = 0; index < length; index++) actor.send({ type: 'complete' });
    if (actor.getSnapshot().status !== 'done') throw new Error('the XState walk did not reach its final state');
  };
}
