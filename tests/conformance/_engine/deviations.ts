/**
 * Where bpmn-engine (25.0.1, bpmn-elements 17) departs from BPMN 2.0.2 (OMG formal/13-12-09),
 * where Polku departs on purpose, and what the harness does about each. The spec wins: a
 * deviation is steered around in the harness (`prepare.ts`, `engine-run.ts`) or listed here with
 * the models and paths it touches — never copied into Polku, never skipped without a row.
 *
 * Listed models and paths are still run: the test checks that the listed difference is still
 * there, so a row goes stale loudly when bpmn-engine or Polku changes.
 */
import type { Pathway } from '@polku/core';
import type { PathwayPath } from '@polku/core/compiler';

/** One departure and how the harness deals with it. */
export interface Deviation {
  id: string;
  /** Who departs: bpmn-engine from the spec, or Polku on purpose (docs/semantics.md). */
  by: 'bpmn-engine' | 'Polku';
  what: string;
  /** The BPMN 2.0.2 section the behaviour is judged by. */
  spec: string;
  /** `steered`: the harness makes the engine behave as the spec says; `listed`: the models or paths below are compared as the row says. */
  handling: 'steered' | 'listed' | 'not reachable';
  how: string;
}

export const DEVIATIONS: readonly Deviation[] = [
  {
    id: 'inclusive-join',
    by: 'bpmn-engine',
    what: 'lets every token through an inclusive join: the activity after the join runs once per chosen branch',
    spec: '§13.4.3 Inclusive Gateway: the join fires once, when every token that can still arrive has arrived',
    handling: 'steered',
    how: 'an inclusive join that closes an inclusive fork runs as a parallel join; bpmn-engine discards the branches that were not chosen all the way to the join, and its parallel join fires once every incoming flow is taken or discarded, which is the inclusive join here',
  },
  {
    id: 'parallel-join-skipped-branch',
    by: 'bpmn-engine',
    what: 'fires a parallel join when one of its incoming flows was skipped (discarded), e.g. behind an exclusive choice — also when the choice is a whole exclusive split/merge block inside one branch: the answers not chosen are discarded through the exclusive merge, and the join counts that discard as the branch arriving',
    spec: '§13.4.1 Parallel Gateway: the join waits for a token on every incoming flow; §13.4.2 Exclusive Gateway: a merge passes on each token that arrives, and a skipped answer sends none',
    handling: 'listed',
    how: 'Polku accepts only block-structured parallel gateways, so the join of a fork is never behind a choice of the fork itself; but an exclusive block inside a branch still makes the engine open the join early, and the engine then reaches outcomes Polku (rightly) never lists. Models where the bounded search finds it are in LISTED_MODELS; steering it (running such a merge as a join in the engine model) is the lever to bring them back',
  },
  {
    id: 'send-task-message',
    by: 'bpmn-engine',
    what: 'delivers no message over a message flow from a send task; thrown message events reach any catcher of the same message, with or without a message flow; a message flow into a sub-process makes the model fail to load',
    spec: '§9.3 Message Flow: a message goes from its source to its target over the message flow, between pools; §10.5.5 Message Event Definition',
    handling: 'steered',
    how: 'the harness carries every message flow: when the source completes or throws, the target gets the message if it waits for one then (otherwise it is lost, as in Polku and bpmn-js-token-simulation); the message flows are taken out of the engine model and thrown message events become none events',
  },
  {
    id: 'no-feel',
    by: 'bpmn-engine',
    what: 'has no FEEL: a condition without a script language is read as a `${…}` expression, so a FEEL text is always truthy',
    spec: '§8.3 Common Elements, Expression and Formal Expression: a condition is written in the language the model names (here FEEL, as Camunda 8 and Polku write them); bpmn-engine evaluates only JavaScript and its own `${…}` paths',
    handling: 'steered',
    how: 'FEEL conditions are rewritten as JavaScript script conditions with FEEL\'s comparison and three-valued logic (feel-to-js.ts); those outside the translated subset call a service that evaluates them with feelin (listed per run in the report)',
  },
  {
    id: 'same-file-calls',
    by: 'bpmn-engine',
    what: 'calls only processes in the same file',
    spec: '§10.3.6 Call Activity: calledElement references any process (or global task) by its id',
    handling: 'steered',
    how: 'a process a call activity calls from another file (found as the CLI finds it, in the files beside the model) is copied into the engine model',
  },
  {
    id: 'real-timers',
    by: 'bpmn-engine',
    what: 'runs timers on the real clock (and reads `=PT15S` as a broken expression)',
    spec: '§10.5.5 Timer Event Definition',
    handling: 'steered',
    how: 'the harness owns the clock: every timer becomes PT1H (a cycle keeps its repetitions, `R3/PT1H`), bpmn-engine gets fake timers, and the harness fires a timer when the path does',
  },
  {
    id: 'plain-tasks-complete',
    by: 'bpmn-engine',
    what: 'completes a plain task at once',
    spec: '§10.3.3 Task: a task is done when its work is done; Polku\'s worker does plain, manual and user tasks',
    handling: 'steered',
    how: 'plain and manual tasks become user tasks; service, send and business rule tasks run a dummy service and script tasks an empty script, as Polku completes them by themselves',
  },
  {
    id: 'implicit-start',
    by: 'bpmn-engine',
    what: 'starts every flow node without an incoming flow beside the start event',
    spec: '§10.5.2 Start Event: when a level has a start event, every other flow node must have an incoming sequence flow; implicit starts belong to levels without one',
    handling: 'steered',
    how: 'such elements (Polku warns `unreachable-element` and never shows them) are taken out of the engine model, with what hangs off them',
  },
  {
    id: 'uncaught-error',
    by: 'Polku',
    what: 'an error end event nothing catches ends its path (bpmn-engine fails the whole run)',
    spec: '§10.5.1 / §10.5.3: an error no handler catches is unresolved; what happens then at the top level is left open',
    handling: 'steered',
    how: 'the harness finds uncaught error end events itself (boundary events and error event sub-processes on the way out, codes or catch-all) and makes them none end events, Polku\'s documented choice',
  },
  {
    id: 'waiting-pools-close',
    by: 'Polku',
    what: 'when the main pool\'s process ends, a pool still waiting for its start message or signal ends too (bpmn-engine keeps waiting, and starts it on a later message)',
    spec: '§9.2 / §10.5.2: a message start event creates a process instance whenever its message arrives; a walkthrough is one worker\'s and ends with the main pool',
    handling: 'steered',
    how: 'once the engine reports the main process ended, the harness stops offering and delivering to pools that never started, and counts the run as done when only such pools wait',
  },
  {
    id: 'event-sub-process-from-outside',
    by: 'bpmn-engine',
    what: 'starts an event sub-process only from an event thrown inside the model; a message, signal or timer from outside (the worker confirming it) cannot start one',
    spec: '§10.3.5 Event Sub-Process: it is started by its start event\'s trigger, from wherever the event comes',
    handling: 'listed',
    how: 'Polku paths that start an event sub-process from outside are not replayed (counted per model); the engine\'s own search never reaches those outcomes, which only makes it smaller',
  },
  {
    id: 'non-interrupting-boundary-once',
    by: 'bpmn-engine',
    what: 'arms a non-interrupting message or signal boundary event once: after it fired, the activity no longer hears it',
    spec: '§10.5.6 Handling Events, non-interrupting handlers: whenever the event occurs, the handler runs beside the activity',
    handling: 'listed',
    how: 'Polku paths that fire one non-interrupting boundary event twice are not replayed (counted per model)',
  },
  {
    id: 'event-handling-scopes',
    by: 'bpmn-engine',
    what: 'hands an error or escalation to more than one catcher (a boundary event and an event sub-process of an outer level both run), or to none (an error thrown in a sub-process passes an outer error event sub-process), runs every event sub-process a signal starts even when an interrupting one cancels its level, and fails with "activity … is already running" when an event sub-process rethrows',
    spec: '§10.5.6 Handling Events and §10.5.7 Scopes: an error or escalation is handled by the innermost scope that catches it, once; an interrupting handler cancels its scope and everything in it',
    handling: 'listed',
    how: 'the models below (all with event sub-processes, most from the bpmn-js-token-simulation suite) are run both ways and must still differ; four of them are also open Polku bugs in TOKEN-SIMULATION.md, so the difference there is not only the engine\'s',
  },
  {
    id: 'signal-to-own-boundary',
    by: 'bpmn-engine',
    what: 'a signal thrown inside a sub-process reaches the sub-process\'s own interrupting boundary event only after the thrower\'s token went on to the inner end event',
    spec: '§10.5.6 Handling Events: the interrupting handler cancels the activity when the event occurs, so nothing after the throw runs inside it',
    handling: 'listed',
    how: 'the model below is run both ways and must still differ (the engine also reaches the inner end event)',
  },
  {
    id: 'standard-loop-condition',
    by: 'bpmn-engine',
    what: 'reads a standard loop\'s loopCondition as the condition to stop: without testBefore as a completion condition checked after each round, with testBefore as a condition that keeps the next round from starting when it holds',
    spec: '§10.3.8 Loop Characteristics, StandardLoopCharacteristics: "the Activity will only loop as long as this condition is true"',
    handling: 'steered',
    how: 'the loop condition becomes an expression that asks the harness (`polkuLoop`), and the harness answers whether the loop stops: when the FEEL condition does not hold, or the loop maximum is reached',
  },
  {
    id: 'standard-loop-test-before',
    by: 'bpmn-engine',
    what: 'never completes a standard loop with testBefore whose condition stops it before the first round: the activity starts and waits for ever',
    spec: '§10.3.8 Loop Characteristics: with testBefore the condition is evaluated at the beginning of each round, so a condition that does not hold at first runs no round and the activity completes',
    handling: 'steered',
    how: 'an exclusive gateway in front of the activity (`<id>__polku_test_before`) takes it only when the condition holds before the first round and otherwise goes past it to its outgoing flow\'s target; while (c) do A is if (c) { do A while (c) }',
  },
];

