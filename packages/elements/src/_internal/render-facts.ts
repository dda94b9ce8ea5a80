import type { PathwayNode } from '@polku/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { GuideView } from './guide-view.js';
import { httpsUrl } from './https-url.js';
import { renderDeadline, type DeadlineDays } from './render-deadline.js';

/**
 * A step's deadlines (rule, legal basis, dates and days left) and its sections of law,
 * linked to Finlex in a new tab when the model gives an https address (any other is shown
 * unlinked: a precompiled pathway could carry a `javascript:` one).
 */
export function renderFacts(node: PathwayNode, days: DeadlineDays | undefined, view: Pick<GuideView, 's' | 'lang' | 'text'>): TemplateResult | typeof nothing {
  const { s } = view;
  if (node.deadlines.length === 0 && node.legal.length === 0) return nothing;
  return html`<dl class="facts" part="facts">
    ${node.deadlines.length > 0
      ? html`<div class="fact">
          <dt>${s.deadlinesLabel(node.deadlines.length)}</dt>
          <dd>
            <ul role="list">
              ${node.deadlines.map((deadline) => renderDeadline(deadline, days, view))}
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
                const url = httpsUrl(reference.url);
                return html`<li>
                  ${url
                    ? html`<a part="legal-link" href=${url} target="_blank" rel="noopener noreferrer"
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
