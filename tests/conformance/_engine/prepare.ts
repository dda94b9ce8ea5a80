/**
 * Turns a model Polku compiles into the XML bpmn-engine runs, so that the engine stops where
 * Polku's worker acts and takes the branch the worker (or the data) takes. Every rewrite is
 * listed in ENGINE.md with its reason; none changes which paths exist, only who decides them:
 * worker steps become user tasks; a worker decision gets a decide task in front and conditions
 * on one engine variable per gateway; FEEL conditions become JavaScript; an inclusive join that
 * closes a fork runs as a parallel join; timers get the harness's clock; message flows are
 * carried by the harness; processes called from other files are copied in; uncaught error end
 * events become none end events; elements without incoming flows, scripts, services and data
 * go; only the pools' processes are executable; loop markers take their counts and conditions
 * from the harness (`translateLoops`).
 */
import { BpmnModdle } from 'bpmn-moddle';
import { feelToJs, FEEL_HELPERS, UnsupportedFeel } from './feel-to-js.js';

/** Suffix of the user task the harness puts in front of each worker decision. */
export const DECIDE_SUFFIX = '__polku_decide';

/** Suffix of the gateway the harness puts in front of a standard loop that tests before its first round. */
export const TEST_BEFORE_SUFFIX = '__polku_test_before';

// Ids inside a process copied in from another file get this prefix, so they cannot clash.
const COPY_PREFIX = /^polku_copy\d+__/;

/** The id of an engine model's element as written in its own file. */
export const localId = (engineId: string) => engineId.replace(COPY_PREFIX, '');

/** What an element waits for in the engine, from the harness's point of view. */
export type WaitKind = 'step' | 'decide' | 'message' | 'signal' | 'timer';

/** What the harness knows about one element of the engine model, by its id in the file. */
export interface ElementInfo {
  id: string;
  /** The BPMN type in the model as written (`bpmn:Task`, not the `bpmn:UserTask` it became). */
  type: string;
  /** Tasks, sub-processes and call activities: what Polku lists in `completed`. */
  activity: boolean;
  end: boolean;
  /** What the worker (or the clock) does to move it on; absent when it moves by itself. */
  wait?: WaitKind;
  /** For a decide task: its gateway's id. */
  decisionOf?: string;
  /** For a worker decision: how its flows are steered. */
  steer?: { key: string; inclusive: boolean; flows: { id: string; key: string }[] };
  /** For a call activity: the process it calls. */
  calls?: string;
  /** For the start event of a pool other than the main one: that pool waits here until it is started. */
  poolStart?: boolean;
  /** Keys of the `polku:field`s recorded at this step. */
  fields: string[];
  /** For a looped activity: bpmn-engine runs its rounds, and the harness counts each as completed. */
  loop?: 'standard' | 'multiInstance';
}

/**
 * A loop condition bpmn-engine asks the harness about (through the `polkuLoop` service), in
 * Polku's words: `while` is a standard loop's `loopCondition`, `completion` a multi-instance
 * activity's `completionCondition`; both FEEL.
 */
export interface LoopCondition {
  kind: 'while' | 'completion';
  /** FEEL, without a leading `=`; absent for a standard loop bounded only by its maximum. */
  condition?: string;
  maximum?: number;
  testBefore: boolean;
}

/** A model prepared for bpmn-engine. */
export interface EngineModel {
  xml: string;
  process: string;
  elements: Map<string, ElementInfo>;
  /** The rewrites made, as counts by kind (ENGINE.md totals them). */
  rewrites: Record<string, number>;
  /** FEEL conditions outside the translated subset, which a service evaluates. */
  feelFallbacks: string[];
  /** Every FEEL condition of a sequence flow, as written (without a leading `=`). */
  conditions: string[];
  /** Message flows the harness carries: by source element id, the element each one delivers to. */
  messages: Map<string, string[]>;
  /** Loop conditions by the key the engine model's expressions pass to the `polkuLoop` service. */
  loops: Map<string, LoopCondition>;
  /** Fields whose value counts the rounds of a multi-instance activity. */
  roundFields: string[];
}

