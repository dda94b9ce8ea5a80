import { createWalkthrough, type Pathway, type Walkthrough } from '@polku/core';
import type { SimulatorInput } from './parse-inputs.js';

/** What Polku did between two checks, in the terms of {@link TraceReading}. */
export interface PolkuObservation {
  /** `walk.trace()` entries added since the previous check, across instances, in the order they happened. */
  entered: string[];
  /**
   * Completed activities (`snapshot.context.completed`), interrupted activities, and the events
   * and gateways Polku passed through. Polku records no "left", so the harness derives it: an
   * entered event or gateway that is not waiting after the step was passed; a waiting one is left
   * when the step was aimed at it (its trigger, its decision) and withdrawn otherwise (an
   * event-based gateway whose alternative fired, a wait inside an interrupted activity).
   */
  left: string[];
  /** Hosts of the boundary events entered: the activities they interrupted. */
  interrupted: string[];
  /** Worker steps the harness completed by itself, as the simulator completes tasks on arrival. */
  completedByHarness: string[];
  /** Whether the instance the first `fire` started has ended. */
  ended: boolean;
}

/** An input the harness cannot express in Polku's API: the test reports it instead of guessing. */
export class UnmappedInputError extends Error {
  override name = 'UnmappedInputError';
}

// The node types core's `isActivity` (compile/compile-context.ts, not exported) counts as activities.
const ACTIVITIES = new Set(['task', 'userTask', 'manualTask', 'serviceTask', 'scriptTask', 'businessRuleTask', 'sendTask', 'receiveTask', 'subProcess', 'callActivity']);
// The simulator has no clock and a timer goes off when it is fired; a clock that moves a
// century per step makes every timer due by the time the harness fires it.
const START = Date.UTC(2000, 0, 1);
const CENTURY = 100 * 365.25 * 24 * 3600 * 1000;

/**
 * Drives a compiled pathway with a simulator test's inputs and observes it at every check:
 * - `fire` of the pathway's start event starts an instance (`createWalkthrough`); of a held
 *   task, completes it; of anything else, confirms the trigger Polku offers for it (`trigger`);
 * - `choose G → F` answers decision `G` with `F` whenever it is open; `hold T` keeps task `T`
 *   waiting until fired; every other worker step is completed as soon as it is active, the way
 *   the simulator completes tasks on arrival, in the order `walk.active` lists them;
 * - `send M` from outside is a `fire` of message flow `M`'s target: it starts the instance at a
 *   start event, or confirms the message a receive task or catch event waits for.
 * An input Polku offers nothing for throws {@link UnmappedInputError}.
 */
