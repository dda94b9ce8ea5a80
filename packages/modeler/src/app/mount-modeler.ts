import type Modeler from 'bpmn-js/lib/Modeler';
import { strings as allStrings, uiLangOf, UI_LANGS, type ModelerStrings, type UiLang } from '../_internal/strings.js';
import type PolkuLanguage from '../features/language/PolkuLanguage.js';
import type InputDebounce from '../features/polku-editing/InputDebounce.js';
import type TryIt from '../features/try-it/TryIt.js';
import { createPolkuModeler } from '../polku-modeler.js';
import { newPathwayXml } from '../template.js';
import { el, ensureTabStop, roveFocus } from './dom.js';
import { createDraftStore, type Draft, type DraftStore } from './draft-store.js';
import { hasFileAccess, pickFile, readDroppedFile, readInputFile, saveFile, type OpenedFile } from './file-access.js';
import { flattenIssues, IssuesPanel } from './issues-panel.js';
import { SideTabs } from './side-tabs.js';
import { TryPanel } from './try-panel.js';

/** Options of {@link mountPolkuModeler}. */
export interface MountOptions {
  /** Interface language: `fi` (default), `sv` or `en`. */
  lang?: string;
  /** Where unsaved work is kept across reloads; default: IndexedDB `polku-modeler`. */
  drafts?: DraftStore;
}

/** The mounted modeler application. */
export interface MountedModeler {
  /** The bpmn-js Modeler inside. */
  readonly modeler: Modeler;
  /** Resolves when the first model (the restored draft or a new one) is on the canvas. */
  readonly ready: Promise<void>;
  /** Opens BPMN XML as if the user had opened the file `fileName`; rejects when it cannot be read. */
  open(xml: string, fileName: string): Promise<void>;
  /** Switches the interface language. */
  setLanguage(lang: string): void;
}

type Tab = 'properties' | 'issues' | 'try';
type Notice = { text: (s: ModelerStrings) => string; kind: 'info' | 'error'; action?: { label: (s: ModelerStrings) => string; run: () => void } };

/** Largest model the page opens: the compiler's own limit (16 MiB). */
const MAX_BYTES = 16 * 1024 * 1024;
const DRAFT_DELAY_MS = 400;
const TRY_DELAY_MS = 500;

interface CommandStack {
  canUndo(): boolean;
  canRedo(): boolean;
  undo(): void;
  redo(): void;
}
interface ElementRegistry {
  get(id: string): { businessObject?: { name?: string } } | undefined;
}

/**
 * Mounts the whole Polku modeler into `root`: a toolbar (new, open, save, save as, undo,
 * redo, language), the canvas, and side panels for properties (with the Polku groups), the
 * validation findings and "Try it". Unsaved work is kept in IndexedDB and restored on
 * reload with a notice. The page must load `@polku/modeler/styles.css`.
 *
 * @example
 * import '@polku/modeler/styles.css';
 * import { mountPolkuModeler } from '@polku/modeler';
 * mountPolkuModeler(document.querySelector('#app')!, { lang: 'sv' });
 */
