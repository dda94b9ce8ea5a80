import { createWalkthrough, initialSnapshot, type ConditionEvaluator, type Pathway, type StepOptions, type Walkthrough, type WalkthroughSnapshot } from '@polku/core';
import { findPersonalData } from 'bpmnlint-plugin-polku/personal-data';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { GuideLink, type GuideChange } from '../_internal/guide-link.js';
import { isPathway, loadSource } from '../_internal/load-source.js';
import { loadEvaluator } from '../_internal/load-evaluator.js';
import { pickText } from '../_internal/pick-text.js';
import { describeFailure, renderFailure, type Failure } from '../_internal/render-failure.js';
import { strings, uiLangOf, type UiLang } from '../_internal/strings.js';
import { timelineStrings } from '../_internal/timeline-strings.js';
import { IndexedDbStore } from '../storage/indexed-db-store.js';
import { isStorageError, type StorageErrorCode } from '../storage/storage-error.js';
import { storageMessage } from '../storage/storage-message.js';
import { MAX_FILE_BYTES, readWalkthroughFile, walkthroughFile, walkthroughFileName } from '../storage/walkthrough-file.js';
import { LABEL_MAX_LENGTH, createRecord, withSnapshot, type WalkthroughRecord } from '../storage/walkthrough-record.js';
import type { CorruptRecord, WalkthroughStore } from '../storage/walkthrough-store.js';
import { printSummary, removePrintFrame } from './print-summary.js';
import { renderCorrupt, renderItem, type ListView } from './render-list.js';
import { renderSummary, type SummaryView } from './render-summary.js';
import { PolkuWalkthroughOpenEvent, type WalkthroughOpenKind } from './walkthrough-events.js';
import { checkedEntry, entryOf, type WalkthroughEntry } from './walkthrough-entry.js';
import { printStyles, styles } from './polku-walkthroughs.styles.js';
import { walkthroughsStrings } from './walkthroughs-strings.js';

type Status = 'empty' | 'loading' | 'ready' | 'error';

/** One store per page unless a page sets its own: every list on the page sees the same records. */
let defaultStore: WalkthroughStore | undefined;