/** The few properties of a bpmn-moddle element the harness reads and writes. */
interface ModdleElement {
  $type: string;
  $attrs?: Record<string, string>;
  $parent?: ModdleElement;
  id?: string;
  name?: string;
  [property: string]: unknown;
}

type Loader = (processId: string) => Promise<{ xml: string; file?: string } | undefined>;

const WORKER_TASKS = new Set(['bpmn:Task', 'bpmn:ManualTask', 'bpmn:UserTask']);
const ACTIVITIES = new Set([...WORKER_TASKS, 'bpmn:ServiceTask', 'bpmn:ScriptTask', 'bpmn:BusinessRuleTask', 'bpmn:SendTask', 'bpmn:ReceiveTask', 'bpmn:SubProcess', 'bpmn:CallActivity', 'bpmn:Transaction']);
const SPLITTING_GATEWAYS = new Set(['bpmn:ExclusiveGateway', 'bpmn:InclusiveGateway']);
const SERVICE_LIKE = new Set(['bpmn:ServiceTask', 'bpmn:SendTask', 'bpmn:BusinessRuleTask']);

const many = (element: ModdleElement | undefined, property: string): ModdleElement[] => {
  const value = element?.[property];
  return Array.isArray(value) ? (value as ModdleElement[]) : [];
};

/**
 * Rewrites the deviation tests switch off one by one, to show what bpmn-engine does without
 * them. The differential itself always runs with all of them.
 */
export interface SteerOptions {
  /** Copy in processes called from other files. */
  calls?: boolean;
  /** Rewrite FEEL conditions into JavaScript. */
  feel?: boolean;
  /** Run an inclusive join that closes a fork as a parallel join. */
  inclusiveJoins?: boolean;
  /** Carry message flows in the harness (otherwise bpmn-engine's own message flows stay). */
  messages?: boolean;
  /** Hand loop conditions to the harness (otherwise they stay as written, FEEL that bpmn-engine reads as `${…}` paths). */
  loops?: boolean;
}

/**
 * Prepares `xml` for bpmn-engine; `pools` are the processes Polku runs, the main one first.
 * `fieldsOf` gives the field keys recorded at a step, by its id in the file.
 */
