/**
 * The Pathway IR: a validated, JSON-serialisable description of one BPMN process as a
 * worker walks it, plus its compiled XState machine config. Versioned by `format`/`version`.
 */

/** A text in several languages, keyed by BCP 47 code (`fi`, `sv`, `en`). */
export type Texts = Partial<Record<string, string>>;

/** The BPMN element types the walkthrough runtime executes. */
export type NodeType =
  | 'startEvent'
  | 'endEvent'
  | 'task'
  | 'userTask'
  | 'manualTask'
  | 'serviceTask'
  | 'scriptTask'
  | 'businessRuleTask'
  | 'sendTask'
  | 'receiveTask'
  | 'intermediateCatchEvent'
  | 'intermediateThrowEvent'
  | 'boundaryEvent'
  | 'eventBasedGateway'
  | 'subProcess'
  | 'callActivity'
  | 'exclusiveGateway'
  | 'inclusiveGateway'
  | 'parallelGateway';

/**
 * What a node does in a walkthrough:
 * - `step`: the worker does something and marks it done (tasks);
 * - `decision`: the worker answers a question (an exclusive gateway that splits);
 * - `pass`: completes by itself (start event, merge, fork, join, a gateway decided by
 *   conditions, and the system tasks: service, script, business rule and send tasks);
 * - `end`: the path ends here (in a sub-process: the sub-process ends);
 * - `scope`: an embedded sub-process or a call activity, entered at its start event, left when it ends;
 * - `wait`: waits for something outside the worker's own step to happen — a timer, a message,
 *   a signal (catch events, receive tasks) or the first of several (event-based gateway).
 */
export type NodeRole = 'step' | 'decision' | 'pass' | 'end' | 'scope' | 'wait';

/** A section of law: `LSL 26 § 5 mom.`, with its Finlex address where known. */
export interface LegalReference {
  statute: string;
  section: string;
  url?: string;
}

/** A statutory deadline that starts when its step becomes active. */
export interface Deadline {
  name: Texts;
  /** ISO 8601 duration, e.g. `P7D`, `P3M`. */
  duration: string;
  counting: 'working-days' | 'calendar';
  /** True when the start day is day 1 (LSL 38 § 2 mom.); otherwise day 0 is not counted. */
  firstDayCounts: boolean;
  /** Legal basis, e.g. `LSL 26 § 5 mom.`. */
  basis?: string;
}

/** What a catch event, receive task or boundary event waits for. */
export interface Trigger {
  kind: 'timer' | 'message' | 'signal' | 'conditional';
  /** Name (or id) of the message or signal; catch events with the same signal react to one broadcast. */
  ref?: string;
  /** ISO 8601: a duration (`P30D`), a date-time, or a cycle (`R3/P1D`). */
  timer?: { type: 'duration' | 'date' | 'cycle'; value: string };
  /** FEEL condition of a conditional event. */
  condition?: string;
}

/** What a throw or end event sends. */
export interface Throw {
  kind: 'signal' | 'message' | 'escalation' | 'error' | 'terminate' | 'link';
  /** Signal or message name, error or escalation code, link name. */
  ref?: string;
}

/**
 * A loop marker on an activity (BPMN 2.0 §10.2.8): a standard loop repeats while its FEEL
 * condition holds (at most `maximum` times); a multi-instance activity runs once per count or
 * per item of a list the worker recorded, one after another (the walkthrough is one worker's,
 * so parallel instances are walked in turn), until all are done or `completion` holds.
 */
export type Loop =
  | { kind: 'standard'; condition?: string; maximum?: number; testBefore: boolean }
  | { kind: 'multiInstance'; sequential: boolean; count?: number; countField?: string; collectionField?: string; completion?: string };

/** A value the worker records at a step. */
export interface Field {
  key: string;
  name: Texts;
  type: 'text' | 'number' | 'boolean' | 'date';
  required: boolean;
}

