import type { Pathway, Walkthrough } from '@polku/core';
import { LitElement, adoptStyles, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { loadSource } from '../_internal/load-source.js';
import { pickText } from '../_internal/pick-text.js';
import { describeFailure, renderFailure, type Failure } from '../_internal/render-failure.js';
import { strings, uiLangOf, type UiLang } from '../_internal/strings.js';
import type { DiagramViewer } from './bpmn-viewer.js';
import { diagramStrings } from './diagram-strings.js';
import { stageName, type DiagramView } from './diagram-view.js';
import { elementStates, type ElementState } from './element-states.js';
import { listKeyAction } from './list-keys.js';
import { PolkuSelectEvent } from './polku-select-event.js';
import { styles } from './polku-diagram.styles.js';
import { renderDetails } from './render-details.js';
import { renderStageList } from './render-stage-list.js';
import { stageOrder } from './stage-order.js';

type Status = 'empty' | 'loading' | 'ready' | 'error';

/** Where the picture stands: not asked for, being drawn, drawn, or not drawable (the list still works). */
type Picture = 'none' | 'loading' | 'shown' | 'failed';

/** The parts of a `<polku-guide>` this element reads, without importing it. */
interface GuideLike extends Element {
  walkthrough?: unknown;
}

/**
 * Draws a Polku pathway as its BPMN diagram, marks how far a walkthrough has come, and shows
 * the guidance of whatever the worker selects.
 *
 * Give it a model with `src` (a `.bpmn` file) or set `xml` to the model's text. Set
 * `walkthrough` to a running walkthrough from `@polku/core`, or name a `<polku-guide>` on the
 * same page with `for`, and the diagram marks the elements done, active and possible next as
 * the worker moves; with `for` and no `src`, it draws the guide's model. Clicking an element,
 * or choosing a stage in the list below the picture, shows its name, role, guidance, deadlines
 * and sections of law. The list is the text alternative of the picture and, on a narrow
 * screen, the usable view: arrow keys, Home and End move in it, Enter or Space selects.
 *
 * bpmn-js (its NavigatedViewer) is imported only when a diagram is drawn, so a page with only
 * `<polku-guide>` never downloads it. Its styles live in the shadow root as constructed
 * stylesheets, which a strict `style-src 'self'` allows. The bpmn.io link in the corner is
 * required by bpmn-js' licence and stays visible. Bad input never throws into the page: the
 * element shows what went wrong and logs it once.
 *
 * @summary A BPMN diagram of a pathway, with walkthrough state and guidance on selection.
 *
 * @event polku-select - {@link PolkuSelectEvent}: the worker selected an element in the picture or the list.
 *
 * @csspart base - The wrapper of everything.
 * @csspart view-buttons - Zoom in, zoom out and whole diagram.
 * @csspart legend - What the marks on the picture mean.
 * @csspart canvas - The box bpmn-js draws in.
 * @csspart stages - The list of stages (a listbox).
 * @csspart stage - One stage in the list.
 * @csspart stage-state - The state of a stage in the list: done, in progress, possible next.
 * @csspart details - The selected element's panel.
 * @csspart details-heading - Its name.
 * @csspart state - Its state in the followed walkthrough.
 * @csspart role - Who does it (its lane).
 * @csspart guidance - Its guidance text.
 * @csspart facts - Its deadlines and legal references.
 * @csspart deadline - One deadline.
 * @csspart deadline-status - Days left, or how late (active steps only).
 * @csspart legal-link - One legal reference.
 * @csspart error - The error shown instead of a pathway.
 *
 * @cssproperty --polku-diagram-height - Height of the picture. Default `30rem`.
 * @cssproperty --polku-diagram-height-narrow - Height of the picture when the element is under 40rem wide. Default `16rem`.
 * @cssproperty --polku-done - Marks of done elements. Default `#2b6a30`.
 * @cssproperty --polku-done-soft - Fill of done elements. Default `#e6f2e7`.
 * @cssproperty --polku-active - Marks of active elements. Default `--polku-accent`.
 * @cssproperty --polku-active-soft - Fill of active elements. Default `--polku-accent-soft`.
 * @cssproperty --polku-next - Marks of possible next elements. Default `#8a5300`.
 * @cssproperty --polku-accent - Buttons, links and the selected stage. Default `#1c5ca3`.
 * @cssproperty --polku-accent-strong - Button text and the selected stage's edge. Default `#12406f`.
 * @cssproperty --polku-accent-soft - Background of the selected stage. Default `#e8eff8`.
 * @cssproperty --polku-text - Body text. Default `#1b2631`.
 * @cssproperty --polku-muted - Secondary text. Default `#4a5564`.
 * @cssproperty --polku-surface - Panel background. Default `#ffffff`.
 * @cssproperty --polku-surface-muted - Hovered stage and the facts box. Default `#f2f4f7`.
 * @cssproperty --polku-border - Borders. Default `#c7ced6`.
 * @cssproperty --polku-focus - Focus ring. Default `#12406f`.
 * @cssproperty --polku-danger - Errors. Default `#b0261c`.
 * @cssproperty --polku-radius - Corner radius. Default `4px`.
 *
 * @example
 * <polku-guide id="guide" src="/models/koulupolku.bpmn"></polku-guide>
 * <polku-diagram for="guide"></polku-diagram>
 */
export class PolkuDiagram extends LitElement {
  static override styles = styles;

  static override properties = {
    src: { type: String, reflect: true },
    xml: { attribute: false },
    walkthrough: { attribute: false },
    htmlFor: { type: String, attribute: 'for', reflect: true },
    status: { state: true },
    failure: { state: true },
    picture: { state: true },
    pathway: { state: true },
    followed: { state: true },
    selectedId: { state: true },
    focusIndex: { state: true },
    announcement: { state: true },
  };

  // `lang` stays the element's own global attribute; it is observed here, not shadowed by a property.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** URL of a BPMN model (`.bpmn`), relative to the page. */
  declare src: string | undefined;
  /** The BPMN model as text; wins over `src`. */
  declare xml: string | undefined;
  /** A running walkthrough to follow; wins over `for`. The diagram only reads it. */
  declare walkthrough: Walkthrough | undefined;
  /** The `id` of a `<polku-guide>` in the same document (or shadow root) whose walkthrough to follow (attribute `for`). */
  declare htmlFor: string | undefined;
  declare private status: Status;
  declare private failure: Failure | undefined;
  declare private picture: Picture;
  /** The pathway compiled from the model, when no walkthrough brings one. */
  declare private pathway: Pathway | undefined;
  /** The walkthrough of the guide named by `for`. */
  declare private followed: Walkthrough | undefined;
  declare private selectedId: string | undefined;
  /** The list option in the tab order; undefined until the worker moves in the list. */
  declare private focusIndex: number | undefined;
  declare private announcement: string;

  private viewer: DiagramViewer | undefined;
  private loading: AbortController | undefined;
  private drawn: string | undefined;
  /** The model source being shown: its `src`, or the `xml` text itself. */
  private loadedFrom: string | undefined;
  /** The pathway whose elements the picture last made selectable. */
  private selectableOf: Pathway | undefined;
  private subscribed: { walk: Walkthrough; unsubscribe: () => void } | undefined;
  private listening: Node | undefined;
  private resizeObserver: ResizeObserver | undefined;
  private pendingFocus = false;
  /** Order and states of the last render, reused by the keyboard handler and the picture. */
  private stages: string[] = [];
  private stagesOf: Pathway | undefined;
  private states: ReadonlyMap<string, ElementState> = new Map();

  constructor() {
    super();
    this.status = 'empty';
    this.picture = 'none';
    this.announcement = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const root = this.getRootNode();
    root.addEventListener('polku-load', this.onGuideEvent);
    root.addEventListener('polku-step', this.onGuideEvent);
    this.listening = root;
    this.followGuide();
    this.subscribe();
    this.resizeObserver ??= new ResizeObserver(() => this.viewer?.resized());
    const canvas = this.renderRoot.querySelector<HTMLElement>('.canvas');
    if (canvas) this.resizeObserver.observe(canvas);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listening?.removeEventListener('polku-load', this.onGuideEvent);
    this.listening?.removeEventListener('polku-step', this.onGuideEvent);
    this.listening = undefined;
    this.resizeObserver?.disconnect();
    this.subscribed?.unsubscribe();
    this.subscribed = undefined;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  private get uiLang(): UiLang {
    return uiLangOf(this.getAttribute('lang'));
  }

  /** The walkthrough whose state is shown: the property, else the guide's. */
  private get walk(): Walkthrough | undefined {
    return this.walkthrough ?? this.followed;
  }

  /** The pathway the list and panel describe. */
  private get shownPathway(): Pathway | undefined {
    return this.walk?.pathway ?? this.pathway;
  }

  private guide(): GuideLike | undefined {
    if (!this.htmlFor) return undefined;
    const root = this.getRootNode() as Document | ShadowRoot;
    return root.getElementById?.(this.htmlFor) ?? undefined;
  }

  /** The guide fires `polku-load` for a new pathway and `polku-step` for every move (a restart brings a new walkthrough). */
  private readonly onGuideEvent = (event: Event): void => {
    if (!this.htmlFor || (event.target as Element | null)?.id !== this.htmlFor) return;
    this.followGuide();
    if (event.type === 'polku-load') this.loadModel();
  };

  private followGuide(): void {
    const candidate = this.guide()?.walkthrough;
    this.followed = isWalkthrough(candidate) ? candidate : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('htmlFor')) this.followGuide();
    if (changed.has('src') || changed.has('xml') || (changed.has('htmlFor') && !this.src && !this.xml)) this.loadModel();
    // Private reactive properties are not keys of `this` for the type checker.
    if (changed.has('walkthrough') || (changed as Map<PropertyKey, unknown>).has('followed')) this.subscribe();
    const pathway = this.shownPathway;
    if (pathway !== this.stagesOf) {
      this.stagesOf = pathway;
      this.stages = pathway ? stageOrder(pathway) : [];
      this.focusIndex = undefined;
    }
    this.states = this.walk ? elementStates(this.walk) : new Map();
  }

  protected override updated(): void {
    const canvas = this.renderRoot.querySelector<HTMLElement>('.canvas');
    if (canvas && this.resizeObserver) this.resizeObserver.observe(canvas);
    if (this.picture === 'shown' && this.viewer && this.drawn) {
      const pathway = this.shownPathway;
      if (pathway !== this.selectableOf) {
        this.selectableOf = pathway;
        this.viewer.selectable(pathway ? Object.keys(pathway.nodes) : []);
      }
      this.viewer.mark(this.states);
      this.viewer.label(diagramStrings[this.uiLang].picture(this.pathwayName()));
    }
    if (this.pendingFocus) {
      this.pendingFocus = false;
      this.renderRoot.querySelector<HTMLElement>('[role="option"][tabindex="0"]')?.focus();
    }
  }

  private subscribe(): void {
    const walk = this.walk;
    if (this.subscribed?.walk === walk) return;
    this.subscribed?.unsubscribe();
    this.subscribed = walk && this.isConnected ? { walk, unsubscribe: walk.subscribe(() => this.requestUpdate()) } : undefined;
  }

  /** Reads the model (the `xml` property, `src`, or the followed guide's `src`) unless it is shown already, then draws it. */
  private loadModel(): void {
    const src = this.src ?? (this.xml === undefined ? (this.guide()?.getAttribute('src') ?? undefined) : undefined);
    const from = this.xml ?? (src ? `src:${src}` : undefined);
    if (from === this.loadedFrom) return;
    this.loadedFrom = from;
    this.loading?.abort();
    const controller = new AbortController();
    this.loading = controller;
    if (this.xml === undefined && !src) {
      this.status = 'empty';
      return;
    }
    this.status = 'loading';
    this.failure = undefined;
    // The viewer starts downloading at once, beside the model.
    const viewer = import('./bpmn-viewer.js');
    // A followed walkthrough brings its own pathway; on its own, the element compiles the model.
    const compile = this.htmlFor || this.walkthrough ? undefined : this.compile(src, controller.signal);
    const text = this.xml ?? fetchText(src!, controller.signal);
    Promise.all([text, compile]).then(
      ([xml, result]) => {
        if (controller.signal.aborted) return;
        if (result && 'failure' in result) return this.fail(result.failure);
        if (result) this.pathway = result.pathway;
        if (typeof xml !== 'string') return this.fail(xml);
        this.status = 'ready';
        void this.draw(xml, viewer, controller.signal);
      },
      (error: unknown) => {
        if (!controller.signal.aborted) this.fail({ kind: 'runtime', message: messageOf(error) });
      },
    );
  }

  private async compile(src: string | undefined, signal: AbortSignal): Promise<{ pathway: Pathway } | { failure: Failure }> {
    if (src !== undefined && this.xml === undefined) return loadSource(src, signal);
    const { compileBpmn } = await import('@polku/core/compiler');
    const { pathway, diagnostics } = await compileBpmn(this.xml ?? '', { file: 'xml' });
    if (pathway) return { pathway };
    const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    return { failure: { kind: 'model', src: 'xml', diagnostics: errors.length > 0 ? errors : diagnostics } };
  }

  private async draw(xml: string, module: Promise<typeof import('./bpmn-viewer.js')>, signal: AbortSignal): Promise<void> {
    if (xml === this.drawn && this.picture === 'shown') return;
    if (!xml.trimStart().startsWith('<')) {
      this.picture = 'failed';
      return;
    }
    this.picture = 'loading';
    try {
      const { createDiagramViewer, viewerStyles } = await module;
      if (signal.aborted) return;
      await this.updateComplete;
      const canvas = this.renderRoot.querySelector<HTMLElement>('.canvas')!;
      if (!this.viewer) {
        // bpmn-js' styles first, so the element's own marks come after them.
        adoptStyles(this.renderRoot as ShadowRoot, [viewerStyles, ...(this.constructor as typeof PolkuDiagram).elementStyles]);
        this.viewer = createDiagramViewer(canvas, (id) => this.select(id, 'picture'));
      }
      this.picture = 'shown';
      await this.updateComplete;
      this.drawn = undefined;
      await this.viewer.show(xml);
      if (signal.aborted) return;
      this.drawn = xml;
      this.selectableOf = undefined;
      this.requestUpdate();
    } catch (error) {
      if (signal.aborted) return;
      this.picture = 'failed';
      console.error(`<polku-diagram>: the diagram could not be drawn: ${messageOf(error)}`, this);
    }
  }

  private fail(failure: Failure): void {
    this.status = 'error';
    this.failure = failure;
    console.error(`<polku-diagram>: ${describeFailure(failure)}`, this);
  }

  private pathwayName(): string | undefined {
    const pathway = this.shownPathway;
    return pathway ? this.text(pathway.name)?.text : undefined;
  }

  private text(texts: Pathway['name'] | undefined) {
    return pickText(texts, this.uiLang, this.shownPathway?.lang ?? 'fi');
  }

  /** Selects an element for the panel, outlines it in the picture, and tells the page. */
  private select(id: string, from: 'picture' | 'list'): void {
    const pathway = this.shownPathway;
    const node = pathway?.nodes[id];
    if (!node) return;
    this.selectedId = id;
    const index = this.stages.indexOf(id);
    if (index >= 0) this.focusIndex = index;
    if (from === 'list') this.viewer?.select(id);
    const view = this.view(pathway);
    const { prefix, name } = stageName(node, view);
    const said = view.d.selected(prefix ? `${prefix} ${name.text}` : name.text);
    this.announcement = this.announcement === said ? `${said}\u00a0` : said;
    this.dispatchEvent(new PolkuSelectEvent(id));
  }

  /** The option in the tab order: the one last moved to, else the selected one, else the first active stage, else the first. */
  private rovingIndex(): number {
    if (this.focusIndex !== undefined && this.focusIndex < this.stages.length) return this.focusIndex;
    const selected = this.selectedId ? this.stages.indexOf(this.selectedId) : -1;
    if (selected >= 0) return selected;
    const active = this.stages.findIndex((id) => this.states.get(id) === 'active');
    return Math.max(0, active);
  }

  private readonly onListKeydown = (event: KeyboardEvent): void => {
    const current = this.rovingIndex();
    const action = listKeyAction(event.key, current, this.stages.length);
    if (!action) return;
    event.preventDefault();
    if ('select' in action) {
      this.select(this.stages[current]!, 'list');
      return;
    }
    this.focusIndex = action.move;
    this.pendingFocus = true;
  };

  private readonly onPick = (index: number): void => {
    this.focusIndex = index;
    this.select(this.stages[index]!, 'list');
  };

  private view(pathway: Pathway): DiagramView {
    const lang = this.uiLang;
    return {
      pathway,
      walk: this.walk,
      states: this.states,
      s: strings[lang],
      d: diagramStrings[lang],
      lang,
      now: new Date(),
      text: (texts) => this.text(texts),
    };
  }

  override render(): TemplateResult {
    const lang = this.uiLang;
    const d = diagramStrings[lang];
    const pathway = this.shownPathway;
    const name = this.pathwayName();
    return html`<section class="diagram" part="base" lang=${lang} aria-labelledby="diagram-title">
      <h2 id="diagram-title" class="visually-hidden">${d.label(name)}</h2>
      ${this.status === 'error' && this.failure ? renderFailure(this.failure, strings[lang]) : nothing}
      ${this.status === 'loading' || this.picture === 'loading' ? html`<p class="loading">${d.loading}</p>` : nothing}
      ${this.picture === 'failed' ? html`<p class="note picture-failed">${d.pictureFailed}</p>` : nothing}
      <div class="picture ${this.picture === 'shown' ? '' : 'hidden'}">
        <div class="view-bar">
          <div class="view-buttons" part="view-buttons" role="group" aria-label=${d.toolbar}>
            <button type="button" @click=${() => this.viewer?.zoomIn()}>${d.zoomIn}</button>
            <button type="button" @click=${() => this.viewer?.zoomOut()}>${d.zoomOut}</button>
            <button type="button" @click=${() => this.viewer?.fit()}>${d.fit}</button>
          </div>
          ${this.walk
            ? html`<ul class="legend" part="legend" aria-label=${d.legend}>
                ${(['done', 'active', 'next'] as const).map((state) => html`<li><span class="swatch ${state}" aria-hidden="true"></span>${d.state[state]}</li>`)}
              </ul>`
            : nothing}
        </div>
        <div class="canvas" part="canvas"></div>
      </div>
      ${pathway && this.status !== 'error'
        ? html`<div class="columns">
            ${renderStageList(this.stages, this.rovingIndex(), this.selectedId, this.view(pathway), { onKeydown: this.onListKeydown, onPick: this.onPick })}
            ${renderDetails(this.selectedId ? pathway.nodes[this.selectedId] : undefined, this.view(pathway))}
          </div>`
        : nothing}
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </section>`;
  }
}

/** Fetches a model's text; a failure in the words `<polku-guide>` uses for the same. */
async function fetchText(src: string, signal: AbortSignal): Promise<string | Failure> {
  try {
    const response = await fetch(new URL(src, document.baseURI), { signal, credentials: 'same-origin' });
    if (!response.ok) return { kind: 'fetch', src, reason: `HTTP ${response.status}` };
    return await response.text();
  } catch (error) {
    if (signal.aborted) throw error;
    return { kind: 'fetch', src, reason: messageOf(error) };
  }
}

function isWalkthrough(value: unknown): value is Walkthrough {
  const candidate = value as Partial<Walkthrough> | undefined;
  return typeof candidate?.subscribe === 'function' && typeof candidate.pathway === 'object' && Array.isArray(candidate.active);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

if (!customElements.get('polku-diagram')) customElements.define('polku-diagram', PolkuDiagram);

declare global {
  interface HTMLElementTagNameMap {
    'polku-diagram': PolkuDiagram;
  }
}
