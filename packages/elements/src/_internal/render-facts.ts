import type { PathwayNode, Texts } from '@polku/core';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDuration } from './format-duration.js';
import type { PickedText } from './pick-text.js';
import type { UiStrings } from './strings.js';

/**
 * A step's deadlines (name, duration in words, counting, legal basis) and its sections of law,
 * linked to Finlex in a new tab when the model gives an address.
 */
export function renderFacts(node: PathwayNode, pick: (texts: Texts) => PickedText | undefined, s: UiStrings): TemplateResult | typeof nothing {
  if (node.deadlines.length === 0 && node.legal.length === 0) return nothing;
  return html`<dl class="facts" part="facts">
    ${node.deadlines.length > 0
      ? html`<div class="fact">
          <dt>${s.deadlines}</dt>
          <dd>
            <ul role="list">
              ${node.deadlines.map((deadline) => {
                const name = pick(deadline.name);
                const details = [formatDuration(deadline, s), deadline.firstDayCounts ? s.firstDayCounts : undefined].filter(Boolean).join(', ');
                return html`<li part="deadline">
                  ${name ? html`<strong lang=${name.lang ?? nothing}>${name.text}</strong>: ` : nothing}${details}${deadline.basis
                    ? html`<span class="basis"> · ${s.basis}: ${deadline.basis}</span>`
                    : nothing}
                </li>`;
              })}
            </ul>
          </dd>
        </div>`
      : nothing}
    ${node.legal.length > 0
      ? html`<div class="fact">
          <dt>${s.legal}</dt>
          <dd>
            <ul class="inline" role="list">
              ${node.legal.map((reference) => {
                const label = `${reference.statute} ${reference.section}`;
                return html`<li>
                  ${reference.url
                    ? html`<a part="legal-link" href=${reference.url} target="_blank" rel="noopener noreferrer"
                        >${label}<span class="visually-hidden"> ${s.opensInNewTab}</span></a
                      >`
                    : html`<span part="legal-link">${label}</span>`}
                </li>`;
              })}
            </ul>
          </dd>
        </div>`
      : nothing}
  </dl>`;
}
