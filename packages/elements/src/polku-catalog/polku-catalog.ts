import { isCatalog, type Catalog, type CatalogModel, type Texts } from '@polku/core';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { pickText, type PickedText } from '../_internal/pick-text.js';
import { uiLangOf, type UiLang } from '../_internal/strings.js';
import { catalogStrings } from './catalog-strings.js';
import { PolkuOpenEvent } from './polku-open-event.js';
import { styles } from './polku-catalog.styles.js';

type Failure = { kind: 'fetch'; reason: string } | { kind: 'format' };

/**
 * The pathways available, searchable, in the chosen language: title, summary, who each is for
 * and its topics, read from a catalogue (`catalog.json`, written by `polku catalog` from the
 * models themselves). Search matches words in any order, ignoring case and accents, across
 * title, summary, audience and topics; the result count is announced to screen readers.
 *
 * Choosing a pathway fires `polku-open` with the model's address; with `href` each title is also
 * a plain link, `{src}` and `{id}` in it replaced by the model's address and process id
 * (URL-encoded), e.g. `href="/polku/?model={src}"`.
 *
 * @summary A searchable list of the pathways in a catalogue.
 *
 * @event polku-open - {@link PolkuOpenEvent}: the worker chose a pathway.
 *
 * @csspart search - The search field and its label.
 * @csspart search-input - The `<input type="search">`.
 * @csspart count - How many pathways match.
 * @csspart list - The list of pathways.
 * @csspart entry - One pathway.
 * @csspart title - A pathway's title (a link or a button).
 * @csspart summary - A pathway's summary.
 * @csspart tags - A pathway's topics.
 * @csspart error - The message shown when the catalogue cannot be read.
 *
 * @cssproperty --polku-accent - Links, titles' edge. Default `#1c5ca3`.
 * @cssproperty --polku-accent-soft - Topic chips. Default `#e8eff8`.
 * @cssproperty --polku-text - Body text. Default `#1b2631`.
 * @cssproperty --polku-muted - Secondary text. Default `#4a5564`.
 * @cssproperty --polku-surface - Entry background. Default `#ffffff`.
 * @cssproperty --polku-border - Entry border. Default `#c7ced6`.
 * @cssproperty --polku-control-border - Search field border. Default `#6b7785`.
 * @cssproperty --polku-focus - Focus ring. Default `#12406f`.
 * @cssproperty --polku-danger - Errors. Default `#b0261c`.
 *
 * @example
 * <polku-catalog src="/polku/models/catalog.json" href="/polku/guide.html?model={src}" lang="sv"></polku-catalog>
 */
export class PolkuCatalog extends LitElement {
  static override styles = styles;

  static override properties = {
    src: { type: String, reflect: true },
    href: { type: String, reflect: true },
    catalog: { attribute: false },
    query: { state: true },
    failure: { state: true },
  };

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** URL of the catalogue (`catalog.json`), relative to the page. */
  declare src: string | undefined;
  /** A link template for each pathway: `{src}` and `{id}` are replaced. Without it, titles are buttons. */
  declare href: string | undefined;
  /** The catalogue; set it directly, or let `src` load it. */
  declare catalog: Catalog | undefined;
  declare private query: string;
  declare private failure: Failure | undefined;
  private loading: AbortController | undefined;
  private base: URL | undefined;

  constructor() {
    super();
    this.query = '';
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loading?.abort();
  }