export async function prepareEngineModel(xml: string, pools: string[], loadProcess: Loader | undefined, fieldsOf: (id: string) => string[], steer: SteerOptions = {}): Promise<EngineModel> {
  const { calls = true, feel: rewriteFeel = true, inclusiveJoins = true, messages: carryMessages = true, loops: steerLoops = true } = steer;
  const processId = pools[0]!;
  const moddle = new BpmnModdle();
  const { rootElement: definitions } = await moddle.fromXML(xml);
  const rewrites: Record<string, number> = {};
  const count = (kind: string) => (rewrites[kind] = (rewrites[kind] ?? 0) + 1);
  const feelFallbacks: string[] = [];
  const conditions: string[] = [];
  const rootElements = () => many(definitions, 'rootElements');
  const processes = () => rootElements().filter((element) => element.$type === 'bpmn:Process');

  // bpmn-engine calls only processes in the same file: copy in those called from beside it.
  const present = () => new Set(processes().map((process) => process.id));
  let copies = 0;
  for (let added = true; added; ) {
    added = false;
    for (const call of processes().flatMap(allFlowElements).filter((element) => element.$type === 'bpmn:CallActivity')) {
      const called = typeof call.calledElement === 'string' ? call.calledElement : '';
      if (present().has(called) || !loadProcess || !calls) continue;
      const source = await loadProcess(called);
      if (!source) continue;
      const { rootElement: other } = await moddle.fromXML(source.xml);
      const taken = new Set(rootElements().map((element) => element.id));
      const prefix = `polku_copy${copies++}__`;
      for (const element of many(other, 'rootElements')) {
        // The called process and what it refers to (messages, signals, errors) — not its pools.
        if (element.$type === 'bpmn:Collaboration' || taken.has(element.id)) continue;
        if (element.$type === 'bpmn:Process') renameInside(element, prefix);
        element.$parent = definitions;
        (definitions.rootElements as ModdleElement[]).push(element);
      }
      count('called process copied in from another file');
      added = true;
    }
  }

  // Data has no behaviour in Polku; bpmn-engine tries to run some of it (item definitions, I/O
  // specifications), so it goes.
  let dataRemoved = 0;
  const dropData = (element: ModdleElement) => {
    for (const property of ['ioSpecification', 'dataInputAssociations', 'dataOutputAssociations', 'properties']) {
      if (element[property] === undefined) continue;
      delete element[property];
      dataRemoved++;
    }
  };
  for (const process of processes()) [process, ...allFlowElements(process)].forEach(dropData);
  definitions.rootElements = rootElements().filter((element) => element.$type !== 'bpmn:ItemDefinition' || !++dataRemoved);
  if (dataRemoved > 0) rewrites['data (I/O specifications, data associations, item definitions) removed'] = dataRemoved;

  // bpmn-engine starts every flow node without incoming flows, beside the start event; BPMN
  // 2.0.2 §10.5.2 allows that only in a level without a start event. Polku leaves them out
  // (`unreachable-element`), so the engine model does too.
  for (const process of processes()) {
    for (const container of containersOf(process)) {
      const flowElements = container.flowElements as ModdleElement[];
      if (!flowElements.some((element) => element.$type === 'bpmn:StartEvent')) continue;
      for (let removed = true; removed; ) {
        removed = false;
        const targets = new Set(flowElements.filter((element) => element.$type === 'bpmn:SequenceFlow').map((flow) => flow.targetRef));
        for (const element of flowElements.slice()) {
          if (!isFlowNode(element) || targets.has(element) || element.$type === 'bpmn:StartEvent' || element.$type === 'bpmn:BoundaryEvent' || element.triggeredByEvent === true || isLinkCatch(element)) continue;
          flowElements.splice(flowElements.indexOf(element), 1);
          for (const flow of flowElements.filter((candidate) => candidate.$type === 'bpmn:SequenceFlow' && candidate.sourceRef === element)) flowElements.splice(flowElements.indexOf(flow), 1);
          for (const boundary of flowElements.filter((candidate) => candidate.$type === 'bpmn:BoundaryEvent' && candidate.attachedToRef === element)) flowElements.splice(flowElements.indexOf(boundary), 1);
          count('element without incoming flow removed (no implicit start beside a start event)');
          removed = true;
        }
      }
    }
  }

  // Every pool's process runs (Polku walks them all); called processes run only when called.
  for (const process of processes()) process.isExecutable = pools.includes(process.id!);

  const elements = new Map<string, ElementInfo>();
  for (const process of processes()) {
    for (const container of containersOf(process)) {
      const flowElements = container.flowElements as ModdleElement[];
      for (const element of flowElements.slice()) {
        if (element.$type === 'bpmn:SequenceFlow') continue;
        const type = element.$type;
        const info: ElementInfo = { id: element.id!, type, activity: ACTIVITIES.has(type), end: type === 'bpmn:EndEvent', fields: [] };
        elements.set(element.id!, info);
        if (WORKER_TASKS.has(type)) {
          info.wait = 'step';
          info.fields = fieldsOf(element.id!);
          if (type !== 'bpmn:UserTask') {
            replaceElement(definitions, element, moddle.create('bpmn:UserTask', ownProperties(element)));
            count(`${type} → bpmn:UserTask`);
          }
        } else if (type === 'bpmn:ScriptTask') {
          if (element.script !== undefined) count('script emptied');
          delete element.script;
        } else if (SERVICE_LIKE.has(type)) {
          if (element.implementation !== undefined) count('service implementation dropped');
          delete element.implementation;
        } else if (type === 'bpmn:CallActivity') {
          info.calls = typeof element.calledElement === 'string' ? element.calledElement : '';
        } else if (type === 'bpmn:ReceiveTask') {
          info.wait = 'message';
        }
        if (type === 'bpmn:StartEvent' && container === process && process.id === processId) {
          // Polku's worker starts the main process whatever its start event's trigger says.
          if (many(element, 'eventDefinitions').length > 0) count('trigger of the main start event removed');
          element.eventDefinitions = [];
          continue;
        }
        const definition = many(element, 'eventDefinitions')[0];
        if (definition && ['bpmn:IntermediateCatchEvent', 'bpmn:BoundaryEvent', 'bpmn:StartEvent'].includes(type)) {
          if (definition.$type === 'bpmn:MessageEventDefinition') info.wait = 'message';
          if (definition.$type === 'bpmn:SignalEventDefinition') info.wait = 'signal';
          if (definition.$type === 'bpmn:TimerEventDefinition') {
            info.wait = 'timer';
            // A cycle keeps its repetitions (`R3/…` fires three times, `R/…` without end).
            const cycle = (definition.timeCycle as ModdleElement | undefined)?.body;
            const repeat = typeof cycle === 'string' ? /^\s*=?\s*(R\d*)\//.exec(cycle)?.[1] : undefined;
            for (const part of ['timeDate', 'timeCycle', 'timeDuration']) delete definition[part];
            if (repeat) definition.timeCycle = moddle.create('bpmn:FormalExpression', { body: `${repeat}/PT1H` });
            else definition.timeDuration = moddle.create('bpmn:FormalExpression', { body: 'PT1H' });
            count('timer set to PT1H (the harness fires it)');
          }
        }
      }
    }
  }

  // Worker decisions and conditions, container by container (flows stay in their container).
  let gatewayCount = 0;
  for (const process of processes()) {
    for (const container of containersOf(process)) {
      const flowElements = container.flowElements as ModdleElement[];
      const flows = flowElements.filter((element) => element.$type === 'bpmn:SequenceFlow');
      const outgoing = (node: ModdleElement) => flows.filter((flow) => flow.sourceRef === node);
      const incoming = (node: ModdleElement) => flows.filter((flow) => flow.targetRef === node);
      for (const gateway of flowElements.filter((element) => SPLITTING_GATEWAYS.has(element.$type))) {
        const out = outgoing(gateway);
        const inclusive = gateway.$type === 'bpmn:InclusiveGateway';
        if (out.length > 1 && !gateway.default && out.every((flow) => !flow.conditionExpression)) {
          const key = `g${gatewayCount++}`;
          const decide = moddle.create('bpmn:UserTask', { id: `${gateway.id}${DECIDE_SUFFIX}`, name: `Decide: ${String(gateway.name ?? gateway.id)}` });
          decide.$parent = container;
          flowElements.push(decide);
          for (const flow of incoming(gateway)) flow.targetRef = decide;
          decide.incoming = incoming(decide);
          const link = moddle.create('bpmn:SequenceFlow', { id: `${gateway.id}${DECIDE_SUFFIX}_flow`, sourceRef: decide, targetRef: gateway });
          link.$parent = container;
          flowElements.push(link);
          decide.outgoing = [link];
          gateway.incoming = [link];
          const steered = out.map((flow, index) => ({ id: flow.id!, key: `f${index}` }));
          for (const [index, flow] of out.entries()) {
            flow.conditionExpression = moddle.create('bpmn:FormalExpression', { body: `\${environment.variables.polku.steer.${key}.f${index}}` });
          }
          elements.set(decide.id!, { id: decide.id!, type: 'bpmn:UserTask', activity: false, end: false, wait: 'decide', decisionOf: gateway.id!, fields: [] });
          elements.get(gateway.id!)!.steer = { key, inclusive, flows: steered };
          count('worker decision steered by a wait task and an engine variable');
        }
        for (const flow of out) {
          const expression = flow.conditionExpression as ModdleElement | undefined;
          if (!rewriteFeel) continue;
          if (!expression || typeof expression.body !== 'string' || expression.body.startsWith('${environment.variables.polku.steer.')) continue;
          const feel = expression.body.trim().replace(/^=\s*/, '');
          conditions.push(feel);
          let script: string;
          try {
            script = `const v = environment.variables.polku.data;\n${FEEL_HELPERS}\nnext(null, (${feelToJs(feel)}) === true);`;
            count('FEEL condition rewritten as JavaScript');
          } catch (error) {
            if (!(error instanceof UnsupportedFeel)) throw error;
            feelFallbacks.push(feel);
            script = `next(null, environment.services.polkuFeel(${JSON.stringify(feel)}, environment.variables.polku.data));`;
            count('FEEL condition evaluated by a service');
          }
          flow.conditionExpression = moddle.create('bpmn:FormalExpression', { language: 'javascript', body: script });
        }
      }
      // An inclusive join that closes a fork: bpmn-engine's parallel join is the spec's inclusive join here.
      for (const join of flowElements.filter((element) => inclusiveJoins && element.$type === 'bpmn:InclusiveGateway' && incoming(element).length > 1 && outgoing(element).length === 1)) {
        if (!closesInclusiveFork(join, flowElements)) continue;
        const parallel = moddle.create('bpmn:ParallelGateway', ownProperties(join));
        replaceElement(definitions, join, parallel);
        elements.get(join.id!)!.type = 'bpmn:InclusiveGateway';
        count('inclusive join run as a parallel join');
      }
    }
  }

  const loops = new Map<string, LoopCondition>();
  const roundFields: string[] = [];
  for (const process of processes()) for (const container of containersOf(process)) translateLoops(container, { moddle, elements, loops, conditions, roundFields, count, steer: steerLoops });

  // Messages between pools: the harness carries them (bpmn-engine sends none from a send task,
  // cannot load a message flow into a sub-process, and hands thrown messages to any catcher of
  // the same message, flow or no flow). Thrown message events become none events for it.
  const messages = new Map<string, string[]>();
  for (const collaboration of rootElements().filter((element) => carryMessages && element.$type === 'bpmn:Collaboration')) {
    for (const flow of many(collaboration, 'messageFlows')) {
      const source = flow.sourceRef as ModdleElement | undefined;
      const target = flow.targetRef as ModdleElement | undefined;
      const to = target?.$type === 'bpmn:Participant' ? startOf(target) : target?.id;
      if (source?.id && to && source.$type !== 'bpmn:Participant') messages.set(source.id, [...(messages.get(source.id) ?? []), to]);
      count('message flow carried by the harness');
    }
    collaboration.messageFlows = [];
  }
  for (const process of processes()) {
    for (const element of allFlowElements(process)) {
      const eventDefinitions = many(element, 'eventDefinitions');
      if (carryMessages && (element.$type === 'bpmn:IntermediateThrowEvent' || element.$type === 'bpmn:EndEvent') && eventDefinitions.some((definition) => definition.$type === 'bpmn:MessageEventDefinition')) {
        element.eventDefinitions = eventDefinitions.filter((definition) => definition.$type !== 'bpmn:MessageEventDefinition');
        count('message throw made a none event (the harness carries its message flows)');
      }
    }
  }
  for (const pool of pools.slice(1)) {
    const start = many(processes().find((process) => process.id === pool), 'flowElements').find((element) => element.$type === 'bpmn:StartEvent');
    if (start?.id && elements.has(start.id)) elements.get(start.id)!.poolStart = true;
  }

  // An error nothing catches ends its path in Polku (BPMN leaves the top level open); bpmn-engine
  // fails the whole run. The harness makes such an error end event a none end event.
  for (const process of processes()) {
    for (const element of allFlowElements(process)) {
      const error = many(element, 'eventDefinitions').find((definition) => definition.$type === 'bpmn:ErrorEventDefinition');
      if (element.$type !== 'bpmn:EndEvent' || !error || isCaught(element, error, processes())) continue;
      element.eventDefinitions = [];
      count('uncaught error end event made a none end event');
    }
  }

  const { xml: out } = await moddle.toXML(definitions);
  return { xml: out, process: processId, elements, rewrites, feelFallbacks, conditions, messages, loops, roundFields };
}

