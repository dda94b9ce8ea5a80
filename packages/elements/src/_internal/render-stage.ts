import type { PathwayNode, Walkthrough } from '@polku/core';
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import type { GuideView } from './guide-view.js';
import { placeBoundaries } from './place-boundaries.js';
import { renderBoundaries } from './render-boundaries.js';
import { renderCard } from './render-card.js';
import { renderEnd } from './render-end.js';
import { renderPoolStarts } from './render-pool-starts.js';

/**
 * What is open now: the end card, one card whose heading takes focus, or parallel cards under
 * a common heading with the boundary events they share; then the pools waiting to start.
 */
export function renderStage(view: GuideView, onRestart: () => void): TemplateResult {
  const { walk, s } = view;
  const pathway = walk.pathway;
  if (walk.done) return renderEnd(walk, view, onRestart);
  const active = walk.active.map((id) => pathway.nodes[id]).filter((node): node is PathwayNode => node !== undefined);
  const boundaries = placeBoundaries(pathway, walk.active, view.triggers);
  if (active.length === 1) {
    const node = active[0]!;
    return html`${keyed(entryKey(walk, node.id), renderCard(node, 3, boundaries.get(node.id), view))}${renderPoolStarts(view)}`;
  }
  const shared = boundaries.get('');
  const problem = view.problem;
  return html`<h3 class="group-heading" part="stage-heading" tabindex="-1" data-stage-heading>${s.parallel(active.length)}</h3>
    <ul class="cards" role="list">
      ${repeat(active, (node) => entryKey(walk, node.id), (node) => html`<li>${renderCard(node, 4, boundaries.get(node.id), view)}</li>`)}
    </ul>
    ${renderBoundaries('shared', shared, view)}
    ${problem && shared?.some((group) => group.triggers.some((trigger) => trigger.elementId === problem.elementId))
      ? html`<p class="problem" part="problem">${problem.message}</p>`
      : nothing}
    ${renderPoolStarts(view)}`;
}

/**
 * A card's key: its element and how often the walkthrough has entered it, so a new step, and
 * a new round of the same step, never inherits the previous one's typed values or ticks.
 */
function entryKey(walk: Walkthrough, elementId: string): string {
  const entries = walk.snapshot.context.trace.filter((entry) => entry.elementId === elementId).length;
  return `${elementId}#${entries}`;
}
