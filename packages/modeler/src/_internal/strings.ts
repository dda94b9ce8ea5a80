/**
 * The modeler's own words in Finnish, Swedish and English: the toolbar, the side panels, the
 * Polku groups of the properties panel and the notices. bpmn-js' own palette and context pad,
 * and the standard BPMN groups of the properties panel, stay in bpmn.io's English.
 */

import type { UiLang } from '@polku/elements/markdown';

// The same language rule as the walkthrough's own interface: one helper, shared.
export { uiLangOf } from '@polku/elements/markdown';
export type { UiLang };

/** The interface languages, in the order the language switch lists them. */
export const UI_LANGS: readonly UiLang[] = ['fi', 'sv', 'en'];

/** The types a `polku:field` can record. */
export type FieldTypeName = 'text' | 'number' | 'boolean' | 'date';

/** Every string the modeler shows. Functions take what varies. */
export interface ModelerStrings {
  /** Names of languages, as this interface language writes them ("ruotsi", "svenska"). */
  languageName: Record<string, string>;
  appTitle: string;
  toolbar: string;
  newModel: string;
  open: string;
  save: string;
  saveAs: string;
  undo: string;
  redo: string;
  language: string;
  unsaved: string;
  canvas: string;
  sidePanels: string;
  propertiesTab: string;
  issuesTab: string;
  /** Read after the issues tab's name: how many errors and warnings. */
  issueCounts(errors: number, warnings: number): string;
  tryTab: string;
  newFileName: string;
  dismiss: string;
  discardDraft: string;
  /** Offered after "New" or "Open" replaced a model with unsaved changes. */
  restorePrevious(fileName: string): string;
  /** Stands for a file whose name is not known. */
  theFile: string;
  draftRestored(fileName: string, time: string, unsaved: boolean): string;
  draftDiscarded: string;
  opened(fileName: string): string;
  openFailed(fileName: string, reason: string): string;
  importWarnings(count: number): string;
  saved(fileName: string): string;
  downloaded(fileName: string): string;
  saveFailed(reason: string): string;
  created: string;
  dropHint: string;
  issuesHeading: string;
  noIssues: string;
  error: string;
  warning: string;
  issueOn(element: string): string;
  tryHeading: string;
  tryIntro: string;
  compiling: string;
  compileFailed: string;
  compileHint: string;
  showInDiagram: string;
  modelChanged: string;
  line: string;
  // The Polku groups of the properties panel.
  guidanceGroup: string;
  processGuidanceGroup: string;
  namesGroup: string;
  legalGroup: string;
  deadlinesGroup: string;
  fieldsGroup: string;
  guidanceIn(language: string): string;
  guidanceDescription(modelLanguage: boolean): string;
  preview(language: string): string;
  emptyPreview: string;
  /** Read by screen readers after a link in the preview. */
  opensInNewTab: string;
  nameIn(language: string): string;
  statute: string;
  section: string;
  url: string;
  urlInvalid: string;
  newLegal: string;
  deadlineName(language: string): string;
  duration: string;
  durationDescription: string;
  durationInvalid: string;
  counting: string;
  workingDays: string;
  calendarDays: string;
  firstDayCounts: string;
  basis: string;
  basisDescription: string;
  newDeadline: string;
  fieldKey: string;
  fieldKeyDescription: string;
  fieldKeyInvalid: string;
  fieldName(language: string): string;
  fieldType: string;
  fieldTypes: Record<FieldTypeName, string>;
  fieldRequired: string;
  newField: string;
  /** The properties panel's own words (list groups), keyed by its English template. */
  panel: Record<string, string>;
}