/** A model compared as a listed deviation says, by its path from the repository root. */
export interface ListedModel {
  model: string;
  deviation: string;
  /** What the engine did, as seen when the row was written. */
  observed: string;
}

const SUITE = '../shared/corpus/token-simulation-suite/models/Simulator.';
const TOKEN_SIMULATION_FIXTURES = 'tests/conformance/_token-simulation/fixtures/';

/** Models whose outcomes differ because of a listed deviation (the test checks they still do). */
export const LISTED_MODELS: readonly ListedModel[] = [
  ...(
    [
      ['collapsed-event-sub-process', 'the escalation runs the event sub-process and the main flow goes on to its end event too'],
      ['collapsed-sub-process-event-sub-process', 'the escalation is handled by the event sub-process and also reaches the outer end event'],
      ['error-catch-all-boundary-none', 'the boundary event and the outer error event sub-process both run'],
      ['error-catch-all-boundary-ref', 'the boundary event and the outer error event sub-process both run'],
      ['error-catch-all-inner-event-sub-none', 'the outer handlers run instead of the inner event sub-process'],
      ['error-catch-all-outer-event-sub-none', 'the outer error event sub-process does not run; the sub-process completes'],
      ['error-catch-all-outer-event-sub-ref', 'the outer error event sub-process runs and the sub-process completes as well'],
      ['escalation-catch-all-boundary-none', 'the escalation reaches the outer event sub-process and the main end event'],
      ['escalation-catch-all-boundary-ref', 'the escalation reaches the outer event sub-process and the main end event'],
      ['escalation-catch-all-inner-event-sub-none', 'the outer handlers run instead of the inner event sub-process'],
      ['escalation-catch-all-inner-event-sub-ref', 'the main flow goes on to its end event as well'],
      ['escalation-catch-all-outer-event-sub-none', 'the outer event sub-process does not run'],
      ['escalation-catch-all-outer-event-sub-ref', 'the main flow goes on to its end event as well'],
      ['escalation-rethrow', 'fails: activity <S_EVT> is already running'],
      ['escalation-trigger-boundary-event', 'the event sub-process and the sub-process\'s end event run beside the boundary path'],
      ['escalation-trigger-event-sub-process', 'the main flow goes on to its end event as well'],
      ['event-sub-process-cancelation', 'both non-interrupting event sub-processes run beside the interrupting one'],
      ['event-sub-process-nested-cancelation-absorb-event', 'the non-interrupting event sub-process runs beside the interrupting one'],
      ['event-sub-process-nested-cancelation-rethrow', 'the rethrowing event sub-process is recorded as completed'],
      ['event-sub-process-nested-cancelation-throws-error', 'the event sub-process that throws is recorded as completed'],
      ['event-sub-process-nested-cancelation-throws-escalation', 'the event sub-process that throws is recorded as completed'],
      ['event-sub-process-nested-interrupting-non-interrupting-boundary', 'fails: activity <EVENT_SUB> is already running'],
      ['signal-consume', 'the signal event sub-process and the boundary path both run'],
    ] as const
  ).map(([name, observed]) => ({ model: `${SUITE}${name}.bpmn`, deviation: 'event-handling-scopes', observed })),
  {
    model: 'models/lastensuojelu-asiakasprosessi.bpmn',
    deviation: 'parallel-join-skipped-branch',
    observed: 'the urgency branch (an exclusive choice of emergency placement, urgent open-care support or neither) is still running when the engine fires Gateway_JoinInitiation after the assessment branch',
  },
  { model: `${SUITE}signal-trigger-boundary-event.bpmn`, deviation: 'signal-to-own-boundary', observed: 'END_SUB is reached before the boundary event interrupts SUB' },
  { model: `${TOKEN_SIMULATION_FIXTURES}signal-throw.caught-by-boundary.bpmn`, deviation: 'signal-to-own-boundary', observed: 'Sub_End is reached before the boundary event interrupts Sub' },
  { model: `${TOKEN_SIMULATION_FIXTURES}signal-throw.no-signal-ref.bpmn`, deviation: 'signal-to-own-boundary', observed: 'Sub_End is reached before the boundary event interrupts Sub' },
  { model: `${TOKEN_SIMULATION_FIXTURES}signal-throw.two-event-sub-processes.bpmn`, deviation: 'event-handling-scopes', observed: 'the non-interrupting event sub-process runs beside the interrupting one' },
];

