import { html, nothing, type TemplateResult } from 'lit';
import { stageName, type DiagramView } from './diagram-view.js';

/** How the list reports the worker's moves to the element. */
export interface StageListHandlers {
  onKeydown(event: KeyboardEvent): void;
  /** An option was clicked (or tapped). */
  onPick(index: number): void;
}

/**
 * The stages in flow order as a single-select listbox, each with its state in words: the
 * text alternative of the picture. One option at a time is in the tab order (roving
 * tabindex); the element moves focus between them on arrow keys, Home and End.
 */
export function renderStageList(stages: readonly string[], focusIndex: number, selectedId: string | undefined, view: DiagramView, handlers: StageListHandlers): TemplateResult {
  const { d } = view;
  return html`<div class="stage-list">
    <h3 id="stages-heading" class="heading">${d.stages}</h3>
    <p id="stages-hint" class="hint">${d.stagesHint}</p>
    <ul class="stages" part="stages" role="listbox" aria-labelledby="stages-heading" aria-describedby="stages-hint" @keydown=${handlers.onKeydown}>
      ${stages.map((id, index) => {
        const node = view.pathway.nodes[id]!;
        const { prefix, name } = stageName(node, view);
        const state = view.states.get(id);
        return html`<li
          role="option"
          class="stage"
          part="stage"
          tabindex=${index === focusIndex ? 0 : -1}
          aria-selected=${id === selectedId ? 'true' : 'false'}
          data-element-id=${id}
          data-state=${state ?? nothing}
          @click=${() => handlers.onPick(index)}
        >
          <span class="stage-name">${prefix ? `${prefix} ` : nothing}<span lang=${name.lang ?? nothing}>${name.text}</span></span>${state
            ? html`<span class="visually-hidden">, </span><span class="stage-state ${state}" part="stage-state">${d.stateInline[state]}</span>`
            : nothing}
        </li>`;
      })}
    </ul>
  </div>`;
}
