import type { Pathway, Walkthrough } from '@polku/core';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { loadSource } from '../_internal/load-source.js';
import { pickText } from '../_internal/pick-text.js';
import { describeFailure, renderFailure, type Failure } from '../_internal/render-failure.js';
import { strings, uiLangOf, type UiLang } from '../_internal/strings.js';
// The components this one composes: importing each defines it (once per page).
// eslint-disable-next-line import/no-unassigned-import -- defines <polku-diagram>
import '../polku-diagram/polku-diagram.js';
import type { PolkuGuide } from '../polku-guide/polku-guide.js';
// eslint-disable-next-line import/no-unassigned-import -- defines <polku-guide>
import '../polku-guide/polku-guide.js';
// eslint-disable-next-line import/no-unassigned-import -- defines <polku-timeline>
import '../polku-timeline/polku-timeline.js';
// eslint-disable-next-line import/no-unassigned-import -- defines <polku-walkthroughs>
import '../polku-walkthroughs/polku-walkthroughs.js';
import { pathwayStrings } from './pathway-strings.js';
import { styles } from './polku-pathway.styles.js';

type Status = 'empty' | 'loading' | 'ready' | 'error';

/** Under this width (in rem) the diagram starts folded: on a phone the guide comes first, and bpmn-js is downloaded only when asked for. */
const DIAGRAM_OPEN_FROM_REM = 40;

/**
 * One pathway as a worker uses it: the guided walkthrough, the diagram beside it, the saved
 * walkthroughs and the timeline, in one element a page embeds with its model's address.
 *
 * It loads the model once and hands it on: the compiled pathway to the `<polku-guide>` and the
 * `<polku-walkthroughs>` inside it, the model's XML and the guide's running walkthrough to the
 * `<polku-diagram>`, the walkthrough to the `<polku-timeline>`. So the diagram marks where the
 * worker is, the timeline lists the steps taken, and every step is saved into the walkthrough
 * the worker opened or started under a label; resuming one moves the guide, the diagram and the
 * timeline with it. The guide says each new stage to screen readers; nothing here says it again.
 *
 * Where there is room (60rem and wider) the guide and the diagram stand side by side, the
 * saved walkthroughs and the timeline under the diagram; on a narrower element everything
 * stacks with the guide first. The diagram folds away with its button, and starts folded on an
 * element under 40rem wide, where bpmn-js is downloaded only once the worker opens it. A
 * compiled pathway (`.json`) has no drawing, and then no diagram is shown. The interface speaks
 * Finnish, Swedish or English after `lang` (default Finnish), and passes it on. Bad input
 * never throws into the page: the element shows what went wrong and logs it once.
 *
 * @summary A pathway with its guide, diagram, saved walkthroughs and timeline, in one element.
 *
 * @event polku-load - {@link PolkuLoadEvent} from the guide inside: a pathway is loaded, or a saved walkthrough resumed.
 * @event polku-step - {@link PolkuStepEvent} from the guide inside: the worker moved the walkthrough.
 * @event polku-select - {@link PolkuSelectEvent} from the diagram inside: the worker selected an element.
 * @event polku-walkthrough-open - {@link PolkuWalkthroughOpenEvent} from the saved walkthroughs inside: the worker opened one.
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The header with the pathway's name.
 * @csspart title - The pathway's name.
 * @csspart guide - The `<polku-guide>` (theme its insides with the `--polku-*` properties).
 * @csspart diagram - The diagram's region: its button and the `<polku-diagram>`.
 * @csspart diagram-toggle - The button that shows and hides the diagram.
 * @csspart panel - The region of the saved walkthroughs and the timeline.
 * @csspart walkthroughs - The `<polku-walkthroughs>`.
 * @csspart timeline - The `<polku-timeline>`.
 * @csspart loading - "Loading the pathway…".
 * @csspart error - The error shown instead of a pathway.
 *
 * @cssproperty --polku-accent - Buttons and links, here and in every component inside. Default `#1c5ca3`.
 * @cssproperty --polku-accent-strong - The diagram button's text. Default `#12406f`.
 * @cssproperty --polku-accent-soft - The diagram button's hover. Default `#e8eff8`.
 * @cssproperty --polku-text - Body text. Default `#1b2631`.
 * @cssproperty --polku-muted - Secondary text. Default `#4a5564`.
 * @cssproperty --polku-surface - Background of the diagram button. Default `#ffffff`.
 * @cssproperty --polku-border - The lines between the regions. Default `#c7ced6`.
 * @cssproperty --polku-control-border - The diagram button's border. Default `#6b7785`.
 * @cssproperty --polku-focus - Focus ring. Default `#12406f`.
 * @cssproperty --polku-danger - Errors. Default `#b0261c`.
 * @cssproperty --polku-radius - Corner radius. Default `4px`.
 * @cssproperty --polku-space - The unit of spacing. Default `1rem`.
 * @cssproperty --polku-diagram-height - Height of the diagram's picture. Default `30rem`.
 *
 * @example
 * <script type="module" src="/polku/polku.js"></script>
 * <polku-pathway src="/models/koulupolku.bpmn" lang="fi"></polku-pathway>
 */