/**
 * The worker's saved walkthroughs of one pathway: start a new one under a label of their own,
 * see each one's last update and progress, resume, rename, delete (confirmed in the page),
 * export one to a `.json` file and import it back, and read or print a summary of the steps
 * taken and the deadlines running.
 *
 * **How it connects to a guide.** Name a `<polku-guide>` with `for="guide-id"`. Opening a
 * walkthrough sets the guide's `snapshot`, so the guide resumes it, and from then on this
 * element listens to the guide's `polku-step` events and saves the guide's walkthrough after
 * every step, "Back" included. The guide knows nothing of storage: persistence lives in one
 * place, the guide stays a pure view that works without it, and a page can put the list
 * anywhere (or leave it out) without rewiring anything. A page that wants its own wiring
 * cancels `polku-walkthrough-open` and sets `guide.snapshot` itself. "Start over" at the end
 * of a saved walkthrough leaves the saved one as it was and saves nothing more until the worker
 * saves the new one under a label. Without `src` or `pathway`, the list follows the pathway of
 * its guide.
 *
 * **Nothing a worker saved is lost.** Records change only by the worker's own action: a save
 * never overwrites a newer one from another tab (it says so instead), a record that fails
 * validation is reported and kept, an import always adds a new record, and a walkthrough saved
 * with an earlier version of the pathway is migrated (its steps replayed on the new version)
 * and written as a new version only once that succeeded; one that no longer fits is kept
 * readable as it was, with what changed, and can go on as a new walkthrough from the steps
 * that still fit. When storage fails (full, blocked, unavailable), the guide goes on, the
 * element says what happened in the interface language, offers "Try again" and export to a
 * file, and the page asks before it is left with unsaved changes.
 *
 * Records go to this browser's IndexedDB (`IndexedDbStore`) unless `store` is set to another
 * `WalkthroughStore`. Labels are the worker's own; the element asks for one without names or
 * identity codes, shows that note next to the field, and refuses a label in which the models'
 * personal-data detector finds an identity code, email, phone number, address or example name.
 *
 * @summary Saved walkthroughs of one pathway: start, resume, rename, delete, export, import, print.
 *
 * @event polku-walkthrough-open - {@link PolkuWalkthroughOpenEvent}: the worker opened a walkthrough (cancelable).
 *
 * @csspart base - The wrapper of everything.
 * @csspart note - The note on what not to write in a label.
 * @csspart problem - What went wrong with the storage, and what to do.
 * @csspart new-form - The form that starts or saves a walkthrough.
 * @csspart list - The list of saved walkthroughs.
 * @csspart item - One saved walkthrough.
 * @csspart save-state - Whether the open walkthrough is saved.
 * @csspart retry-button - "Try saving again".
 * @csspart stale-note - What changed in the pathway under a stale walkthrough.
 * @csspart actions - The buttons of one walkthrough.
 * @csspart resume-button - "Continue".
 * @csspart continue-button - "Continue as a new walkthrough", for a stale one.
 * @csspart summary-button - "Summary".
 * @csspart rename-button - "Rename".
 * @csspart export-button - "Export to a file".
 * @csspart delete-button - "Delete".
 * @csspart rename-form - The rename field and its buttons.
 * @csspart confirm - The delete confirmation.
 * @csspart confirm-delete-button - "Delete for good".
 * @csspart corrupt - The damaged records.
 * @csspart import - The import field.
 * @csspart summary - The summary view.
 * @csspart print-button - "Print".
 * @csspart error - The error shown when the pathway cannot be loaded.
 *
 * @cssproperty --polku-accent - Buttons and links. Default `#1c5ca3`.
 * @cssproperty --polku-accent-strong - Hover and pressed buttons. Default `#12406f`.
 * @cssproperty --polku-text - Body text. Default `#1b2631`.
 * @cssproperty --polku-muted - Secondary text. Default `#4a5564`.
 * @cssproperty --polku-surface - Item background. Default `#ffffff`.
 * @cssproperty --polku-surface-muted - The note and the form. Default `#f2f4f7`.
 * @cssproperty --polku-border - Item borders. Default `#c7ced6`.
 * @cssproperty --polku-focus - Focus ring. Default `#12406f`.
 * @cssproperty --polku-danger - Errors and "Delete for good". Default `#b0261c`.
 * @cssproperty --polku-danger-soft - Background of a problem. Default `#fbe9e7`.
 * @cssproperty --polku-radius - Corner radius. Default `4px`.
 *
 * @example
 * <polku-walkthroughs for="guide" lang="fi"></polku-walkthroughs>
 * <polku-guide id="guide" src="/models/koulupolku.bpmn" lang="fi"></polku-guide>
 */
export class PolkuWalkthroughs extends LitElement {
  static override styles = styles;

  static override properties = {
    src: { type: String },
    pathway: { attribute: false },
    for: { type: String, reflect: true },
    store: { attribute: false },
    clock: { attribute: false },
    status: { state: true },
    entries: { state: true },
    corrupt: { state: true },
    failure: { state: true },
    problem: { state: true },
    openId: { state: true },
    dirty: { state: true },
    savedAt: { state: true },
    editing: { state: true },
    labelProblem: { state: true },
    renameProblem: { state: true },
    importProblem: { state: true },
    announcement: { state: true },
    summaryId: { state: true },
  };

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** URL of the pathway's BPMN model or compiled `.json`; leave it out to follow the `for` guide's pathway. */
  declare src: string | undefined;
  /** The compiled pathway whose walkthroughs to list; wins over `src` and the guide's. */
  declare pathway: Pathway | undefined;
  /** The id of the `<polku-guide>` (same document or shadow root) that opened walkthroughs resume in and are saved from. */
  declare for: string | undefined;
  /** Where records live. Default: one `IndexedDbStore` shared by the page. Set it before the element connects, or the list reloads. */
  declare store: WalkthroughStore | undefined;
  /** Where "now" comes from (times of saves, new walkthroughs, "today" in summaries). Default: the guide's clock, else the real time. */
  declare clock: (() => Date) | undefined;

  declare private status: Status;
  declare private entries: WalkthroughEntry[];
  declare private corrupt: CorruptRecord[];
  declare private failure: Failure | undefined;
  /** The last storage failure, shown until a later read or write succeeds. */
  declare private problem: StorageErrorCode | undefined;
  declare private openId: string | undefined;
  declare private dirty: boolean;
  declare private savedAt: string | undefined;
  declare private editing: { id: string; mode: 'rename' | 'delete' } | undefined;
  declare private labelProblem: string | undefined;
  declare private renameProblem: string | undefined;
  declare private importProblem: string | undefined;
  declare private announcement: string;
  declare private summaryId: string | undefined;