const fi: ModelerStrings = {
  languageName: { fi: 'suomi', sv: 'ruotsi', en: 'englanti' },
  appTitle: 'Polku-mallintaja',
  toolbar: 'Tiedosto ja muokkaus',
  newModel: 'Uusi',
  open: 'Avaa…',
  save: 'Tallenna',
  saveAs: 'Tallenna nimellä…',
  undo: 'Kumoa',
  redo: 'Tee uudelleen',
  language: 'Kieli',
  unsaved: 'tallentamattomia muutoksia',
  canvas: 'Kaavio',
  sidePanels: 'Sivupaneelit',
  propertiesTab: 'Ominaisuudet',
  issuesTab: 'Ongelmat',
  issueCounts: (errors, warnings) => `${errors} ${errors === 1 ? 'virhe' : 'virhettä'}, ${warnings} ${warnings === 1 ? 'varoitus' : 'varoitusta'}`,
  tryTab: 'Kokeile',
  newFileName: 'uusi-polku.bpmn',
  dismiss: 'Sulje ilmoitus',
  discardDraft: 'Hylkää luonnos',
  restorePrevious: (fileName) => `Palauta ${fileName}`,
  theFile: 'tiedosto',
  draftRestored: (fileName, time, unsaved) =>
    unsaved ? `Tallentamaton luonnos palautettiin: ${fileName} (muokattu ${time}).` : `Jatketaan mallia ${fileName} (muokattu ${time}).`,
  draftDiscarded: 'Luonnos hylättiin; aloitettiin uusi malli.',
  opened: (fileName) => `Avattiin ${fileName}.`,
  openFailed: (fileName, reason) => `Tiedostoa ${fileName} ei voitu avata: ${reason}`,
  importWarnings: (count) => `Mallin lukemisessa tuli ${count} ${count === 1 ? 'varoitus' : 'varoitusta'}; katso selaimen konsoli.`,
  saved: (fileName) => `Tallennettiin ${fileName}.`,
  downloaded: (fileName) => `${fileName} ladattiin.`,
  saveFailed: (reason) => `Tallennus epäonnistui: ${reason}`,
  created: 'Aloitettiin uusi malli.',
  dropHint: 'Voit myös pudottaa .bpmn-tiedoston kaavioon.',
  issuesHeading: 'Mallin ongelmat',
  noIssues: 'Ei ongelmia.',
  error: 'Virhe',
  warning: 'Varoitus',
  issueOn: (element) => `kohteessa ${element}`,
  tryHeading: 'Kokeile polkua',
  tryIntro: 'Kulje polku läpi niin kuin sosiaalityöntekijä. Avoinna olevat vaiheet korostetaan kaaviossa.',
  compiling: 'Luetaan mallia…',
  compileFailed: 'Mallia ei voi vielä kokeilla',
  compileHint: 'Korjaa nämä virheet ja kokeile uudelleen:',
  showInDiagram: 'Näytä kaaviossa',
  modelChanged: 'Malli muuttui, joten polku aloitettiin alusta.',
  line: 'rivi',
  guidanceGroup: 'Ohje (Polku)',
  processGuidanceGroup: 'Polun kuvaus (Polku)',
  namesGroup: 'Nimet kielittäin (Polku)',
  legalGroup: 'Lainkohdat (Polku)',
  deadlinesGroup: 'Määräajat (Polku)',
  fieldsGroup: 'Kirjattavat tiedot (Polku)',
  guidanceIn: (language) => `Ohje – ${language}`,
  guidanceDescription: (modelLanguage) =>
    modelLanguage ? 'Markdown. Mallin kieli: tallentuu elementin dokumentaatioksi.' : 'Markdown. Tallentuu käännökseksi (i18n:translation).',
  preview: (language) => `Esikatselu – ${language}`,
  emptyPreview: 'Ei ohjetta.',
  opensInNewTab: '(avautuu uuteen välilehteen)',
  nameIn: (language) => `Nimi – ${language}`,
  statute: 'Laki (lyhenne, esim. LSL)',
  section: 'Pykälä (esim. 26 § 5 mom.)',
  url: 'Finlex-osoite',
  urlInvalid: 'Osoitteen on alettava https://',
  newLegal: 'Uusi lainkohta',
  deadlineName: (language) => `Nimi – ${language}`,
  duration: 'Kesto',
  durationDescription: 'ISO 8601, esim. P7D (7 päivää), P3M (3 kuukautta).',
  durationInvalid: 'Anna kesto ISO 8601 -muodossa, esim. P7D tai P3M.',
  counting: 'Laskenta',
  workingDays: 'arkipäivinä',
  calendarDays: 'kalenteriaikana',
  firstDayCounts: 'Alkamispäivä lasketaan mukaan',
  basis: 'Oikeusperuste',
  basisDescription: 'Esim. LSL 26 § 5 mom.',
  newDeadline: 'Uusi määräaika',
  fieldKey: 'Tunniste',
  fieldKeyDescription: 'Kirjaimia, numeroita ja alaviivoja; ehdot viittaavat tietoon tällä.',
  fieldKeyInvalid: 'Käytä kirjaimia, numeroita ja alaviivaa, älä aloita numerolla.',
  fieldName: (language) => `Nimi – ${language}`,
  fieldType: 'Tyyppi',
  fieldTypes: { text: 'teksti', number: 'luku', boolean: 'kyllä / ei', date: 'päivämäärä' },
  fieldRequired: 'Pakollinen',
  newField: 'Uusi tieto',
  panel: {
    'Create new list item': 'Lisää uusi',
    Create: 'Lisää',
    'Toggle section': 'Avaa tai sulje osio',
    'Toggle list item': 'Avaa tai sulje kohta',
    'Delete item': 'Poista kohta',
    '<empty>': '<tyhjä>',
    'List contains {numOfItems} item': 'Listassa on {numOfItems} kohta',
    'List contains {numOfItems} items': 'Listassa on {numOfItems} kohtaa',
  },
};