interface LoopContext {
  moddle: BpmnModdle;
  elements: Map<string, ElementInfo>;
  loops: Map<string, LoopCondition>;
  conditions: string[];
  roundFields: string[];
  count: (kind: string) => void;
  steer: boolean;
}

const IDENTIFIER = /^[A-Za-z_]\w*$/;

/** Camunda 8 writes `= expr`, Camunda 7 `${expr}`; a bare name or number means the same in both (as Polku reads them). */
function stripExpression(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const trimmed = text.trim().replace(/^=\s*/, '');
  const juel = /^\$\{\s*([\s\S]*?)\s*\}$/.exec(trimmed);
  return (juel ? juel[1]! : trimmed).trim() || undefined;
}

/**
 * Loop markers in bpmn-engine's forms (BPMN 2.0.2 §10.3.8; bpmn-elements' LoopCharacteristics).
 * The number of instances, when it is a field the worker records (`loopCardinality` naming a
 * field, `camunda:collection` or Zeebe's `inputCollection`), becomes `loopCardinality`
 * `${environment.services.polkuRounds('<key>')}`, counted from the recorded value. FEEL loop
 * and completion conditions become `${environment.services.polkuLoop('<key>', content)}`,
 * which the harness evaluates; bpmn-engine stops a loop when that expression is true, so the
 * service answers "stop" (`standard-loop-condition`). A standard loop that tests before its
 * first round gets an exclusive gateway in front that skips it when the condition does not hold
 * (`standard-loop-test-before`): bpmn-engine would wait forever.
 */
