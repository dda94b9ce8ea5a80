import type { PathwayNode } from '@polku/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { GuideView } from './guide-view.js';
import type { PickedText } from './pick-text.js';
import { roundOf, type Round } from './round-of.js';

/** A sub-process or call activity around a stage, and its round when it loops. */
export interface Scope {
  name: PickedText;
  round: Round | undefined;
}

/** The sub-processes and call activities around `node`, outermost first. */
export function scopesOf(node: PathwayNode, view: Pick<GuideView, 'walk' | 'text'>): Scope[] {
  const scopes: Scope[] = [];
  const nodes = view.walk.pathway.nodes;
  for (let scope = node.parent ? nodes[node.parent] : undefined; scope; scope = scope.parent ? nodes[scope.parent] : undefined) {
    scopes.unshift({ name: view.text(scope.name) ?? { text: scope.id, lang: undefined }, round: roundOf(view.walk, scope.id) });
  }
  return scopes;
}

/** The small context line above a stage inside a sub-process: "Valmistelu › Tapaamiset (kierros 2/3) ›". */
export function renderScopePath(node: PathwayNode, view: GuideView): TemplateResult | typeof nothing {
  const scopes = scopesOf(node, view);
  if (scopes.length === 0) return nothing;
  return html`<p class="scope-path" part="scope-path">
    <span class="visually-hidden">${view.s.scopePath}:</span>
    ${scopes.map(({ name, round }) => {
      const inRound = round ? html` <span class="scope-round">(${view.s.roundInline(round.round, round.total)})</span>` : nothing;
      return html`<span lang=${name.lang ?? nothing}>${name.text}</span>${inRound}<span class="separator" aria-hidden="true"> › </span>`;
    })}
  </p>`;
}
