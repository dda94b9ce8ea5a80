import { html, nothing, type TemplateResult } from 'lit';
import type { GuideView } from './guide-view.js';
import { isPoolStart } from './pool-of.js';
import { renderTrigger } from './render-trigger.js';

/**
 * The pools of a collaboration that wait for the message (or signal) that starts them, below
 * the stage: "Muut toimijat — Koulu aloittaa, kun: Tietopyyntö saapui [Merkitse saapuneeksi]".
 * A message sent inside the model starts its pool by itself; the button is for one that
 * comes from outside. They are nobody's step, so they are neither cards nor boundary events.
 */
export function renderPoolStarts(view: GuideView): TemplateResult | typeof nothing {
  const pathway = view.walk.pathway;
  const starts = view.triggers.filter((trigger) => isPoolStart(pathway, trigger.elementId));
  if (starts.length === 0) return nothing;
  const problem = view.problem && starts.some((trigger) => trigger.elementId === view.problem?.elementId) ? view.problem : undefined;
  return html`<div class="boundaries pool-starts" part="pool-starts" role="group" aria-labelledby="pool-starts-label">
    <p class="boundaries-label" id="pool-starts-label">${view.s.otherPools}</p>
    ${starts.map((trigger) => renderTrigger(trigger, 'pool-start', view))}
    ${problem ? html`<p class="problem" part="problem">${problem.message}</p>` : nothing}
  </div>`;
}