  private readonly link = new GuideLink(this, () => this.for, (change) => this.onGuide(change));
  private loaded: Pathway | undefined;
  private loading: AbortController | undefined;
  private evaluator: ConditionEvaluator | undefined;
  private listedFor: string | undefined;
  private listing = 0;
  /** The open record as last stored (its revision is what the next save must match). */
  private openRecord: WalkthroughRecord | undefined;
  /** The open walkthrough's step log as last seen, to tell our own resume from a guide that started something else. */
  private openEvents: string | undefined;
  /** Every write goes through this queue, so revisions follow each other. */
  private writes: Promise<unknown> = Promise.resolve();
  private pendingFocus: string | undefined;
  private unwatch: (() => void) | undefined;
  private readonly cache = new Map<string, WalkthroughEntry>();
  private summaryWalk: { key: string; walk: Walkthrough | undefined } | undefined;

  constructor() {
    super();
    this.status = 'empty';
    this.entries = [];
    this.corrupt = [];
    this.dirty = false;
    this.announcement = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.onBeforeUnload);
    this.watchStore();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    this.unwatch?.();
    this.unwatch = undefined;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  private get uiLang(): UiLang {
    return uiLangOf(this.getAttribute('lang'));
  }

  private get activeStore(): WalkthroughStore {
    return this.store ?? (defaultStore ??= new IndexedDbStore());
  }

  /** The pathway listed: the property, else the one loaded from `src`, else the guide's. */
  private get activePathway(): Pathway | undefined {
    const pathway = this.pathway ?? this.loaded ?? (this.src ? undefined : this.link.guide?.pathway);
    return pathway && isPathway(pathway) ? pathway : undefined;
  }

