import type { ParsedModel } from '../parse/parse-bpmn.js';
import { is, many, type ModdleElement } from '../parse/moddle.js';
import type { Diagnostic, DiagnosticCode, Severity } from '../validate/diagnostic.js';
import { deadlineProblem } from '../runtime/deadlines/index.js';
import { timerProblem } from '../runtime/timers.js';
import { linkNameOf, readEvent } from './read-event.js';
import { readLoop } from './read-loop.js';
import { extensionNamesOf, guidanceOf, namesOf } from './texts.js';
import type { Deadline, Field, LegalReference, Loop, NodeRole, NodeType, PathwayCatalog, PathwayFlow, PathwayLane, PathwayMessage, PathwayNode, PathwayPool, Texts } from './types.js';

/** The IR before compilation: nodes, flows and lanes of the one executable process. */
export interface PathwayDraft {
  id: string;
  /** Pools when the model is a collaboration of several processes; the first is the main one. */
  pools?: PathwayPool[];
  /** Message flows between elements of the pools. */
  messages?: Record<string, PathwayMessage>;
  lang: string;
  name: Texts;
  guidance: Texts;
  start: string;
  nodes: Record<string, PathwayNode>;
  flows: Record<string, PathwayFlow>;
  lanes: PathwayLane[];
}

/** Result of {@link buildPathway}: a draft when the model had no errors, and every diagnostic. */
export interface BuildResult {
  draft?: PathwayDraft;
  diagnostics: Diagnostic[];
  /** File, line, column and id as written, of an IR id (ids in called processes carry a prefix). */
  locate?: (id: string) => { file?: string; line?: number; column?: number; elementId: string };
}

/** A process a call activity may call, with the model it was read from. */
export interface ProcessSource {
  process: ModdleElement;
  source: ParsedModel;
}

/** Options of {@link buildPathway}. */
export interface BuildOptions {
  /** Processes of other files (beside this one) by process id, for call activities. */
  processes?: ReadonlyMap<string, ProcessSource>;
}

const NODE_TYPES: Record<string, NodeType> = {
  'bpmn:StartEvent': 'startEvent',
  'bpmn:EndEvent': 'endEvent',
  'bpmn:Task': 'task',
  'bpmn:UserTask': 'userTask',
  'bpmn:ManualTask': 'manualTask',
  'bpmn:ServiceTask': 'serviceTask',
  'bpmn:ScriptTask': 'scriptTask',
  'bpmn:BusinessRuleTask': 'businessRuleTask',
  'bpmn:SendTask': 'sendTask',
  'bpmn:ReceiveTask': 'receiveTask',
  'bpmn:IntermediateCatchEvent': 'intermediateCatchEvent',
  'bpmn:IntermediateThrowEvent': 'intermediateThrowEvent',
  'bpmn:BoundaryEvent': 'boundaryEvent',
  'bpmn:EventBasedGateway': 'eventBasedGateway',
  'bpmn:SubProcess': 'subProcess',
  'bpmn:CallActivity': 'callActivity',
  'bpmn:ExclusiveGateway': 'exclusiveGateway',
  'bpmn:ParallelGateway': 'parallelGateway',
  'bpmn:InclusiveGateway': 'inclusiveGateway',
};

/** Sub-processes and call activities nested deeper than this are refused (`nesting-too-deep`). */
const MAX_DEPTH = 100;

const LOOPING_TYPES = new Set<NodeType>(['task', 'userTask', 'manualTask', 'subProcess', 'callActivity']);

const EVENT_TYPES = new Set<NodeType>(['startEvent', 'endEvent', 'intermediateCatchEvent', 'intermediateThrowEvent', 'boundaryEvent', 'receiveTask']);

// Elements that carry no behaviour in a walkthrough: documentation and data only.
const INERT_TYPES = new Set(['bpmn:DataObject', 'bpmn:DataObjectReference', 'bpmn:DataStoreReference']);

// A container's element tallies before its elements are read.
const noElementsYet = () => ({ startElements: [] as ModdleElement[], hasEnd: false, throwsLink: false });

const DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;

/**
 * Turns a parsed model into the Pathway IR and checks everything a walkthrough relies on:
 * one process, one start event, supported element types, named decisions and answers.
 * Anything Polku cannot execute yet is an `unsupported-element` error naming the element,
 * never a silently skipped step.
 */
export function buildPathway(parsed: ParsedModel, options: BuildOptions = {}): BuildResult {
  const diagnostics: Diagnostic[] = [];
  const { definitions, lang } = parsed;
  // Ids inside called processes get their call activity's id as a prefix; this remembers the
  // file and the id as written there, so diagnostics point at the right file and line.
  const origins = new Map<string, { raw: string; source: ParsedModel }>();
  const locate = (id: string) => {
    const origin = origins.get(id) ?? { raw: id, source: parsed };
    const position = origin.source.index.positions.get(origin.raw);
    return { file: origin.source.file, line: position?.line, column: position?.column, elementId: origin.raw };
  };
  const reportIn = (source: ParsedModel, severity: Severity, code: DiagnosticCode, message: string, element?: ModdleElement | { id: string; $type: string }) => {
    const elementId = element?.id;
    const position = elementId ? source.index.positions.get(elementId) : undefined;
    diagnostics.push({ severity, code, message, file: source.file, line: position?.line, column: position?.column, elementId, elementType: element?.$type });
  };
  const report: Report = (severity, code, message, element) => {
    if (element?.id && origins.has(element.id)) {
      diagnostics.push({ severity, code, message, ...locate(element.id), elementType: element.$type });
    } else {
      reportIn(parsed, severity, code, message, element);
    }
  };
  if (!definitions) return { diagnostics };

  const rootElements = many(definitions, 'rootElements');
  const processes = rootElements.filter((element) => is(element, 'bpmn:Process'));
  const calledHere = new Set(collectCalledElements(processes));
  const executable = processes.filter((process) => many(process, 'flowElements').length > 0 && !calledHere.has(process.id!));
  if (executable.length === 0) {
    report('error', 'no-process', 'The model has no process with flow elements; draw a process with a start event.', processes[0] ?? definitions);
    return { diagnostics };
  }
  // Pools of one collaboration run side by side; processes outside any pool must be alone.
  const collaborations = rootElements.filter((element) => is(element, 'bpmn:Collaboration'));
  const participants = collaborations.flatMap((collaboration) => many(collaboration, 'participants'));
  const inPool = (candidate: ModdleElement) => participants.some((participant) => participant.processRef === candidate);
  const pooled = executable.filter(inPool);
  const ordered = pooled.length === executable.length && pooled.length > 1 ? orderPools(pooled) : executable;
  if (ordered === executable) {
    for (const extra of executable.slice(1)) {
      report('error', 'multiple-processes', `The file has more than one process that no call activity calls ("${executable[0]!.id}" and "${extra.id}") and they are not pools of one collaboration; a walkthrough starts from one. Call the other from a call activity, draw both as pools, or move it to its own file.`, extra);
    }
  }
  const process = ordered[0]!;
  const otherPools = ordered === executable ? [] : ordered.slice(1);

  const nodes: Record<string, PathwayNode> = {};
  const flows: Record<string, PathwayFlow> = {};
  const lanes: PathwayLane[] = [];
  const depthOf = (id: string) => {
    let depth = 0;
    for (let owner = nodes[id]?.parent; owner; owner = nodes[owner]?.parent) depth++;
    return depth;
  };

  interface Container {
    element: ModdleElement;
    /** IR id: the process id, or the id of the sub-process or call activity. */
    id: string;
    what: string;
    prefix: string;
    source: ParsedModel;
    start?: string;
    /** The process of a pool other than the first, for its elements. */
    pool?: string;
    /** Its start events and whether it has an end event, noted while its elements are read. */
    startElements: ModdleElement[];
    hasEnd: boolean;
    /** Whether a link throw event of it was read (only then are links joined). */
    throwsLink: boolean;
  }
  const containers: Container[] = [];
  const readProcess = (processElement: ModdleElement, source: ParsedModel, prefix: string, owner: string | undefined, callStack: string[], pool?: string) => {
    const laneOf = lanesByNode(processElement);
    for (const lane of new Set(laneOf.values())) {
      if (!lanes.some((known) => known.id === prefix + lane.id)) lanes.push({ id: prefix + lane.id!, name: namesOf(lane, source.lang) });
    }
    const what = owner ? `Called process "${processElement.id}"` : 'The process';
    readContainer(processElement, { element: processElement, id: owner ?? processElement.id!, what, prefix, source, ...(pool ? { pool } : {}), ...noElementsYet() }, owner, laneOf, callStack);
  };
  const readContainer = (container: ModdleElement, entry: Container, parent: string | undefined, laneOf: Map<string, ModdleElement>, callStack: string[]) => {
    containers.push(entry);
    const { prefix, source } = entry;
    const local = source.lang;
    const here: Report = (severity, code, message, element) => reportIn(source, severity, code, message, element);
    for (const element of many(container, 'flowElements')) {
      // Unsupported start and end events count too: they were reported already.
      if (is(element, 'bpmn:StartEvent')) entry.startElements.push(element);
      else if (is(element, 'bpmn:EndEvent')) entry.hasEnd = true;
      const id = prefix + element.id!;
      if (prefix) origins.set(id, { raw: element.id!, source });
      if (is(element, 'bpmn:SequenceFlow')) {
        const from = (element.sourceRef as ModdleElement | undefined)?.id;
        const to = (element.targetRef as ModdleElement | undefined)?.id;
        if (!from || !to) continue; // reported by the parser as an unresolved reference
        const flow: PathwayFlow = { id, source: prefix + from, target: prefix + to, name: namesOf(element, local) };
        const condition = conditionOf(element, here);
        if (condition !== undefined) flow.condition = condition;
        flows[id] = flow;
        continue;
      }
      if (INERT_TYPES.has(element.$type)) continue;
      const type = NODE_TYPES[element.$type];
      if (!type) {
        here('error', 'unsupported-element', `${describe(element)} is not supported yet; walkthroughs can use events, tasks, embedded and event sub-processes, call activities, exclusive, inclusive, parallel and event-based gateways.`, element);
        continue;
      }
      const meaning = EVENT_TYPES.has(type) ? readEvent(element, type) : {};
      if (meaning.problem) {
        here('error', 'unsupported-element', `${describe(element)} ${meaning.problem}.`, element);
        continue;
      }
      if (meaning.throws?.kind === 'link') entry.throwsLink = true;
      const inEventSubProcess = container.triggeredByEvent === true;
      if (type === 'startEvent' && parent && !inEventSubProcess && (meaning.trigger || meaning.catches)) {
        here('error', 'unsupported-element', `${describe(element)} is a triggered start event inside a sub-process; only event sub-processes start by a trigger. Use a plain start event, or mark the sub-process as an event sub-process.`, element);
        continue;
      }
      if (type === 'startEvent' && inEventSubProcess && !meaning.trigger && !meaning.catches) {
        here('error', 'unsupported-element', `${describe(element)} starts an event sub-process but waits for nothing; give it a timer, message, signal, conditional, error or escalation definition.`, element);
        continue;
      }
      if (meaning.trigger?.timer) {
        const problem = timerProblem(meaning.trigger.timer);
        if (problem) {
          here('error', 'invalid-timer', `${describe(element)} has a timer ${problem}; write an ISO 8601 value.`, element);
          continue;
        }
      }
      let loop: Loop | undefined;
      if (element.loopCharacteristics) {
        const read = LOOPING_TYPES.has(type) ? readLoop(element.loopCharacteristics as ModdleElement) : { problem: 'has a loop marker on an element that completes by itself; only worker steps, sub-processes and call activities can repeat in a walkthrough' };
        if ('problem' in read) {
          here('error', 'unsupported-element', `${describe(element)} ${read.problem}.`, element);
          continue;
        }
        loop = read.loop;
      }
      const node: PathwayNode = {
        id,
        type,
        role: 'pass',
        name: namesOf(element, local),
        guidance: guidanceOf(element, local),
        ...(laneOf.has(element.id!) ? { lane: prefix + laneOf.get(element.id!)!.id } : {}),
        ...(parent ? { parent } : {}),
        ...(entry.pool ? { pool: entry.pool } : {}),
        incoming: [],
        outgoing: [],
        legal: [],
        deadlines: [],
        fields: [],
      };
      for (const key of ['trigger', 'throws', 'catches', 'interrupting'] as const) {
        if (meaning[key] !== undefined) Object.assign(node, { [key]: meaning[key] });
      }
      const host = (element.attachedToRef as ModdleElement | undefined)?.id;
      if (type === 'boundaryEvent' && host) node.attachedTo = prefix + host;
      if (loop) node.loop = loop;
      nodes[id] = node;
      const defaultFlow = (element.default as ModdleElement | undefined)?.id;
      if (defaultFlow) node.default = prefix + defaultFlow;
      readExtensions(element, node, local, here);
      if ((type === 'subProcess' || type === 'callActivity') && depthOf(id) > MAX_DEPTH) {
        here('error', 'nesting-too-deep', `${describe(element)} is nested more than ${MAX_DEPTH} sub-processes or call activities deep; no pathway needs that, and walking it would exhaust the stack. Flatten the model.`, element);
        continue;
      }
      if (type === 'subProcess') {
        if (element.triggeredByEvent === true) node.eventSubProcess = true;
        readContainer(element, { element, id, what: `Sub-process "${element.id}"`, prefix, source, ...(entry.pool ? { pool: entry.pool } : {}), ...noElementsYet() }, id, laneOf, callStack);
      } else if (type === 'callActivity') {
        const called = typeof element.calledElement === 'string' ? element.calledElement : '';
        node.calls = called;
        const target = findProcess(called, source, options);
        if (!target) {
          here('error', 'called-process-missing', `${describe(element)} calls process "${called}", which is neither in this file nor in a .bpmn file beside it; fix calledElement or add the model.`, element);
        } else if (callStack.includes(called)) {
          here('error', 'recursive-call', `${describe(element)} calls process "${called}", which is already being called (${[...callStack, called].join(' → ')}); a walkthrough cannot call itself.`, element);
        } else {
          readProcess(target.process, target.source, `${id}/`, id, [...callStack, called], entry.pool);
        }
      }
    }
  };
  readProcess(process, parsed, '', undefined, [process.id!]);
  for (const pool of otherPools) readProcess(pool, parsed, '', undefined, [pool.id!], pool.id!);
  joinLinks(nodes, flows, containers.filter((container) => container.throwsLink), reportIn);

  for (const flow of Object.values(flows)) {
    const source = nodes[flow.source];
    const target = nodes[flow.target];
    // An end may be an unsupported element (already reported): keep the flow wired at the
    // other end, so its node does not look disconnected too. Nothing compiles with errors.
    source?.outgoing.push(flow.id);
    target?.incoming.push(flow.id);
  }

  // Each container (the process, every embedded sub-process) has exactly one plain start event
  // and at least one end event; unsupported ones were reported already, so count moddle elements.
  for (const container of containers) {
    const { what, source, startElements } = container;
    if (startElements.length === 0) reportIn(source, 'error', 'missing-start-event', `${what} has no start event; add one where the walkthrough begins.`, container.element);
    for (const extra of startElements.slice(1)) {
      reportIn(source, 'error', 'multiple-start-events', `${what} has more than one start event ("${startElements[0]!.id}" and "${extra.id}"); keep one and join the paths with a gateway.`, extra);
    }
    if (!container.hasEnd) {
      reportIn(source, 'error', 'missing-end-event', `${what} has no end event; add one where each path ends.`, container.element);
    }
    if (startElements[0]) container.start = container.prefix + startElements[0].id!;
  }
  const rootStart = containers[0]!.start;
  for (const container of containers.slice(1)) {
    if (container.start && nodes[container.id]) nodes[container.id]!.start = container.start;
  }
  const pools: PathwayPool[] = ordered.map((poolProcess) => {
    const participant = participants.find((candidate) => candidate.processRef === poolProcess);
    return {
      id: participant?.id ?? poolProcess.id!,
      process: poolProcess.id!,
      name: { ...(participant ? namesOf(participant, lang) : {}), ...namesOf(poolProcess, lang) },
      start: containers.find((container) => container.element === poolProcess)?.start ?? '',
    };
  });
  const messages = readMessageFlows(collaborations, nodes, pools, report);

  for (const node of Object.values(nodes)) {
    node.role = roleOf(node, flows);
    const element = { id: node.id, $type: `bpmn:${node.type[0]!.toUpperCase()}${node.type.slice(1)}` };
    if (node.type === 'eventBasedGateway') {
      for (const flowId of node.outgoing) {
        const target = nodes[flows[flowId]!.target];
        if (target && !((target.type === 'intermediateCatchEvent' && target.trigger) || target.type === 'receiveTask')) {
          report('error', 'event-gateway-target', `Event-based gateway "${node.id}" leads to "${target.id}", which waits for nothing; after an event-based gateway come only catch events and receive tasks (BPMN 2.0 §10.6.6).`, element);
        }
      }
    }
    if (node.catches && node.attachedTo && nodes[node.attachedTo] && nodes[node.attachedTo]!.role !== 'scope') {
      report('warning', 'unreachable-element', `${describe(element)} catches ${node.catches.kind === 'error' ? 'an error' : 'an escalation'} on "${node.attachedTo}", which throws none in a walkthrough (only sub-processes and call activities contain throw events), so this path is never taken.`, element);
    }
    if (node.eventSubProcess && (node.incoming.length > 0 || node.outgoing.length > 0)) {
      report('error', 'unstructured-parallel', `Event sub-process "${node.id}" has sequence flows; it starts by its start event's trigger and ends by itself (BPMN 2.0 §10.3.5). Remove the flows.`, element);
    }
    if (node.role !== 'end' && node.outgoing.length === 0 && !node.eventSubProcess) {
      report('error', 'missing-outgoing-flow', `${describe(element)} has no outgoing sequence flow, so the walkthrough would stop here; connect it or end the path with an end event.`, element);
    }
    if (node.role === 'step' && node.outgoing.length > 1) {
      report('error', 'implicit-split', `${describe(element)} has ${node.outgoing.length} outgoing flows without a gateway; add a parallel gateway (do both) or an exclusive gateway (choose one).`, element);
    }
    if (node.type === 'startEvent' && node.outgoing.length > 1) {
      report('error', 'implicit-split', 'The start event has more than one outgoing flow; add a gateway after it.', element);
    }
    const conditional = node.outgoing.filter((flowId) => flows[flowId]!.condition !== undefined);
    if (conditional.length > 0 && node.type !== 'exclusiveGateway' && node.type !== 'inclusiveGateway') {
      report('error', 'unsupported-element', `${describe(element)} has conditions on its outgoing flows; only exclusive and inclusive gateways can be decided by conditions yet. Put a gateway after it.`, element);
    }
    if (node.role === 'pass' && (node.type === 'exclusiveGateway' || node.type === 'inclusiveGateway') && node.outgoing.length > 1) {
      for (const flowId of node.outgoing) {
        if (flows[flowId]!.condition === undefined && flowId !== node.default) {
          report('error', 'condition-missing', `Sequence flow "${flowId}" leaves "${node.id}", which is decided by conditions, but has no condition and is not the default flow; add a condition, mark it as the default, or remove the other conditions to make the gateway a worker decision.`, { id: flowId, $type: 'bpmn:SequenceFlow' });
        }
      }
    }
    if (node.role === 'decision') {
      if (!node.name[lang]) {
        report('error', 'decision-question-missing', `${describe(element)} splits the path but has no name; name it with the question the worker answers ("Onko lapsi kouluiässä?").`, element);
      }
      for (const flowId of node.outgoing) {
        if (!flows[flowId]!.name[lang]) {
          report('error', 'decision-answer-missing', `Sequence flow "${flowId}" leaves the decision "${node.id}" without a name; name it with the answer it stands for.`, { id: flowId, $type: 'bpmn:SequenceFlow' });
        }
      }
    }
    if ((node.role === 'step' || node.role === 'decision') && !node.guidance[lang]) {
      report('warning', 'guidance-missing', `${describe(element)} has no guidance for the worker in the model's language (${lang}); add documentation.`, element);
    }
  }

  if (diagnostics.some((diagnostic) => diagnostic.severity === 'error')) return { diagnostics, locate };
  return {
    locate,
    draft: {
      id: process.id!,
      lang,
      name: { ...namesOf(process, lang), ...participantNames(rootElements, process, lang) },
      guidance: guidanceOf(process, lang),
      ...catalogOf(process, lang),
      start: rootStart!,
      nodes,
      flows,
      lanes,
      ...(otherPools.length > 0 ? { pools } : {}),
      ...(Object.keys(messages).length > 0 ? { messages } : {}),
    },
    diagnostics,
  };
}