function translateLoops(container: ModdleElement, context: LoopContext): void {
  const { moddle, elements, loops, conditions, count } = context;
  const flowElements = container.flowElements as ModdleElement[];
  const register = (condition: LoopCondition) => {
    const key = `l${loops.size}`;
    loops.set(key, condition);
    if (condition.condition) conditions.push(condition.condition);
    return key;
  };
  const asked = (key: string) => moddle.create('bpmn:FormalExpression', { body: `\${environment.services.polkuLoop('${key}', content)}` });
  for (const element of flowElements.slice()) {
    const characteristics = element.loopCharacteristics as ModdleElement | undefined;
    if (!characteristics || !elements.has(element.id!)) continue;
    const info = elements.get(element.id!)!;
    if (characteristics.$type === 'bpmn:MultiInstanceLoopCharacteristics') {
      info.loop = 'multiInstance';
      if (!context.steer) continue;
      const cardinality = stripExpression((characteristics.loopCardinality as ModdleElement | undefined)?.body);
      const values = ((characteristics.extensionElements as ModdleElement | undefined)?.values ?? []) as ModdleElement[];
      const zeebe = values.find((value) => /loopCharacteristics$/i.test(value.$type));
      const collection = stripExpression(characteristics.$attrs?.['camunda:collection'] ?? zeebe?.$attrs?.inputCollection ?? zeebe?.inputCollection);
      const field = cardinality !== undefined ? (/^\d+$/.test(cardinality) ? undefined : cardinality) : collection;
      if (field !== undefined && IDENTIFIER.test(field)) {
        context.roundFields.push(field);
        characteristics.loopCardinality = moddle.create('bpmn:FormalExpression', { body: `\${environment.services.polkuRounds('${field}')}` });
        count('multi-instance count read from a recorded field by a service');
      } else if (cardinality !== undefined) {
        characteristics.loopCardinality = moddle.create('bpmn:FormalExpression', { body: cardinality });
      }
      const completion = stripExpression((characteristics.completionCondition as ModdleElement | undefined)?.body);
      if (completion) {
        characteristics.completionCondition = asked(register({ kind: 'completion', condition: completion, testBefore: false }));
        count('FEEL completion condition evaluated by a service');
      }
      continue;
    }
    if (characteristics.$type !== 'bpmn:StandardLoopCharacteristics') continue;
    info.loop = 'standard';
    if (!context.steer) continue;
    const condition = stripExpression((characteristics.loopCondition as ModdleElement | undefined)?.body);
    const maximum = characteristics.loopMaximum === undefined ? undefined : Number(characteristics.loopMaximum);
    const testBefore = characteristics.testBefore === true;
    const spec: LoopCondition = { kind: 'while', testBefore, ...(condition ? { condition } : {}), ...(maximum !== undefined && Number.isFinite(maximum) ? { maximum } : {}) };
    const key = register(spec);
    if (condition) {
      characteristics.loopCondition = asked(key);
      count('FEEL loop condition evaluated by a service (as a stop condition)');
    }
    if (!testBefore) continue;
    // bpmn-engine never ends a loop whose start condition stops it before the first round; the
    // gateway skips the activity then (while (c) do A  =  if (c) { do A while (c) }).
    const flows = flowElements.filter((candidate) => candidate.$type === 'bpmn:SequenceFlow');
    const out = flows.filter((flow) => flow.sourceRef === element);
    if (out.length !== 1) continue;
    const gateway = moddle.create('bpmn:ExclusiveGateway', { id: `${element.id}${TEST_BEFORE_SUFFIX}` });
    gateway.$parent = container;
    flowElements.push(gateway);
    for (const flow of flows.filter((candidate) => candidate.targetRef === element)) flow.targetRef = gateway;
    const enter = moddle.create('bpmn:SequenceFlow', { id: `${gateway.id}_enter`, sourceRef: gateway, targetRef: element });
    enter.conditionExpression = moddle.create('bpmn:FormalExpression', { language: 'javascript', body: `next(null, environment.services.polkuLoop('${key}', { index: 0 }) === false);` });
    const skip = moddle.create('bpmn:SequenceFlow', { id: `${gateway.id}_skip`, sourceRef: gateway, targetRef: out[0]!.targetRef });
    for (const flow of [enter, skip]) {
      flow.$parent = container;
      flowElements.push(flow);
    }
    gateway.default = skip;
    gateway.incoming = flows.filter((candidate) => candidate.targetRef === gateway);
    gateway.outgoing = [enter, skip];
    element.incoming = [enter];
    elements.set(gateway.id!, { id: gateway.id!, type: 'bpmn:ExclusiveGateway', activity: false, end: false, fields: [] });
    count('standard loop tested before its first round by a gateway');
  }
}