export function drivePolku(pathway: Pathway, inputs: readonly SimulatorInput[]): PolkuObservation[] {
  let now = START;
  const clock = () => new Date((now += CENTURY));
  const instances: Walkthrough[] = [];
  const held = new Set<string>();
  const choices = new Map<string, string[]>();
  const observations: PolkuObservation[] = [];
  let current = { entered: [] as string[], left: [] as string[], interrupted: [] as string[], completedByHarness: [] as string[] };
  const nodeOf = (id: string) => pathway.nodes[id]!;
  const isActivity = (id: string) => ACTIVITIES.has(nodeOf(id).type);

  // Records what `walk` entered and left since it stood at `before` (active elements, trace and
  // completed lengths); `target` is the element the step was aimed at.
  const record = (walk: Walkthrough, before: { active: string[]; traced: number; completed: number }, target: string | undefined) => {
    const after = walk.active;
    const entries = walk.trace().slice(before.traced);
    current.entered.push(...entries);
    current.left.push(...walk.snapshot.context.completed.slice(before.completed));
    for (const id of entries) {
      const { attachedTo, interrupting } = nodeOf(id);
      if (attachedTo && interrupting !== false) {
        current.interrupted.push(attachedTo);
        current.left.push(attachedTo);
      }
      if (!isActivity(id) && !after.includes(id) && !withdrawnByItsCatch(id, entries)) current.left.push(id);
    }
    for (const id of before.active) {
      if (id === target && !after.includes(id) && !isActivity(id)) current.left.push(id);
    }
  };
  // A throw event whose error, escalation or signal starts an interrupting catcher around it is
  // withdrawn with the scope the catcher interrupts: the simulator records it with
  // `destroyScope` and no `exit` (README, "Trace format"). `entries` are the step's trace entries.
  const withdrawnByItsCatch = (id: string, entries: string[]): boolean => {
    const kind = nodeOf(id).throws?.kind;
    if (kind !== 'error' && kind !== 'escalation' && kind !== 'signal') return false;
    const inside = (scope: string | undefined) => {
      for (let owner = nodeOf(id).parent; owner; owner = nodeOf(owner).parent) if (owner === scope) return true;
      return scope === undefined;
    };
    return entries.slice(entries.indexOf(id) + 1).some((catcherId) => {
      const catcher = nodeOf(catcherId);
      if (catcher.interrupting === false || (catcher.catches?.kind ?? catcher.trigger?.kind) !== kind) return false;
      if (catcher.attachedTo) return inside(catcher.attachedTo);
      const eventSubProcess = catcher.parent === undefined ? undefined : nodeOf(catcher.parent);
      return catcher.type === 'startEvent' && eventSubProcess?.eventSubProcess === true && inside(eventSubProcess.parent);
    });
  };
  const step = (walk: Walkthrough, action: () => void, target: string) => {
    const before = { active: walk.active, traced: walk.trace().length, completed: walk.snapshot.context.completed.length };
    action();
    record(walk, before, target);
  };
  const start = () => {
    const walk = createWalkthrough(pathway, { clock });
    instances.push(walk);
    record(walk, { active: [], traced: 0, completed: 0 }, undefined);
  };

  // Completes every active step that is not held and answers every open decision with a stored choice.
  const settle = () => {
    for (let guard = 0; guard < 10_000; guard++) {
      const next = instances.flatMap((walk) => walk.active.map((id) => ({ walk, id }))).find(({ id }) => {
        const node = nodeOf(id);
        return (node.role === 'step' && !held.has(id)) || (node.role === 'decision' && choices.has(id));
      });
      if (!next) return;
      const { walk, id } = next;
      if (nodeOf(id).role === 'step') {
        current.completedByHarness.push(id);
        step(walk, () => walk.complete(id), id);
        continue;
      }
      const flows = choices.get(id)!;
      if (flows.length !== 1) throw new UnmappedInputError(`choose ${id} → ${flows.join(', ')}: a Polku decision takes one answer.`);
      step(walk, () => walk.choose(id, flows[0]!), id);
    }
    throw new Error('The walk did not settle within 10,000 steps.');
  };

  const fire = (element: string, scope: string | undefined) => {
    if (element === pathway.start && scope === undefined) return start();
    if (!pathway.nodes[element]) throw new UnmappedInputError(`fire ${element}: the pathway has no such element.`);
    const candidates = scope === 'instance' ? instances.slice(0, 1) : instances;
    if (scope !== undefined && scope !== 'instance' && scope !== element && nodeOf(element).attachedTo !== scope) {
      throw new UnmappedInputError(`fire ${element} in ${scope}: Polku keeps one scope per element, so "in" must name the element itself or its host.`);
    }
    const holding = held.has(element) ? candidates.find((walk) => walk.active.includes(element)) : undefined;
    if (holding) return step(holding, () => holding.complete(element), element);
    const waiting = candidates.find((walk) => walk.triggers.some((trigger) => trigger.elementId === element));
    if (waiting) return step(waiting, () => waiting.trigger(element), element);
    const active = instances.map((walk) => walk.active.join(', ') || 'nothing').join(' | ') || 'no instance';
    throw new UnmappedInputError(`fire ${element}: nothing in Polku waits for it (active: ${active}).`);
  };

  for (const input of inputs) {
    switch (input.kind) {
      case 'choose':
        choices.set(input.gateway, input.flows);
        break;
      case 'hold':
        held.add(input.element);
        break;
      case 'fire':
        fire(input.element, input.scope);
        break;
      case 'send': {
        const message = pathway.messages?.[input.messageFlow];
        if (!message) throw new UnmappedInputError(`send ${input.messageFlow}: the pathway has no such message flow.`);
        fire(message.target, undefined);
        break;
      }
      case 'check':
      case 'check-ended':
        observations.push({ ...current, ended: instances[0]?.done ?? false });
        current = { entered: [], left: [], interrupted: [], completedByHarness: [] };
        break;
    }
    settle();
  }
  return observations;
}