/** The process's `polku:audience` and `polku:tag` entries, for the catalogue; absent when it has none. */
function catalogOf(process: ModdleElement, lang: string): { catalog?: PathwayCatalog } {
  const values = many(process.extensionElements as ModdleElement | undefined, 'values');
  const read = (type: string) => values.filter((value) => is(value, type)).map((value) => extensionNamesOf(value, lang)).filter((texts) => Object.keys(texts).length > 0);
  const audience = read('polku:Audience');
  const tags = read('polku:Tag');
  return audience.length > 0 || tags.length > 0 ? { catalog: { audience, tags } } : {};
}

function roleOf(node: PathwayNode, flows: Record<string, PathwayFlow>): NodeRole {
  switch (node.type) {
    case 'endEvent':
      return 'end';
    case 'task':
    case 'userTask':
    case 'manualTask':
      return 'step';
    case 'subProcess':
    case 'callActivity':
      return 'scope';
    case 'receiveTask':
    case 'eventBasedGateway':
      return 'wait';
    case 'intermediateCatchEvent':
      return node.trigger ? 'wait' : 'pass';
    case 'inclusiveGateway':
    case 'exclusiveGateway':
      // A gateway with conditions or a default flow is decided by the data, not by the worker.
      return node.outgoing.length > 1 && !node.default && !node.outgoing.some((flowId) => flows[flowId]!.condition !== undefined) ? 'decision' : 'pass';
    default:
      return 'pass';
  }
}