/** The start event of a participant's process: where a message flow to the pool delivers. */
function startOf(participant: ModdleElement): string | undefined {
  const process = participant.processRef as ModdleElement | undefined;
  return many(process, 'flowElements').find((element) => element.$type === 'bpmn:StartEvent')?.id;
}

/** The code an error definition names (the error's code, or its id), or undefined for a catch-all. */
function errorCode(definition: ModdleElement): string | undefined {
  const error = definition.errorRef as ModdleElement | undefined;
  return (typeof error?.errorCode === 'string' && error.errorCode) || error?.id;
}

/**
 * Whether an error thrown at `thrower` is caught on the way out: by an error boundary event of
 * an enclosing sub-process or call activity, or an error event sub-process of an enclosing
 * level (not one the thrower sits in), matching the code or catching all.
 */
function isCaught(thrower: ModdleElement, error: ModdleElement, processes: ModdleElement[]): boolean {
  const code = errorCode(error);
  const catches = (definition: ModdleElement | undefined) => definition?.$type === 'bpmn:ErrorEventDefinition' && (errorCode(definition) === undefined || errorCode(definition) === code);
  const callersOf = (process: ModdleElement) => processes.flatMap(allFlowElements).filter((element) => element.$type === 'bpmn:CallActivity' && element.calledElement === process.id);
  const seen = new Set<ModdleElement>();
  const climb = (node: ModdleElement): boolean => {
    if (seen.has(node)) return false;
    seen.add(node);
    const level = node.$parent as ModdleElement | undefined;
    if (!level) return false;
    // An event sub-process of this level (unless the error comes from inside it).
    const eventSubProcesses = many(level, 'flowElements').filter((element) => element.$type === 'bpmn:SubProcess' && element.triggeredByEvent === true && element !== node);
    if (eventSubProcesses.some((sub) => many(sub, 'flowElements').some((start) => start.$type === 'bpmn:StartEvent' && catches(many(start, 'eventDefinitions')[0])))) return true;
    if (level.$type === 'bpmn:Process') return callersOf(level).some((call) => boundaryCatches(call) || climb(call));
    return boundaryCatches(level) || climb(level);
  };
  const boundaryCatches = (activity: ModdleElement) =>
    many(activity.$parent as ModdleElement, 'flowElements').some((element) => element.$type === 'bpmn:BoundaryEvent' && element.attachedToRef === activity && catches(many(element, 'eventDefinitions')[0]));
  return climb(thrower);
}

