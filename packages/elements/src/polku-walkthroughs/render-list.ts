import { eventElement, type Pathway, type Texts } from '@polku/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { PickedText } from '../_internal/pick-text.js';
import { formatMoment } from '../_internal/render-timeline.js';
import type { UiLang, UiStrings } from '../_internal/strings.js';
import { storageMessage } from '../storage/storage-message.js';
import { LABEL_MAX_LENGTH } from '../storage/walkthrough-record.js';
import type { CorruptRecord } from '../storage/walkthrough-store.js';
import type { WalkthroughEntry } from './walkthrough-entry.js';
import type { WalkthroughsStrings } from './walkthroughs-strings.js';

/** What the list's render helpers need of `<polku-walkthroughs>` for one render. */
export interface ListView {
  s: UiStrings;
  w: WalkthroughsStrings;
  lang: UiLang;
  pathway: Pathway;
  text(texts: Texts | undefined): PickedText | undefined;
  /** The record open in the guide now, its save state, and the record being renamed or deleted. */
  openId: string | undefined;
  dirty: boolean;
  savedAt: string | undefined;
  editing: { id: string; mode: 'rename' | 'delete' } | undefined;
  renameProblem: string | undefined;
  onResume(entry: WalkthroughEntry): void;
  onContinueAsNew(entry: WalkthroughEntry): void;
  onSummary(entry: WalkthroughEntry): void;
  onExport(entry: WalkthroughEntry): void;
  onEdit(id: string, mode: 'rename' | 'delete'): void;
  onCancelEdit(id: string, mode: 'rename' | 'delete'): void;
  onRename(event: SubmitEvent, entry: WalkthroughEntry): void;
  onDelete(id: string): void;
  onRetry(): void;
  onDownloadCorrupt(corrupt: CorruptRecord): void;
}

/**
 * One saved walkthrough: its label, when it was last updated and how far it got, what it is
 * against the pathway now, and its actions. Every button names the walkthrough for screen
 * readers ("Jatka – Tiimi 2, tapaus 14"), so a list of them stays clear out of context.
 */
export function renderItem(entry: WalkthroughEntry, view: ListView): TemplateResult {
  const { record } = entry;
  const { w } = view;
  const open = view.openId === record.id;
  const editing = view.editing?.id === record.id ? view.editing.mode : undefined;
  return html`<li class="item ${open ? 'open' : ''}" part="item" data-record-id=${record.id} aria-current=${open ? 'true' : nothing}>
    <h4 class="item-label" id=${`label-${record.id}`}>${record.label}</h4>
    <p class="item-meta">${[w.updated(formatMoment(record.updatedAt, view)), progressText(entry, view)].filter(Boolean).join(' · ')}</p>
    ${renderState(entry, view)}
    ${open ? renderSaveState(view) : nothing}
    ${editing === 'rename' ? renderRename(entry, view) : editing === 'delete' ? renderConfirmDelete(record.id, record.label, view) : renderActions(entry, view)}
  </li>`;
}

/** How far it got; nothing for a stale one, whose badge and note say more. */
function progressText({ progress, migration }: WalkthroughEntry, { s, w }: ListView): string | undefined {
  if (!migration) return w.broken;
  if (!progress || migration.status === 'stale') return undefined;
  return migration.snapshot.status === 'done' ? s.progressDone(progress.taken) : s.progress(progress.taken + 1, progress.remaining);
}

/** Badges and, for a stale walkthrough, what changed in the pathway. */
function renderState(entry: WalkthroughEntry, view: ListView): TemplateResult | typeof nothing {
  const { w } = view;
  const open = view.openId === entry.record.id;
  const migration = entry.migration;
  const badges = [open ? w.openNow : undefined, migration?.status === 'migrated' ? w.migrated : undefined, migration?.status === 'stale' ? w.stale : undefined].filter(
    (badge): badge is string => badge !== undefined,
  );
  const stale = migration?.status === 'stale' ? migration : undefined;
  if (badges.length === 0 && !stale) return nothing;
  const nameOf = (id: string) => (view.text(view.pathway.nodes[id]?.name ?? view.pathway.flows[id]?.name) ?? view.text(entry.record.names?.[id]))?.text ?? id;
  return html`${badges.length > 0
    ? html`<ul class="badges" role="list">
        ${badges.map((badge) => html`<li class="badge">${badge}</li>`)}
      </ul>`
    : nothing}
  ${stale
    ? html`<div class="stale-note" part="stale-note">
        ${stale.gone.length > 0 ? html`<p>${w.staleGone(stale.gone.map(nameOf).join(', '))}</p>` : nothing}
        ${stale.refused ? html`<p>${w.staleRefused(nameOf(eventElement(stale.refused.event)))}</p>` : nothing}
        <p>${w.staleReadOnly}</p>
      </div>`
    : nothing}`;
}

