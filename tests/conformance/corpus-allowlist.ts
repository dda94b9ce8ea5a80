/**
 * What the conformance suite expects of the corpus beyond "compiles and walks": the files that
 * do not compile today, each with the exact error codes it is refused with, and the core
 * defects the corpus shows. `corpus.test.ts` fails when a listed file starts compiling or is
 * refused with other codes, and when a known defect is fixed — then update this file and the
 * figures in README.md (the failing test prints the new entry or block to paste).
 */
import type { DiagnosticCode } from '@polku/core/compiler';

/** A corpus file that does not compile, and why. */
export interface AllowlistEntry {
  /** Path relative to the corpus folder, as in `manifest.json`. */
  file: string;
  /** The distinct codes of its error diagnostics, sorted. */
  codes: DiagnosticCode[];
  /** One sentence: what in the file stops it (construct and element), or what is broken in it. */
  why: string;
  /** One sentence: the support that would bring it in, or `nothing: …` with the reason. */
  bringIn: string;
}

/** The `bringIn` of a file that is broken on purpose. */
export const BROKEN_ON_PURPOSE = 'nothing: the file is broken on purpose';

/** The checks `corpus.test.ts` runs on a file (each one `it`). */
export type Check = 'typed' | 'located' | 'duplicates' | 'broken-xml' | 'codes' | 'walk' | 'reach';

/** A core defect that makes one check of one file fail; that check runs as `it.fails` until it is fixed. */
export interface KnownDefect {
  file: string;
  check: Check;
  defect: string;
}

// Reported to the lead with minimal inputs (README.md, "Known core defects"); core is not changed here.
const D2 = 'D2: an element whose start tag is not well-formed is missing from the position index, so diagnostics about it have no line.';
const D3 = 'D3: XML that is not namespace-well-formed or has value-less or duplicate attributes is accepted (undeclared prefixes silently, the rest with an xml-warning saying the content is ignored when it is used).';
const D6 = 'D6: an error or escalation boundary event on a task that nothing can throw never fires (now reported as an unreachable-element warning), so its path is dead.';
const D8 = 'D8: a FEEL condition that reads a variable no step records (no polku:field) compiles (now with an unknown-variable warning), so its branch is dead or the walkthrough gets stuck.';

export const KNOWN_DEFECTS: readonly KnownDefect[] = [
  { file: 'bpmn/bpmn-moddle/invalid-attributes.bpmn', check: 'located', defect: D2 },
  { file: 'bpmn/bpmn-moddle/invalid-attributes.bpmn', check: 'broken-xml', defect: D3 },
  { file: 'bpmn/bpmn-moddle/xmlns-redeclaration.bpmn', check: 'broken-xml', defect: D3 },
  { file: 'bpmn/bpmn-js/events.bpmn', check: 'broken-xml', defect: D3 },
  { file: 'bpmn/bpmn-js/multiple-nested-processes.bpmn', check: 'broken-xml', defect: D3 },
  { file: 'bpmn/bpmnlint/no-bpmndi__valid-no-lanes.bpmn', check: 'broken-xml', defect: D3 },
  { file: 'bpmn/camunda7-examples/invoicePayment.bpmn', check: 'reach', defect: D6 },
  { file: 'bpmn/miwg-reference/C.9.2.bpmn', check: 'reach', defect: D8 },
  { file: 'bpmn/miwg-reference/C.8.0.bpmn', check: 'reach', defect: D8 },
];