function describe(element: { id?: string; $type: string }): string {
  return `<${element.$type} id="${element.id ?? ''}">`;
}

function participantNames(rootElements: ModdleElement[], process: ModdleElement, lang: string): Texts {
  const participant = rootElements
    .filter((element) => is(element, 'bpmn:Collaboration'))
    .flatMap((collaboration) => many(collaboration, 'participants'))
    .find((candidate) => candidate.processRef === process);
  const names = participant ? namesOf(participant, lang) : {};
  const own = namesOf(process, lang);
  // The process's own names win; the pool's fill in languages the process lacks.
  return Object.fromEntries(Object.entries(names).filter(([code]) => !own[code]));
}

function lanesByNode(process: ModdleElement): Map<string, ModdleElement> {
  const result = new Map<string, ModdleElement>();
  const visit = (laneSet: ModdleElement) => {
    for (const lane of many(laneSet, 'lanes')) {
      for (const node of many(lane, 'flowNodeRef')) if (node.id) result.set(node.id, lane);
      // Deeper lanes are visited after, so the innermost lane wins.
      if (lane.childLaneSet) visit(lane.childLaneSet as ModdleElement);
    }
  };
  for (const laneSet of many(process, 'laneSets')) visit(laneSet);
  return result;
}

type Report = (severity: Severity, code: DiagnosticCode, message: string, element?: ModdleElement | { id: string; $type: string }) => void;

