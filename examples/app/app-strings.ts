/** The app's own words in Finnish, Swedish and English; the components speak for themselves. */
export type AppLang = 'fi' | 'sv' | 'en';

export const APP_LANGS: readonly AppLang[] = ['fi', 'sv', 'en'];

export interface AppStrings {
  skip: string;
  tagline: string;
  languages: string;
  catalogTitle: string;
  catalogLead: string;
  /** The page's heading over a pathway; the pathway's own name is the heading on screen. */
  pathwayHeading: string;
  back: string;
  privacy: string;
  badModelTitle: string;
  badModel: string;
  badModelWhat: string;
  chooseFromCatalog: string;
  footer: string;
  /** The window title of a view: "Koulupolku – Polku". */
  windowTitle(view: string): string;
}

const fi: AppStrings = {
  skip: 'Siirry sisältöön',
  tagline: 'lastensuojelun polut',
  languages: 'Kieli',
  catalogTitle: 'Lastensuojelun polut',
  catalogLead: 'Valitse polku, niin se avautuu ohjattuna: mitä tehdään, kuka tekee ja missä määräajassa, vaihe kerrallaan, kaavion ja tallennettujen läpikäyntien kanssa.',
  pathwayHeading: 'Ohjattu polku',
  back: 'Takaisin polkuluetteloon',
  privacy: 'Läpikäynnit tallentuvat vain tähän selaimeen. Älä kirjoita tunnisteisiin nimiä, henkilötunnuksia tai muita henkilötietoja.',
  badModelTitle: 'Polkua ei voitu avata',
  badModel: 'Osoitteessa annettu malli ei ole tämän palvelun oma, joten sitä ei avata.',
  badModelWhat: 'Polku avaa vain tämän sivuston omia malleja. Valitse polku luettelosta.',
  chooseFromCatalog: 'Siirry polkuluetteloon',
  footer: 'Polku – ohjatut lastensuojelun polut. Esimerkkisovellus: ei oikeaa asiakastietoa.',
  windowTitle: (view) => `${view} – Polku`,
};

const sv: AppStrings = {
  skip: 'Gå till innehållet',
  tagline: 'stigar inom barnskyddet',
  languages: 'Språk',
  catalogTitle: 'Stigar inom barnskyddet',
  catalogLead: 'Välj en stig så öppnas den som en guide: vad som görs, av vem och inom vilken tid, ett skede i taget, med diagram och sparade genomgångar.',
  pathwayHeading: 'Guidad stig',
  back: 'Tillbaka till stigkatalogen',
  privacy: 'Genomgångarna sparas bara i den här webbläsaren. Skriv inga namn, personbeteckningar eller andra personuppgifter i etiketterna.',
  badModelTitle: 'Stigen kunde inte öppnas',
  badModel: 'Modellen i adressen hör inte till den här tjänsten, så den öppnas inte.',
  badModelWhat: 'Polku öppnar bara modeller från den här webbplatsen. Välj en stig i katalogen.',
  chooseFromCatalog: 'Gå till stigkatalogen',
  footer: 'Polku – guidade stigar inom barnskyddet. Exempelapp: inga riktiga klientuppgifter.',
  windowTitle: (view) => `${view} – Polku`,
};

const en: AppStrings = {
  skip: 'Skip to content',
  tagline: 'child welfare pathways',
  languages: 'Language',
  catalogTitle: 'Child welfare pathways',
  catalogLead: 'Choose a pathway and it opens as a guide: what is done, by whom and by when, one stage at a time, with its diagram and saved walkthroughs.',
  pathwayHeading: 'Guided pathway',
  back: 'Back to the pathway catalogue',
  privacy: 'Walkthroughs are stored only in this browser. Do not put names, personal identity codes or other personal data in their labels.',
  badModelTitle: 'The pathway could not be opened',
  badModel: 'The model in the address is not one of this service’s own, so it is not opened.',
  badModelWhat: 'Polku opens only models from this site. Choose a pathway from the catalogue.',
  chooseFromCatalog: 'Go to the pathway catalogue',
  footer: 'Polku – guided child welfare pathways. Example app: no real client data.',
  windowTitle: (view) => `${view} – Polku`,
};

export const appStrings: Readonly<Record<AppLang, AppStrings>> = { fi, sv, en };

/** The app language of a `lang` query value; Finnish when it names none of ours. */
export function appLangOf(value: string | null): AppLang {
  return APP_LANGS.find((lang) => lang === value?.trim().toLowerCase()) ?? 'fi';
}
