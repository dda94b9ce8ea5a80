import type { PathwayNode } from '@polku/core';
import type { GuideView } from './guide-view.js';
import type { PickedText } from './pick-text.js';

/** A stage's heading: the element's name, after "Odotetaan:" for an event the worker waits for. */
export interface StageTitle {
  prefix: string | undefined;
  name: PickedText;
  /** Prefix and name as one string, for announcements. */
  text: string;
}

/**
 * The heading of a stage. BPMN names events after what happened ("Lausunto saapui"), so a
 * waiting stage says it waits for it; an event-based gateway asks its name as the question.
 * Elements without a name fall back to words of the interface, or to their id.
 */
export function stageTitle(node: PathwayNode, { s, text }: Pick<GuideView, 's' | 'text'>): StageTitle {
  let prefix: string | undefined;
  let name = text(node.name);
  if (node.role === 'wait' && node.type === 'eventBasedGateway') {
    name ??= { text: s.firstEventFallback, lang: undefined };
  } else if (node.role === 'wait') {
    prefix = s.waitingFor;
    name ??= { text: s.triggerFallback[node.trigger?.kind ?? 'conditional'], lang: undefined };
  }
  name ??= { text: node.id, lang: undefined };
  return { prefix, name, text: prefix ? `${prefix} ${name.text}` : name.text };
}
