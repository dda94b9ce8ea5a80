import type { PathwayNode } from '@polku/core';
import { html, nothing, type TemplateResult } from 'lit';
import { activationDate } from '../_internal/activation-date.js';
import { helsinkiDate } from '../_internal/helsinki-date.js';
import { renderFacts } from '../_internal/render-facts.js';
import { renderGuidance } from '../_internal/render-markdown.js';
import { roleOf } from '../_internal/role-of.js';
import { stageName, type DiagramView } from './diagram-view.js';

/**
 * The selected element: its name, its state in the followed walkthrough, who does it (its
 * lane), its guidance (sanitised in the one markdown helper), its deadlines and sections of
 * law. An active step's deadlines carry their dates, counted as the guide counts them.
 */
export function renderDetails(node: PathwayNode | undefined, view: DiagramView): TemplateResult {
  const { s, d } = view;
  if (!node) {
    return html`<section class="details" part="details" aria-labelledby="details-heading">
      <h3 id="details-heading" class="details-heading">${d.details}</h3>
      <p class="note">${d.nothingSelected}</p>
    </section>`;
  }
  const { prefix, name } = stageName(node, view);
  const state = view.states.get(node.id);
  const role = roleOf(node, { walk: view, text: view.text });
  const guidance = view.text(node.guidance);
  const days =
    view.walk && state === 'active' && node.deadlines.length > 0
      ? { start: activationDate(view.walk, node.id, view.now), today: helsinkiDate(view.now)! }
      : undefined;
  return html`<section class="details" part="details" aria-labelledby="details-heading" data-element-id=${node.id}>
    <h3 id="details-heading" class="details-heading" part="details-heading" tabindex="-1">
      ${prefix ? `${prefix} ` : nothing}<span lang=${name.lang ?? nothing}>${name.text}</span>
    </h3>
    ${state || role
      ? html`<div class="card-meta">
          ${state ? html`<p class="state stage-state ${state}" part="state">${d.state[state]}</p>` : nothing}
          ${role ? html`<p class="role" part="role">${s.role}: <span lang=${role.lang ?? nothing}>${role.text}</span></p>` : nothing}
        </div>`
      : nothing}
    ${guidance
      ? html`<div class="guidance" part="guidance" lang=${guidance.lang ?? nothing}>${renderGuidance(view.pathway, guidance.text, s.opensInNewTab)}</div>`
      : html`<p class="note">${d.noGuidance}</p>`}
    ${renderFacts(node, days, view)}
  </section>`;
}
