/**
 * The tests whose model Polku refuses, with why. The list is explicit and checked both ways by
 * `token-simulation.test.ts`: a test that compiles must not be here, and a refused test must be
 * here with exactly the error diagnostics Polku reports now (code → element ids).
 */

/** Why a model is refused: the construct it uses that Polku does not walk (yet, or by design). */
export type RefusalReason = keyof typeof REFUSAL_REASONS;

/** One refused test: its reasons (the first is the main one) and the errors Polku reports. */
export interface Refusal {
  because: RefusalReason[];
  /** Diagnostic code → ids of the elements it names, sorted. */
  refused: Partial<Record<string, string[]>>;
}

/** Each reason: the construct, and what would bring the tests it blocks back. */
export const REFUSAL_REASONS = {
  compensation: {
    construct: 'compensation boundary events, handlers and compensation throw events',
    bringsBack: 'compensation support in the compiler (not planned for walkthroughs yet)',
  },
  transaction: {
    construct: 'transaction sub-processes, cancel end and boundary events',
    bringsBack: 'transactions in the compiler',
  },
  'ad-hoc sub-process': {
    construct: 'ad-hoc sub-processes',
    bringsBack: 'ad-hoc sub-processes in the compiler',
  },
  'several pools': {
    construct: 'several processes in one file that are not pools of one collaboration, or message flows Polku cannot place',
    bringsBack: 'nothing: a walkthrough starts from one process or one collaboration, by design',
  },
  'no process': {
    construct: 'a collaboration of empty pools (black boxes) only, with a message flow from pool to pool',
    bringsBack: 'nothing: there is no process to walk',
  },
  'several start events': {
    construct: 'a process level with more than one start event',
    bringsBack: 'several start events per level (Polku starts a walkthrough at one)',
  },
  'no start event': {
    construct: 'a process level without a start event (implicit start nodes)',
    bringsBack: 'nothing: Polku requires a start event on every level, by design',
  },
  'event without a trigger': {
    construct: 'a timer without a time, a conditional event without a condition, a link without a name, or a catch or boundary event without an event definition',
    bringsBack: 'nothing in Polku: the simulator fires such events by hand; a corrected copy of the model would run',
  },
  'unstructured parallel block': {
    construct: 'parallel branches that end, loop or join outside the block of their fork',
    bringsBack: 'unstructured parallel blocks in the compiler (decision 0001 keeps blocks structured)',
  },
  'implicit split': {
    construct: 'several outgoing flows from a task or start event (an unconditional fork without a gateway)',
    bringsBack: 'nothing: Polku asks for a gateway, by design',
  },
  'path without end event': {
    construct: 'a path that stops at an element without outgoing flows, or a level without an end event',
    bringsBack: 'nothing: Polku asks every path to end at an end event, by design',
  },
  'unnamed decision': {
    construct: 'a gateway the test decides (`choose`) whose outgoing flows or question have no name',
    bringsBack: 'nothing: a worker decision needs a question and named answers, by design',
  },
  'default flow without conditions': {
    construct: 'a gateway with a default flow beside flows without conditions (the simulator takes the default only when told to)',
    bringsBack: 'nothing: beside a default flow, Polku asks for conditions, by design',
  },
} as const satisfies Record<string, { construct: string; bringsBack: string }>;