const sv: ModelerStrings = {
  languageName: { fi: 'finska', sv: 'svenska', en: 'engelska' },
  appTitle: 'Polku-modelleraren',
  toolbar: 'Fil och redigering',
  newModel: 'Ny',
  open: 'Öppna…',
  save: 'Spara',
  saveAs: 'Spara som…',
  undo: 'Ångra',
  redo: 'Gör om',
  language: 'Språk',
  unsaved: 'osparade ändringar',
  canvas: 'Diagram',
  sidePanels: 'Sidopaneler',
  propertiesTab: 'Egenskaper',
  issuesTab: 'Problem',
  issueCounts: (errors, warnings) => `${errors} fel, ${warnings} ${warnings === 1 ? 'varning' : 'varningar'}`,
  tryTab: 'Prova',
  newFileName: 'ny-stig.bpmn',
  dismiss: 'Stäng meddelandet',
  discardDraft: 'Kasta utkastet',
  restorePrevious: (fileName) => `Återställ ${fileName}`,
  theFile: 'filen',
  draftRestored: (fileName, time, unsaved) =>
    unsaved ? `Ett osparat utkast återställdes: ${fileName} (ändrat ${time}).` : `Du fortsätter med ${fileName} (ändrat ${time}).`,
  draftDiscarded: 'Utkastet kastades; en ny modell påbörjades.',
  opened: (fileName) => `${fileName} öppnades.`,
  openFailed: (fileName, reason) => `Filen ${fileName} kunde inte öppnas: ${reason}`,
  importWarnings: (count) => `Modellen lästes med ${count} ${count === 1 ? 'varning' : 'varningar'}; se webbläsarens konsol.`,
  saved: (fileName) => `${fileName} sparades.`,
  downloaded: (fileName) => `${fileName} laddades ned.`,
  saveFailed: (reason) => `Det gick inte att spara: ${reason}`,
  created: 'En ny modell påbörjades.',
  dropHint: 'Du kan också släppa en .bpmn-fil på diagrammet.',
  issuesHeading: 'Problem i modellen',
  noIssues: 'Inga problem.',
  error: 'Fel',
  warning: 'Varning',
  issueOn: (element) => `i ${element}`,
  tryHeading: 'Prova stigen',
  tryIntro: 'Gå igenom stigen som en socialarbetare. De öppna stegen markeras i diagrammet.',
  compiling: 'Modellen läses…',
  compileFailed: 'Modellen kan inte provas ännu',
  compileHint: 'Rätta de här felen och prova igen:',
  showInDiagram: 'Visa i diagrammet',
  modelChanged: 'Modellen ändrades, så stigen började om från början.',
  line: 'rad',
  guidanceGroup: 'Anvisning (Polku)',
  processGuidanceGroup: 'Beskrivning av stigen (Polku)',
  namesGroup: 'Namn per språk (Polku)',
  legalGroup: 'Lagrum (Polku)',
  deadlinesGroup: 'Tidsfrister (Polku)',
  fieldsGroup: 'Uppgifter att anteckna (Polku)',
  guidanceIn: (language) => `Anvisning – ${language}`,
  guidanceDescription: (modelLanguage) =>
    modelLanguage ? 'Markdown. Modellens språk: sparas som elementets dokumentation.' : 'Markdown. Sparas som översättning (i18n:translation).',
  preview: (language) => `Förhandsvisning – ${language}`,
  emptyPreview: 'Ingen anvisning.',
  opensInNewTab: '(öppnas i en ny flik)',
  nameIn: (language) => `Namn – ${language}`,
  statute: 'Lag (förkortning, t.ex. LSL)',
  section: 'Paragraf (t.ex. 26 § 5 mom.)',
  url: 'Finlex-adress',
  urlInvalid: 'Adressen måste börja med https://',
  newLegal: 'Nytt lagrum',
  deadlineName: (language) => `Namn – ${language}`,
  duration: 'Längd',
  durationDescription: 'ISO 8601, t.ex. P7D (7 dagar), P3M (3 månader).',
  durationInvalid: 'Ange längden enligt ISO 8601, t.ex. P7D eller P3M.',
  counting: 'Räknas',
  workingDays: 'i vardagar',
  calendarDays: 'i kalendertid',
  firstDayCounts: 'Startdagen räknas med',
  basis: 'Rättslig grund',
  basisDescription: 'T.ex. LSL 26 § 5 mom.',
  newDeadline: 'Ny tidsfrist',
  fieldKey: 'Nyckel',
  fieldKeyDescription: 'Bokstäver, siffror och understreck; villkor hänvisar till uppgiften med den.',
  fieldKeyInvalid: 'Använd bokstäver, siffror och understreck, och börja inte med en siffra.',
  fieldName: (language) => `Namn – ${language}`,
  fieldType: 'Typ',
  fieldTypes: { text: 'text', number: 'tal', boolean: 'ja / nej', date: 'datum' },
  fieldRequired: 'Obligatorisk',
  newField: 'Ny uppgift',
  panel: {
    'Create new list item': 'Lägg till ny',
    Create: 'Lägg till',
    'Toggle section': 'Öppna eller stäng avsnittet',
    'Toggle list item': 'Öppna eller stäng punkten',
    'Delete item': 'Ta bort punkten',
    '<empty>': '<tom>',
    'List contains {numOfItems} item': 'Listan har {numOfItems} punkt',
    'List contains {numOfItems} items': 'Listan har {numOfItems} punkter',
  },
};

