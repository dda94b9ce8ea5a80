/**
 * The interface's own words in Finnish, Swedish and English. The model's texts (names,
 * guidance) come from the pathway; everything the component itself says comes from here.
 */

/** A language the interface speaks. */
export type UiLang = 'fi' | 'sv' | 'en';

const UI_LANGS: readonly string[] = ['fi', 'sv', 'en'];

/** The interface language for a `lang` attribute value: its primary subtag when supported, else Finnish. */
export function uiLangOf(value: string | null | undefined): UiLang {
  const primary = (value ?? '').trim().toLowerCase().split('-')[0] ?? '';
  return UI_LANGS.includes(primary) ? (primary as UiLang) : 'fi';
}

/** Units of an ISO 8601 duration that deadlines use. */
export type DurationUnit = 'year' | 'month' | 'week' | 'day' | 'working-day' | 'hour';

/** Every string the component shows. Functions take what varies, including the count for plurals. */
export interface UiStrings {
  guideLabel: string;
  loading: string;
  about: string;
  progressLabel: string;
  progress(step: number, remaining: number): string;
  progressDone(taken: number): string;
  back: string;
  done: string;
  restart: string;
  role: string;
  legal: string;
  deadlines: string;
  basis: string;
  firstDayCounts: string;
  opensInNewTab: string;
  answers: string;
  parallel(count: number): string;
  endFallback: string;
  endText: string;
  required: string;
  fieldRequired: string;
  fillIn(names: string): string;
  yes: string;
  no: string;
  duration(amount: number, unit: DurationUnit): string;
  announceStage(step: number, names: string): string;
  announceEnd(name: string): string;
  errorHeading: string;
  errorFetch(src: string, reason: string): string;
  errorFormat(src: string): string;
  errorModel: string;
  errorRuntime: string;
  line: string;
  element: string;
}

const fi: UiStrings = {
  guideLabel: 'Ohjattu polku',
  loading: 'Ladataan polkua…',
  about: 'Tietoa polusta',
  progressLabel: 'Edistyminen',
  progress: (step, remaining) => `Vaihe ${step} · noin ${remaining} ${remaining === 1 ? 'vaihe' : 'vaihetta'} jäljellä`,
  progressDone: (taken) => `Valmis · ${taken} ${taken === 1 ? 'vaihe' : 'vaihetta'} tehty`,
  back: 'Takaisin',
  done: 'Valmis',
  restart: 'Aloita alusta',
  role: 'Tekijä',
  legal: 'Lainkohdat',
  deadlines: 'Määräajat',
  basis: 'Peruste',
  firstDayCounts: 'alkamispäivä lasketaan mukaan',
  opensInNewTab: '(avautuu uuteen välilehteen)',
  answers: 'Valitse vastaus',
  parallel: (count) => `${count} vaihetta auki – tee ne missä järjestyksessä tahansa`,
  endFallback: 'Polku päättyi',
  endText: 'Polku on käyty loppuun.',
  required: '(pakollinen)',
  fieldRequired: 'Tämä tieto on pakollinen.',
  fillIn: (names) => `Täytä ennen kuin jatkat: ${names}.`,
  yes: 'Kyllä',
  no: 'Ei',
  duration: (amount, unit) => {
    const one = amount === 1;
    const words: Record<DurationUnit, [string, string]> = {
      year: ['vuosi', 'vuotta'],
      month: ['kuukausi', 'kuukautta'],
      week: ['viikko', 'viikkoa'],
      day: ['kalenteripäivä', 'kalenteripäivää'],
      'working-day': ['arkipäivä', 'arkipäivää'],
      hour: ['tunti', 'tuntia'],
    };
    return `${amount} ${words[unit][one ? 0 : 1]}`;
  },
  announceStage: (step, names) => `Vaihe ${step}: ${names}`,
  announceEnd: (name) => `Polku päättyi: ${name}`,
  errorHeading: 'Polkua ei voitu avata',
  errorFetch: (src, reason) => `Tiedostoa ${src} ei saatu ladattua (${reason}). Tarkista osoite tai yritä myöhemmin uudelleen.`,
  errorFormat: (src) => `Tiedosto ${src} ei ole BPMN-malli eikä käännetty Polku-polku.`,
  errorModel: 'Mallissa on virheitä. Korjaa ne mallinnustyökalussa:',
  errorRuntime: 'Polkua ei voitu käynnistää. Käännä malli uudelleen ja lataa sivu uudestaan.',
  line: 'rivi',
  element: 'elementti',
};

