import { formatLocation } from '@polku/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { LoadFailure } from './load-source.js';
import type { UiStrings } from './strings.js';

/** Why the guide shows no pathway: loading failed, or the pathway could not be walked. */
export type Failure = LoadFailure | { kind: 'runtime'; message: string };

/** The error shown instead of a pathway, in the interface language; diagnostics keep their English text. */
export function renderFailure(failure: Failure, s: UiStrings): TemplateResult {
  let body: TemplateResult;
  switch (failure.kind) {
    case 'fetch':
      body = html`<p>${s.errorFetch(failure.src, failure.reason)}</p>`;
      break;
    case 'format':
      body = html`<p>${s.errorFormat(failure.src)}</p>`;
      break;
    case 'model':
      body = html`<p>${s.errorModel}</p>
        <ul class="diagnostics">
          ${failure.diagnostics.map(
            (diagnostic) => html`<li>
              <span lang="en">${diagnostic.message}</span>
              ${diagnostic.line !== undefined || diagnostic.elementId
                ? html`<span class="where">
                    (${[
                      diagnostic.line !== undefined ? `${s.line} ${diagnostic.line}` : undefined,
                      diagnostic.elementId ? `${s.element} ${diagnostic.elementId}` : undefined,
                    ]
                      .filter(Boolean)
                      .join(', ')})</span
                  >`
                : nothing}
            </li>`,
          )}
        </ul>`;
      break;
    case 'runtime':
      body = html`<p>${s.errorRuntime}</p>`;
      break;
  }
  return html`<div class="error" part="error" role="alert">
    <h2 id="title" class="title">${s.errorHeading}</h2>
    ${body}
  </div>`;
}

/** The log line: in English, with every diagnostic's place, for whoever maintains the page. */
export function describeFailure(failure: Failure): string {
  switch (failure.kind) {
    case 'fetch':
      return `could not load "${failure.src}" (${failure.reason}).`;
    case 'format':
      return `"${failure.src}" is neither BPMN XML nor a compiled pathway (JSON with format "polku-pathway", version 1).`;
    case 'model':
      // The messages name their element already; the location adds file, line and column.
      return `the model "${failure.src}" has errors:\n${failure.diagnostics
        .map(({ message, file, line, column }) => `  ${message} at ${formatLocation({ file, line, column })}`)
        .join('\n')}`;
    case 'runtime':
      return `the pathway could not be walked: ${failure.message}`;
  }
}