/** Why a path of Polku's is not replayed, or undefined when it is. */
export function pathDeviation(pathway: Pathway, path: PathwayPath): string | undefined {
  const fired = new Map<string, number>();
  for (const step of path.steps) {
    if (step.kind !== 'timer' && step.kind !== 'message' && step.kind !== 'signal') continue;
    const node = pathway.nodes[step.element];
    const owner = node?.parent ? pathway.nodes[node.parent] : undefined;
    if (owner?.eventSubProcess && owner.start === step.element) return 'event-sub-process-from-outside';
    if (node?.type === 'boundaryEvent' && node.interrupting === false && step.kind !== 'timer') {
      fired.set(step.element, (fired.get(step.element) ?? 0) + 1);
      if (fired.get(step.element)! > 1) return 'non-interrupting-boundary-once';
    }
  }
  return undefined;
}

/** A bug in Polku the differential found, kept visible as an `it.fails` until it is fixed. */
export interface PolkuBug {
  id: string;
  summary: string;
  /** The minimal model in `fixtures/`. */
  fixture: string;
  /** Other models whose engine search meets the same bug (their outcome test runs as `it.fails`). */
  models: string[];
  /** The model tests the bug makes fail, when not only the outcome test (these run as `it.fails`). */
  fails?: ('replay' | 'outcomes')[];
}

// The four bugs the differential found are fixed and their fixtures run as plain tests: a waiting
// pool's start missing from `polku paths`, a false unknown-variable warning on FEEL functions,
// loop conditions not read for the values a path tries, and a multi-instance sub-process with no
// round that ran the steps at its start.
export const POLKU_BUGS: readonly PolkuBug[] = [];
