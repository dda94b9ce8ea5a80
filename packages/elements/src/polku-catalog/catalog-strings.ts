import type { UiLang } from '../_internal/strings.js';

/** The words of `<polku-catalog>`. */
export interface CatalogStrings {
  label: string;
  loading: string;
  search: string;
  searchHint: string;
  found(count: number, total: number): string;
  none: string;
  audience: string;
  tags: string;
  stages(count: number): string;
  open: string;
  errorHeading: string;
  errorFetch(src: string, reason: string): string;
  errorFormat(src: string): string;
}

export const catalogStrings: Readonly<Record<UiLang, CatalogStrings>> = {
  fi: {
    label: 'Polut',
    loading: 'Ladataan polkuja…',
    search: 'Hae polkuja',
    searchHint: 'Hakee nimestä, kuvauksesta, kohderyhmästä ja aiheista.',
    found: (count, total) => (count === total ? `${total} polkua` : `${count}/${total} polkua vastaa hakua`),
    none: 'Yksikään polku ei vastaa hakua.',
    audience: 'Kenelle',
    tags: 'Aiheet',
    stages: (count) => (count === 1 ? '1 vaihe' : `${count} vaihetta`),
    open: 'Avaa polku',
    errorHeading: 'Polkuluetteloa ei voitu avata',
    errorFetch: (src, reason) => `Luetteloa ${src} ei saatu ladattua (${reason}).`,
    errorFormat: (src) => `${src} ei ole Polun polkuluettelo (catalog.json).`,
  },
  sv: {
    label: 'Stigar',
    loading: 'Stigarna laddas…',
    search: 'Sök stigar',
    searchHint: 'Söker i namn, beskrivning, målgrupp och ämnen.',
    found: (count, total) => (count === total ? `${total} stigar` : `${count}/${total} stigar motsvarar sökningen`),
    none: 'Ingen stig motsvarar sökningen.',
    audience: 'För vem',
    tags: 'Ämnen',
    stages: (count) => (count === 1 ? '1 skede' : `${count} skeden`),
    open: 'Öppna stigen',
    errorHeading: 'Stigkatalogen kunde inte öppnas',
    errorFetch: (src, reason) => `Katalogen ${src} kunde inte laddas (${reason}).`,
    errorFormat: (src) => `${src} är inte en stigkatalog för Polku (catalog.json).`,
  },
  en: {
    label: 'Pathways',
    loading: 'Loading the pathways…',
    search: 'Search pathways',
    searchHint: 'Searches names, summaries, audiences and topics.',
    found: (count, total) => (count === total ? `${total} pathways` : `${count} of ${total} pathways match`),
    none: 'No pathway matches the search.',
    audience: 'For',
    tags: 'Topics',
    stages: (count) => (count === 1 ? '1 stage' : `${count} stages`),
    open: 'Open the pathway',
    errorHeading: 'The pathway catalogue could not be opened',
    errorFetch: (src, reason) => `The catalogue ${src} could not be loaded (${reason}).`,
    errorFormat: (src) => `${src} is not a Polku pathway catalogue (catalog.json).`,
  },
};