function readExtensions(element: ModdleElement, node: PathwayNode, lang: string, report: Report): void {
  for (const value of many(element.extensionElements as ModdleElement | undefined, 'values')) {
    if (is(value, 'polku:LegalReference')) {
      const reference: LegalReference = { statute: String(value.statute ?? '').trim(), section: String(value.section ?? '').trim() };
      if (typeof value.url === 'string' && value.url) reference.url = value.url;
      if (!reference.statute || !reference.section) {
        report('error', 'invalid-extension', 'A polku:legalReference needs both statute and section (statute="LSL" section="26 § 5 mom.").', element);
      } else if (reference.url && !reference.url.startsWith('https://')) {
        report('error', 'invalid-extension', `The legal reference address "${reference.url}" must start with https://.`, element);
      } else {
        node.legal.push(reference);
      }
    } else if (is(value, 'polku:Deadline')) {
      const deadline: Deadline = {
        name: extensionNamesOf(value, lang),
        duration: String(value.duration ?? ''),
        counting: value.counting === 'working-days' ? 'working-days' : 'calendar',
        firstDayCounts: value.firstDayCounts === true,
        ...(typeof value.basis === 'string' && value.basis ? { basis: value.basis } : {}),
      };
      const problem = DURATION.test(deadline.duration) ? deadlineProblem(deadline) : undefined;
      if (!DURATION.test(deadline.duration)) {
        report('error', 'invalid-extension', `The deadline duration "${deadline.duration}" is not an ISO 8601 duration such as P7D or P3M.`, element);
      } else if (problem) {
        report('error', 'invalid-extension', `The deadline "${deadline.duration}" cannot be counted: ${problem}`, element);
      } else if (value.counting !== undefined && value.counting !== 'working-days' && value.counting !== 'calendar') {
        report('error', 'invalid-extension', `The deadline counting "${String(value.counting)}" must be "working-days" or "calendar".`, element);
      } else {
        node.deadlines.push(deadline);
      }
    } else if (is(value, 'polku:Field')) {
      const type = String(value.type ?? 'text');
      const key = String(value.key ?? '');
      if (!/^[A-Za-z_][\w]*$/.test(key) || !['text', 'number', 'boolean', 'date'].includes(type)) {
        report('error', 'invalid-extension', `A polku:field needs a key made of letters, digits and _ and a type of text, number, boolean or date (got key "${key}", type "${type}").`, element);
      } else {
        const field: Field = { key, name: extensionNamesOf(value, lang), type: type as Field['type'], required: value.required === true };
        node.fields.push(field);
      }
    }
  }
}