const sv: UiStrings = {
  guideLabel: 'Guidad stig',
  loading: 'Stigen läses in…',
  about: 'Om stigen',
  progressLabel: 'Framsteg',
  progress: (step, remaining) => `Steg ${step} · cirka ${remaining} steg kvar`,
  progressDone: (taken) => `Klart · ${taken} steg gjorda`,
  back: 'Tillbaka',
  done: 'Klar',
  restart: 'Börja om',
  role: 'Utförare',
  legal: 'Lagrum',
  deadlines: 'Tidsfrister',
  basis: 'Grund',
  firstDayCounts: 'startdagen räknas med',
  opensInNewTab: '(öppnas i en ny flik)',
  answers: 'Välj svar',
  parallel: (count) => `${count} steg öppna – gör dem i valfri ordning`,
  endFallback: 'Stigen är slut',
  endText: 'Du har gått igenom hela stigen.',
  required: '(obligatorisk)',
  fieldRequired: 'Uppgiften är obligatorisk.',
  fillIn: (names) => `Fyll i innan du fortsätter: ${names}.`,
  yes: 'Ja',
  no: 'Nej',
  duration: (amount, unit) => {
    const one = amount === 1;
    const words: Record<DurationUnit, [string, string]> = {
      year: ['år', 'år'],
      month: ['månad', 'månader'],
      week: ['vecka', 'veckor'],
      day: ['kalenderdag', 'kalenderdagar'],
      'working-day': ['vardag', 'vardagar'],
      hour: ['timme', 'timmar'],
    };
    return `${amount} ${words[unit][one ? 0 : 1]}`;
  },
  announceStage: (step, names) => `Steg ${step}: ${names}`,
  announceEnd: (name) => `Stigen är slut: ${name}`,
  errorHeading: 'Stigen kunde inte öppnas',
  errorFetch: (src, reason) => `Filen ${src} kunde inte hämtas (${reason}). Kontrollera adressen eller försök igen senare.`,
  errorFormat: (src) => `Filen ${src} är varken en BPMN-modell eller en kompilerad Polku-stig.`,
  errorModel: 'Modellen innehåller fel. Rätta dem i modelleringsverktyget:',
  errorRuntime: 'Stigen kunde inte startas. Kompilera modellen på nytt och ladda om sidan.',
  line: 'rad',
  element: 'element',
};

const en: UiStrings = {
  guideLabel: 'Guided pathway',
  loading: 'Loading the pathway…',
  about: 'About this pathway',
  progressLabel: 'Progress',
  progress: (step, remaining) => `Step ${step} · about ${remaining} ${remaining === 1 ? 'step' : 'steps'} left`,
  progressDone: (taken) => `Done · ${taken} ${taken === 1 ? 'step' : 'steps'} taken`,
  back: 'Back',
  done: 'Done',
  restart: 'Start over',
  role: 'Role',
  legal: 'Legal references',
  deadlines: 'Deadlines',
  basis: 'Basis',
  firstDayCounts: 'the start day counts',
  opensInNewTab: '(opens in a new tab)',
  answers: 'Choose an answer',
  parallel: (count) => `${count} steps open – do them in any order`,
  endFallback: 'End of the pathway',
  endText: 'You have reached the end of the pathway.',
  required: '(required)',
  fieldRequired: 'This is required.',
  fillIn: (names) => `Fill in before you continue: ${names}.`,
  yes: 'Yes',
  no: 'No',
  duration: (amount, unit) => {
    const words: Record<DurationUnit, string> = {
      year: 'year',
      month: 'month',
      week: 'week',
      day: 'calendar day',
      'working-day': 'working day',
      hour: 'hour',
    };
    return `${amount} ${words[unit]}${amount === 1 ? '' : 's'}`;
  },
  announceStage: (step, names) => `Step ${step}: ${names}`,
  announceEnd: (name) => `End of the pathway: ${name}`,
  errorHeading: 'The pathway could not be opened',
  errorFetch: (src, reason) => `${src} could not be loaded (${reason}). Check the address or try again later.`,
  errorFormat: (src) => `${src} is neither a BPMN model nor a compiled Polku pathway.`,
  errorModel: 'The model has errors. Fix them in the modelling tool:',
  errorRuntime: 'The pathway could not be started. Compile the model again and reload the page.',
  line: 'line',
  element: 'element',
};

/** The strings for one interface language. */
export const strings: Readonly<Record<UiLang, UiStrings>> = { fi, sv, en };
