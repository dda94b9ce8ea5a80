import type { Walkthrough } from '@polku/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { GuideView } from './guide-view.js';
import { renderGuidance } from './render-markdown.js';

/** The pathway's name, what it is about (folded), progress, and "Back" below them. */
export function renderHeader(walk: Walkthrough, view: GuideView, onBack: () => void): TemplateResult {
  const { s } = view;
  const title = view.text(walk.pathway.name);
  const about = view.text(walk.pathway.guidance);
  const { taken, remaining, ratio } = walk.progress;
  const percent = Math.round(ratio * 100);
  return html`<header class="header" part="header">
      <h2 id="title" class="title" part="title" lang=${title?.lang ?? nothing}>${title?.text ?? s.guideLabel}</h2>
      ${about
        ? html`<details class="about" part="about">
            <summary>${s.about}</summary>
            <div class="guidance" lang=${about.lang ?? nothing}>${renderGuidance(walk.pathway, about.text, s.opensInNewTab)}</div>
          </details>`
        : nothing}
      <div class="progress" part="progress">
        <p id="progress-text" class="progress-text">${walk.done ? s.progressDone(taken) : s.progress(taken + 1, remaining)}</p>
        <progress part="progress-bar" max="100" .value=${percent} aria-label=${s.progressLabel} aria-describedby="progress-text">${percent} %</progress>
      </div>
    </header>
    <div class="toolbar">
      <button type="button" class="back" part="back-button" ?disabled=${taken === 0} @click=${onBack}>
        <span class="arrow" aria-hidden="true">←</span> ${s.back}
      </button>
    </div>`;
}
