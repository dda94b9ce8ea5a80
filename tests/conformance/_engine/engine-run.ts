/**
 * One run of bpmn-engine over a prepared model, driven step by step. The run listens to the
 * engine's activity events and keeps what the harness needs: which elements wait for the
 * worker, a message or a signal; which timers are pending (the harness owns the clock); which
 * activities completed and which end events were reached, all under Polku's ids (elements of
 * a called process carry the call activity's id as a prefix, `<callActivityId>/<id>`).
 */
import type { FieldValue } from '@polku/core';
import { feelEvaluator } from '@polku/core/feel';
import { Engine, type BpmnEngineOptions } from 'bpmn-engine';
import { localId, type ElementInfo, type EngineModel, type WaitKind } from './prepare.js';

/** Where an engine message sits: its own execution and its parents' (sub-process, process). */
interface ParentRef {
  id: string;
  type?: string;
  executionId: string;
  path?: ParentRef[];
}

/** The part of bpmn-engine's element API the harness uses. */
interface ElementApi {
  id: string;
  type: string;
  content: { id: string; executionId: string; parent?: ParentRef; calledElement?: string };
  signal(message?: unknown): void;
  /** The element's own message broker (smqp), where a looped activity publishes its rounds. */
  broker: LoopBroker;
}

/** What a round of a looped activity carries (bpmn-elements' LoopCharacteristics). */
interface RoundContent {
  executionId: string;
  isMultiInstance?: boolean;
  index?: number;
  loopCardinality?: number;
  parent?: ParentRef;
}

interface LoopBroker {
  subscribeTmp(exchange: string, pattern: string, onMessage: (routingKey: string, message: { content: RoundContent }) => void, options: { noAck: boolean; consumerTag: string; priority: number }): unknown;
  cancel(consumerTag: string): boolean;
}

/** Something the worker (or the clock) can do now in the engine. */
export interface EngineWait {
  /** Polku's id: the task, the decision gateway (not its decide task), the catch or boundary event. */
  element: string;
  kind: WaitKind;
  /** For a decision: its outgoing flow ids, and whether several may be chosen. */
  flows?: string[];
  inclusive?: boolean;
  /** For a step: the keys of the fields it records. */
  fields?: string[];
}

interface PendingTimer {
  element: string;
  executionId: string;
  fire: () => void;
}

/** What a finished (or stuck) run reached. */
export interface EngineOutcome {
  status: 'done' | 'waiting' | 'error';
  endEvents: string[];
  completed: string[];
  error?: string;
}