/**
 * The FEEL condition of a sequence flow, without Camunda 8's leading `=`. Conditions in other
 * languages (JUEL `${…}`, JavaScript) are refused: a walkthrough must not guess their meaning.
 */
function conditionOf(flow: ModdleElement, report: Report): string | undefined {
  const expression = flow.conditionExpression as ModdleElement | undefined;
  if (!expression) return undefined;
  const body = typeof expression.body === 'string' ? expression.body.trim() : '';
  const language = typeof expression.language === 'string' ? expression.language : '';
  if (language && !/feel/i.test(language)) {
    report('error', 'unsupported-element', `The condition of sequence flow "${flow.id}" is in ${language}; Polku evaluates FEEL only. Rewrite it in FEEL.`, flow);
    return undefined;
  }
  if ((body.startsWith('${') && body.endsWith('}')) || body.startsWith('#{')) {
    report('error', 'unsupported-element', `The condition of sequence flow "${flow.id}" is a JUEL expression (${body}); Polku evaluates FEEL only. Write it in FEEL, e.g. = age >= 7.`, flow);
    return undefined;
  }
  const feel = body.replace(/^=\s*/, '');
  if (!feel) {
    report('error', 'invalid-condition', `Sequence flow "${flow.id}" has an empty condition; write a FEEL expression or remove the condition.`, flow);
    return undefined;
  }
  return feel;
}

