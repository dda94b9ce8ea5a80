import type { PathwayNode, Walkthrough } from '@polku/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { GuideView } from './guide-view.js';
import type { PickedText } from './pick-text.js';
import { renderGuidance } from './render-markdown.js';

/** The end event the walkthrough reached last (an error or terminate end may follow others). */
export function endNode(walk: Walkthrough): PathwayNode | undefined {
  const ends = walk.trace().filter((id) => walk.pathway.nodes[id]?.role === 'end');
  return ends.length > 0 ? walk.pathway.nodes[ends.at(-1)!] : undefined;
}

/** The name of that end, or the interface's own words when it has none. */
export function endName(walk: Walkthrough, view: Pick<GuideView, 's' | 'text'>): PickedText {
  const node = endNode(walk);
  return (node && view.text(node.name)) ?? { text: view.s.endFallback, lang: undefined };
}

/** The last card: where the pathway ended, its guidance, and "Start over". */
export function renderEnd(walk: Walkthrough, view: GuideView, onRestart: () => void): TemplateResult {
  const { s } = view;
  const end = endNode(walk);
  const name = endName(walk, view);
  const guidance = end && view.text(end.guidance);
  return html`<article class="card end" part="card" aria-labelledby="heading-end" data-element-id=${end?.id ?? nothing}>
    <h3 id="heading-end" class="card-heading" part="stage-heading" tabindex="-1" data-stage-heading lang=${name.lang ?? nothing}>${name.text}</h3>
    ${guidance
      ? html`<div class="guidance" part="guidance" lang=${guidance.lang ?? nothing}>${renderGuidance(walk.pathway, guidance.text, s.opensInNewTab)}</div>`
      : nothing}
    <p class="end-text">${s.endText}</p>
    <div class="actions">
      <button type="button" class="primary" part="restart-button" @click=${onRestart}>${s.restart}</button>
    </div>
  </article>`;
}
