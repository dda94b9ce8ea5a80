/** A value the worker recorded for a `polku:field`. */
export type FieldValue = string | number | boolean | null | string[];

/** The worker marks a step done, with the values its fields asked for. */
export interface CompleteEvent {
  type: 'polku.complete';
  elementId: string;
  values?: Record<string, FieldValue>;
  /** ISO 8601 time of the step, from the walkthrough's clock. */
  at?: string;
}

/** The worker answers a decision by choosing one of its outgoing flows. */
export interface ChooseEvent {
  type: 'polku.choose';
  gatewayId: string;
  flowId: string;
  at?: string;
}

/** The worker answers an inclusive decision with one or more of its outgoing flows. */
export interface IncludeEvent {
  type: 'polku.include';
  gatewayId: string;
  flows: string[];
  at?: string;
}

/**
 * Something the worker confirms has happened: a timer ran out, a message arrived, a signal was
 * given. `elementId` is the catch event, receive task or boundary event that waits for it.
 */
export interface TriggerEvent {
  type: 'polku.timer' | 'polku.message' | 'polku.signal';
  elementId: string;
  at?: string;
}

/** Everything a worker can do in a walkthrough. */
export type StepEvent = CompleteEvent | ChooseEvent | IncludeEvent | TriggerEvent;

/** A signal thrown inside the pathway, broadcast to every catch event waiting for it. */
export interface BroadcastEvent {
  type: 'polku.signal';
  ref: string;
  broadcast: true;
  at?: string;
}

/** One element entered, in order. */
export interface TraceEntry {
  elementId: string;
  at?: string;
}

/** The machine context: what happened so far. */
export interface WalkContext {
  trace: TraceEntry[];
  /** Activities that completed (not those a boundary event interrupted), in order. */
  completed: string[];
  /** Decision gateway id → chosen flow id, or the flow ids of an inclusive decision (the latest answer when a loop asked again). */
  answers: Record<string, string | string[]>;
  /** Field key → recorded value. */
  data: Record<string, FieldValue>;
  /** Set only while a transition is being checked: the gateway where no flow could be taken. */
  noPath?: string;
  /** Rounds of looping activities now running: element id → rounds done and planned (-1: until the loop condition says stop). */
  rounds: Record<string, { done: number; total: number }>;
  /** Timers running now: element id → when it is due (ISO 8601), recorded when it started. */
  timers: Record<string, { due: string }>;
  /** When the walkthrough started (the clock at its creation). */
  startedAt?: string;
  /** The time of the latest step, for what it entered without an event of its own (after a parallel join). */
  now?: string;
}

/**
 * A saved walkthrough: plain JSON. `events` is the full log (undo replays it), `value` and
 * `context` the XState state after it. It names the pathway id and content hash it belongs to.
 */
export interface WalkthroughSnapshot {
  format: 'polku-walkthrough';
  version: 1;
  pathwayId: string;
  pathwayHash: string;
  events: StepEvent[];
  value: unknown;
  context: WalkContext;
  status: 'active' | 'done';
}

/** The BPMN element a step event acts on: the task, the decision gateway, or the waiting event. */
export function eventElement(event: StepEvent): string {
  return event.type === 'polku.choose' || event.type === 'polku.include' ? event.gatewayId : event.elementId;
}