export class PolkuPathway extends LitElement {
  static override styles = styles;

  static override properties = {
    src: { type: String, reflect: true },
    status: { state: true },
    failure: { state: true },
    pathway: { state: true },
    xml: { state: true },
    walk: { state: true },
    diagramOpen: { state: true },
  };

  // `lang` stays the element's own global attribute; it is observed here, not shadowed by a property.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** URL of a BPMN model (`.bpmn`) or a compiled pathway (`.json`), relative to the page. */
  declare src: string | undefined;
  declare private status: Status;
  declare private failure: Failure | undefined;
  declare private pathway: Pathway | undefined;
  /** The model's text, for the diagram; none for a compiled pathway. */
  declare private xml: string | undefined;
  /** The guide's running walkthrough, as of its last `polku-load` or `polku-step`. */
  declare private walk: Walkthrough | undefined;
  /** Whether the diagram is shown; undefined until a pathway is loaded and there is a width to decide by. */
  declare private diagramOpen: boolean | undefined;

  private loading: AbortController | undefined;
  /** Whether the diagram was ever opened: from then on it stays in the page, folded or not, and keeps its view. */
  private diagramMade = false;

  constructor() {
    super();
    this.status = 'empty';
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loading?.abort();
    this.loading = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a move: load again what the move aborted.
    if (this.src && this.status === 'loading' && !this.loading) this.load(this.src);
  }

  /**
   * The running walkthrough of the guide inside, for a page that wants to read it (progress,
   * the step log); undefined until the pathway is loaded. Starting over or resuming a saved
   * walkthrough replaces it: read it again after `polku-load` and `polku-step`. Step it
   * through the guide, not from outside.
   */
  get walkthrough(): Walkthrough | undefined {
    return this.walk;
  }