export function mountPolkuModeler(root: HTMLElement, options: MountOptions = {}): MountedModeler {
  let lang: UiLang = uiLangOf(options.lang);
  const s = () => allStrings[lang];
  const drafts = options.drafts ?? createDraftStore();
  const state: { fileName: string; handle: FileSystemFileHandle | undefined; unsaved: boolean; previous: Draft | undefined } = {
    fileName: s().newFileName,
    handle: undefined,
    unsaved: false,
    previous: undefined,
  };

  // Chrome: header, notice, canvas, side panels.
  const title = el('h1', { className: 'pm-title' });
  const fileName = el('span', { className: 'pm-file-name' });
  const unsavedMark = el('span', { className: 'pm-unsaved', hidden: true });
  const fileLine = el('p', { className: 'pm-file' }, fileName, unsavedMark);
  const buttons = {
    new: button('new', () => void newModel()),
    open: button('open', () => void openFile()),
    save: button('save', () => void save(false), 'pm-primary'),
    saveAs: button('save-as', () => void save(true)),
    undo: button('undo', () => commandStack().undo()),
    redo: button('redo', () => commandStack().redo()),
  };
  buttons.saveAs.hidden = !hasFileAccess();
  const toolbarItems = () => Object.values(buttons);
  const toolbar = el('div', { className: 'pm-toolbar', attrs: { role: 'toolbar' } }, ...toolbarItems());
  roveFocus(toolbar, toolbarItems);
  const langLabel = el('label', { htmlFor: 'pm-lang' });
  const langSelect = el('select', { id: 'pm-lang', className: 'pm-select' }, ...UI_LANGS.map((code) => el('option', { value: code, lang: code }, allStrings[code].languageName[code]!)));
  langSelect.addEventListener('change', () => setLanguage(langSelect.value));
  const header = el('header', { className: 'pm-header' }, el('div', { className: 'pm-heading' }, title, fileLine), toolbar, el('div', { className: 'pm-lang' }, langLabel, langSelect));

  const noticeText = el('p', { className: 'pm-notice-text' });
  const noticeAction = el('button', { type: 'button', className: 'pm-button pm-small', hidden: true });
  const noticeClose = el('button', { type: 'button', className: 'pm-button pm-small pm-close' }, '×');
  const notice = el('div', { className: 'pm-notice', hidden: true }, noticeText, noticeAction, noticeClose);
  const noticeRegion = el('div', { className: 'pm-notices', attrs: { role: 'status' } }, notice);
  let currentNotice: Notice | undefined;
  noticeClose.addEventListener('click', () => showNotice(undefined));
  noticeAction.addEventListener('click', () => {
    const action = currentNotice?.action;
    showNotice(undefined);
    action?.run();
  });

  const canvasBox = el('div', { className: 'pm-canvas-box' });
  const dropHint = el('p', { className: 'pm-drop-hint' });
  const canvasRegion = el('section', { className: 'pm-canvas' }, canvasBox, dropHint);
  const propertiesBox = el('div', { className: 'pm-properties' });

  const fileInput = el('input', { type: 'file', className: 'pm-file-input', accept: '.bpmn,.xml,application/xml,text/xml', tabIndex: -1, attrs: { 'aria-hidden': 'true' } });
  fileInput.addEventListener('change', () => void readInputFile(fileInput).then((file) => file && openOpened(file)));

  const modeler = createPolkuModeler({ container: canvasBox, propertiesParent: propertiesBox, lang });
  const commandStack = () => modeler.get<CommandStack>('commandStack');
  /** Runs the properties panel's pending (debounced) edits, so what is saved is what is on screen. */
  const flushInputs = () => modeler.get<InputDebounce>('inputDebounce').flush();
  const language = modeler.get<PolkuLanguage>('polkuLanguage');

  const issuesPanel = new IssuesPanel({ strings: s, describe: describeElement, onSelect: (id) => selectElement(id, true) });
  const tryPanel = new TryPanel({ tryIt: modeler.get<TryIt>('tryIt'), fileName: () => state.fileName, lang: () => lang, strings: s, onSelect: (id) => selectElement(id, false) });

  const sideTabs = new SideTabs<Tab>({ properties: propertiesBox, issues: issuesPanel.element, try: tryPanel.element }, (next, previous) => {
    if (previous === 'try') tryPanel.stop();
    if (next === 'try') {
      flushInputs();
      void tryPanel.start();
    }
  });
  const { tabs } = sideTabs;
  const showTab = (name: Tab) => sideTabs.show(name);
  const side = el('section', { className: 'pm-side' }, sideTabs.tabList, ...sideTabs.panels);

  root.classList.add('pm-app');
  root.setAttribute('aria-busy', 'true');
  root.replaceChildren(header, noticeRegion, el('main', { className: 'pm-main' }, canvasRegion, side), fileInput);

  // Words: every text the chrome shows, re-rendered on a language switch.
  function renderTexts(): void {
    const t = s();
    document.documentElement.lang = lang;
    title.textContent = t.appTitle;
    fileName.textContent = state.fileName;
    unsavedMark.textContent = `• ${t.unsaved}`;
    unsavedMark.hidden = !state.unsaved;
    document.title = `${state.fileName}${state.unsaved ? ' •' : ''} – ${t.appTitle}`;
    toolbar.setAttribute('aria-label', t.toolbar);
    buttons.new.textContent = t.newModel;
    buttons.open.textContent = t.open;
    buttons.save.textContent = t.save;
    buttons.saveAs.textContent = t.saveAs;
    buttons.undo.textContent = t.undo;
    buttons.redo.textContent = t.redo;
    buttons.save.setAttribute('aria-keyshortcuts', 'Control+S');
    buttons.open.setAttribute('aria-keyshortcuts', 'Control+O');
    langLabel.textContent = t.language;
    langSelect.value = lang;
    canvasRegion.setAttribute('aria-label', t.canvas);
    side.setAttribute('aria-label', t.sidePanels);
    dropHint.textContent = t.dropHint;
    tabs.properties.tab.textContent = t.propertiesTab;
    const { errors, warnings } = issuesPanel.counts;
    tabs.issues.tab.replaceChildren(
      t.issuesTab,
      el('span', { className: 'pm-count', attrs: { 'aria-hidden': 'true' } }, String(errors + warnings)),
      el('span', { className: 'pm-visually-hidden' }, `: ${t.issueCounts(errors, warnings)}`),
    );
    tabs.issues.tab.dataset.state = errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'ok';
    tabs.try.tab.textContent = t.tryTab;
    noticeClose.setAttribute('aria-label', t.dismiss);
    noticeClose.title = t.dismiss;
    if (currentNotice) {
      noticeText.textContent = currentNotice.text(t);
      noticeAction.textContent = currentNotice.action?.label(t) ?? '';
    }
    issuesPanel.render();
    tryPanel.render();
    updateUndo();
  }

  function updateUndo(): void {
    buttons.undo.disabled = !commandStack().canUndo();
    buttons.redo.disabled = !commandStack().canRedo();
    ensureTabStop(toolbarItems());
  }

  function setLanguage(next: string): void {
    lang = uiLangOf(next);
    language.setLanguage(lang);
    const url = new URL(location.href);
    url.searchParams.set('lang', lang);
    history.replaceState(history.state, '', url);
    renderTexts();
  }

  function showNotice(next: Notice | undefined): void {
    currentNotice = next;
    notice.hidden = !next;
    notice.dataset.kind = next?.kind ?? '';
    noticeAction.hidden = !next?.action;
    if (next) {
      noticeText.textContent = next.text(s());
      noticeAction.textContent = next.action?.label(s()) ?? '';
    }
  }

  function describeElement(elementId: string): string {
    const name = modeler.get<ElementRegistry>('elementRegistry').get(elementId)?.businessObject?.name?.trim();
    return name ? `${name} (${elementId})` : elementId;
  }

  /** Selects an element and scrolls to it; from the issue list, also shows its properties. */
  function selectElement(elementId: string, showProperties: boolean): void {
    const element = modeler.get<ElementRegistry>('elementRegistry').get(elementId);
    if (!element) return;
    modeler.get<{ select(element: unknown): void }>('selection').select(element);
    modeler.get<{ scrollToElement(element: unknown, padding?: number): void }>('canvas').scrollToElement(element, 80);
    if (showProperties) {
      showTab('properties');
      tabs.properties.panel.focus();
    }
  }

  // Models: import, new, open, save, drafts.
  async function importXml(xml: string, name: string, handle: FileSystemFileHandle | undefined, unsaved: boolean): Promise<void> {
    if (new Blob([xml]).size > MAX_BYTES) throw new Error(`the file is larger than ${MAX_BYTES / 1024 / 1024} MiB`);
    if (/<!DOCTYPE/i.test(xml)) throw new Error('the file contains a <!DOCTYPE> declaration, which BPMN never needs');
    const { warnings } = await modeler.importXML(xml);
    if (warnings.length > 0) console.warn(`Polku modeler: ${name} was read with warnings`, warnings);
    state.fileName = name;
    state.handle = handle;
    state.unsaved = unsaved;
    renderTexts();
    if (sideTabs.shown === 'try') void tryPanel.start();
    if (warnings.length > 0) showNotice({ kind: 'info', text: (t) => t.importWarnings(warnings.length) });
  }

  /** The model now, as a draft, to offer back after "New" or "Open" replaced unsaved work. */
  async function snapshot(): Promise<Draft | undefined> {
    flushInputs();
    if (!state.unsaved) return undefined;
    const { xml } = await modeler.saveXML({ format: true });
    return xml ? { xml, fileName: state.fileName, unsaved: true, changedAt: new Date().toISOString(), ...(state.handle ? { handle: state.handle } : {}) } : undefined;
  }

  function restorePreviousAction(): Notice['action'] {
    const previous = state.previous;
    if (!previous) return undefined;
    return {
      label: (t) => t.restorePrevious(previous.fileName),
      run: () => void importXml(previous.xml, previous.fileName, previous.handle, true).then(persistDraft),
    };
  }

  async function newModel(): Promise<void> {
    state.previous = await snapshot();
    await importXml(newPathwayXml(), s().newFileName, undefined, false);
    await persistDraft();
    showNotice({ kind: 'info', text: (t) => t.created, action: restorePreviousAction() });
  }

  async function openFile(): Promise<void> {
    try {
      const file = await pickFile(fileInput);
      if (file) await openOpened(file);
    } catch (error) {
      showNotice({ kind: 'error', text: (t) => t.openFailed(t.theFile, messageOf(error)) });
    }
  }

  async function openOpened(file: OpenedFile): Promise<void> {
    const previous = await snapshot();
    try {
      await importXml(file.text, file.name, file.handle, false);
    } catch (error) {
      showNotice({ kind: 'error', text: (t) => t.openFailed(file.name, messageOf(error)) });
      return;
    }
    state.previous = previous;
    await persistDraft();
    showNotice({ kind: 'info', text: (t) => t.opened(file.name), action: restorePreviousAction() });
  }

  async function save(saveAs: boolean): Promise<void> {
    try {
      flushInputs();
      const { xml = '' } = await modeler.saveXML({ format: true });
      const result = await saveFile(xml, state.fileName, { ...(state.handle ? { handle: state.handle } : {}), saveAs });
      if (result.kind === 'cancelled') return;
      state.fileName = result.name;
      if (result.kind === 'written') state.handle = result.handle;
      state.unsaved = false;
      renderTexts();
      await persistDraft();
      showNotice({ kind: 'info', text: (t) => (result.kind === 'written' ? t.saved(result.name) : t.downloaded(result.name)) });
    } catch (error) {
      showNotice({ kind: 'error', text: (t) => t.saveFailed(messageOf(error)) });
    }
  }

  let draftTimer: ReturnType<typeof setTimeout> | undefined;
  async function persistDraft(): Promise<void> {
    clearTimeout(draftTimer);
    draftTimer = undefined;
    const { xml } = await modeler.saveXML({ format: true });
    if (!xml) return;
    await drafts.save({ xml, fileName: state.fileName, unsaved: state.unsaved, changedAt: new Date().toISOString(), ...(state.handle ? { handle: state.handle } : {}) });
  }

  let tryTimer: ReturnType<typeof setTimeout> | undefined;
  modeler.on('commandStack.changed', (event: { trigger?: string }) => {
    // Importing clears the stack; that is not an edit.
    if (event.trigger === 'clear') return;
    state.unsaved = true;
    renderTexts();
    clearTimeout(draftTimer);
    draftTimer = setTimeout(() => void persistDraft(), DRAFT_DELAY_MS);
    if (tryPanel.active) {
      clearTimeout(tryTimer);
      tryTimer = setTimeout(() => void tryPanel.start(true), TRY_DELAY_MS);
    }
  });
  modeler.on('linting.completed', (event: { issues: Parameters<typeof flattenIssues>[0] }) => {
    issuesPanel.update(flattenIssues(event.issues));
    renderTexts();
  });
  // A last write when the page goes away, so nothing typed in the last moments is lost.
  addEventListener('pagehide', () => {
    flushInputs();
    if (draftTimer !== undefined) void persistDraft();
  });

  // Keyboard: Ctrl+S saves and Ctrl+O opens anywhere on the page, as in a desktop modeler.
  document.addEventListener('keydown', (event) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 's') {
      event.preventDefault();
      void save(event.shiftKey);
    } else if (key === 'o') {
      event.preventDefault();
      void openFile();
    }
  });

  // Dropping a .bpmn file on the diagram opens it.
  canvasRegion.addEventListener('dragover', (event) => {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
  });
  canvasRegion.addEventListener('drop', (event) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    void readDroppedFile(event.dataTransfer).then((file) => file && openOpened(file));
  });

  renderTexts();

  const ready = (async () => {
    const draft = await drafts.load();
    if (draft) {
      try {
        await importXml(draft.xml, draft.fileName, draft.handle, draft.unsaved);
        const time = formatTime(draft.changedAt, lang);
        showNotice({
          kind: 'info',
          text: (t) => t.draftRestored(draft.fileName, time, draft.unsaved),
          action: { label: (t) => t.discardDraft, run: () => void discardDraft() },
        });
        return;
      } catch (error) {
        console.warn('Polku modeler: the saved draft could not be read and was left aside.', error);
      }
    }
    await importXml(newPathwayXml(), s().newFileName, undefined, false);
  })().finally(() => root.removeAttribute('aria-busy'));

  async function discardDraft(): Promise<void> {
    await drafts.clear();
    await importXml(newPathwayXml(), s().newFileName, undefined, false);
    await persistDraft();
    showNotice({ kind: 'info', text: (t) => t.draftDiscarded });
  }

  return {
    modeler,
    ready,
    open: async (xml, name) => {
      await ready;
      await openOpened({ name, text: xml });
    },
    setLanguage,
  };
}

function button(name: string, onclick: () => void, extra = ''): HTMLButtonElement {
  return el('button', { type: 'button', className: `pm-button ${extra}`.trim(), attrs: { 'data-action': name }, onclick });
}

function formatTime(iso: string, lang: UiLang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : `${lang}-FI`, { dateStyle: 'short', timeStyle: 'short' }).format(date);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
