import type { PolkuGuide } from '@polku/elements/polku-guide';
import type { ModelerStrings, UiLang } from '../_internal/strings.js';
import type TryIt from '../features/try-it/TryIt.js';
import type { LocatedDiagnostic } from '../features/try-it/TryIt.js';
import { el } from './dom.js';

/** A `polku-step` event as the panel reads it. */
interface StepEvent extends Event {
  elementId: string;
  kind: 'complete' | 'choose' | 'trigger' | 'back' | 'restart';
}

/**
 * The "Try it" panel: compiles the model being edited and walks it in a `<polku-guide>`
 * (loaded on first use), or lists the compile errors with their file, line and element, each
 * with a button that shows the element on the canvas. As the worker steps, the open steps are
 * marked on the canvas and the passed ones dimly.
 */
export class TryPanel {
  readonly element: HTMLElement;
  private readonly intro = el('p', { className: 'pm-try-intro' });
  private readonly status = el('p', { className: 'pm-try-status', attrs: { role: 'status' } });
  private readonly failure = el('div', { className: 'pm-try-failure', hidden: true });
  private readonly host = el('div', { className: 'pm-try-guide' });
  private guide: PolkuGuide | undefined;
  private done: string[] = [];
  private running = false;
  private generation = 0;
  private lastErrors: LocatedDiagnostic[] = [];
  private statusText: ((s: ModelerStrings) => string) | undefined;
  /** What the error list shows now; an unchanged list is not rebuilt, so a focused button keeps focus. */
  private shown = '';
  private readonly options: {
    tryIt: TryIt;
    fileName: () => string;
    lang: () => UiLang;
    strings: () => ModelerStrings;
    onSelect: (elementId: string) => void;
  };

  constructor(options: TryPanel['options']) {
    this.options = options;
    this.element = el('div', { className: 'pm-try' }, this.intro, this.status, this.failure, this.host);
    this.render();
  }

  /** True while the panel is shown and walking. */
  get active(): boolean {
    return this.running;
  }

  /** Compiles the current model and starts a fresh walkthrough of it; `changed` says why in the status line. */
  async start(changed = false): Promise<void> {
    this.running = true;
    const generation = ++this.generation;
    this.setStatus((s) => s.compiling);
    const [result] = await Promise.all([this.options.tryIt.compile(this.options.fileName()), this.loadGuide()]);
    if (generation !== this.generation || !this.running) return;
    const guide = this.guide!;
    this.done = [];
    if (!result.pathway) {
      this.lastErrors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
      this.failure.hidden = false;
      guide.hidden = true;
      guide.pathway = undefined;
      this.options.tryIt.clear();
      this.setStatus(undefined);
      this.render();
      return;
    }
    this.lastErrors = [];
    this.failure.hidden = true;
    guide.hidden = false;
    guide.pathway = result.pathway;
    this.setStatus(changed ? (s) => s.modelChanged : undefined);
    this.render();
  }

  /** Stops walking and clears the canvas marks. */
  stop(): void {
    this.running = false;
    this.generation++;
    this.options.tryIt.clear();
  }

  /** Re-renders the panel's own words, e.g. after the interface language changed. */
  render(): void {
    const s = this.options.strings();
    this.intro.textContent = s.tryIntro;
    this.status.textContent = this.statusText?.(s) ?? '';
    this.guide?.setAttribute('lang', this.options.lang());
    const shown = JSON.stringify([s.compileFailed, this.lastErrors]);
    if (this.failure.hidden || shown === this.shown) return;
    this.shown = shown;
    this.failure.replaceChildren(
      el('h3', {}, s.compileFailed),
      el('p', {}, s.compileHint),
      el(
        'ul',
        { className: 'pm-diagnostics' },
        ...this.lastErrors.map((diagnostic) =>
          el(
            'li',
            { attrs: { 'data-code': diagnostic.code } },
            el('code', { className: 'pm-diagnostic-where' }, diagnostic.where),
            el('span', { className: 'pm-diagnostic-message' }, diagnostic.message),
            ...(diagnostic.elementId
              ? [el('button', { type: 'button', className: 'pm-button pm-small', onclick: () => this.options.onSelect(diagnostic.elementId!.split('/')[0]!) }, s.showInDiagram)]
              : []),
          ),
        ),
      ),
    );
  }

  private setStatus(text: ((s: ModelerStrings) => string) | undefined): void {
    this.statusText = text;
    this.status.textContent = text?.(this.options.strings()) ?? '';
  }

  private async loadGuide(): Promise<void> {
    if (this.guide) return;
    // The guide alone, not every element of @polku/elements.
    await import('@polku/elements/polku-guide');
    const guide = document.createElement('polku-guide');
    guide.setAttribute('lang', this.options.lang());
    guide.addEventListener('polku-load', () => this.markSoon());
    guide.addEventListener('polku-step', (event) => this.onStep(event as StepEvent));
    this.host.append(guide);
    this.guide = guide;
  }

  private onStep(event: StepEvent): void {
    if (event.kind === 'restart') this.done = [];
    else if (event.kind === 'back') this.done.pop();
    else this.done.push(event.elementId);
    this.markSoon();
  }

  /** Marks the canvas once the guide has rendered the new stage. */
  private markSoon(): void {
    const guide = this.guide;
    if (!guide || !this.running) return;
    void guide.updateComplete.then(() => {
      if (this.running) this.options.tryIt.mark(activeElementsOf(guide), this.done);
    });
  }
}

/**
 * The element ids of the stage the guide shows: its walkthrough's active elements where the
 * guide exposes its `walkthrough`, else (and at the end, where nothing is active) the
 * `data-element-id` of the cards it renders.
 */
export function activeElementsOf(guide: HTMLElement & { walkthrough?: { active: readonly string[] } }): string[] {
  const active = guide.walkthrough?.active;
  if (active && active.length > 0) return [...active];
  const cards = guide.shadowRoot?.querySelectorAll('[part~="card"][data-element-id]') ?? [];
  return [...cards].map((card) => card.getAttribute('data-element-id')!).filter(Boolean);
}