const en: ModelerStrings = {
  languageName: { fi: 'Finnish', sv: 'Swedish', en: 'English' },
  appTitle: 'Polku modeler',
  toolbar: 'File and editing',
  newModel: 'New',
  open: 'Open…',
  save: 'Save',
  saveAs: 'Save as…',
  undo: 'Undo',
  redo: 'Redo',
  language: 'Language',
  unsaved: 'unsaved changes',
  canvas: 'Diagram',
  sidePanels: 'Side panels',
  propertiesTab: 'Properties',
  issuesTab: 'Issues',
  issueCounts: (errors, warnings) => `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`,
  tryTab: 'Try it',
  newFileName: 'new-pathway.bpmn',
  dismiss: 'Close the notice',
  discardDraft: 'Discard the draft',
  restorePrevious: (fileName) => `Restore ${fileName}`,
  theFile: 'the file',
  draftRestored: (fileName, time, unsaved) =>
    unsaved ? `An unsaved draft was restored: ${fileName} (changed ${time}).` : `Continuing with ${fileName} (changed ${time}).`,
  draftDiscarded: 'The draft was discarded; a new model was started.',
  opened: (fileName) => `Opened ${fileName}.`,
  openFailed: (fileName, reason) => `${fileName} could not be opened: ${reason}`,
  importWarnings: (count) => `The model was read with ${count} ${count === 1 ? 'warning' : 'warnings'}; see the browser console.`,
  saved: (fileName) => `Saved ${fileName}.`,
  downloaded: (fileName) => `${fileName} was downloaded.`,
  saveFailed: (reason) => `Saving failed: ${reason}`,
  created: 'A new model was started.',
  dropHint: 'You can also drop a .bpmn file on the diagram.',
  issuesHeading: 'Issues in the model',
  noIssues: 'No issues.',
  error: 'Error',
  warning: 'Warning',
  issueOn: (element) => `on ${element}`,
  tryHeading: 'Try the pathway',
  tryIntro: 'Walk the pathway as a social worker would. The open steps are highlighted in the diagram.',
  compiling: 'Reading the model…',
  compileFailed: 'The model cannot be tried yet',
  compileHint: 'Fix these errors and try again:',
  showInDiagram: 'Show in the diagram',
  modelChanged: 'The model changed, so the pathway started over.',
  line: 'line',
  guidanceGroup: 'Guidance (Polku)',
  processGuidanceGroup: 'About the pathway (Polku)',
  namesGroup: 'Names by language (Polku)',
  legalGroup: 'Sections of law (Polku)',
  deadlinesGroup: 'Deadlines (Polku)',
  fieldsGroup: 'Values to record (Polku)',
  guidanceIn: (language) => `Guidance – ${language}`,
  guidanceDescription: (modelLanguage) =>
    modelLanguage ? "Markdown. The model's language: saved as the element's documentation." : 'Markdown. Saved as a translation (i18n:translation).',
  preview: (language) => `Preview – ${language}`,
  emptyPreview: 'No guidance.',
  opensInNewTab: '(opens in a new tab)',
  nameIn: (language) => `Name – ${language}`,
  statute: 'Statute (short name, e.g. LSL)',
  section: 'Section (e.g. 26 § 5 mom.)',
  url: 'Finlex address',
  urlInvalid: 'The address must start with https://',
  newLegal: 'New section of law',
  deadlineName: (language) => `Name – ${language}`,
  duration: 'Duration',
  durationDescription: 'ISO 8601, e.g. P7D (7 days), P3M (3 months).',
  durationInvalid: 'Give the duration in ISO 8601, e.g. P7D or P3M.',
  counting: 'Counted in',
  workingDays: 'working days',
  calendarDays: 'calendar time',
  firstDayCounts: 'The first day counts',
  basis: 'Legal basis',
  basisDescription: 'E.g. LSL 26 § 5 mom.',
  newDeadline: 'New deadline',
  fieldKey: 'Key',
  fieldKeyDescription: 'Letters, digits and underscores; conditions refer to the value by it.',
  fieldKeyInvalid: 'Use letters, digits and underscores, and do not start with a digit.',
  fieldName: (language) => `Name – ${language}`,
  fieldType: 'Type',
  fieldTypes: { text: 'text', number: 'number', boolean: 'yes / no', date: 'date' },
  fieldRequired: 'Required',
  newField: 'New value',
  panel: {},
};

/** The modeler's strings by interface language. */
export const strings: Record<UiLang, ModelerStrings> = { fi, sv, en };