/** The `calledElement` of every call activity at any depth. */
export function collectCalledElements(containers: ModdleElement[]): string[] {
  const called: string[] = [];
  const visit = (container: ModdleElement) => {
    for (const element of many(container, 'flowElements')) {
      if (is(element, 'bpmn:CallActivity') && typeof element.calledElement === 'string') called.push(element.calledElement);
      if (is(element, 'bpmn:SubProcess')) visit(element);
    }
  };
  containers.forEach(visit);
  return called;
}

// A call activity's process: first in the caller's own file, then among the files beside it.
function findProcess(id: string, source: ParsedModel, options: BuildOptions): ProcessSource | undefined {
  const local = many(source.definitions, 'rootElements').find((element) => is(element, 'bpmn:Process') && element.id === id);
  if (local) return { process: local, source };
  return options.processes?.get(id);
}

/**
 * A link throw event continues at the link catch event of the same name in the same process
 * level (BPMN 2.0 §10.5.6): it is joined to it by a synthetic flow `<throwId>:link`.
 */
function joinLinks(
  nodes: Record<string, PathwayNode>,
  flows: Record<string, PathwayFlow>,
  containers: { element: ModdleElement; prefix: string; source: ParsedModel }[],
  reportIn: (source: ParsedModel, severity: Severity, code: DiagnosticCode, message: string, element?: ModdleElement) => void,
): void {
  for (const { element: container, prefix, source } of containers) {
    const elements = many(container, 'flowElements');
    const catches = new Map(elements.filter((element) => is(element, 'bpmn:IntermediateCatchEvent') && linkNameOf(element)).map((element) => [linkNameOf(element)!, element]));
    for (const element of elements) {
      const node = nodes[prefix + element.id!];
      if (node?.throws?.kind !== 'link') continue;
      const target = catches.get(node.throws.ref!);
      if (!target || !nodes[prefix + target.id!]) {
        reportIn(source, 'error', 'unresolved-reference', `Link throw event "${element.id}" jumps to link "${node.throws.ref}", but no link catch event of that name is in the same process level.`, element);
        continue;
      }
      const id = `${node.id}:link`;
      flows[id] = { id, source: node.id, target: prefix + target.id!, name: {} };
    }
  }
}

