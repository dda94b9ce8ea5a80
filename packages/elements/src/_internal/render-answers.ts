import type { PathwayNode } from '@polku/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { GuideView } from './guide-view.js';
import type { PickedText } from './pick-text.js';

/**
 * The answers of a decision. An exclusive decision has one button per answer. An inclusive
 * decision takes one or more: a fieldset whose legend is the question, one checkbox per answer
 * and "Jatka"; continuing with nothing ticked says so under the legend and puts focus on the
 * first checkbox, which that message describes.
 */
export function renderAnswers(node: PathwayNode, headingId: string, view: GuideView): TemplateResult {
  if (node.type === 'inclusiveGateway') return renderInclusive(node, view);
  return html`<div class="answers" part="answers" role="group" aria-labelledby=${headingId}>
    ${node.outgoing.map((flowId) => {
      const label = answerLabel(flowId, view);
      return html`<button type="button" class="answer" part="answer" lang=${label.lang ?? nothing} @click=${() => view.onChoose(node, flowId)}>
        ${label.text}
      </button>`;
    })}
  </div>`;
}

function renderInclusive(node: PathwayNode, view: GuideView): TemplateResult {
  const { s } = view;
  const question = view.text(node.name);
  // A decision has no fields, so anything invalid on it is the empty choice.
  const invalid = view.invalid?.elementId === node.id;
  const errorId = `answers-${node.id}-error`;
  return html`<form class="task-form" novalidate @submit=${(event: SubmitEvent) => view.onInclude(event, node)}>
    <fieldset class="answers inclusive" part="answers">
      <legend>
        ${question ? html`<span class="visually-hidden" lang=${question.lang ?? nothing}>${question.text} </span>` : nothing}<span class="hint">${s.chooseOneOrMore}</span>
      </legend>
      ${invalid ? html`<p class="field-error" id=${errorId}>${s.chooseAtLeastOne}</p>` : nothing}
      ${node.outgoing.map((flowId) => {
        const label = answerLabel(flowId, view);
        return html`<label class="choice" part="answer">
          <input
            type="checkbox"
            name="answer"
            value=${flowId}
            aria-invalid=${invalid ? 'true' : nothing}
            aria-describedby=${invalid ? errorId : nothing}
          /><span lang=${label.lang ?? nothing}>${label.text}</span>
        </label>`;
      })}
    </fieldset>
    <div class="actions">
      <button type="submit" class="primary" part="continue-button">${s.continue}</button>
    </div>
  </form>`;
}

/** An answer's words: the flow's name, else the name of where it leads, else its id. */
function answerLabel(flowId: string, view: GuideView): PickedText {
  const pathway = view.walk.pathway;
  const flow = pathway.flows[flowId];
  const target = flow ? pathway.nodes[flow.target] : undefined;
  return (flow && view.text(flow.name)) ?? (target && view.text(target.name)) ?? { text: flowId, lang: undefined };
}
