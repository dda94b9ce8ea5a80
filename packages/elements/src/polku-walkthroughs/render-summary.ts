import type { Pathway, Walkthrough } from '@polku/core';
import { html, nothing, type TemplateResult } from 'lit';
import { formatMoment, renderDeadlinesRunning, renderStepsTaken, type TimelineView } from '../_internal/render-timeline.js';
import type { WalkthroughEntry } from './walkthrough-entry.js';
import type { WalkthroughsStrings } from './walkthroughs-strings.js';

/** What the summary shows: the entry, and the walkthrough on the current pathway when it is not stale. */
export interface SummaryView extends TimelineView {
  w: WalkthroughsStrings;
  entry: WalkthroughEntry;
  /** The pathway as it is now. */
  pathway: Pathway;
  /** The walkthrough on it, for the deadlines; undefined for a stale one. */
  walk: Walkthrough | undefined;
  onPrint(): void;
  onClose(): void;
}

/**
 * The print-friendly summary of one walkthrough: its label, pathway and dates, the steps taken
 * and the deadlines running. `.summary-content` is what goes on paper; the buttons stay off it.
 */
export function renderSummary(view: SummaryView): TemplateResult {
  const { w, t, entry, walk } = view;
  const { record, migration } = entry;
  const pathwayName = view.text(view.pathway.name);
  const snapshot = walk?.snapshot ?? (migration?.status === 'stale' ? migration.saved : record.snapshot);
  return html`<section class="summary" part="summary" aria-labelledby="summary-heading">
    <div class="summary-content">
      <h3 id="summary-heading" class="summary-heading" tabindex="-1">${w.summaryHeading(record.label)}</h3>
      <dl class="summary-meta">
        ${pathwayName
          ? html`<div>
              <dt>${w.pathway}</dt>
              <dd lang=${pathwayName.lang ?? nothing}>${pathwayName.text}</dd>
            </div>`
          : nothing}
        <div>
          <dt>${w.created}</dt>
          <dd>${formatMoment(record.createdAt, view)}</dd>
        </div>
        <div>
          <dt>${w.lastUpdated}</dt>
          <dd>${formatMoment(record.updatedAt, view)}</dd>
        </div>
        <div class="print-only">
          <dt>${w.printed}</dt>
          <dd>${formatMoment(view.now.toISOString(), view)}</dd>
        </div>
      </dl>
      ${migration?.status === 'migrated' ? html`<p class="note">${w.migratedNote}</p>` : nothing}
      ${migration?.status === 'stale' ? html`<p class="note">${w.stale}. ${w.staleReadOnly}</p>` : nothing}
      <h4>${t.stepsHeading}</h4>
      ${renderStepsTaken(view.pathway, snapshot, view)}
      <h4>${t.deadlinesHeading}</h4>
      ${walk ? renderDeadlinesRunning(walk, view) : html`<p class="empty">${t.staleDeadlines}</p>`}
    </div>
    <div class="actions summary-actions">
      <button type="button" class="primary" part="print-button" data-action="print" @click=${() => view.onPrint()}>${w.print}</button>
      <button type="button" class="secondary" data-action="close-summary" @click=${() => view.onClose()}>${w.backToList}</button>
    </div>
  </section>`;
}
