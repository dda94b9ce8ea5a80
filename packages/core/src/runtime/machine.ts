import { assign, setup, type AnyStateMachine } from 'xstate';
import type { Pathway } from '../ir/types.js';
import type { StepEvent, WalkContext } from './types.js';

const implementations = setup({
  types: {} as { context: WalkContext; events: StepEvent },
  guards: {
    'polku.isElement': ({ event }, params: { elementId: string }) => event.type === 'polku.complete' && event.elementId === params.elementId,
    'polku.isAnswer': ({ event }, params: { gatewayId: string; flowId: string }) =>
      event.type === 'polku.choose' && event.gatewayId === params.gatewayId && event.flowId === params.flowId,
  },
  actions: {
    'polku.enter': assign({
      trace: ({ context, event }, params: { elementId: string }) => [...context.trace, event.at ? { elementId: params.elementId, at: event.at } : { elementId: params.elementId }],
    }),
    'polku.answer': assign({
      answers: ({ context }, params: { gatewayId: string; flowId: string }) => ({ ...context.answers, [params.gatewayId]: params.flowId }),
    }),
    'polku.record': assign({
      data: ({ context, event }) => (event.type === 'polku.complete' && event.values ? { ...context.data, ...event.values } : context.data),
    }),
  },
});

const machines = new WeakMap<Pathway, AnyStateMachine>();

/**
 * The XState machine of a pathway, with Polku's guard and action implementations. Created
 * once per pathway object and cached.
 */
export function createPathwayMachine(pathway: Pathway): AnyStateMachine {
  let machine = machines.get(pathway);
  if (!machine) {
    const config = { ...pathway.machine, context: { trace: [], answers: {}, data: {} } };
    machine = implementations.createMachine(config as unknown as Parameters<typeof implementations.createMachine>[0]) as unknown as AnyStateMachine;
    machines.set(pathway, machine);
  }
  return machine;
}
