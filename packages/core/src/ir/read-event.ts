import { many, type ModdleElement } from '../parse/moddle.js';
import type { NodeType, PathwayNode, Throw, Trigger } from './types.js';

/** What an event element means for a walkthrough, or why Polku cannot walk it. */
export type EventMeaning = Pick<PathwayNode, 'trigger' | 'throws' | 'catches' | 'interrupting'> & { problem?: string };

const TIMER_PARTS = [
  ['timeDuration', 'duration'],
  ['timeDate', 'date'],
  ['timeCycle', 'cycle'],
] as const;

/**
 * Reads the event definition of a start, end, intermediate or boundary event (and a receive
 * task's message). Which definitions fit which event follows BPMN 2.0 §10.5 (table 10.84–10.93);
 * compensation, cancel and multiple definitions are not walked yet and come back as `problem`.
 */
export function readEvent(element: ModdleElement, type: NodeType): EventMeaning {
  const definitions = many(element, 'eventDefinitions');
  if (type === 'receiveTask') return { trigger: { kind: 'message', ...refOf(element.messageRef) } };
  if (definitions.length > 1) return { problem: 'has several event definitions (a multiple event), which is not supported yet' };
  const definition = definitions[0];
  const kind = definition?.$type.replace('bpmn:', '').replace('EventDefinition', '');
  // Boundary events interrupt unless cancelActivity="false"; start events (of event
  // sub-processes) unless isInterrupting="false" (BPMN 2.0 §10.5.2, §10.5.4).
  const interrupting = type === 'boundaryEvent' ? element.cancelActivity !== false : type === 'startEvent' ? element.isInterrupting !== false : undefined;
  const withInterrupting = (meaning: EventMeaning): EventMeaning => (interrupting === undefined ? meaning : { ...meaning, interrupting });

  if (!definition) {
    if (type === 'intermediateCatchEvent' || type === 'boundaryEvent') return { problem: 'has no event definition, so nothing can trigger it' };
    return {};
  }
  const catching = type === 'startEvent' || type === 'intermediateCatchEvent' || type === 'boundaryEvent';
  switch (kind) {
    case 'Timer': {
      if (!catching) return { problem: 'throws a timer, which BPMN does not allow' };
      const timer = TIMER_PARTS.map(([property, timerType]) => ({ timerType, value: bodyOf(definition[property]) })).find((part) => part.value);
      if (!timer) return { problem: 'has a timer without a duration, date or cycle' };
      return withInterrupting({ trigger: { kind: 'timer', timer: { type: timer.timerType, value: timer.value! } } });
    }
    case 'Message':
      return catching ? withInterrupting({ trigger: { kind: 'message', ...refOf(definition.messageRef) } }) : { throws: { kind: 'message', ...refOf(definition.messageRef) } };
    case 'Signal': {
      // Signals without a signalRef all share one unnamed signal, as other executors treat them.
      const ref = refOf(definition.signalRef).ref ?? '';
      return catching ? withInterrupting({ trigger: { kind: 'signal', ref } }) : { throws: { kind: 'signal', ref } };
    }
    case 'Conditional': {
      const language = (definition.condition as ModdleElement | undefined)?.language;
      if (typeof language === 'string' && language && !/feel/i.test(language)) return { problem: `has a condition in ${language}; Polku evaluates FEEL only` };
      const condition = bodyOf(definition.condition)?.replace(/^=\s*/, '');
      if (!condition) return { problem: 'has a conditional event without a condition' };
      if (condition.startsWith('${') || condition.startsWith('#{')) return { problem: `has a JUEL condition (${condition}); Polku evaluates FEEL only` };
      return withInterrupting({ trigger: { kind: 'conditional', condition } });
    }
    case 'Error':
      if (type === 'boundaryEvent' || type === 'startEvent') return { catches: { kind: 'error', ...codeOf(definition.errorRef, 'errorCode') }, interrupting: true };
      if (type === 'endEvent') return { throws: { kind: 'error', ...codeOf(definition.errorRef, 'errorCode') } };
      return { problem: 'uses an error event where BPMN allows only end and boundary events' };
    case 'Escalation':
      if (type === 'boundaryEvent' || type === 'startEvent') return { catches: { kind: 'escalation', ...codeOf(definition.escalationRef, 'escalationCode') }, ...(interrupting === undefined ? {} : { interrupting }) };
      if (type === 'endEvent' || type === 'intermediateThrowEvent') return { throws: { kind: 'escalation', ...codeOf(definition.escalationRef, 'escalationCode') } };
      return { problem: 'catches an escalation where only boundary events and event sub-processes can' };
    case 'Terminate':
      return type === 'endEvent' ? { throws: { kind: 'terminate' } } : { problem: 'uses a terminate definition outside an end event' };
    case 'Link': {
      const name = typeof definition.name === 'string' && definition.name ? definition.name : undefined;
      if (!name) return { problem: 'is a link event without a link name' };
      if (type === 'intermediateThrowEvent') return { throws: { kind: 'link', ref: name } };
      // A link catch is where its throw continues; buildPathway joins the two with a flow.
      if (type === 'intermediateCatchEvent') return {};
      return { problem: 'uses a link definition outside an intermediate event' };
    }
    default:
      return { problem: `has a ${kind} event definition, which is not supported yet` };
  }
}

/** The link name of an intermediate link catch event, if it is one. */
export function linkNameOf(element: ModdleElement): string | undefined {
  const definition = many(element, 'eventDefinitions')[0];
  return definition?.$type === 'bpmn:LinkEventDefinition' && typeof definition.name === 'string' ? definition.name : undefined;
}

function bodyOf(expression: unknown): string | undefined {
  const body = (expression as ModdleElement | undefined)?.body;
  return typeof body === 'string' && body.trim() ? body.trim() : undefined;
}

// Messages and signals are matched by name, falling back to the id, as modellers see names.
function refOf(reference: unknown): { ref?: string } {
  const element = reference as ModdleElement | undefined;
  const ref = (typeof element?.name === 'string' && element.name) || element?.id;
  return ref ? { ref } : {};
}

function codeOf(reference: unknown, codeProperty: string): { ref?: string } {
  const element = reference as ModdleElement | undefined;
  const code = element?.[codeProperty];
  const ref = (typeof code === 'string' && code) || element?.id;
  return ref ? { ref } : {};
}

export type { Throw, Trigger };