// The pool whose process has a plain start event walks first; the others follow in file order.
function orderPools(pools: ModdleElement[]): ModdleElement[] {
  const plain = pools.find((pool) => many(pool, 'flowElements').some((element) => is(element, 'bpmn:StartEvent') && many(element, 'eventDefinitions').length === 0));
  return plain ? [plain, ...pools.filter((pool) => pool !== plain)] : pools;
}

/**
 * Message flows between pools. A message to a receive task or a message catch, boundary or
 * start event is delivered when its source sends it; one from or to a pool drawn as a black box
 * comes from or goes to outside the walkthrough. A message flow into another kind of element
 * documents an exchange and does not hold the walkthrough up.
 */
function readMessageFlows(collaborations: ModdleElement[], nodes: Record<string, PathwayNode>, pools: PathwayPool[], report: Report): Record<string, PathwayMessage> {
  const messages: Record<string, PathwayMessage> = {};
  for (const collaboration of collaborations) {
    for (const flow of many(collaboration, 'messageFlows')) {
      const source = (flow.sourceRef as ModdleElement | undefined)?.id;
      const target = (flow.targetRef as ModdleElement | undefined)?.id;
      if (!source || !target) continue;
      messages[flow.id!] = { id: flow.id!, source, target, name: namesOf(flow, 'fi') };
      const receiver = nodes[target];
      if (receiver && receiver.trigger?.kind !== 'message' && receiver.role !== 'step' && receiver.role !== 'scope' && !pools.some((pool) => pool.id === target)) {
        report('warning', 'message-not-received', `Message flow "${flow.id}" ends at "${target}", which does not wait for a message; it documents the exchange only.`, flow);
      }
    }
  }
  return messages;
}
