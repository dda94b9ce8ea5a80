import type { PathwayNode } from '@polku/core';
import { html, nothing, type TemplateResult } from 'lit';
import { activationDate } from './activation-date.js';
import type { GuideView } from './guide-view.js';
import { helsinkiDate } from './helsinki-date.js';
import type { BoundaryGroup } from './place-boundaries.js';
import { renderAnswers } from './render-answers.js';
import { renderBoundaries } from './render-boundaries.js';
import { renderFacts } from './render-facts.js';
import { renderField } from './render-field.js';
import { renderGuidance } from './render-markdown.js';
import { renderScopePath } from './render-scope-path.js';
import { renderWait } from './render-wait.js';
import { otherPoolName, roleOf } from './role-of.js';
import { roundOf } from './round-of.js';
import { stageTitle } from './stage-title.js';

/**
 * One active stage as a card: whose it is (the pool, for another participant's step in a
 * collaboration), where it sits (the sub-processes around it), its name, its round when it
 * loops, who does it, guidance, deadlines with their dates, and what the worker can do —
 * mark a step done, answer a decision, or confirm the event a waiting stage waits for — with
 * the boundary events of the step as secondary actions. A level-3 card is the whole stage and its heading
 * takes focus; level-4 cards are parallel steps under a common heading.
 */
export function renderCard(node: PathwayNode, level: 3 | 4, boundaries: readonly BoundaryGroup[] | undefined, view: GuideView): TemplateResult {
  const { s, walk } = view;
  const title = stageTitle(node, view);
  const headingId = `heading-${node.id}`;
  // A name in a fallback language carries `lang`: on the heading itself, or on its span after a prefix.
  const titleContent = title.prefix ? html`${title.prefix} <span lang=${title.name.lang ?? nothing}>${title.name.text}</span>` : title.name.text;
  const headingLang = title.prefix ? undefined : title.name.lang;
  const role = roleOf(node, view);
  const pool = otherPoolName(node, view);
  const round = roundOf(walk, node.id);
  const guidance = view.text(node.guidance);
  const days = node.deadlines.length > 0 ? { start: activationDate(walk, node.id, view.now), today: helsinkiDate(view.now)! } : undefined;
  const problem = view.problem && ownsElement(node, boundaries, view, view.problem.elementId) ? view.problem : undefined;
  const problemId = `problem-${node.id}`;
  return html`<article class="card ${node.role}${pool ? ' other-pool' : ''}" part="card" aria-labelledby=${headingId} data-element-id=${node.id}>
    ${pool
      ? html`<p class="pool" part="pool"><span class="visually-hidden">${s.pool}:</span> <span lang=${pool.lang ?? nothing}>${pool.text}</span></p>`
      : nothing}
    ${renderScopePath(node, view)}
    ${level === 3
      ? html`<h3 id=${headingId} class="card-heading" part="stage-heading" tabindex="-1" data-stage-heading lang=${headingLang ?? nothing}>${titleContent}</h3>`
      : html`<h4 id=${headingId} class="card-heading" lang=${headingLang ?? nothing}>${titleContent}</h4>`}
    ${round || role
      ? html`<div class="card-meta">
          ${round ? html`<p class="round" part="round">${s.round(round.round, round.total)}</p>` : nothing}
          ${role ? html`<p class="role" part="role">${s.role}: <span lang=${role.lang ?? nothing}>${role.text}</span></p>` : nothing}
        </div>`
      : nothing}
    ${guidance
      ? html`<div class="guidance" part="guidance" lang=${guidance.lang ?? nothing}>${renderGuidance(walk.pathway, guidance.text, s.opensInNewTab)}</div>`
      : nothing}
    ${renderFacts(node, days, view)}
    ${node.role === 'decision'
      ? renderAnswers(node, headingId, view)
      : node.role === 'wait'
        ? renderWait(node, headingId, view)
        : renderTaskForm(node, headingId, problem ? problemId : undefined, view)}
    ${problem ? html`<p class="problem" part="problem" id=${problemId}>${problem.message}</p>` : nothing}
    ${renderBoundaries(node.id, boundaries, view)}
  </article>`;
}

/** True when an action on `elementId` is shown on this card: the node, an alternative or a boundary. */
function ownsElement(node: PathwayNode, boundaries: readonly BoundaryGroup[] | undefined, view: GuideView, elementId: string): boolean {
  if (elementId === node.id) return true;
  if (boundaries?.some((group) => group.triggers.some((trigger) => trigger.elementId === elementId))) return true;
  return node.type === 'eventBasedGateway' && node.outgoing.some((flowId) => view.walk.pathway.flows[flowId]?.target === elementId);
}

function renderTaskForm(node: PathwayNode, headingId: string, problemId: string | undefined, view: GuideView): TemplateResult {
  return html`<form class="task-form" novalidate @submit=${(event: SubmitEvent) => view.onSubmit(event, node)}>
    ${node.fields.length > 0 ? html`<div class="fields">${node.fields.map((field) => renderField(node, field, view))}</div>` : nothing}
    <div class="actions">
      <button type="submit" class="primary" part="done-button" aria-describedby=${problemId ? `${headingId} ${problemId}` : headingId}>${view.s.done}</button>
    </div>
  </form>`;
}