// bpmn-elements' brokerSafeId: a called process runs as `<safe process id>_<call activity execution id>`.
const safeId = (id: string) => id.replace(/[./\\#*:\s]/g, '_');

/** A live bpmn-engine execution with Polku-shaped controls. */
export class EngineRun {
  readonly endEvents: string[] = [];
  readonly completed: string[] = [];
  /** How often each element started (Polku's `maxLoops` bound counts the same). */
  readonly starts = new Map<string, number>();
  /** The order in which elements started, for messages. */
  readonly trace: string[] = [];
  error: string | undefined;
  done = false;
  /** The main pool's process has ended: pools still waiting to be started are closed (Polku's rule). */
  mainEnded = false;

  private readonly waits = new Map<string, { api: ElementApi; info: ElementInfo; element: string }>();
  private readonly timers: PendingTimer[] = [];
  /** Call activity execution id → Polku id of the call activity. */
  private readonly calls = new Map<string, string>();
  private readonly variables = { polku: { steer: {} as Record<string, Record<string, boolean>>, data: {} as Record<string, unknown> } };
  private engine: Engine | undefined;
  /** Messages sent (a source of a message flow completed or threw) and not yet handed over. */
  private readonly outbox: string[] = [];
  /** Rounds completed so far, by the execution id of the looped activity. */
  private readonly rounds = new Map<string, number>();

  private constructor(private readonly model: EngineModel) {}

  /** Starts the model's process and runs it to its first waits. */
  static async start(model: EngineModel): Promise<EngineRun> {
    const run = new EngineRun(model);
    try {
      await run.execute();
    } catch (error) {
      run.error = `bpmn-engine could not run the model: ${(error as Error).message}`;
    }
    run.deliver();
    return run;
  }

  private async execute(): Promise<void> {
    const timers = this.timers;
    const track = (element: () => string) => ({
      setTimeout: (callback: (...args: unknown[]) => void, _delay: number, ...args: unknown[]) => {
        const timer: PendingTimer = { element: element(), executionId: '', fire: () => callback(...args) };
        timers.push(timer);
        return timer;
      },
      clearTimeout: (timer: unknown) => {
        const index = timers.indexOf(timer as PendingTimer);
        if (index >= 0) timers.splice(index, 1);
      },
    });
    const fakeTimers = {
      get executing() {
        return [...timers];
      },
      register: (owner: { id: string; executionId: string; parent?: ParentRef }) => {
        const registered = track(() => this.polkuId(owner.id, owner.parent));
        return {
          setTimeout: (callback: (...args: unknown[]) => void, delay: number, ...args: unknown[]) => {
            const timer = registered.setTimeout(callback, delay, ...args);
            timer.executionId = owner.executionId;
            return timer;
          },
          clearTimeout: registered.clearTimeout,
        };
      },
      ...track(() => ''),
    };
    const listener = { emit: (event: string, api: ElementApi) => this.onEvent(event, api) };
    const engine = new Engine({
      name: this.model.process,
      ...(await sourceOf(this.model)),
      variables: this.variables,
      services: {
        polkuFeel: (expression: string, data: Record<string, unknown>) => feelEvaluator(expression, data),
        polkuRounds: (field: string) => plannedRounds(this.variables.polku.data[field]),
        polkuLoop: (key: string, content: RoundContent) => this.stopsLoop(key, content),
      },
      settings: { enableDummyService: true },
      // The harness's clock. bpmn-engine's ITimers type wants its own Timer objects back; it only hands them to clearTimeout.
      timers: fakeTimers as unknown as BpmnEngineOptions['timers'],
      Logger: silentLogger,
    });
    this.engine = engine;
    engine.on('error', (error: Error) => {
      this.error = error.message;
    });
    engine.on('end', () => {
      this.done = true;
    });
    await engine.execute({ listener });
  }

  /**
   * Whether a loop stops, as bpmn-engine asks it: a standard loop goes on while its condition
   * holds and its maximum is not reached (§10.3.8: "the Activity will only loop as long as this
   * condition is true"); a multi-instance activity stops when its completion condition holds.
   * The loop variables are Polku's (docs/semantics.md): `loopCounter` is the rounds done.
   */
  private stopsLoop(key: string, content: RoundContent): boolean {
    const loop = this.model.loops.get(key)!;
    const data = this.variables.polku.data;
    const holds = (condition: string, variables: Record<string, unknown>) => feelEvaluator(condition, { ...data, ...variables }) === true;
    if (loop.kind === 'while') {
      // Before a round bpmn-engine passes that round's index, after one the index of the round just done.
      const done = (content.index ?? 0) + (loop.testBefore ? 0 : 1);
      if (loop.maximum !== undefined && done >= loop.maximum) return true;
      return loop.condition !== undefined && !holds(loop.condition, { loopCounter: done });
    }
    const done = this.rounds.get(content.parent?.executionId ?? '') ?? 0;
    return holds(loop.condition!, { loopCounter: done, nrOfCompletedInstances: done, nrOfInstances: content.loopCardinality });
  }

  /**
   * Follows the rounds of a looped activity on its own broker: bpmn-engine emits one start and
   * one end for the whole activity, so each completed round is counted here (Polku lists the
   * activity once per round, and not at all when it runs no round), and each round after the
   * first of a standard loop counts as a start for the loop bound (Polku's does too).
   */
  private followRounds(api: ElementApi, info: ElementInfo, id: string): void {
    const root = api.content.executionId;
    this.rounds.set(root, 0);
    api.broker.subscribeTmp(
      'execution',
      'execute.#',
      (routingKey, { content }) => {
        if (!content.isMultiInstance || !content.executionId.startsWith(`${root}_`)) return;
        if (routingKey === 'execute.start' && info.loop === 'standard' && (content.index ?? 0) > 0) {
          this.starts.set(id, (this.starts.get(id) ?? 0) + 1);
          this.trace.push(id);
        } else if (routingKey === 'execute.completed') {
          this.rounds.set(root, (this.rounds.get(root) ?? 0) + 1);
          this.completed.push(id);
          this.forgetWaits(content.executionId);
        }
      },
      // Ahead of bpmn-elements' own round handler (priority 300), which asks for the completion condition.
      { noAck: true, consumerTag: `_polku-rounds-${root}`, priority: 500 },
    );
  }

  /** Drops the waits of an execution and of its rounds. */
  private forgetWaits(executionId: string): void {
    for (const key of this.waits.keys()) if (key === executionId || key.startsWith(`${executionId}_`)) this.waits.delete(key);
  }

  /** Polku's id for an element of the engine model, from where its message sits. */
  private polkuId(rawId: string, parent: ParentRef | undefined): string {
    // The innermost called process in the parent chain gives the prefix (nested calls nest).
    for (const ref of [parent, ...(parent?.path ?? [])]) {
      if (!ref?.executionId || !ref.executionId.startsWith(`${safeId(ref.id)}_`)) continue;
      const call = this.calls.get(ref.executionId.slice(safeId(ref.id).length + 1));
      if (call) return `${call}/${localId(rawId)}`;
    }
    return localId(rawId);
  }

  /** For a waiting decide task: Polku's id of its decision and of the decision's answers. */
  private decisionAt(wait: { info: ElementInfo; element: string }): { gateway: string; flows: { id: string; key: string }[]; key: string; inclusive: boolean } {
    const gateway = this.model.elements.get(wait.info.decisionOf!)!;
    const prefix = wait.element.slice(0, wait.element.length - localId(wait.info.id).length);
    const { key, inclusive, flows } = gateway.steer!;
    return { gateway: prefix + localId(gateway.id), flows: flows.map((flow) => ({ id: prefix + localId(flow.id), key: flow.key })), key, inclusive };
  }

  private onEvent(event: string, api: ElementApi): void {
    if (event === 'process.end' && api.id === this.model.process) this.mainEnded = true;
    const info = this.model.elements.get(api.id);
    if (!info) return;
    const { executionId, parent } = api.content;
    const id = this.polkuId(api.id, parent);
    switch (event) {
      case 'activity.start':
        if (info.type === 'bpmn:CallActivity') this.calls.set(executionId, id);
        // An end event is reached when it starts: an error end event's scope may be cut short before it ends.
        if (info.end) this.endEvents.push(id);
        if (info.wait !== 'decide') {
          this.starts.set(id, (this.starts.get(id) ?? 0) + 1);
          this.trace.push(id);
        }
        if (info.loop) this.followRounds(api, info, id);
        break;
      case 'activity.wait':
        if (info.wait && info.wait !== 'timer') this.waits.set(executionId, { api, info, element: id });
        break;
      case 'activity.end':
        this.forgetWaits(executionId);
        this.outbox.push(...(this.model.messages.get(api.id) ?? []));
        // A looped activity's rounds were counted as they completed.
        if (info.activity && !info.loop) this.completed.push(id);
        break;
      case 'activity.leave':
      case 'activity.discard':
      case 'activity.stop':
        this.forgetWaits(executionId);
        if (info.loop) api.broker.cancel(`_polku-rounds-${executionId}`);
        break;
    }
  }

  /**
   * Hands each sent message to the element its message flow leads to, if that element waits for
   * a message now; otherwise the message is lost (as in Polku and bpmn-js-token-simulation).
   */
  private deliver(): void {
    while (this.outbox.length > 0 && !this.error) {
      const target = this.outbox.shift()!;
      const wait = [...this.waits.values()].find((candidate) => candidate.info.id === target && candidate.info.wait === 'message' && !(candidate.info.poolStart && this.mainEnded));
      wait?.api.signal();
    }
  }

  /** True when nothing runs but pools that were never started (Polku ends those with the main pool). */
  private get settled(): boolean {
    if (this.done) return true;
    if (this.timers.some((timer) => timer.element)) return false;
    return [...this.waits.values()].every((wait) => wait.info.poolStart);
  }

  /** What can happen now, in the order the engine started waiting. */
  waiting(): EngineWait[] {
    const found: EngineWait[] = [];
    for (const { info, element } of this.waits.values()) {
      if (info.poolStart && this.mainEnded) continue;
      if (info.wait === 'decide') {
        const decision = this.decisionAt({ info, element });
        found.push({ element: decision.gateway, kind: 'decide', flows: decision.flows.map((flow) => flow.id), inclusive: decision.inclusive });
      } else if (info.wait === 'step') {
        found.push({ element, kind: 'step', fields: info.fields });
      } else {
        found.push({ element, kind: info.wait! });
      }
    }
    for (const timer of this.timers) if (timer.element) found.push({ element: timer.element, kind: 'timer' });
    return found;
  }

  /** Completes a worker step, recording its field values for the conditions. Throws when it is not waiting. */
  complete(element: string, values: Record<string, FieldValue> = {}): void {
    const wait = this.find(element, 'step');
    Object.assign(this.variables.polku.data, values);
    wait.api.signal();
    this.deliver();
  }

  /** Answers a worker decision: the engine's gateway takes `flows`. Throws when it is not waiting. */
  choose(gateway: string, flows: string[]): void {
    const wait = this.find(gateway, 'decide');
    const decision = this.decisionAt(wait);
    const keys = flows.map((flowId) => {
      const flow = decision.flows.find((candidate) => candidate.id === flowId);
      if (!flow) throw new Error(`"${flowId}" is not an outgoing flow of decision "${gateway}" in the engine model`);
      return flow.key;
    });
    this.variables.polku.steer[decision.key] = Object.fromEntries(keys.map((key) => [key, true]));
    // Conditions may read answers by gateway id, as Polku's variables do.
    this.variables.polku.data[gateway] = decision.inclusive ? flows : flows[0];
    wait.api.signal();
    this.deliver();
  }

  /** Fires a pending timer, or delivers a message or signal to the element waiting for it. */
  trigger(kind: 'timer' | 'message' | 'signal', element: string): void {
    if (kind === 'timer') {
      const timer = this.timers.find((candidate) => candidate.element === element);
      if (!timer) throw new NotWaiting(`no timer is pending at "${element}"; the engine waits at ${this.describeWaits()}`);
      this.timers.splice(this.timers.indexOf(timer), 1);
      timer.fire();
    } else {
      this.find(element, kind).api.signal();
    }
    this.deliver();
  }

  private find(element: string, kind: WaitKind) {
    for (const wait of this.waits.values()) {
      const at = wait.info.wait === 'decide' ? this.decisionAt(wait).gateway : wait.element;
      if (at === element && wait.info.wait === kind) return wait;
    }
    throw new NotWaiting(`"${element}" is not waiting for a ${kind} in the engine; the engine waits at ${this.describeWaits()}`);
  }

  describeWaits(): string {
    const waits = this.waiting();
    return waits.length === 0 ? 'nothing' : waits.map((wait) => `${wait.element} (${wait.kind})`).join(', ');
  }

  outcome(): EngineOutcome {
    const status = this.error ? 'error' : this.settled ? 'done' : 'waiting';
    return { status, endEvents: [...this.endEvents], completed: [...this.completed], ...(this.error ? { error: this.error } : {}) };
  }

  /** Stops a run that is abandoned half-way, so no engine keeps listening. */
  async stop(): Promise<void> {
    if (!this.done && !this.error) await this.engine?.stop().catch(() => undefined);
  }
}

// bpmn-engine parses and serialises the XML for every engine; the serialised context (its
// `sourceContext` option) is the same each time, so it is made once per model and reused.
const contexts = new WeakMap<EngineModel, Promise<unknown>>();
const PENDING_SOURCES = Symbol.for('pending sources');

async function sourceOf(model: EngineModel): Promise<Pick<BpmnEngineOptions, 'source' | 'sourceContext'>> {
  let context = contexts.get(model);
  if (!context) {
    const pending = (new Engine({ source: model.xml }) as unknown as Record<symbol, Set<Promise<unknown>> | undefined>)[PENDING_SOURCES];
    context = pending ? Promise.all(pending).then(([first]) => first) : Promise.resolve(undefined);
    contexts.set(model, context);
  }
  const sourceContext = await context;
  return sourceContext ? { sourceContext: sourceContext as BpmnEngineOptions['sourceContext'] } : { source: model.xml };
}

/** How many instances a multi-instance activity runs for a recorded value: a number, a list, or text with one item per line or comma (docs/semantics.md). */
function plannedRounds(value: unknown): number {
  if (typeof value === 'number') return Math.max(0, Math.floor(value));
  if (Array.isArray(value)) return value.length;
  if (typeof value === 'string') return value.split(/[\n,;]/).filter((item) => item.trim()).length;
  return 0;
}

/** The engine does not wait where the harness was asked to act. */
export class NotWaiting extends Error {}

// bpmn-engine logs through `debug`; the harness keeps the test output clean.
const nothing = () => {};

function silentLogger() {
  return { debug: nothing, error: nothing, warn: nothing };
}
