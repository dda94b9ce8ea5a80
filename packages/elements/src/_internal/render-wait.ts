import type { PathwayNode } from '@polku/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { GuideView } from './guide-view.js';
import { renderTrigger } from './render-trigger.js';

/**
 * The body of a waiting stage. An event-based gateway lists its alternatives, one action
 * each, and the first one confirmed wins; a catch event or receive task has one action. A
 * conditional event has none: it continues by itself once its condition holds.
 */
export function renderWait(node: PathwayNode, headingId: string, view: GuideView): TemplateResult {
  const { s } = view;
  if (node.type !== 'eventBasedGateway') {
    const trigger = view.triggers.find((candidate) => candidate.elementId === node.id);
    return trigger ? renderTrigger(trigger, 'main', view) : html`<p class="hint">${s.conditionalWait}</p>`;
  }
  const pathway = view.walk.pathway;
  const alternatives = node.outgoing
    .map((flowId) => pathway.nodes[pathway.flows[flowId]?.target ?? ''])
    .filter((target): target is PathwayNode => target !== undefined);
  return html`<p class="hint">${s.firstEventHint}</p>
    <ul class="alternatives" part="alternatives" role="list" aria-labelledby=${headingId}>
      ${alternatives.map((target) => {
        const trigger = view.triggers.find((candidate) => candidate.elementId === target.id);
        if (trigger) return html`<li>${renderTrigger(trigger, 'alternative', view)}</li>`;
        const name = view.text(target.name) ?? { text: s.triggerFallback[target.trigger?.kind ?? 'conditional'], lang: undefined };
        return html`<li>
          <div class="trigger alternative" part="trigger">
            <p class="trigger-text">${s.waitingFor} <span lang=${name.lang ?? nothing}>${name.text}</span></p>
            <p class="hint">${s.conditionalWait}</p>
          </div>
        </li>`;
      })}
    </ul>`;
}
