import type { PathwayNode } from '@polku/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { GuideView } from './guide-view.js';
import type { PickedText } from './pick-text.js';

/** The names of the sub-processes and call activities around `node`, outermost first. */
export function scopeNames(node: PathwayNode, view: Pick<GuideView, 'walk' | 'text'>): PickedText[] {
  const names: PickedText[] = [];
  const nodes = view.walk.pathway.nodes;
  for (let scope = node.parent ? nodes[node.parent] : undefined; scope; scope = scope.parent ? nodes[scope.parent] : undefined) {
    names.unshift(view.text(scope.name) ?? { text: scope.id, lang: undefined });
  }
  return names;
}

/** The small context line above a stage inside a sub-process: "Valmistelu › Verkostokartta ›". */
export function renderScopePath(node: PathwayNode, view: GuideView): TemplateResult | typeof nothing {
  const names = scopeNames(node, view);
  if (names.length === 0) return nothing;
  return html`<p class="scope-path" part="scope-path">
    <span class="visually-hidden">${view.s.scopePath}:</span>
    ${names.map((name) => html`<span lang=${name.lang ?? nothing}>${name.text}</span><span class="separator" aria-hidden="true"> › </span>`)}
  </p>`;
}