  private get uiLang(): UiLang {
    return uiLangOf(this.getAttribute('lang'));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) this.load(this.src);
  }

  private load(src: string | undefined): void {
    this.loading?.abort();
    if (!src) return;
    const controller = new AbortController();
    this.loading = controller;
    this.failure = undefined;
    const url = new URL(src, document.baseURI);
    fetch(url, { signal: controller.signal, credentials: 'same-origin' })
      .then(async (response) => {
        if (!response.ok) return this.fail({ kind: 'fetch', reason: `HTTP ${response.status}` });
        let value: unknown;
        try {
          value = await response.json();
        } catch {
          return this.fail({ kind: 'format' });
        }
        if (controller.signal.aborted) return;
        if (!isCatalog(value)) return this.fail({ kind: 'format' });
        this.base = url;
        this.catalog = value;
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) this.fail({ kind: 'fetch', reason: error instanceof Error ? error.message : String(error) });
      });
  }

  private fail(failure: Failure): void {
    if (this.loading?.signal.aborted) return;
    this.failure = failure;
    console.error(`<polku-catalog>: could not read the catalogue "${this.src ?? ''}" (${failure.kind === 'fetch' ? failure.reason : 'not a polku-catalog file'}).`);
  }

  /** The model's address, resolved against the catalogue's. */
  private modelUrl(model: CatalogModel): string {
    return new URL(model.src, this.base ?? document.baseURI).href;
  }

  protected override render(): TemplateResult {
    const lang = this.uiLang;
    const words = catalogStrings[lang];
    if (this.failure) {
      return html`<div class="error" part="error" role="alert">
        <h2>${words.errorHeading}</h2>
        <p>${this.failure.kind === 'fetch' ? words.errorFetch(this.src ?? '', this.failure.reason) : words.errorFormat(this.src ?? '')}</p>
      </div>`;
    }
    const catalog = this.catalog;
    if (!catalog) return html`<p role="status">${this.src ? words.loading : nothing}</p>`;
    const terms = normalise(this.query).split(/\s+/).filter(Boolean);
    const shown = catalog.models.filter((model) => terms.every((term) => searchText(model, lang).includes(term)));
    return html`<section class="catalog" aria-label=${words.label}>
      <div class="search" part="search">
        <label for="search">${words.search}</label>
        <input id="search" part="search-input" type="search" aria-describedby="hint" autocomplete="off" .value=${this.query} @input=${this.onInput} />
        <p id="hint" class="hint">${words.searchHint}</p>
      </div>
      <p class="count" part="count" role="status">${shown.length === 0 ? words.none : words.found(shown.length, catalog.models.length)}</p>
      <ul class="list" part="list">
        ${shown.map((model) => this.renderEntry(model, lang))}
      </ul>
    </section>`;
  }

  private renderEntry(model: CatalogModel, lang: UiLang): TemplateResult {
    const words = catalogStrings[lang];
    const text = (texts: Texts | undefined): PickedText | undefined => pickText(texts, lang, model.languages[0] ?? 'fi');
    const title = text(model.title) ?? { text: model.id, lang: undefined };
    const summary = text(model.summary);
    const audience = model.audience.map(text).filter((entry): entry is PickedText => entry !== undefined);
    const tags = model.tags.map(text).filter((entry): entry is PickedText => entry !== undefined);
    const href = this.href ? this.href.replaceAll('{src}', encodeURIComponent(this.modelUrl(model))).replaceAll('{id}', encodeURIComponent(model.id)) : undefined;
    return html`<li>
      <article class="entry" part="entry" data-model-id=${model.id} aria-labelledby="title-${model.id}">
        <h3 id="title-${model.id}" lang=${title.lang ?? nothing}>
          ${href
            ? html`<a part="title" href=${href} @click=${(event: MouseEvent) => this.onOpen(event, model)}>${title.text}</a>`
            : html`<button part="title" type="button" @click=${(event: MouseEvent) => this.onOpen(event, model)}>${title.text}</button>`}
        </h3>
        ${summary ? html`<p class="summary" part="summary" lang=${summary.lang ?? nothing}>${summary.text}</p>` : nothing}
        <dl class="meta">
          ${audience.length > 0
            ? html`<div>
                <dt>${words.audience}:</dt>
                ${audience.map((entry) => html`<dd lang=${entry.lang ?? nothing}>${entry.text}</dd>`)}
              </div>`
            : nothing}
          <div>
            <dt class="visually-hidden">${words.label}:</dt>
            <dd>${words.stages(model.stages)}</dd>
          </div>
        </dl>
        ${tags.length > 0
          ? html`<ul class="tags" part="tags" aria-label=${words.tags}>
              ${tags.map((tag) => html`<li lang=${tag.lang ?? nothing}>${tag.text}</li>`)}
            </ul>`
          : nothing}
      </article>
    </li>`;
  }

  private onInput(event: InputEvent): void {
    this.query = (event.target as HTMLInputElement).value;
  }

  private onOpen(event: MouseEvent, model: CatalogModel): void {
    const open = new PolkuOpenEvent(this.modelUrl(model), model.id);
    this.dispatchEvent(open);
    if (open.defaultPrevented) event.preventDefault();
  }
}

/** Lower case without accents, so "vard" finds "Vård" and "jalkihuolto" "Jälkihuolto". */
function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase();
}

function searchText(model: CatalogModel, lang: UiLang): string {
  const pick = (texts: Texts) => texts[lang] ?? texts[model.languages[0] ?? 'fi'] ?? '';
  return normalise([pick(model.title), pick(model.summary), ...model.audience.map(pick), ...model.tags.map(pick)].join(' '));
}

if (!customElements.get('polku-catalog')) customElements.define('polku-catalog', PolkuCatalog);

declare global {
  interface HTMLElementTagNameMap {
    'polku-catalog': PolkuCatalog;
  }
}