/** One BPMN flow node. */
export interface PathwayNode {
  id: string;
  type: NodeType;
  role: NodeRole;
  name: Texts;
  /** Guidance (bpmn:documentation and its i18n translations): Markdown, or HTML when the pathway's `guidanceFormat` says so. */
  guidance: Texts;
  /** Lane id, when the node sits in a lane. */
  lane?: string;
  incoming: string[];
  outgoing: string[];
  legal: LegalReference[];
  deadlines: Deadline[];
  fields: Field[];
  /** The default flow of a gateway decided by conditions: taken when no condition holds. */
  default?: string;
  /** The embedded sub-process this node sits in; absent at process level. */
  parent?: string;
  /** For a sub-process or call activity: its start event. */
  start?: string;
  /** For a call activity: the id of the process it calls (its elements are inlined, ids prefixed `<callActivityId>/`). */
  calls?: string;
  /** What the node waits for (catch events, receive tasks, boundary events, triggered start events). */
  trigger?: Trigger;
  /** What the node throws (throw and end events). */
  throws?: Throw;
  /** For an error or escalation boundary event or event sub-process start: what it catches (no `ref` catches every code). */
  catches?: { kind: 'error' | 'escalation'; ref?: string };
  /** For a boundary event: the activity it is attached to. */
  attachedTo?: string;
  /** For a boundary event: whether it interrupts its activity (`cancelActivity`); for the start event of an event sub-process, whether it interrupts its scope (`isInterrupting`). */
  interrupting?: boolean;
  /** For an event sub-process: it is started by its start event's trigger, not by a flow. */
  eventSubProcess?: boolean;
  /** A standard loop or multi-instance marker on a task, sub-process or call activity. */
  loop?: Loop;
  /** For elements of a pool other than the first: that pool's process id. */
  pool?: string;
}

/** One sequence flow; for a decision, its name is the answer. */
export interface PathwayFlow {
  id: string;
  source: string;
  target: string;
  name: Texts;
  /** A FEEL condition (without the leading `=`) over the walkthrough's variables. */
  condition?: string;
}

/** A pool of a collaboration: a participant and its process. */
export interface PathwayPool {
  /** The participant id. */
  id: string;
  process: string;
  name: Texts;
  /** The start event of its process. */
  start: string;
}

/** A message flow between pools (or their elements). */
export interface PathwayMessage {
  id: string;
  source: string;
  target: string;
  name: Texts;
}

/** A lane: the role that does the steps in it. */
export interface PathwayLane {
  id: string;
  name: Texts;
}

/** A pathway's catalogue metadata, read from its process. */
export interface PathwayCatalog {
  audience: Texts[];
  tags: Texts[];
}

/** A validated pathway, ready to walk. Plain JSON: precompile it and ship no XML parser. */
export interface Pathway {
  format: 'polku-pathway';
  version: 1;
  /** The BPMN process id. */
  id: string;
  /** Content hash of the executable content (not of layout), for saved walkthroughs. */
  hash: string;
  /** Language of the model's own texts. */
  lang: string;
  name: Texts;
  guidance: Texts;
  /** Who the pathway is for and its keywords (`polku:audience`, `polku:tag` on the process), for the catalogue. */
  catalog?: PathwayCatalog;
  start: string;
  nodes: Record<string, PathwayNode>;
  flows: Record<string, PathwayFlow>;
  lanes: PathwayLane[];
  /** Pools when the model is a collaboration of several processes; the first is the main one. */
  pools?: PathwayPool[];
  /** Message flows between pools. */
  messages?: Record<string, PathwayMessage>;
  /** True when some flow has a FEEL condition: walk it with an evaluator (`@polku/core/feel`). */
  conditional: boolean;
  /**
   * The format of every `guidance` text: Markdown as compiled (absent or `text/markdown`), or
   * `text/html` rendered from it at compile time (`withGuidanceHtml` in `@polku/core/markdown`,
   * as `polku compile` and the Vite plugin write it). HTML is not sanitised: components sanitise
   * all guidance. Not covered by `hash` (the HTML follows from the Markdown).
   */
  guidanceFormat?: 'text/markdown' | 'text/html';
  /** The XState v5 machine config; guards and actions are referenced by name. */
  machine: MachineConfig;
}

/** The JSON subset of an XState machine config that Polku generates. */
export interface StateConfig {
  id?: string;
  type?: 'parallel' | 'final';
  initial?: string;
  states?: Record<string, StateConfig>;
  entry?: ActionRef[];
  on?: Record<string, TransitionConfig[]>;
  always?: TransitionConfig[];
  onDone?: TransitionConfig[];
  meta?: { elementId?: string };
}

/** A transition: target by `#id`, guard and actions by name with params. */
export interface TransitionConfig {
  target?: string;
  /** Leave and enter the target again even when it is the source (a new loop round). */
  reenter?: boolean;
  guard?: { type: string; params: Record<string, string | string[]> };
  actions?: ActionRef[];
}

/** An action referenced by name. */
export interface ActionRef {
  type: string;
  params: Record<string, string | string[]>;
}

/** The root of a compiled machine. */
export interface MachineConfig extends StateConfig {
  id: string;
  /** Absent when the process level is a parallel state (main flow beside side paths). */
  initial?: string;
  states: Record<string, StateConfig>;
}