  private get uiLang(): UiLang {
    return uiLangOf(this.getAttribute('lang'));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) this.load(this.src);
  }

  private load(src: string | undefined): void {
    this.loading?.abort();
    this.loading = undefined;
    this.pathway = undefined;
    this.xml = undefined;
    this.walk = undefined;
    this.failure = undefined;
    this.diagramOpen = undefined;
    this.diagramMade = false;
    if (!src) {
      this.status = 'empty';
      return;
    }
    const controller = new AbortController();
    this.loading = controller;
    this.status = 'loading';
    loadSource(src, controller.signal).then(
      (result) => {
        if (controller.signal.aborted) return;
        this.loading = undefined;
        if (!('pathway' in result)) return this.fail(result.failure);
        this.pathway = result.pathway;
        this.xml = result.xml;
        this.diagramOpen = this.roomForDiagram();
        this.status = 'ready';
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        this.loading = undefined;
        this.fail({ kind: 'runtime', message: error instanceof Error ? error.message : String(error) });
      },
    );
  }

  private fail(failure: Failure): void {
    this.status = 'error';
    this.failure = failure;
    console.error(`<polku-pathway>: ${describeFailure(failure)}`, this);
  }

  /** Whether the element is wide enough to show the diagram from the start (or not laid out yet, and then it is shown). */
  private roomForDiagram(): boolean {
    const width = this.getBoundingClientRect().width;
    const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    return width === 0 || width >= DIAGRAM_OPEN_FROM_REM * rem;
  }

  /** The guide loaded a pathway, resumed a walkthrough, or moved: the views follow its walkthrough (a new one after a restart). */
  private readonly onGuide = (event: Event): void => {
    const walk = (event.currentTarget as PolkuGuide).walkthrough;
    if (walk !== this.walk) this.walk = walk;
  };

  private readonly onToggleDiagram = (): void => {
    this.diagramOpen = !this.diagramOpen;
  };

  override render(): TemplateResult | typeof nothing {
    const lang = this.uiLang;
    const p = pathwayStrings[lang];
    switch (this.status) {
      case 'empty':
        return nothing;
      case 'loading':
        return html`<section class="pathway" part="base" lang=${lang} aria-label=${p.label}>
          <p class="loading" part="loading">${p.loading}</p>
        </section>`;
      case 'error':
        return html`<section class="pathway" part="base" lang=${lang} aria-labelledby="title">${renderFailure(this.failure!, strings[lang])}</section>`;
      case 'ready':
        return this.renderReady(this.pathway!, lang);
    }
  }

  private renderReady(pathway: Pathway, lang: UiLang): TemplateResult {
    const p = pathwayStrings[lang];
    const title = pickText(pathway.name, lang, pathway.lang ?? 'fi');
    return html`<section class="pathway ${this.xml ? 'with-diagram' : 'no-diagram'}" part="base" lang=${lang} aria-labelledby="pathway-title">
      <header class="header" part="header">
        <h2 id="pathway-title" class="title" part="title" lang=${title?.lang ?? nothing}>${title?.text ?? p.label}</h2>
      </header>
      <polku-guide id="guide" class="guide" part="guide" lang=${lang} .pathway=${pathway} @polku-load=${this.onGuide} @polku-step=${this.onGuide}></polku-guide>
      ${this.xml ? this.renderDiagram(this.xml, lang) : nothing}
      <section class="panel" part="panel" aria-label=${p.panel}>
        <polku-walkthroughs for="guide" part="walkthroughs" lang=${lang} .pathway=${pathway}></polku-walkthroughs>
        <polku-timeline part="timeline" lang=${lang} .walkthrough=${this.walk}></polku-timeline>
      </section>
    </section>`;
  }

  private renderDiagram(xml: string, lang: UiLang): TemplateResult {
    const p = pathwayStrings[lang];
    const open = this.diagramOpen ?? true;
    // Made once the guide has a walkthrough, so the diagram follows it and never compiles the model a second time.
    if (open && this.walk) this.diagramMade = true;
    return html`<section class="diagram" part="diagram" aria-labelledby="diagram-toggle">
      <h2 class="diagram-heading">
        <button id="diagram-toggle" class="diagram-toggle" part="diagram-toggle" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls="diagram-body" @click=${this.onToggleDiagram}>
          <span class="chevron" aria-hidden="true"></span>${p.diagram}
        </button>
      </h2>
      <div id="diagram-body" class="diagram-body" ?hidden=${!open}>
        ${this.diagramMade ? html`<polku-diagram lang=${lang} .xml=${xml} .walkthrough=${this.walk}></polku-diagram>` : nothing}
      </div>
    </section>`;
  }
}

if (!customElements.get('polku-pathway')) customElements.define('polku-pathway', PolkuPathway);

declare global {
  interface HTMLElementTagNameMap {
    'polku-pathway': PolkuPathway;
  }
}