const NOT_FLOW_NODES = new Set(['bpmn:SequenceFlow', 'bpmn:DataObject', 'bpmn:DataObjectReference', 'bpmn:DataStoreReference', 'bpmn:Association', 'bpmn:TextAnnotation', 'bpmn:Group']);

function isFlowNode(element: ModdleElement): boolean {
  return !NOT_FLOW_NODES.has(element.$type);
}

function isLinkCatch(element: ModdleElement): boolean {
  return element.$type === 'bpmn:IntermediateCatchEvent' && many(element, 'eventDefinitions').some((definition) => definition.$type === 'bpmn:LinkEventDefinition');
}

/** Prefixes the id of every element inside a copied process (not the process's own id, which call activities name). */
function renameInside(process: ModdleElement, prefix: string): void {
  const seen = new Set<ModdleElement>();
  const visit = (element: ModdleElement) => {
    if (seen.has(element)) return;
    seen.add(element);
    if (element !== process && typeof element.id === 'string' && element.$type !== 'bpmn:Process') element.id = prefix + element.id;
    for (const [key, value] of Object.entries(element)) {
      if (key === '$parent' || !['flowElements', 'laneSets', 'lanes', 'childLaneSet', 'eventDefinitions', 'artifacts'].includes(key)) continue;
      for (const child of [value].flat()) if (isElement(child)) visit(child);
    }
  };
  visit(process);
}

