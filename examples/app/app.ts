/**
 * The worker app: the catalogue of pathways, and one pathway with its guide, diagram, saved
 * walkthroughs and timeline — made of Polku's components only. The address says what is shown:
 * `?model=<address of a model on this site>` opens a pathway, no `model` shows the catalogue,
 * and `lang=fi|sv|en` picks the language. Each view downloads only its own component.
 */
import type { PolkuLoadEvent } from '@polku/elements';
import { appLangOf, appStrings, APP_LANGS, type AppLang, type AppStrings } from './app-strings.js';
import { sameOriginModel } from './model-url.js';

const CATALOG_SRC = '/models/catalog.json';

type View = { kind: 'catalog' } | { kind: 'pathway'; model: URL } | { kind: 'bad-model' };

/** The keys of the app's plain strings, which `data-text` and `data-label` name. */
type TextKey = { [K in keyof AppStrings]: AppStrings[K] extends string ? K : never }[keyof AppStrings];

let lang: AppLang = 'fi';
/** The name of the pathway shown, for the window title in any language. */
let pathwayName: Record<string, string | undefined> | undefined;
let pathwayLang = 'fi';

function viewOf(url: URL): View {
  const model = url.searchParams.get('model');
  if (model === null) return { kind: 'catalog' };
  const resolved = sameOriginModel(model, url);
  if (resolved) return { kind: 'pathway', model: resolved };
  // For whoever maintains the page; the worker reads the message in the page.
  console.warn(`Polku: the model address ${JSON.stringify(model.slice(0, 200))} is not on this site (${url.origin}), so it is not opened.`);
  return { kind: 'bad-model' };
}

/** This page's address with `lang` set, and `model` kept, removed or replaced. */
function addressWith(changes: { lang: AppLang; model?: string | null }): string {
  const url = new URL(location.href);
  url.hash = '';
  url.searchParams.set('lang', changes.lang);
  if (changes.model === null) url.searchParams.delete('model');
  else if (changes.model !== undefined) url.searchParams.set('model', changes.model);
  return `${url.pathname}${url.search}`;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
  created.append(...children);
  return created;
}

function backLink(): HTMLElement {
  return element('p', { class: 'back' }, element('a', { 'data-link': 'catalog' }, element('span', { class: 'arrow', 'aria-hidden': 'true' }, '←'), ' ', element('span', { 'data-text': 'back' })));
}

function privacyNote(): HTMLElement {
  return element('p', { class: 'privacy', 'data-text': 'privacy' });
}

function catalogView(): Node[] {
  const catalog = element('polku-catalog', { src: CATALOG_SRC });
  import('@polku/elements/polku-catalog').catch(reportLoadError);
  return [element('h1', { 'data-text': 'catalogTitle' }), element('p', { class: 'lead', 'data-text': 'catalogLead' }), privacyNote(), catalog];
}

function pathwayView(model: URL): Node[] {
  const pathway = element('polku-pathway', { src: model.href });
  pathway.addEventListener('polku-load', (event: PolkuLoadEvent) => {
    pathwayName = event.pathway.name;
    pathwayLang = event.pathway.lang ?? 'fi';
    applyLang();
  });
  import('@polku/elements/polku-pathway').catch(reportLoadError);
  return [backLink(), element('h1', { class: 'visually-hidden', 'data-text': 'pathwayHeading' }), privacyNote(), pathway];
}

function badModelView(): Node[] {
  return [
    backLink(),
    element('h1', { 'data-text': 'badModelTitle' }),
    element(
      'div',
      { class: 'problem', 'data-problem': 'model' },
      element('p', { 'data-text': 'badModel' }),
      element('p', { 'data-text': 'badModelWhat' }),
      element('p', {}, element('a', { 'data-link': 'catalog', 'data-text': 'chooseFromCatalog' })),
    ),
  ];
}

function reportLoadError(error: unknown): void {
  console.error('Polku: a component could not be loaded.', error);
}

/** Puts the current language on the page, its own words and every component, without reloading. */
function applyLang(): void {
  const s = appStrings[lang];
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll<HTMLElement>('[data-text]')) node.textContent = s[node.dataset.text as TextKey];
  for (const node of document.querySelectorAll<HTMLElement>('[data-label]')) node.setAttribute('aria-label', s[node.dataset.label as TextKey]);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang]')) {
    link.href = addressWith({ lang: link.dataset.lang as AppLang });
    if (link.dataset.lang === lang) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-link="catalog"], a[data-link="home"]')) link.href = addressWith({ lang, model: null });
  for (const catalog of document.querySelectorAll('polku-catalog')) {
    catalog.setAttribute('lang', lang);
    // The catalogue puts each model's address, URL-encoded, in place of {src}.
    catalog.setAttribute('href', addressWith({ lang, model: '{src}' }).replace(encodeURIComponent('{src}'), '{src}'));
  }
  for (const pathway of document.querySelectorAll('polku-pathway')) pathway.setAttribute('lang', lang);
  const view = document.body.dataset.view;
  const name = pathwayName ? (pathwayName[lang] ?? pathwayName[pathwayLang] ?? Object.values(pathwayName).find(Boolean)) : undefined;
  document.title = s.windowTitle(view === 'pathway' ? (name ?? s.pathwayHeading) : view === 'bad-model' ? s.badModelTitle : s.catalogTitle);
}

/** A language link switches in place (the open walkthrough stays open); a new tab or window still follows the link. */
function onLanguageClick(event: MouseEvent): void {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-lang]');
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const chosen = APP_LANGS.find((candidate) => candidate === link.dataset.lang);
  if (!chosen) return;
  event.preventDefault();
  lang = chosen;
  history.replaceState(history.state, '', addressWith({ lang }));
  applyLang();
}

function start(): void {
  const url = new URL(location.href);
  lang = appLangOf(url.searchParams.get('lang'));
  const view = viewOf(url);
  document.body.dataset.view = view.kind;
  const nodes = view.kind === 'catalog' ? catalogView() : view.kind === 'pathway' ? pathwayView(view.model) : badModelView();
  document.getElementById('view')!.replaceChildren(...nodes);
  document.querySelector('.languages')?.addEventListener('click', (event) => onLanguageClick(event as MouseEvent));
  applyLang();
}

start();