  private now(): Date {
    try {
      const value = (this.clock ?? this.link.guide?.clock)?.();
      if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
    } catch {
      // A broken clock must not stop saving; the real time is the best guess.
    }
    return new Date();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) this.loadFrom(this.src);
    if (changed.has('for')) this.link.refresh();
    if (changed.has('store') && this.isConnected) {
      this.watchStore();
      this.listedFor = undefined;
    }
    if (changed.has('pathway') || changed.has('store')) void this.refresh();
  }

  protected override updated(): void {
    if (this.pendingFocus) {
      const selector = this.pendingFocus;
      this.pendingFocus = undefined;
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
    }
  }

  private watchStore(): void {
    this.unwatch?.();
    this.unwatch = this.activeStore.watch?.(() => {
      this.listedFor = undefined;
      void this.refresh();
    });
  }

  private loadFrom(src: string | undefined): void {
    this.loading?.abort();
    this.loaded = undefined;
    if (!src) return;
    const controller = new AbortController();
    this.loading = controller;
    this.status = 'loading';
    loadSource(src, controller.signal).then(
      (result) => {
        if (controller.signal.aborted) return;
        if ('pathway' in result) {
          this.loaded = result.pathway;
          void this.refresh();
        } else this.fail(result.failure);
      },
      (error: unknown) => {
        if (!controller.signal.aborted) this.fail({ kind: 'runtime', message: error instanceof Error ? error.message : String(error) });
      },
    );
  }

  private fail(failure: Failure): void {
    this.status = 'error';
    this.failure = failure;
    console.error(`<polku-walkthroughs>: ${describeFailure(failure)}`, this);
  }

  private async stepOptions(pathway: Pathway): Promise<StepOptions> {
    if (!pathway.conditional) return {};
    this.evaluator ??= await loadEvaluator();
    return { evaluate: this.evaluator };
  }

  /** Lists the records of the pathway again (once per pathway version, unless `force`). */
  private async refresh(force = false): Promise<void> {
    const pathway = this.activePathway;
    if (!pathway) return;
    const key = `${pathway.id}@${pathway.hash}`;
    if (!force && this.listedFor === key) return;
    this.listedFor = key;
    const listing = ++this.listing;
    if (this.status !== 'ready') this.status = 'loading';
    try {
      const options = await this.stepOptions(pathway);
      const { records, corrupt } = await this.activeStore.list({ pathwayId: pathway.id });
      if (listing !== this.listing) return;
      this.entries = records.map((record) => this.entryFor(record, pathway, options));
      for (const record of corrupt) if (!this.corrupt.some((known) => known.id === record.id)) console.warn(`<polku-walkthroughs>: the saved walkthrough "${record.id}" cannot be read: ${record.reason}.`, this);
      this.corrupt = corrupt;
      if (this.problem && this.problem !== 'storage-full' && this.problem !== 'storage-conflict') this.problem = undefined;
    } catch (error) {
      if (listing !== this.listing) return;
      this.listedFor = undefined;
      this.report(error);
    }
    this.status = 'ready';
  }

  private entryFor(record: WalkthroughRecord, pathway: Pathway, options: StepOptions): WalkthroughEntry {
    const key = `${record.id}:${record.revision}:${record.updatedAt}:${pathway.hash}`;
    let entry = this.cache.get(key);
    if (!entry) this.cache.set(key, (entry = entryOf(record, pathway, options)));
    return entry;
  }

  /** Shows a storage failure; anything else is a bug and is rethrown after it is shown. */
  private report(error: unknown): void {
    if (!isStorageError(error)) {
      this.problem = 'storage-failed';
      console.error('<polku-walkthroughs>:', error, this);
      return;
    }
    if (this.problem !== error.code) console.warn(`<polku-walkthroughs>: ${error.message.split('\n')[0]}`, this);
    this.problem = error.code;
  }

  private announce(message: string): void {
    this.announcement = this.announcement === message ? `${message}\u00a0` : message;
  }

  /** Runs one write after the writes before it. */
  private write<T>(work: () => Promise<T>): Promise<T> {
    const result = this.writes.then(work);
    this.writes = result.catch(() => undefined);
    return result;
  }

  // --- The guide -------------------------------------------------------------------------

  private onGuide(change: GuideChange): void {
    const guide = change.guide;
    if (change.kind === 'step') this.onStep(change.event.kind);
    else if (this.openId) {
      // The guide shows something else than the walkthrough we opened (a new pathway, or it was removed): stop saving into it.
      const events = guide?.walkthrough ? JSON.stringify(guide.walkthrough.snapshot.events) : undefined;
      if (events !== this.openEvents) this.detach();
    }
    if (!this.pathway && !this.src) void this.refresh();
    this.requestUpdate();
  }

  private onStep(kind: string): void {
    if (!this.openId) return;
    const record = this.openRecord;
    if (kind === 'restart') {
      if (record) this.announce(walkthroughsStrings[this.uiLang].restarted(record.label));
      this.detach();
      return;
    }
    const snapshot = this.link.guide?.walkthrough?.snapshot;
    if (!snapshot || snapshot.pathwayId !== record?.pathwayId) {
      this.detach();
      return;
    }
    this.openEvents = JSON.stringify(snapshot.events);
    this.dirty = true;
    void this.save();
  }

  private detach(): void {
    this.openId = undefined;
    this.openRecord = undefined;
    this.openEvents = undefined;
    this.dirty = false;
    this.savedAt = undefined;
  }

  /** Saves the guide's walkthrough into the open record, the latest snapshot at the time the write runs. */
  private save(): Promise<void> {
    return this.write(async () => {
      const record = this.openRecord;
      const snapshot = this.link.guide?.walkthrough?.snapshot;
      const pathway = this.link.guide?.walkthrough?.pathway;
      if (!this.dirty || !record || !snapshot || !pathway || snapshot.pathwayId !== record.pathwayId) return;
      const events = JSON.stringify(snapshot.events);
      try {
        const stored = await this.activeStore.put(withSnapshot(record, pathway, snapshot, this.now()));
        this.stored(stored);
        if (this.openId === stored.id) {
          this.dirty = events !== this.openEvents;
          this.savedAt = stored.updatedAt;
        }
        if (this.problem) this.problem = undefined;
      } catch (error) {
        this.report(error);
      }
    });
  }

  /** Takes a record just written into the list (and as the open one, when it is). */
  private stored(record: WalkthroughRecord): void {
    if (this.openId === record.id) this.openRecord = record;
    const pathway = this.activePathway;
    if (!pathway) return;
    const entry = entryOf(record, pathway, this.evaluator ? { evaluate: this.evaluator } : {});
    const others = this.entries.filter((candidate) => candidate.record.id !== record.id);
    this.entries = [entry, ...others].toSorted((a, b) => (a.record.updatedAt < b.record.updatedAt ? 1 : a.record.updatedAt > b.record.updatedAt ? -1 : 0));
  }

  /** Fires `polku-walkthrough-open` and, unless a listener cancels it, resumes the walkthrough in the guide and saves it from now on. */
  private open(record: WalkthroughRecord, snapshot: WalkthroughSnapshot, kind: WalkthroughOpenKind, options: { inGuide: boolean; saved: boolean }): void {
    const event = new PolkuWalkthroughOpenEvent(record, snapshot, kind);
    this.dispatchEvent(event);
    if (event.defaultPrevented) return;
    const guide = this.link.guide;
    if (!guide) return;
    this.openId = record.id;
    this.openRecord = record;
    this.openEvents = JSON.stringify(snapshot.events);
    this.dirty = !options.saved;
    this.savedAt = options.saved ? record.updatedAt : undefined;
    if (options.inGuide) guide.snapshot = structuredClone(snapshot);
    this.announce(walkthroughsStrings[this.uiLang].opened(record.label));
  }

  private readonly onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!this.dirty) return;
    // Unsaved steps: ask before the page goes (the browser words the question).
    event.preventDefault();
  };

  // --- Actions -------------------------------------------------------------------------

  private async onResume(listed: WalkthroughEntry): Promise<void> {
    const pathway = this.activePathway;
    if (!pathway) return;
    // Replay its steps now: a record the list took as stored may turn out broken or stale.
    const entry = checkedEntry(listed.record, pathway, await this.stepOptions(pathway));
    const migration = entry.migration;
    if (!migration || migration.status === 'stale') {
      this.entries = this.entries.map((candidate) => (candidate.record.id === entry.record.id ? entry : candidate));
      console.warn(`<polku-walkthroughs>: the saved walkthrough "${entry.record.id}" cannot be opened: ${entry.problem ?? 'its pathway changed'}.`, this);
      return;
    }
    let record = entry.record;
    let saved = true;
    if (migration.status === 'migrated') {
      // The migration succeeded: write it as the record's new version before going on.
      try {
        record = await this.write(() => this.activeStore.put(withSnapshot(entry.record, pathway, migration.snapshot, this.now())));
        this.stored(record);
      } catch (error) {
        this.report(error);
        saved = false;
      }
    }
    this.open(record, migration.snapshot, migration.status, { inGuide: true, saved });
  }

  private async onContinueAsNew(entry: WalkthroughEntry): Promise<void> {
    const pathway = this.activePathway;
    const migration = entry.migration;
    if (!pathway || migration?.status !== 'stale') return;
    const w = walkthroughsStrings[this.uiLang];
    const record = createRecord({ label: w.newVersionLabel(entry.record.label).slice(0, LABEL_MAX_LENGTH), pathway, snapshot: migration.kept, now: this.now() });
    try {
      const stored = await this.write(() => this.activeStore.put(record));
      this.stored(stored);
      this.open(stored, migration.kept, 'new', { inGuide: true, saved: true });
    } catch (error) {
      this.report(error);
    }
  }

  private async onCreate(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const input = form.elements.namedItem('label') as HTMLInputElement;
    const label = input.value.trim();
    const problem = this.labelProblemOf(label);
    this.labelProblem = problem;
    if (problem) {
      this.pendingFocus = '#new-label';
      return;
    }
    const pathway = this.activePathway;
    if (!pathway) return;
    const current = (event.submitter as HTMLButtonElement | null)?.value === 'current' ? this.unsavedInGuide() : undefined;
    try {
      const now = this.now();
      const snapshot = current ?? initialSnapshot(pathway, { ...(await this.stepOptions(pathway)), startedAt: now.toISOString() });
      const stored = await this.write(() => this.activeStore.put(createRecord({ label, pathway, snapshot, now })));
      this.stored(stored);
      input.value = '';
      this.open(stored, snapshot, 'new', { inGuide: !current, saved: true });
      this.announce(walkthroughsStrings[this.uiLang].saved(label));
    } catch (error) {
      this.report(error);
    }
  }

  /** The guide's walkthrough when it has steps and is not saved anywhere yet. */
  private unsavedInGuide(): WalkthroughSnapshot | undefined {
    const walk = this.link.guide?.walkthrough;
    const pathway = this.activePathway;
    if (this.openId || !walk || !pathway || walk.pathway.id !== pathway.id || walk.pathway.hash !== pathway.hash || walk.snapshot.events.length === 0) return undefined;
    return structuredClone(walk.snapshot);
  }

  private labelProblemOf(label: string): string | undefined {
    const w = walkthroughsStrings[this.uiLang];
    if (!label) return w.labelRequired;
    if (label.length > LABEL_MAX_LENGTH) return w.labelTooLong(LABEL_MAX_LENGTH);
    // The same detector as the models' lint rule: an identity code, email, phone, address or example name.
    const found = findPersonalData(label)[0];
    if (found) return w.labelPersonal(found.kind);
    return undefined;
  }

  private onEdit(id: string, mode: 'rename' | 'delete'): void {
    this.editing = { id, mode };
    this.renameProblem = undefined;
    this.pendingFocus = mode === 'rename' ? `#rename-${CSS.escape(id)}` : `#confirm-${CSS.escape(id)}`;
  }

  private onCancelEdit(id: string, mode: 'rename' | 'delete'): void {
    this.editing = undefined;
    this.renameProblem = undefined;
    this.pendingFocus = `[data-record-id="${CSS.escape(id)}"] [data-action="${mode}-button"]`;
  }

  private async onRename(event: SubmitEvent, entry: WalkthroughEntry): Promise<void> {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('label') as HTMLInputElement;
    const label = input.value.trim();
    const id = entry.record.id;
    this.renameProblem = this.labelProblemOf(label);
    if (this.renameProblem) {
      this.pendingFocus = `#rename-${CSS.escape(id)}`;
      return;
    }
    try {
      const stored = await this.write(() => {
        // The open record may have been saved since the list was drawn: rename its latest version.
        const latest = this.openRecord?.id === id ? this.openRecord : (this.entries.find((candidate) => candidate.record.id === id)?.record ?? entry.record);
        return this.activeStore.put({ ...latest, label });
      });
      this.stored(stored);
      this.editing = undefined;
      this.pendingFocus = `[data-record-id="${CSS.escape(id)}"] [data-action="rename-button"]`;
      this.announce(walkthroughsStrings[this.uiLang].renamed(label));
    } catch (error) {
      this.report(error);
    }
  }

  private async onDelete(id: string): Promise<void> {
    const w = walkthroughsStrings[this.uiLang];
    const label = this.entries.find((entry) => entry.record.id === id)?.record.label ?? this.corrupt.find((record) => record.id === id)?.label ?? w.unnamed;
    try {
      await this.write(() => this.activeStore.delete(id));
      const wasOpen = this.openId === id;
      if (wasOpen) this.detach();
      this.entries = this.entries.filter((entry) => entry.record.id !== id);
      this.corrupt = this.corrupt.filter((record) => record.id !== id);
      this.editing = undefined;
      this.pendingFocus = '#list-heading';
      this.announce(`${w.deleted(label)}${wasOpen ? ` ${w.detached}` : ''}`);
    } catch (error) {
      this.report(error);
    }
  }

  /** The record as it is now: for the open one, with the guide's latest steps even when they are not saved. */
  private latest(entry: WalkthroughEntry): WalkthroughRecord {
    const walk = this.link.guide?.walkthrough;
    if (this.openId !== entry.record.id || !this.openRecord || !walk) return entry.record;
    return withSnapshot(this.openRecord, walk.pathway, walk.snapshot, this.now());
  }

  private onExport(entry: WalkthroughEntry): void {
    const record = this.latest(entry);
    const now = this.now();
    this.download(walkthroughFile(record, now), walkthroughFileName(record, now));
  }

  private onDownloadCorrupt(record: CorruptRecord): void {
    this.download(`${JSON.stringify(record.value, null, 2)}\n`, `polku-damaged-${(record.id ?? 'record').replace(/[^\w-]+/g, '-').slice(0, 40)}.json`);
  }

  private download(text: string, fileName: string): void {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    this.renderRoot.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  private async onImport(event: Event): Promise<void> {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    const pathway = this.activePathway;
    if (!file || !pathway) return;
    const w = walkthroughsStrings[this.uiLang];
    this.importProblem = undefined;
    const result = file.size > MAX_FILE_BYTES ? ({ problem: 'too-large', detail: `${file.size} bytes` } as const) : readWalkthroughFile(await file.text(), pathway.id);
    input.value = '';
    if ('problem' in result) {
      this.importProblem = w.fileProblem(result.problem, 'pathwayId' in result ? result.pathwayId : undefined);
      console.warn(`<polku-walkthroughs>: "${file.name}" was not imported: ${result.detail}.`, this);
      return;
    }
    try {
      const stored = await this.write(() => this.activeStore.put({ ...result.record, label: result.record.label || file.name }));
      this.stored(stored);
      this.announce(w.imported(stored.label));
    } catch (error) {
      this.report(error);
    }
  }

  private onSummary(entry: WalkthroughEntry): void {
    this.summaryId = entry.record.id;
    this.pendingFocus = '#summary-heading';
  }

  private onCloseSummary(): void {
    const id = this.summaryId;
    this.summaryId = undefined;
    removePrintFrame(this.renderRoot as ShadowRoot);
    if (id) this.pendingFocus = `[data-record-id="${CSS.escape(id)}"] [data-action="summary-button"]`;
  }

  private onPrint(label: string): void {
    const content = this.renderRoot.querySelector<HTMLElement>('.summary-content');
    if (!content) return;
    printSummary(content, { title: walkthroughsStrings[this.uiLang].summaryHeading(label), lang: this.uiLang, styles: printStyles, into: this.renderRoot as ShadowRoot });
    this.renderRoot.querySelector<HTMLElement>('[data-action="print"]')?.focus();
  }

  // --- Rendering -----------------------------------------------------------------------

  override render(): TemplateResult | typeof nothing {
    const lang = this.uiLang;
    const s = strings[lang];
    const w = walkthroughsStrings[lang];
    const pathway = this.activePathway;
    return html`<section class="walkthroughs" part="base" lang=${lang} aria-labelledby="heading">
      <h2 id="heading" class="heading">${w.heading}</h2>
      ${this.status === 'error' && this.failure ? renderFailure(this.failure, s) : nothing}
      ${this.problem ? this.renderProblem() : nothing}
      ${this.status !== 'error' && (!pathway || this.status !== 'ready') ? html`<p class="loading">${w.loading}</p>` : nothing}
      ${pathway && this.status === 'ready' ? this.renderReady(pathway) : nothing}
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </section>`;
  }

  private renderProblem(): TemplateResult {
    const w = walkthroughsStrings[this.uiLang];
    const open = this.entries.find((entry) => entry.record.id === this.openId);
    return html`<div class="problem" part="problem" role="alert">
      <p>${storageMessage(this.problem!, this.uiLang)}</p>
      ${this.dirty || open
        ? html`<div class="actions">
            ${this.dirty ? html`<button type="button" class="secondary" data-action="retry" @click=${() => void this.save()}>${w.retry}</button>` : nothing}
            ${open ? html`<button type="button" class="secondary" data-action="export-open" @click=${() => this.onExport(open)}>${w.exportFile}</button>` : nothing}
          </div>`
        : nothing}
    </div>`;
  }

  private renderReady(pathway: Pathway): TemplateResult {
    const summary = this.summaryId ? this.entries.find((entry) => entry.record.id === this.summaryId) : undefined;
    if (summary) return this.renderSummaryOf(summary, pathway);
    const lang = this.uiLang;
    const s = strings[lang];
    const w = walkthroughsStrings[lang];
    const view = this.listView(pathway);
    const unsaved = this.link.guide ? this.unsavedInGuide() : undefined;
    return html`<p id="note" class="note" part="note">${w.privacyNote}</p>
      <form class="new-form" part="new-form" novalidate aria-labelledby="new-heading" @submit=${(event: SubmitEvent) => void this.onCreate(event)}>
        <h3 id="new-heading">${w.newHeading}</h3>
        <div class="field">
          <label for="new-label">${w.labelLabel} <span class="required">${s.required}</span></label>
          <input
            id="new-label"
            name="label"
            autocomplete="off"
            maxlength=${LABEL_MAX_LENGTH}
            aria-invalid=${this.labelProblem ? 'true' : 'false'}
            aria-describedby=${this.labelProblem ? 'new-label-error note' : 'note'}
          />
          ${this.labelProblem ? html`<p id="new-label-error" class="field-error">${this.labelProblem}</p>` : nothing}
        </div>
        <div class="actions">
          <button type="submit" class="primary" name="action" value="new" data-action="start">${w.startNew}</button>
          ${unsaved ? html`<button type="submit" class="secondary" name="action" value="current" data-action="save-current">${w.saveCurrent(unsaved.events.length)}</button>` : nothing}
        </div>
      </form>
      <section class="list-section" aria-labelledby="list-heading">
        <h3 id="list-heading" tabindex="-1">${w.listHeading(this.entries.length)}</h3>
        ${this.entries.length === 0
          ? html`<p class="empty">${w.empty}</p>`
          : html`<ul class="list" part="list" role="list">
              ${this.entries.map((entry) => renderItem(entry, view))}
            </ul>`}
      </section>
      ${renderCorrupt(this.corrupt, view)}
      <section class="import" part="import" aria-labelledby="import-heading">
        <h3 id="import-heading">${w.importHeading}</h3>
        <div class="field">
          <label for="import-file">${w.importLabel}</label>
          <input
            id="import-file"
            type="file"
            accept=".json,application/json"
            aria-invalid=${this.importProblem ? 'true' : 'false'}
            aria-describedby=${this.importProblem ? 'import-error' : nothing}
            @change=${(event: Event) => void this.onImport(event)}
          />
          ${this.importProblem ? html`<p id="import-error" class="field-error" role="alert">${this.importProblem}</p>` : nothing}
        </div>
      </section>`;
  }

  private listView(pathway: Pathway): ListView {
    const lang = this.uiLang;
    return {
      s: strings[lang],
      w: walkthroughsStrings[lang],
      lang,
      pathway,
      text: (texts) => pickText(texts, lang, pathway.lang ?? 'fi'),
      openId: this.openId,
      dirty: this.dirty,
      savedAt: this.savedAt,
      editing: this.editing,
      renameProblem: this.renameProblem,
      onResume: (entry) => void this.onResume(entry),
      onContinueAsNew: (entry) => void this.onContinueAsNew(entry),
      onSummary: (entry) => this.onSummary(entry),
      onExport: (entry) => this.onExport(entry),
      onEdit: (id, mode) => this.onEdit(id, mode),
      onCancelEdit: (id, mode) => this.onCancelEdit(id, mode),
      onRename: (event, entry) => void this.onRename(event, entry),
      onDelete: (id) => void this.onDelete(id),
      onRetry: () => void this.save(),
      onDownloadCorrupt: (record) => this.onDownloadCorrupt(record),
    };
  }

  private renderSummaryOf(entry: WalkthroughEntry, pathway: Pathway): TemplateResult {
    const lang = this.uiLang;
    const migration = entry.migration;
    let walk: Walkthrough | undefined;
    if (migration && migration.status !== 'stale') {
      const latest = this.latest(entry);
      const snapshot = latest.snapshot.pathwayHash === pathway.hash ? latest.snapshot : migration.snapshot;
      // Restoring replays every step; do it once per version of the walkthrough, not on every render.
      const key = `${entry.record.id}:${pathway.hash}:${JSON.stringify(snapshot.events)}`;
      if (this.summaryWalk?.key !== key) {
        try {
          this.summaryWalk = { key, walk: createWalkthrough(pathway, { snapshot, ...(this.evaluator ? { evaluate: this.evaluator } : {}) }) };
        } catch {
          this.summaryWalk = { key, walk: undefined };
        }
      }
      walk = this.summaryWalk.walk;
    }
    const view: SummaryView = {
      s: strings[lang],
      t: timelineStrings[lang],
      w: walkthroughsStrings[lang],
      lang,
      now: this.now(),
      names: entry.record.names,
      text: (texts) => pickText(texts, lang, pathway.lang ?? 'fi'),
      entry: { ...entry, record: this.latest(entry) },
      pathway,
      walk,
      onPrint: () => this.onPrint(entry.record.label),
      onClose: () => this.onCloseSummary(),
    };
    return renderSummary(view);
  }
}

if (!customElements.get('polku-walkthroughs')) customElements.define('polku-walkthroughs', PolkuWalkthroughs);

declare global {
  interface HTMLElementTagNameMap {
    'polku-walkthroughs': PolkuWalkthroughs;
  }
}