/** Whether the walkthrough open in the guide is saved, and "Try again" when it is not. */
function renderSaveState(view: ListView): TemplateResult {
  const { w } = view;
  return view.dirty
    ? html`<p class="save-state unsaved" part="save-state">
        ${w.notSaved}
        <button type="button" class="secondary" part="retry-button" @click=${() => view.onRetry()}>${w.retry}</button>
      </p>`
    : html`<p class="save-state" part="save-state">${view.savedAt ? w.savedAt(formatMoment(view.savedAt, view)) : nothing}</p>`;
}

function renderActions(entry: WalkthroughEntry, view: ListView): TemplateResult {
  const { w } = view;
  const { record, migration } = entry;
  const open = view.openId === record.id;
  const about = html`<span class="visually-hidden"> – ${record.label}</span>`;
  const button = (label: string, part: string, onClick: () => void, kind = 'secondary') =>
    html`<button type="button" class=${kind} part=${part} data-action=${part} @click=${onClick}>${label}${about}</button>`;
  return html`<div class="actions" part="actions">
    ${migration && migration.status !== 'stale' && !open ? button(w.resume, 'resume-button', () => view.onResume(entry), 'primary') : nothing}
    ${migration?.status === 'stale' ? button(w.continueAsNew(migration.keptSteps, migration.saved.events.length), 'continue-button', () => view.onContinueAsNew(entry), 'primary') : nothing}
    ${migration ? button(w.summary, 'summary-button', () => view.onSummary(entry)) : nothing}
    ${button(w.rename, 'rename-button', () => view.onEdit(record.id, 'rename'))}
    ${button(w.exportFile, 'export-button', () => view.onExport(entry))}
    ${button(w.delete, 'delete-button', () => view.onEdit(record.id, 'delete'))}
  </div>`;
}

function renderRename(entry: WalkthroughEntry, view: ListView): TemplateResult {
  const { w, s } = view;
  const id = entry.record.id;
  const problem = view.renameProblem;
  return html`<form class="inline-form" part="rename-form" novalidate @submit=${(event: SubmitEvent) => view.onRename(event, entry)} @keydown=${escapeTo(() => view.onCancelEdit(id, 'rename'))}>
    <div class="field">
      <label for=${`rename-${id}`}>${w.newLabel} <span class="required">${s.required}</span></label>
      <input
        id=${`rename-${id}`}
        name="label"
        autocomplete="off"
        maxlength=${LABEL_MAX_LENGTH}
        .value=${entry.record.label}
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${problem ? `rename-error-${id}` : nothing}
      />
      ${problem ? html`<p id=${`rename-error-${id}`} class="field-error">${problem}</p>` : nothing}
    </div>
    <div class="actions">
      <button type="submit" class="primary">${w.save}</button>
      <button type="button" class="secondary" @click=${() => view.onCancelEdit(id, 'rename')}>${w.cancel}</button>
    </div>
  </form>`;
}

/** The confirmation in the page (never `confirm()`): the question, "Delete for good" and "Cancel"; Escape cancels. */
export function renderConfirmDelete(id: string, label: string, view: ListView): TemplateResult {
  const { w } = view;
  return html`<div class="confirm" part="confirm" role="group" aria-labelledby=${`confirm-${id}`} @keydown=${escapeTo(() => view.onCancelEdit(id, 'delete'))}>
    <p id=${`confirm-${id}`} class="confirm-text" tabindex="-1">${w.confirmDelete(label)}</p>
    <div class="actions">
      <button type="button" class="danger" part="confirm-delete-button" @click=${() => view.onDelete(id)}>${w.confirmDeleteButton}</button>
      <button type="button" class="secondary" @click=${() => view.onCancelEdit(id, 'delete')}>${w.cancel}</button>
    </div>
  </div>`;
}

/** Records that failed validation: kept, downloadable for support, deletable; never opened. */
export function renderCorrupt(corrupt: readonly CorruptRecord[], view: ListView): TemplateResult | typeof nothing {
  const { w } = view;
  if (corrupt.length === 0) return nothing;
  return html`<section class="corrupt" part="corrupt" aria-labelledby="corrupt-heading">
    <h3 id="corrupt-heading">${w.corruptHeading(corrupt.length)}</h3>
    <p>${storageMessage('record-corrupt', view.lang)}</p>
    <ul class="corrupt-list" role="list">
      ${corrupt.map((record, index) => {
        const id = record.id ?? `unknown-${index}`;
        const label = record.label || w.unnamed;
        const about = html`<span class="visually-hidden"> – ${label}</span>`;
        return html`<li data-record-id=${id}>
          <span class="item-label">${label}</span>
          ${view.editing?.id === id && view.editing.mode === 'delete'
            ? renderConfirmDelete(id, label, view)
            : html`<div class="actions">
                <button type="button" class="secondary" data-action="download" @click=${() => view.onDownloadCorrupt(record)}>${w.download}${about}</button>
                ${record.id ? html`<button type="button" class="secondary" data-action="delete-button" @click=${() => view.onEdit(id, 'delete')}>${w.delete}${about}</button>` : nothing}
              </div>`}
        </li>`;
      })}
    </ul>
  </section>`;
}

function escapeTo(cancel: () => void): (event: KeyboardEvent) => void {
  return (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    cancel();
  };
}