/** The process and every sub-process in it, at any depth. */
function containersOf(process: ModdleElement): ModdleElement[] {
  const found = [process];
  for (const element of many(process, 'flowElements')) if (element.$type === 'bpmn:SubProcess' || element.$type === 'bpmn:Transaction') found.push(...containersOf(element));
  return found;
}

function allFlowElements(container: ModdleElement): ModdleElement[] {
  return many(container, 'flowElements').flatMap((element) => [element, ...allFlowElements(element)]);
}

/** True when an inclusive fork in the same container reaches `join` on every one of its branches. */
function closesInclusiveFork(join: ModdleElement, flowElements: ModdleElement[]): boolean {
  const flows = flowElements.filter((element) => element.$type === 'bpmn:SequenceFlow');
  const forks = flowElements.filter((element) => element.$type === 'bpmn:InclusiveGateway' && flows.filter((flow) => flow.sourceRef === element).length > 1);
  return forks.some((fork) => {
    // Every path from each outgoing flow meets the join before leaving the container.
    const seen = new Set<ModdleElement>();
    const stack = flows.filter((flow) => flow.sourceRef === fork).map((flow) => flow.targetRef as ModdleElement);
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node === join || seen.has(node)) continue;
      seen.add(node);
      const next = flows.filter((flow) => flow.sourceRef === node);
      if (next.length === 0) return false;
      for (const flow of next) stack.push(flow.targetRef as ModdleElement);
    }
    return true;
  });
}

/** The element's own properties (id, name, flows, extensions, …), to build its replacement from. */
function ownProperties(element: ModdleElement): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(element)) if (key !== '$type' && key !== '$parent') properties[key] = value;
  return properties;
}

/**
 * Puts `replacement` where `original` was: in its container, and in every property of every
 * element of the tree that refers to it (flows' source and target, boundary events' host,
 * lanes, diagram shapes), found by walking the whole tree.
 */
function replaceElement(definitions: ModdleElement, original: ModdleElement, replacement: ModdleElement): void {
  replacement.$parent = original.$parent;
  if (original.$attrs) Object.assign(replacement.$attrs ?? {}, original.$attrs);
  const seen = new Set<unknown>();
  const visit = (element: ModdleElement) => {
    if (seen.has(element)) return;
    seen.add(element);
    for (const [key, value] of Object.entries(element)) {
      if (key === '$parent') continue;
      if (value === original) element[key] = replacement;
      else if (Array.isArray(value)) {
        for (const [index, item] of value.entries()) {
          if (item === original) value[index] = replacement;
          else if (isElement(item)) visit(item);
        }
      } else if (isElement(value)) visit(value);
    }
  };
  visit(definitions);
  for (const child of Object.values(replacement).flat()) if (isElement(child) && child.$parent === original) child.$parent = replacement;
}

function isElement(value: unknown): value is ModdleElement {
  return typeof value === 'object' && value !== null && typeof (value as { $type?: unknown }).$type === 'string';
}
