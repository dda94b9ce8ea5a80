import type { Field, PathwayNode } from '@polku/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { GuideView } from './guide-view.js';

/**
 * One input of a step, labelled in the interface language. A required field left empty says
 * so under its label and is marked `aria-invalid`, so it can take focus.
 */
export function renderField(node: PathwayNode, field: Field, view: GuideView): TemplateResult {
  const { s } = view;
  const id = `field-${node.id}-${field.key}`;
  const errorId = `${id}-error`;
  const invalid = view.invalid?.elementId === node.id && view.invalid.keys.includes(field.key);
  const label = view.text(field.name) ?? { text: field.key, lang: undefined };
  const labelText = html`<span lang=${label.lang ?? nothing}>${label.text}</span>${field.required
      ? html` <span class="required">${s.required}</span>`
      : nothing}`;
  const error = invalid ? html`<p class="field-error" id=${errorId}>${s.fieldRequired}</p>` : nothing;
  if (field.type === 'boolean') {
    return html`<fieldset class="field choice-field" part="field" aria-describedby=${invalid ? errorId : nothing}>
      <legend>${labelText}</legend>
      ${error}
      <div class="choices">
        ${[
          ['true', s.yes],
          ['false', s.no],
        ].map(
          ([value, text], index) => html`<label class="choice">
            <input type="radio" name=${field.key} value=${value!} ?required=${field.required} aria-invalid=${invalid && index === 0 ? 'true' : nothing} />
            ${text}
          </label>`,
        )}
      </div>
    </fieldset>`;
  }
  const type = field.type === 'date' ? 'date' : field.type === 'number' ? 'number' : 'text';
  return html`<div class="field" part="field">
    <label for=${id}>${labelText}</label>
    ${error}
    <input
      id=${id}
      name=${field.key}
      type=${type}
      inputmode=${type === 'number' ? 'decimal' : nothing}
      step=${type === 'number' ? 'any' : nothing}
      autocomplete="off"
      ?required=${field.required}
      aria-invalid=${invalid ? 'true' : nothing}
      aria-describedby=${invalid ? errorId : nothing}
    />
  </div>`;
}