/** Refused tests by name (see `SIMULATOR_TESTS`), in the table's order. */
export const SKIPPED: Readonly<Record<string, Refusal>> = {
  'exclusive-gateway-fork-join': { because: ['unnamed decision'], refused: { 'decision-answer-missing': ['Flow_2', 'Flow_3'] } },
  'exclusive-gateway-join': { because: ['several start events'], refused: { 'multiple-start-events': ['MESSAGE_START'] } },
  'exclusive-gateway-no-outgoings': { because: ['path without end event'],
    refused: {
      'missing-end-event': ['Process_1'],
      'missing-outgoing-flow': ['EXCLUSIVE_GATEWAY'],
    },
  },
  'task-join': { because: ['implicit split'], refused: { 'implicit-split': ['START'] } },
  'catch-event': { because: ['event without a trigger'], refused: { 'unsupported-element': ['CATCH'] } },
  'loop': { because: ['unstructured parallel block'], refused: { 'unstructured-parallel': ['End', 'Join', 'Split'] } },
  'event-based-gateway': { because: ['event without a trigger'], refused: { 'unsupported-element': ['S_CATCH'] } },
  'token-sink-task': { because: ['path without end event'], refused: { 'missing-end-event': ['Process_1'], 'missing-outgoing-flow': ['END'] } },
  'token-sink-all': { because: ['path without end event'],
    refused: {
      'missing-end-event': ['Activity_074ywtr', 'Activity_1juky10', 'Activity_1mfcmav'],
      'missing-outgoing-flow': ['Activity_0774vxb', 'Activity_116ufv1', 'Event_1id4v0e', 'Event_1u1jfx7', 'Event_1u5328t'],
    },
  },
  'parallel-gateway-stuck': { because: ['several start events'], refused: { 'multiple-start-events': ['MESSAGE_START'] } },
  'parallel-gateway-join-1': { because: ['event without a trigger'], refused: { 'unsupported-element': ['Timer_1'] } },
  'parallel-gateway-join-2': { because: ['event without a trigger'], refused: { 'unsupported-element': ['Timer_1'] } },
  'parallel-gateway-join-3': { because: ['event without a trigger'], refused: { 'unsupported-element': ['Timer_1'] } },
  'inclusive-gateway-sync': { because: ['unnamed decision'], refused: { 'decision-answer-missing': ['Flow_3', 'Flow_4', 'Flow_5'] } },
  'inclusive-gateway-single-token-pass-through': { because: ['several start events'], refused: { 'multiple-start-events': ['MESSAGE_START'] } },
  'inclusive-gateway-default-flow': { because: ['default flow without conditions'], refused: { 'condition-missing': ['Flow_3', 'Flow_5'] } },
  'inclusive-gateway-fork-join': { because: ['unnamed decision'], refused: { 'decision-answer-missing': ['Flow_2', 'Flow_3', 'Flow_4', 'Flow_5'] } },
  'inclusive-gateway-no-outgoings': { because: ['path without end event'],
    refused: {
      'missing-end-event': ['Process_1'],
      'missing-outgoing-flow': ['INCLUSIVE_GATEWAY'],
    },
  },
  'inclusive-gateway-multiple-starts': { because: ['unnamed decision'], refused: { 'decision-answer-missing': ['Flow_3', 'Flow_4', 'Flow_5'] } },
  'inclusive-gateway-boundary-event': { because: ['event without a trigger', 'unnamed decision'],
    refused: {
      'decision-answer-missing': ['Flow_3', 'Flow_4', 'Flow_5'],
      'unsupported-element': ['TimerEvent'],
    },
  },
  'inclusive-gateway-exclusive-gateway': { because: ['event without a trigger', 'unnamed decision'],
    refused: {
      'decision-answer-missing': ['Flow_6', 'Flow_7'],
      'decision-question-missing': ['ExclusiveGateway'],
      'unsupported-element': ['TimerEvent'],
    },
  },
  'inclusive-gateway-multiple-elements': { because: ['event without a trigger', 'unnamed decision'],
    refused: {
      'decision-answer-missing': ['Flow_3', 'Flow_4', 'Flow_5'],
      'unsupported-element': ['Timer_1', 'Timer_2'],
    },
  },
  'inclusive-gateway-incoming-flow-taken': { because: ['unnamed decision'],
    refused: {
      'decision-answer-missing': ['Flow_4', 'Flow_7'],
      'decision-question-missing': ['ExclusiveGateway'],
    },
  },
  'inclusive-gateway-single-incoming': { because: ['event without a trigger', 'unnamed decision'],
    refused: {
      'decision-answer-missing': ['Flow_6', 'Flow_7'],
      'decision-question-missing': ['InclusiveGateway'],
      'unsupported-element': ['TimerEvent'],
    },
  },
  'inclusive-gateway-multiple-activation': { because: ['unstructured parallel block'], refused: { 'unstructured-parallel': ['InclusiveGateway'] } },
  'inclusive-gateway-visiting-token': { because: ['event without a trigger', 'unnamed decision'],
    refused: {
      'decision-answer-missing': ['Flow_2', 'Flow_3', 'Flow_4', 'Flow_7'],
      'decision-question-missing': ['ExclusiveGateway', 'InclusiveGateway_Split'],
      'unsupported-element': ['TimerEvent_1'],
    },
  },
  'inclusive-gateway-link-event': { because: ['event without a trigger'], refused: { 'unsupported-element': ['LinkCatch', 'LinkThrow', 'TimerEvent'] } },
  'inclusive-gateway-link-collapsed-subprocess': { because: ['event without a trigger'], refused: { 'unsupported-element': ['LinkCatch', 'LinkThrow', 'TimerEvent'] } },
  'inclusive-gateway-link-missing': { because: ['event without a trigger'], refused: { 'unsupported-element': ['LinkCatch_B', 'LinkThrow_B', 'TimerEvent'] } },
  'inclusive-gateway-multiple-link-events': { because: ['event without a trigger'],
    refused: {
      'unsupported-element': ['LinkCatch', 'LinkThrow_1', 'LinkThrow_2', 'TimerEvent_1', 'TimerEvent_2'],
    },
  },
  'end-event': { because: ['implicit split'], refused: { 'implicit-split': ['START'] } },
  'terminate': { because: ['implicit split'], refused: { 'implicit-split': ['START'] } },
  'terminate-nested-scopes': { because: ['event without a trigger', 'implicit split'], refused: { 'implicit-split': ['START'], 'unsupported-element': ['CATCH_SUB'] } },
  'signal-trigger-start-event': { because: ['no start event', 'path without end event'],
    refused: {
      'missing-end-event': ['Process_3'],
      'missing-start-event': ['Process_3'],
    },
  },
  'signal-trigger-multiple-start-events': { because: ['several start events'], refused: { 'multiple-start-events': ['START_S1', 'START_S2'] } },
  'signal-trigger-event-based-gateway': { because: ['unstructured parallel block'], refused: { 'unstructured-parallel': ['END_A', 'END_B', 'PARALLEL_GATE'] } },
  'signal-trigger-intermediate-catch-event': { because: ['unstructured parallel block'], refused: { 'unstructured-parallel': ['END_A', 'END_B', 'PARALLEL_GATE'] } },
  'signal-madness': { because: ['implicit split'], refused: { 'implicit-split': ['START'] } },
  'process-multiple-starts': { because: ['several start events'], refused: { 'multiple-start-events': ['START_2'] } },
  'process-implicit-start-no-start-events': { because: ['no start event', 'path without end event'],
    refused: {
      'missing-end-event': ['Process_1'],
      'missing-outgoing-flow': ['TASK'],
      'missing-start-event': ['Process_1'],
    },
  },
  'process-implicit-start-none-event': { because: ['several start events', 'path without end event'],
    refused: {
      'missing-end-event': ['Process_1'],
      'missing-outgoing-flow': ['GATEWAY', 'OTHER_START'],
      'multiple-start-events': ['OTHER_START'],
    },
  },
  'process-implicit-start-trigger': { because: ['several start events', 'path without end event'],
    refused: {
      'missing-end-event': ['Process_1'],
      'missing-outgoing-flow': ['GATEWAY', 'OTHER_START'],
      'multiple-start-events': ['OTHER_START'],
    },
  },
  'process-implicit-start-collaboration': { because: ['no start event', 'path without end event'],
    refused: {
      'missing-end-event': ['Process_1', 'Process_2'],
      'missing-outgoing-flow': ['MESSAGE_THROW', 'START', 'TASK'],
      'missing-start-event': ['Process_2'],
    },
  },
  'sub-process-multiple-starts': { because: ['several start events', 'event without a trigger', 'path without end event'],
    refused: {
      'missing-outgoing-flow': ['M_THROW'],
      'multiple-start-events': ['S_2'],
      'unsupported-element': ['BOUNDARY', 'E_START'],
    },
  },
  'collapsed-sub-process-compensation-event-sub-process': { because: ['compensation', 'path without end event'],
    refused: {
      'missing-outgoing-flow': ['Compensate_A'],
      'unsupported-element': ['A_COMP_BOUNDARY', 'COMPENSATE_S', 'E_COMPENSATE_A', 'E_START'],
    },
  },
  'collapsed-compensation-event-sub-process': { because: ['compensation', 'path without end event'],
    refused: {
      'missing-outgoing-flow': ['Compensate_A'],
      'unsupported-element': ['A_COMP_BOUNDARY', 'COMPENSATE_S', 'E_COMPENSATE_A', 'E_START'],
    },
  },
  'collapsed-sub-process-link-events': { because: ['event without a trigger'], refused: { 'unsupported-element': ['LinkCatch_1', 'LinkThrow_1'] } },
  'sub-process-empty-continuation': { because: ['transaction', 'ad-hoc sub-process', 'no start event', 'path without end event'],
    refused: {
      'missing-end-event': ['EmbeddedCollapsed', 'EmbeddedExpanded'],
      'missing-start-event': ['EmbeddedCollapsed', 'EmbeddedExpanded'],
      'unsupported-element': ['AdHocCollapsed', 'AdHocExpanded', 'TransactionCollapsed', 'TransactionExpanded'],
    },
  },
  'transaction-cancel-trigger-cancel-boundary': { because: ['transaction'], refused: { 'unsupported-element': ['CANCELED_T_BOUNDARY', 'T'] } },
  'transaction-compensation': { because: ['transaction'], refused: { 'unsupported-element': ['CANCEL_BOUNDARY', 'T'] } },
  'transaction-no-compensate-activity': { because: ['transaction'], refused: { 'unsupported-element': ['T', 'T_CANCEL_BOUNDARY'] } },
  'transaction-compensation-multiple': { because: ['transaction'], refused: { 'unsupported-element': ['CancelBoundary', 'Transaction'] } },
  'transaction-cancel-from-nested-scope': { because: ['transaction'], refused: { 'unsupported-element': ['T', 'T_CANCEL_BOUNDARY'] } },
  'transaction-terminate': { because: ['transaction'], refused: { 'unsupported-element': ['CANCEL_T', 'T'] } },
  'transaction-error': { because: ['transaction'], refused: { 'unsupported-element': ['T'] } },
  'compensation-booking': { because: ['compensation', 'implicit split', 'path without end event'],
    refused: {
      'implicit-split': ['S_START'],
      'missing-outgoing-flow': ['COMPENSATE_A', 'COMPENSATE_B'],
      'unsupported-element': ['A_COMP_BOUNDARY', 'B_COMP_BOUNDARY', 'E_C_A', 'E_C_B', 'E_START', 'TRIGGER_COMPENSATE_S'],
    },
  },
  'compensation-once': { because: ['compensation', 'path without end event'],
    refused: {
      'missing-outgoing-flow': ['COMPENSATE_A'],
      'unsupported-element': ['A_COMP_BOUNDARY', 'E_C_A', 'E_START', 'Event_060m0s0', 'TRIGGER_COMPENSATE_S'],
    },
  },
  'compensation-intermediate-throw': { because: ['compensation', 'path without end event'],
    refused: {
      'missing-outgoing-flow': ['COMPENSATE_A'],
      'unsupported-element': ['A_COMP_BOUNDARY', 'COMP_A'],
    },
  },
  'compensation-end': { because: ['compensation', 'path without end event'],
    refused: {
      'missing-outgoing-flow': ['COMPENSATE_A'],
      'unsupported-element': ['A_COMP_BOUNDARY', 'COMP_A_END'],
    },
  },
  'compensation-event-sub-process': { because: ['compensation', 'path without end event'],
    refused: {
      'missing-outgoing-flow': ['COMPENSATE_A'],
      'unsupported-element': ['A_COMP_BOUNDARY', 'E_COMP_A_END'],
    },
  },
  'compensation-nested-event-sub-process': { because: ['compensation'], refused: { 'unsupported-element': ['COMP_START', 'COMP_TRIGGER'] } },
  'compensation-error': { because: ['compensation', 'implicit split', 'path without end event'],
    refused: {
      'implicit-split': ['S_START'],
      'missing-outgoing-flow': ['COMPENSATE_A', 'COMPENSATE_B'],
      'unsupported-element': ['A_COMP_BOUNDARY', 'B_COMP_BOUNDARY', 'E_C_A', 'E_C_B', 'E_START', 'TRIGGER_COMPENSATE_S'],
    },
  },
  'compensation-no-compensate-activity': { because: ['compensation'], refused: { 'unsupported-element': ['A_COMP_BOUNDARY', 'COMP_A'] } },
  'compensation-nested': { because: ['compensation', 'path without end event'],
    refused: {
      'missing-end-event': ['SN', 'SX'],
      'missing-outgoing-flow': ['A', 'B', 'COMP_A', 'COMP_B', 'COMP_S', 'SF', 'SF_COMP'],
      'unsupported-element': ['A_COMP_BOUNDARY', 'B_COMP_BOUNDARY', 'END_COMPENSATE', 'E_COMP_END', 'E_START', 'SF_COMP_BOUNDARY', 'S_COMP_BOUNDARY'],
    },
  },
  'compensation-after-error-recovery': { because: ['compensation', 'path without end event'],
    refused: {
      'missing-outgoing-flow': ['COMP_A'],
      'unsupported-element': ['COMPENSATION_END', 'COMP_A_BOUNDARY'],
    },
  },
  'compensation-after-escalation-recovery': { because: ['compensation', 'path without end event'],
    refused: {
      'missing-outgoing-flow': ['COMP_A'],
      'unsupported-element': ['COMPENSATION_END', 'COMP_A_BOUNDARY'],
    },
  },
  'event-sub-process-multiple-starts': { because: ['several start events'], refused: { 'multiple-start-events': ['E_SIG_START'] } },
  'event-sub-process-implicit-start': { because: ['no start event', 'path without end event'],
    refused: {
      'missing-end-event': ['Process_1'],
      'missing-outgoing-flow': ['START'],
      'missing-start-event': ['Process_1'],
    },
  },
  'boundary-interrupting-sub-process': { because: ['event without a trigger'], refused: { 'unsupported-element': ['CATCH_SUB'] } },
  'boundary-non-interrupting-sub-process': { because: ['event without a trigger'], refused: { 'unsupported-element': ['CATCH_SUB'] } },
  'boundary-interrupting-task': { because: ['event without a trigger'], refused: { 'unsupported-element': ['B_RUPTING'] } },
  'message-flow-pool-pool': { because: ['no process'], refused: { 'no-process': ['sid-38422fae-e03e-43a3-bef4-bd33b32041b2'] } },
  'message-flow-trigger-start-multiple-events': { because: ['several start events'], refused: { 'multiple-start-events': ['START_2'] } },
  'message-flow-trigger-start-multiple-message-events': { because: ['several start events'], refused: { 'multiple-start-events': ['START_2'] } },
  'catch-event-rerun': { because: ['event without a trigger'], refused: { 'unsupported-element': ['CATCH'] } },
};