/** Every corpus file that does not compile, in manifest order. */
export const ALLOWLIST: readonly AllowlistEntry[] = [
  {
    file: 'bpmn/bpmn-elements/engine-issue-180-signal.bpmn',
    codes: ['unstructured-parallel'],
    why: 'The error boundary events catch-error-1 and catch-error-2 lead out of the parallel block fork/join to signal end events, so the branches never join.',
    bringIn: 'Parallel branches that may leave their block through an interrupting boundary event and end there.',
  },
  {
    file: 'bpmn/bpmn-elements/nested-joins.bpmn',
    codes: ['condition-missing', 'unsupported-element'],
    why: 'Its 16 conditional flows (to-service-5, to-decision-2-1, …) carry JavaScript conditions, which Polku cannot evaluate.',
    bringIn: 'nothing: Polku evaluates FEEL only; the nested joins themselves are supported once the conditions are written in FEEL.',
  },
  {
    file: 'bpmn/bpmn-elements/transaction.bpmn',
    codes: ['unsupported-element'],
    why: 'Uses the transaction sub-process atomic with a cancel boundary event (cancelled) and compensation.',
    bringIn: 'Transactions with cancel and compensation semantics.',
  },
  {
    file: 'bpmn/bpmn-elements/wait-activities.bpmn',
    codes: ['decision-answer-missing', 'decision-question-missing', 'missing-outgoing-flow', 'unsupported-element'],
    why: 'Boundary events that lead nowhere (utask1error, rtasktimer, tell) and an unnamed inclusive decision (split) whose answers have no names.',
    bringIn: 'Boundary events without outgoing flow, ending their path as BPMN allows; naming the inclusive decision and its answers is a modelling fix.',
  },
  {
    file: 'bpmn/bpmn-engine/call-activity.bpmn',
    codes: ['missing-end-event', 'missing-outgoing-flow', 'missing-start-event'],
    why: 'Its call activity calls called-process, a second pool in the same file that holds one task and no start or end event.',
    bringIn: 'Called processes without explicit start and end events, which BPMN allows.',
  },
  {
    file: 'bpmn/bpmn-engine/conditional-bound-js-event.bpmn',
    codes: ['unsupported-element'],
    why: 'The conditional boundary event cond has a JavaScript condition (language="js"), which Polku cannot evaluate.',
    bringIn: 'nothing: Polku evaluates FEEL only; written in FEEL the condition would compile.',
  },
  {
    file: 'bpmn/bpmn-engine/loop.bpmn',
    codes: ['condition-missing', 'unsupported-element'],
    why: 'The loop gateway decision is decided by a JavaScript condition on flow3.',
    bringIn: 'nothing: Polku evaluates FEEL only; the loop itself is supported once the condition is written in FEEL.',
  },
  {
    file: 'bpmn/bpmn-engine/messaging.bpmn',
    codes: ['missing-start-event'],
    why: 'The second pool participant-process has no start event: it begins with the receive task pong that the message flow messageFlow_1 feeds.',
    bringIn: 'Pools without a start event that begin when a message reaches their first receive task (BPMN instantiating receive tasks).',
  },
  {
    file: 'bpmn/bpmn-engine/mother-of-all.bpmn',
    codes: ['condition-missing', 'missing-end-event', 'missing-outgoing-flow', 'missing-start-event', 'unsupported-element'],
    why: 'A JavaScript condition on toLoop, conditional flows without conditions (toPickMe1, toPickMe3) and the sub-process subProcess1 without start or end event.',
    bringIn: 'Sub-processes without explicit start and end events; the JavaScript condition and the missing ones need writing in FEEL.',
  },
  {
    file: 'bpmn/bpmn-engine/service-task-operation.bpmn',
    codes: ['not-bpmn'],
    why: 'Uses the pre-release namespace http://schema.omg.org/spec/BPMN/2.0 instead of the final BPMN 2.0 one.',
    bringIn: BROKEN_ON_PURPOSE,
  },
  {
    file: 'bpmn/bpmn-engine/task-with-multi-instance-loop.bpmn',
    codes: ['unsupported-element'],
    why: 'The script task recurring is multi-instance, but it completes by itself, and only worker steps, sub-processes and call activities can repeat.',
    bringIn: 'Repeating activities that complete by themselves (shown as one automatic step per round).',
  },
  {
    file: 'bpmn/bpmn-engine/timers.bpmn',
    codes: ['invalid-timer'],
    why: 'The timer catch event catch-date takes its date from the expression ${environment.variables.catchDate}, not from an ISO 8601 value.',
    bringIn: 'Timers whose value is an expression, confirmed by the worker when due.',
  },
  {
    file: 'bpmn/bpmn-js/activity-markers.bpmn',
    codes: ['called-process-missing', 'missing-end-event', 'missing-outgoing-flow', 'missing-start-event', 'unsupported-element'],
    why: 'A gallery of unconnected activities with loop, multi-instance, compensation and ad-hoc markers (tasks, sub-processes, transactions, call activities without calledElement) and no start or end event.',
    bringIn: 'nothing: it is a gallery of markers, not a process to walk.',
  },
  {
    file: 'bpmn/bpmn-js/boundaryEvent-invalidAttachToRef.bpmn',
    codes: ['unresolved-reference'],
    why: 'The boundary event BoundaryEvent_1 is attached to NON_EXISTING_TASK, which is not in the file.',
    bringIn: BROKEN_ON_PURPOSE,
  },
  {
    file: 'bpmn/bpmn-js/boundaryEvent-missingAttachToRef.bpmn',
    codes: ['missing-end-event', 'missing-outgoing-flow', 'missing-start-event', 'unsupported-element'],
    why: 'The boundary event BoundaryEvent_1 has no attachedToRef and no event definition, in a process without start or end event.',
    bringIn: BROKEN_ON_PURPOSE,
  },
  {
    file: 'bpmn/bpmn-js/collaboration-message-flows.bpmn',
    codes: ['missing-end-event', 'missing-outgoing-flow', 'missing-start-event'],
    why: 'Two pools of unconnected tasks and events (Process_1, Process_2) that only exchange message flows, with no start event in Process_1 and no end event in Process_2.',
    bringIn: 'nothing: it draws message flows between pools and has no path to walk.',
  },
  {
    file: 'bpmn/bpmn-js/collapsed-sub-process.bpmn',
    codes: ['missing-end-event', 'missing-start-event'],
    why: 'The collapsed sub-process parallelGateway_withoutContent ("Ship Items (todo)") is empty, so it has no start or end event.',
    bringIn: 'Empty sub-processes walked as a single step.',
  },
  {
    file: 'bpmn/bpmn-js/dangling-process-message-flow.bpmn',
    codes: ['unresolved-reference'],
    why: 'Message flows lead into a process that has no pool, and its BPMNLabel elements reference the label style LS1373649949186, which is not in the file.',
    bringIn: BROKEN_ON_PURPOSE,
  },
  {
    file: 'bpmn/bpmn-js/data-objects.bpmn',
    codes: ['missing-end-event', 'missing-outgoing-flow', 'missing-start-event'],
    why: 'A collaboration showing data objects, data inputs, outputs and stores around two unconnected tasks (Task_1, Task_2), with no start or end event.',
    bringIn: 'nothing: it shows data notation and has no path to walk.',
  },
  {
    file: 'bpmn/bpmn-js/event-sub-processes.bpmn',
    codes: ['missing-end-event', 'missing-outgoing-flow', 'missing-start-event', 'multiple-start-events', 'unsupported-element'],
    why: 'A gallery of event sub-processes whose start events wait for nothing or for a timer without value (StartEvent_2, StartEvent_3), in a process with no start or end event.',
    bringIn: 'nothing: it shows event sub-process shapes and has no path to walk.',
  },
  {
    file: 'bpmn/bpmn-js/event-subprocess-icons.bpmn',
    codes: ['missing-end-event', 'missing-start-event', 'unsupported-element'],
    why: 'A gallery of event sub-processes started by every start-event type, with empty timers and conditions, compensation and multiple event definitions, in a process without start or end event.',
    bringIn: 'nothing: it shows icons and has no path to walk.',
  },
  {
    file: 'bpmn/bpmn-js/events-interrupting.bpmn',
    codes: ['missing-end-event', 'missing-outgoing-flow', 'missing-start-event', 'unsupported-element'],
    why: 'A gallery of unconnected tasks carrying every boundary event type, some with empty timers or conditions or several event definitions, and no start or end event.',
    bringIn: 'nothing: it shows boundary event shapes and has no path to walk.',
  },
  {
    file: 'bpmn/bpmn-js/events.bpmn',
    codes: ['missing-outgoing-flow', 'multiple-start-events', 'unsupported-element'],
    why: 'Uses an undeclared bpmn: prefix (line 131), which Polku accepts without a word, and is refused for its many start events, unconnected events and multiple, cancel and compensation events.',
    bringIn: 'nothing: an event gallery that is not namespace-well-formed, which Polku should refuse as broken XML (see the known defects).',
  },
  {
    file: 'bpmn/bpmn-js/gateways.bpmn',
    codes: ['missing-end-event', 'missing-outgoing-flow', 'missing-start-event', 'unsupported-element'],
    why: 'A gallery of one unconnected gateway of each type, including the complex gateway ComplexGateway_1, with no start or end event.',
    bringIn: 'nothing: it shows gateway shapes and has no path to walk.',
  },
  {
    file: 'bpmn/bpmn-js/kitchen-sink.bpmn',
    codes: ['invalid-condition', 'missing-end-event', 'missing-outgoing-flow', 'missing-start-event', 'multiple-start-events', 'unsupported-element'],
    why: 'A rendering kitchen sink of pools with message flows, a complex gateway, a transaction, an ad-hoc sub-process, compensation, cancel, loops, multi-instance, several start events and dozens of unconnected elements.',
    bringIn: 'nothing: it is a rendering fixture, not a process to walk.',
  },
  {
    file: 'bpmn/bpmn-js/missing-namespace.bpmn',
    codes: ['not-bpmn'],
    why: 'The root <definitions> is unprefixed while the BPMN namespace is bound only to bpmn2, so the root is in no namespace.',
    bringIn: BROKEN_ON_PURPOSE,
  },
  {
    file: 'bpmn/bpmn-js/multiple-dis.bpmn',
    codes: ['missing-end-event', 'missing-outgoing-flow', 'missing-start-event'],
    why: 'The gateway InclusiveGateway_1 is drawn by more than one DI shape, in a process with no start or end event.',
    bringIn: BROKEN_ON_PURPOSE,
  },
  {
    file: 'bpmn/bpmn-js/multiple-nested-processes.bpmn',
    codes: ['missing-end-event', 'missing-outgoing-flow', 'missing-start-event', 'multiple-processes'],
    why: 'Uses undeclared bpmn: and dc: prefixes, which Polku accepts without a word, and is refused for its two processes of unconnected tasks without start or end events.',
    bringIn: 'nothing: the file is not namespace-well-formed, which Polku should refuse as broken XML (see the known defects).',
  },
  {
    file: 'bpmn/bpmn-js/no-process-collaboration.bpmn',
    codes: ['no-process'],
    why: 'The definitions hold only an empty diagram, neither a process nor a collaboration.',
    bringIn: BROKEN_ON_PURPOSE,
  },
  {
    file: 'bpmn/bpmn-js/pools.bpmn',
    codes: ['no-process'],
    why: 'A collaboration of pools and lanes without a single flow node.',
    bringIn: 'nothing: there is nothing to walk.',
  },
  {
    file: 'bpmn/bpmn-js/task-types.bpmn',
    codes: ['missing-end-event', 'missing-outgoing-flow', 'missing-start-event'],
    why: 'One unconnected task of each type in the process task-types, with no start or end event.',
    bringIn: 'nothing: it is a gallery of task shapes; the task types themselves compile.',
  },
  {
    file: 'bpmn/bpmn-moddle/ad-hoc.bpmn',
    codes: ['missing-end-event', 'missing-start-event', 'unsupported-element'],
    why: 'The ad-hoc sub-process AdHoc, with a completion condition and a standard loop, is the only content of a process without start or end event.',
    bringIn: 'nothing: it is a parsing fixture; ad-hoc sub-processes would also have to be supported.',
  },
  {
    file: 'bpmn/bpmn-moddle/bad-encoding.bpmn',
    codes: ['no-process'],
    why: 'Declares encoding windows-1252, which bpmn-moddle does not support, and holds no process.',
    bringIn: BROKEN_ON_PURPOSE,
  },
  {
    file: 'bpmn/bpmn-moddle/choreography-task.bpmn',
    codes: ['no-process'],
    why: 'A choreography (a choreographyTask between participants) with no process at all.',
    bringIn: 'nothing: a choreography describes message exchange, not a path for a worker.',
  },
  {
    file: 'bpmn/bpmn-moddle/complex.bpmn',
    codes: ['unsupported-element'],
    why: 'Four multi-instance tasks (sid-2416E79A-ED80-4834-B7A9-A2F6F1B1F5D8 and three more) say neither how many instances nor over which list, and three timers (sid-0FE7F936-F79B-4EB8-95F0-DC0AB97C682F and two more) have no value.',
    bringIn: 'Multi-instance activities whose number of rounds the worker enters, and timers without a value that the worker confirms.',
  },
  {
    file: 'bpmn/bpmn-moddle/duplicate-ids.bpmn',
    codes: ['duplicate-id'],
    why: 'The definitions and the process share the id "test".',
    bringIn: BROKEN_ON_PURPOSE,
  },
  {
    file: 'bpmn/bpmn-moddle/inputOutput.bpmn',
    codes: ['missing-end-event', 'missing-outgoing-flow', 'missing-start-event'],
    why: 'A lone receive task (wait) with Camunda input/output mappings, in a process without start or end event.',
    bringIn: 'nothing: it is an extension-parsing fixture with no path to walk.',
  },
  {
    file: 'bpmn/bpmn-moddle/invalid-attributes.bpmn',
    codes: ['no-process'],
    why: 'The process element has an attribute named "$a" and a value-less attribute "xx", so the XML is not well-formed; Polku only warns and then reports no-process.',
    bringIn: BROKEN_ON_PURPOSE,
  },
  {
    file: 'bpmn/bpmn-moddle/link-event-definition-target.bpmn',
    codes: ['missing-end-event', 'missing-outgoing-flow', 'missing-start-event'],
    why: 'A link throw and catch pair with no start or end event and no flow after the catch event.',
    bringIn: 'nothing: it is a fixture for link references with no path to walk.',
  },
  {
    file: 'bpmn/bpmn-moddle/not-bpmn.bpmn',
    codes: ['not-bpmn'],
    why: 'Well-formed XML in the foreign default namespace http://not-bpmn.',
    bringIn: BROKEN_ON_PURPOSE,
  },
  {
    file: 'bpmn/bpmn-moddle/simple-default-ns.bpmn',
    codes: ['missing-end-event', 'missing-outgoing-flow', 'missing-start-event'],
    why: 'A process with an unconnected task and sub-process and no start or end event, under the BPMN default namespace.',
    bringIn: 'nothing: it is a namespace fixture with no path to walk.',
  },
  {
    file: 'bpmn/bpmn-moddle/simple.bpmn',
    codes: ['missing-end-event', 'missing-outgoing-flow', 'missing-start-event'],
    why: 'A process with an unconnected task and sub-process and no start or end event, under the bpmn2 prefix.',
    bringIn: 'nothing: it is a namespace fixture with no path to walk.',
  },
  {
    file: 'bpmn/bpmn-moddle/undeclared-ns-child.bpmn',
    codes: ['no-process'],
    why: 'A child element without a namespace inside bpmn2:definitions, and no process.',
    bringIn: BROKEN_ON_PURPOSE,
  },
  {
    file: 'bpmn/bpmn-moddle/unrecognized-child.bpmn',
    codes: ['no-process'],
    why: 'An unknown element <bpmn2:unrecognized> in the BPMN namespace, and no process.',
    bringIn: BROKEN_ON_PURPOSE,
  },
  {
    file: 'bpmn/bpmn-moddle/xmlns-redeclaration.bpmn',
    codes: ['no-process'],
    why: 'The root declares xmlns and id twice, so the XML is not well-formed; Polku only warns and then reports no-process.',
    bringIn: BROKEN_ON_PURPOSE,
  },
  {
    file: 'bpmn/bpmn-moddle/yaoqiang-event-definitions.bpmn',
    codes: ['invalid-timer', 'missing-outgoing-flow', 'multiple-start-events'],
    why: 'Has a second, signal-started start event (ID_SignalStart), a timer date written as a .NET expression on ID_UserTimeoutEvent and a signal throw (ID_SubmitLazyWorkerSignal) with no outgoing flow.',
    bringIn: 'Several start events (the worker says how the case began) and throw events that end a path; the timer needs an ISO 8601 value.',
  },
  {
    file: 'bpmn/bpmnlint/conditional-flows-incorrect.bpmn',
    codes: ['condition-missing', 'missing-end-event', 'missing-outgoing-flow', 'missing-start-event'],
    why: 'The counter-example of the lint rule conditional-flows: a gateway flow without condition (SequenceFlow_0q9ussl) in a fragment without start or end event.',
    bringIn: 'nothing: Polku refuses what the rule flags, and the fragment has no path to walk.',
  },
  {
    file: 'bpmn/bpmnlint/diagram-broken.bpmn',
    codes: ['not-bpmn'],
    why: 'Eight bytes, "<foo //>", which is not XML at all.',
    bringIn: BROKEN_ON_PURPOSE,
  },
  {
    file: 'bpmn/bpmnlint/event-based-gateway-incorrect.bpmn',
    codes: ['missing-end-event', 'missing-outgoing-flow'],
    why: 'The counter-example of the lint rule event-based-gateway: a fragment whose catch event Event_11xfxdn leads nowhere and which has no end event.',
    bringIn: 'nothing: it is a lint counter-example with no path to an end.',
  },
  {
    file: 'bpmn/bpmnlint/event-sub-process-typed-start-event-incorrect.bpmn',
    codes: ['missing-end-event', 'missing-start-event', 'unsupported-element'],
    why: 'The counter-example of the lint rule event-sub-process-typed-start-event: the event sub-process SubProcess_16mw0ze starts with a blank start event, in a process without start or end event.',
    bringIn: 'nothing: BPMN forbids a blank start in an event sub-process, and Polku refuses it as the rule does.',
  },
  {
    file: 'bpmn/bpmnlint/fake-join-incorrect.bpmn',
    codes: ['missing-end-event', 'missing-outgoing-flow', 'missing-start-event'],
    why: 'The counter-example of the lint rule fake-join: Task_2 joins two flows without a gateway, in a fragment without start or end event.',
    bringIn: 'nothing: it is a lint counter-example with no path to walk.',
  },
  {
    file: 'bpmn/bpmnlint/link-event-incorrect.bpmn',
    codes: ['missing-end-event', 'missing-outgoing-flow', 'missing-start-event', 'unsupported-element'],
    why: 'The counter-example of the lint rule link-event: link events without names (Event_0fvzchs and three more) inside a sub-process without start or end event.',
    bringIn: 'nothing: Polku refuses unnamed links as the rule does.',
  },
  {
    file: 'bpmn/bpmnlint/no-bpmndi__invalid-no-bpmn-diagram.bpmn',
    codes: ['missing-end-event', 'missing-outgoing-flow'],
    why: 'Its start event StartEvent_1 has no outgoing flow and the process has no end event; the missing diagram itself does not bother Polku.',
    bringIn: 'nothing: it is a lint fixture with no path to walk.',
  },
  {
    file: 'bpmn/bpmnlint/no-bpmndi__valid-complex.bpmn',
    codes: ['called-process-missing', 'missing-end-event', 'missing-outgoing-flow', 'missing-start-event', 'multiple-start-events', 'unresolved-reference', 'unsupported-element'],
    why: 'A 158-node gallery with empty timers and conditions, compensation, multiple events, an ad-hoc sub-process, a complex gateway, several start events per process, 18 sub-processes without start or end events, calls to processes that are not in the corpus and a link throw without a matching catch.',
    bringIn: 'nothing: most of what stops it is left empty on purpose; compensation, multiple events, ad-hoc sub-processes and complex gateways would also have to be supported.',
  },
  {
    file: 'bpmn/bpmnlint/no-bpmndi__valid-no-lanes.bpmn',
    codes: ['missing-end-event', 'missing-outgoing-flow'],
    why: 'Uses an undeclared bpmn: prefix, which Polku accepts without a word, and is refused because its start event StartEvent_1y45yut leads nowhere and there is no end event.',
    bringIn: 'nothing: the file is not namespace-well-formed, which Polku should refuse as broken XML (see the known defects).',
  },
  {
    file: 'bpmn/bpmnlint/no-disconnected-incorrect.bpmn',
    codes: ['missing-outgoing-flow'],
    why: 'The counter-example of the lint rule no-disconnected: Task_2 has no incoming or outgoing flow.',
    bringIn: 'nothing: Polku refuses the dead end as the rule does.',
  },
  {
    file: 'bpmn/bpmnlint/no-disconnected__valid-compensation.bpmn',
    codes: ['missing-outgoing-flow', 'unsupported-element'],
    why: 'A compensation boundary event (Event_05sly58) whose handler Activity_0qb6zkz hangs on an association, and a compensation end event (Event_09gv6eq).',
    bringIn: 'Compensation: handlers that run when a compensation event is thrown.',
  },
  {
    file: 'bpmn/bpmnlint/single-event-definition-incorrect.bpmn',
    codes: ['missing-end-event', 'missing-start-event', 'unsupported-element'],
    why: 'The counter-example of the lint rule single-event-definition: the catch event IntermediateEvent_1 has several event definitions, in a fragment without start or end event.',
    bringIn: 'nothing: Polku refuses multiple events as the rule does.',
  },
  {
    file: 'bpmn/bpmnlint/start-event-required-incorrect.bpmn',
    codes: ['missing-start-event'],
    why: 'The counter-example of the lint rule start-event-required: Process_1 has no start event.',
    bringIn: 'nothing: Polku refuses it as the rule does.',
  },
  {
    file: 'bpmn/camunda7-examples/TwitterDemoProcess.bpmn',
    codes: ['unsupported-element'],
    why: 'The review decision is taken by JUEL conditions (#{approved} and #{!approved}) on the flows yes and no.',
    bringIn: 'nothing: Polku refuses JUEL on purpose; written in FEEL (= approved) the conditions would compile.',
  },
  {
    file: 'bpmn/camunda7-examples/camunda-testing-job-announcement-publication.bpmn',
    codes: ['unsupported-element'],
    why: 'Its gateways are decided by JUEL conditions (#{twitter}, #{facebook} and their negations).',
    bringIn: 'nothing: Polku refuses JUEL on purpose; written in FEEL the conditions would compile.',
  },
  {
    file: 'bpmn/camunda7-examples/camunda-testing-job-announcement.bpmn',
    codes: ['unsupported-element'],
    why: 'Its call activity calls the process of camunda-testing-job-announcement-publication.bpmn, whose gateways are decided by JUEL conditions.',
    bringIn: 'nothing: Polku refuses JUEL on purpose; rewriting the called process in FEEL would bring in both files.',
  },
  {
    file: 'bpmn/camunda7-examples/loan-granting.bpmn',
    codes: ['decision-question-missing', 'invalid-timer', 'unsupported-element'],
    why: 'A Quartz cron cycle (0/5 0/1 * 1/1 * ?) on the timer start event StartEvent_1, JUEL conditions (SequenceFlow_17zmvol, SequenceFlow_0vpum3q) and the unnamed decision ExclusiveGateway_12xhuxz.',
    bringIn: 'nothing: Polku refuses JUEL on purpose; the conditions need FEEL, the cycle ISO 8601 (R/PT5M) and the decision a question.',
  },
  {
    file: 'bpmn/camunda8-tutorials/AI Email Support Agent.bpmn',
    codes: ['unsupported-element'],
    why: 'The agent\'s tools sit in the ad-hoc sub-process Activity_04glkkx.',
    bringIn: 'Ad-hoc sub-processes: the worker does the inner steps in any order until done.',
  },
  {
    file: 'bpmn/mef-dev-examples/TMF724_POST_diagnoseIncident.bpmn',
    codes: ['condition-missing'],
    why: 'The gateway Gateway_1kdm9gk has a C# condition on Flow_0c4q5b0 and none on Flow_0975upk, which is not marked as its default flow either.',
    bringIn: 'nothing: the conditions are C#, which Polku cannot evaluate (and which can pass for FEEL, see the known defects).',
  },
  {
    file: 'bpmn/miwg-reference/A.2.0.bpmn',
    codes: ['decision-answer-missing'],
    why: 'The exclusive split _35fe57a7-1302-44e2-bf58-032f11af7ecb is a worker decision whose three flows have no names, so the worker would get no answers to choose from.',
    bringIn: 'nothing: naming the answers is a modelling fix.',
  },
  {
    file: 'bpmn/miwg-reference/A.2.1.bpmn',
    codes: ['condition-missing', 'implicit-split', 'unsupported-element'],
    why: 'XPath conditions on the gateway flows, tasks that split into two flows without a gateway (_To9ZtjOCEeSknpIVFCxNIQ, _To9ZzzOCEeSknpIVFCxNIQ), and flows with neither condition nor default mark.',
    bringIn: 'Conditional flows straight out of tasks (implicit splits); the XPath conditions need rewriting in FEEL.',
  },
  {
    file: 'bpmn/miwg-reference/A.3.0.bpmn',
    codes: ['missing-end-event', 'missing-start-event'],
    why: 'The collapsed sub-process _1ae31d1b-2559-4f78-a3ec-47986a49db48 that carries the boundary events is empty, so it has no start or end event.',
    bringIn: 'Empty sub-processes walked as a single step.',
  },
  {
    file: 'bpmn/miwg-reference/A.4.0.bpmn',
    codes: ['multiple-processes'],
    why: 'Besides the pool of WFP-6-1, the file holds a second process, WFP-6-2, that no pool and no call activity refers to.',
    bringIn: 'Several top-level processes in one file, walked side by side like pools.',
  },
  {
    file: 'bpmn/miwg-reference/A.4.1.bpmn',
    codes: ['implicit-split'],
    why: 'The task sid-34E8C3A5-5C2A-4593-AC67-038B737814D7 splits into two flows without a gateway.',
    bringIn: 'Implicit parallel splits out of tasks (uncontrolled flow, BPMN 2.0 section 13.2.1).',
  },
  {
    file: 'bpmn/miwg-reference/B.1.0.bpmn',
    codes: ['called-process-missing', 'decision-answer-missing', 'missing-end-event', 'missing-start-event', 'unsupported-element'],
    why: 'A timer start event without a value (_e314751e-5c3a-41f2-a1ae-4cb99efa0916), a call activity to the global task global-task, an empty sub-process (_1eb62392-1f21-4a63-bbcb-c78880c3165e) and a decision whose four flows have no names.',
    bringIn: 'Calls to global tasks and empty sub-processes walked as one step; the timer value and the answers are modelling fixes.',
  },
  {
    file: 'bpmn/miwg-reference/B.2.0.bpmn',
    codes: ['called-process-missing', 'condition-missing', 'decision-answer-missing', 'missing-end-event', 'missing-start-event', 'multiple-start-events', 'unsupported-element'],
    why: 'Timers and conditional events without values, standard loops without condition or maximum, multi-instance activities without counts, a second start event, an empty sub-process, a call to a process that is not in the corpus, and gateway flows without names or conditions.',
    bringIn: 'Several start events and empty sub-processes walked as one step; the rest are gaps in a conformance model written to test notation, not execution.',
  },
  {
    file: 'bpmn/miwg-reference/C.1.0.bpmn',
    codes: ['unsupported-element'],
    why: 'A timer catch event without a value (sid-0E349B8B-14A7-4565-988A-38F3A9B624D2) and JUEL conditions on the approval flows (invoiceApproved, invoiceNotApproved, reviewSuccessful, …).',
    bringIn: 'nothing: Polku refuses JUEL on purpose; the conditions need FEEL and the timer a value.',
  },
  {
    file: 'bpmn/miwg-reference/C.1.1.bpmn',
    codes: ['invalid-condition'],
    why: 'Its four conditions call bpmn:getDataObject(\'approved\'), an XPath function, which is not FEEL.',
    bringIn: 'nothing: written in FEEL (= approved) the conditions would compile.',
  },
  {
    file: 'bpmn/miwg-reference/C.3.0.bpmn',
    codes: ['condition-missing', 'missing-end-event', 'missing-start-event'],
    why: 'The collapsed sub-process _cd6f230f-13c3-4027-aa3e-57de601a1ab2 ("Perform emergency repair") is empty, and the gateway flow _cddf9325-a85b-4347-8c57-8b909fa77ae9 has neither condition nor default mark.',
    bringIn: 'Empty sub-processes walked as a single step; the missing condition is a modelling fix.',
  },
  {
    file: 'bpmn/miwg-reference/C.4.0.bpmn',
    codes: ['unsupported-element'],
    why: 'The manual task _788443d9-65f0-43a4-96a8-63e8d6f380a7 has a standard loop with neither a loop condition nor a maximum.',
    bringIn: 'Standard loops that the worker ends, asked after each round whether to go again.',
  },
  {
    file: 'bpmn/miwg-reference/C.6.0.bpmn',
    codes: ['missing-outgoing-flow', 'unsupported-element'],
    why: 'Compensation throw and boundary events with a compensation event sub-process, timers without values, and compensation handlers (_3a2f133c-3ae1-4e21-94b5-6e8cf51acd74, _0198160d-b56c-4919-9920-db5f32d16b3f) without outgoing flow.',
    bringIn: 'Compensation, with handlers that end without an end event; the empty timers need values.',
  },
  {
    file: 'bpmn/miwg-reference/C.7.0.bpmn',
    codes: ['unsupported-element'],
    why: 'The service task _a36ddf2f-23c1-46c5-86d4-bd2a0eb42535 is multi-instance, but it completes by itself, and only worker steps, sub-processes and call activities can repeat.',
    bringIn: 'Repeating activities that complete by themselves (shown as one automatic step per round).',
  },

  {
    file: 'bpmn/miwg-reference/C.8.1.bpmn',
    codes: ['unresolved-reference'],
    why: 'Three operations of an interface (_83f1c680-7e06-4a9a-9206-396ed8155a71 and two more) reference the message triso:unspecified, which is not in the file.',
    bringIn: 'Unresolved references outside the walked process (interfaces, diagram) as warnings; the model compiles then.',
  },
  {
    file: 'bpmn/miwg-reference/C.9.0.bpmn',
    codes: ['unstructured-parallel'],
    why: 'In the event sub-process Activity_0vp33kx, the parallel gateway ParallelGateway_CancelApplication splits into two end events (EndMessageEvent_InformCustomer, EndMessageEvent_InformOperations) that no gateway joins.',
    bringIn: 'Parallel branches that each end in their own end event, without a join, as BPMN allows.',
  },
  {
    file: 'bpmn/miwg-vendor/adonis-17.0__B.2.0-export.bpmn',
    codes: ['called-process-missing', 'condition-missing', 'decision-answer-missing', 'missing-end-event', 'missing-outgoing-flow', 'missing-start-event', 'multiple-start-events', 'unresolved-reference', 'unsupported-element'],
    why: 'The ADONIS extension payload repeats ids such as _07465254-8359-47b9-815d-def542be69b1 on adonis:target and adonis:row elements, which Polku takes for duplicate BPMN ids.',
    bringIn: 'Ignoring ids on extension elements outside the BPMN namespace; then the blockers of B.2.0 remain.',
  },
  {
    file: 'bpmn/miwg-vendor/igrafx-flowcharter-2013__B.2.0-export.bpmn',
    codes: ['duplicate-id', 'unresolved-reference'],
    why: 'The sequence flow connector_IDAMQ1IB is defined twice, and escalation and diagram references (escalation_, text_IDAEQRIB, …) do not resolve.',
    bringIn: 'nothing: the export itself is broken.',
  },
  {
    file: 'bpmn/miwg-vendor/sap-signavio-19.9.0__B.2.0-export.bpmn',
    codes: ['unresolved-reference'],
    why: 'Twelve sourceRef and targetRef values (on sid-E1638278-7098-4BFF-9F77-653EA156C782 and others) name elements that are not in the file.',
    bringIn: 'nothing: the export itself is broken.',
  },
  {
    file: 'bpmn/miwg-vendor/trisotech-12.6.3__C.8.0-export.bpmn',
    codes: ['unresolved-reference'],
    why: 'Two interface operations (_643888f9-93a6-4aeb-992a-17a0f873a7d7, _9bff2bb3-fef5-4b49-a757-a3d1ceacb9db) reference the message triso:unspecified, which is not in the file.',
    bringIn: 'Unresolved references outside the walked process as warnings, and then several top-level processes in one file (it holds six outside any collaboration).',
  },
  {
    file: 'bpmn/miwg-vendor/visual-paradigm-11.1__B.2.0-roundtrip.bpmn',
    codes: ['duplicate-id'],
    why: 'Unprefixed vendor elements inside vp:Extensions (such as Model on line 5017) fall into the BPMN namespace and repeat the ids of BPMN elements.',
    bringIn: 'Ignoring ids inside extension elements; then the blockers of B.2.0 remain.',
  },
  {
    file: 'bpmn/poizat-bpmn-models/e0001v0001.bpmn',
    codes: ['decision-question-missing', 'unsupported-element'],
    why: 'Java conditions on four flows (SequenceFlow_24, SequenceFlow_25, SequenceFlow_43, SequenceFlow_44) and two unnamed decisions (ExclusiveGateway_1, ExclusiveGateway_3).',
    bringIn: 'nothing: the conditions need rewriting in FEEL and the decisions need questions.',
  },
  {
    file: 'bpmn/token-simulation/Simulator.event-based-gateway.bpmn',
    codes: ['unsupported-element'],
    why: 'The conditional catch event S_CATCH that races the message at the event-based gateway has no condition.',
    bringIn: 'Conditional events without a condition, confirmed by the worker like a message (as the token simulator does).',
  },
  {
    file: 'bpmn/token-simulation/Simulator.inclusive-gateway-sync.bpmn',
    codes: ['decision-answer-missing'],
    why: 'The inclusive split F_GATE is a worker decision whose flows Flow_3, Flow_4 and Flow_5 have no names.',
    bringIn: 'nothing: naming the answers is a modelling fix; inclusive gateways are supported.',
  },
  {
    file: 'bpmn/token-simulation/Simulator.parallel-gateway-stuck.bpmn',
    codes: ['multiple-start-events'],
    why: 'Two start events (START and MESSAGE_START) feed one parallel join that can never fire.',
    bringIn: 'Several start events (the worker says how the case began), with the deadlock reported rather than walked.',
  },
  {
    file: 'bpmn/token-simulation/Simulator.signal-madness.bpmn',
    codes: ['implicit-split'],
    why: 'The start event START splits into two flows without a gateway; the model throws and catches signals at several scope levels.',
    bringIn: 'Implicit parallel splits out of start events.',
  },
  {
    file: 'bpmn/token-simulation/Simulator.terminate-nested-scopes.bpmn',
    codes: ['implicit-split', 'unsupported-element'],
    why: 'The start event START splits into two flows without a gateway, and the conditional catch event CATCH_SUB has no condition.',
    bringIn: 'Implicit parallel splits out of start events, and conditional events without a condition confirmed by the worker.',
  },
  {
    file: 'bpmn/token-simulation/Simulator.transaction-cancel-trigger-cancel-boundary.bpmn',
    codes: ['unsupported-element'],
    why: 'A cancel end event inside the transaction T triggers the cancel boundary event CANCELED_T_BOUNDARY.',
    bringIn: 'Transactions with cancel events.',
  },
  {
    file: 'bpmn/token-simulation/all-elements.bpmn',
    codes: ['called-process-missing', 'missing-end-event', 'missing-outgoing-flow', 'multiple-start-events', 'unsupported-element'],
    why: 'One of nearly every element: pools with message flows, a complex gateway, a cancel boundary, unnamed links, empty timers and conditions, four start events and many unconnected elements.',
    bringIn: 'nothing: it is an element gallery, not a process to walk.',
  },
  {
    file: 'bpmn/token-simulation/all.bpmn',
    codes: ['implicit-split', 'missing-outgoing-flow', 'unsupported-element'],
    why: 'Transactions with cancel boundary events, compensation throughout, conditional catch events without a condition, a start event that splits without a gateway, and compensation handlers without outgoing flow.',
    bringIn: 'Transactions, compensation and implicit parallel splits out of start events.',
  },
  {
    file: 'bpmn/token-simulation/booking.bpmn',
    codes: ['decision-answer-missing', 'decision-question-missing', 'implicit-split', 'missing-outgoing-flow', 'unsupported-element'],
    why: 'Compensation handlers (Book_Flight_Boundary, Book_Hotel_Boundary) with a compensation event sub-process, a start event that splits without a gateway, and unnamed decisions (Gateway_1, Gateway_4).',
    bringIn: 'Compensation and implicit splits out of start events; naming the decisions is a modelling fix.',
  },
  {
    file: 'bpmn/token-simulation/example.bpmn',
    codes: ['unsupported-element'],
    why: 'Its conditional catch events (IntermediateThrowEvent_02yoqsl, IntermediateThrowEvent_10vhtou) have no condition and its timers (IntermediateCatchEvent_12qf66u, BoundaryEvent_Timer_non_interrupting) no value.',
    bringIn: 'Timers and conditional events without a value, confirmed by the worker (as the token simulator does).',
  },
  {
    file: 'bpmn/trozman-processes/Email process(simple version).bpmn',
    codes: ['called-process-missing', 'multiple-start-events', 'unsupported-element'],
    why: 'Timers without values, a second start event (StartEvent_1si5cnx) and two call activities without calledElement (CallActivity_0xyi9tw, CallActivity_0aicbnz).',
    bringIn: 'Several start events (the worker says how the case began); the empty timers and calls are modelling gaps.',
  },
  {
    file: 'bpmn/trozman-processes/P03 Preparing and Signing the contract.bpmn',
    codes: ['decision-answer-missing', 'unsupported-element'],
    why: 'A conditional start event without a condition (StartEvent_09c5nyg), a link throw without a name (EndEvent_0v2s6bw) and a decision answer without a name (SequenceFlow_0vvbwfs).',
    bringIn: 'Conditional start events that the worker confirms; the link name and the answer are modelling fixes.',
  },
  {
    file: 'bpmn/trozman-processes/P04 Obtain permits and pay taxes.bpmn',
    codes: ['missing-end-event', 'multiple-start-events', 'unsupported-element'],
    why: 'Conditional start events without a condition (StartEvent_1, IntermediateThrowEvent_0hlg90q), several start events in one pool, a link throw without a name (EndEvent_18tuawk) and the pool process Process_0cngccs without an end event.',
    bringIn: 'Several start events and conditional events that the worker confirms; the link name and the missing end event are modelling fixes.',
  },
  {
    file: 'bpmn/zeebe-bpmn-moddle/zeebe-adHoc.bpmn',
    codes: ['missing-end-event', 'missing-start-event', 'unsupported-element'],
    why: 'The ad-hoc sub-process AdHocSubProcess_1 is the only content of a process without start or end event.',
    bringIn: 'nothing: it is an extension-parsing fixture; ad-hoc sub-processes would also have to be supported.',
  },
  {
    file: 'bpmn/zeebe-bpmn-moddle/zeebe-execution-listeners.bpmn',
    codes: ['missing-end-event', 'missing-outgoing-flow'],
    why: 'Unconnected events, a gateway and a sub-process (Activity_1yf35jc) carrying execution listeners, with no end event.',
    bringIn: 'nothing: it is an extension-parsing fixture with no path to walk.',
  },
  {
    file: 'bpmn/zeebe-bpmn-moddle/zeebe-taskListeners.bpmn',
    codes: ['missing-end-event', 'missing-outgoing-flow', 'missing-start-event'],
    why: 'A lone user task and a sub-process carrying task listeners, with no start or end event.',
    bringIn: 'nothing: it is an extension-parsing fixture with no path to walk.',
  },
];
