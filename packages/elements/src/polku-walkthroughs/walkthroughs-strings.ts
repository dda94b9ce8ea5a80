/**
 * The words of `<polku-walkthroughs>` in Finnish, Swedish and English. Storage failures are
 * worded by `storageMessage`, progress and deadlines by the guide's `strings`.
 */
import type { UiLang } from '../_internal/strings.js';
import type { FileProblem } from '../storage/walkthrough-file.js';

export interface WalkthroughsStrings {
  heading: string;
  loading: string;
  privacyNote: string;
  newHeading: string;
  labelLabel: string;
  labelRequired: string;
  labelTooLong(max: number): string;
  /** The label holds what looks like personal data (`kind`: identity-code, email, phone, address, name). */
  labelPersonal(kind: string): string;
  startNew: string;
  /** Saves the unsaved walkthrough the guide shows, with its steps. */
  saveCurrent(steps: number): string;
  listHeading(count: number): string;
  empty: string;
  updated(when: string): string;
  openNow: string;
  savedAt(when: string): string;
  notSaved: string;
  retry: string;
  migrated: string;
  stale: string;
  staleGone(names: string): string;
  staleRefused(name: string): string;
  staleReadOnly: string;
  continueAsNew(kept: number, total: number): string;
  newVersionLabel(label: string): string;
  broken: string;
  resume: string;
  rename: string;
  exportFile: string;
  summary: string;
  delete: string;
  save: string;
  cancel: string;
  newLabel: string;
  confirmDelete(label: string): string;
  confirmDeleteButton: string;
  deleted(label: string): string;
  detached: string;
  renamed(label: string): string;
  saved(label: string): string;
  opened(label: string): string;
  restarted(label: string): string;
  importHeading: string;
  importLabel: string;
  imported(label: string): string;
  fileProblem(problem: FileProblem, pathwayId: string | undefined): string;
  corruptHeading(count: number): string;
  unnamed: string;
  download: string;
  summaryHeading(label: string): string;
  print: string;
  backToList: string;
  pathway: string;
  created: string;
  lastUpdated: string;
  printed: string;
  migratedNote: string;
}

const fi: WalkthroughsStrings = {
  heading: 'Tallennetut läpikäynnit',
  loading: 'Ladataan tallennettuja läpikäyntejä…',
  privacyNote:
    'Läpikäynnit tallentuvat vain tähän selaimeen tällä koneella. Älä käytä tunnisteessa nimiä, henkilötunnuksia tai muita tunnistetietoja: valitse tunniste, jonka vain sinä ymmärrät, esimerkiksi ”Tiimi 2, tapaus 14”.',
  newHeading: 'Uusi läpikäynti',
  labelLabel: 'Tunniste',
  labelRequired: 'Anna läpikäynnille tunniste.',
  labelTooLong: (max) => `Tunniste saa olla enintään ${max} merkkiä.`,
  labelPersonal: (kind) =>
    `Tunnisteessa näyttää olevan ${({ 'identity-code': 'henkilötunnus', email: 'sähköpostiosoite', phone: 'puhelinnumero', address: 'osoite' } as Record<string, string>)[kind] ?? 'nimi'}. Älä käytä henkilötietoja: valitse tunniste, josta asiakasta ei voi tunnistaa.`,
  startNew: 'Aloita uusi',
  saveCurrent: (steps) => `Tallenna oppaassa kesken oleva (${steps} ${steps === 1 ? 'vaihe' : 'vaihetta'})`,
  listHeading: (count) => `Läpikäynnit (${count})`,
  empty: 'Tälle polulle ei ole tallennettuja läpikäyntejä.',
  updated: (when) => `Päivitetty ${when}`,
  openNow: 'Auki oppaassa',
  savedAt: (when) => `tallennettu ${when}`,
  notSaved: 'Viimeisintä muutosta ei ole tallennettu.',
  retry: 'Yritä tallentaa uudelleen',
  migrated: 'Siirretty polun uuteen versioon',
  stale: 'Polku on muuttunut',
  staleGone: (names) => `Polusta on poistunut: ${names}.`,
  staleRefused: (name) => `Vaihetta ”${name}” ei voi enää tehdä samassa kohdassa.`,
  staleReadOnly: 'Läpikäynti säilyy luettavana, mutta sitä ei voi jatkaa sellaisenaan.',
  continueAsNew: (kept, total) => `Jatka uutena läpikäyntinä (${kept}/${total} vaihetta siirtyy)`,
  newVersionLabel: (label) => `${label} (uusi versio)`,
  broken: 'Tätä läpikäyntiä ei voi avata: sen vaiheet eivät sovi polkuun.',
  resume: 'Jatka',
  rename: 'Nimeä uudelleen',
  exportFile: 'Vie tiedostoksi',
  summary: 'Yhteenveto',
  delete: 'Poista',
  save: 'Tallenna',
  cancel: 'Peruuta',
  newLabel: 'Uusi tunniste',
  confirmDelete: (label) => `Poistetaanko ”${label}” pysyvästi? Poistoa ei voi perua.`,
  confirmDeleteButton: 'Poista pysyvästi',
  deleted: (label) => `Poistettu: ${label}.`,
  detached: 'Oppaassa näkyvää läpikäyntiä ei enää tallenneta.',
  renamed: (label) => `Nimetty uudelleen: ${label}.`,
  saved: (label) => `Tallennettu: ${label}.`,
  opened: (label) => `Avattu oppaaseen: ${label}.`,
  restarted: (label) => `”${label}” on tallessa sellaisenaan. Uutta läpikäyntiä ei tallenneta ennen kuin tallennat sen tunnisteella.`,
  importHeading: 'Tuo tiedostosta',
  importLabel: 'Valitse viety läpikäynti (.json)',
  imported: (label) => `Tuotu: ${label}.`,
  fileProblem: (problem, pathwayId) =>
    ({
      'too-large': 'Tiedosto on liian suuri ollakseen viety läpikäynti.',
      'not-json': 'Tiedosto ei ole Polusta viety läpikäynti: se ei ole JSON-tiedosto.',
      'not-walkthrough': 'Tiedosto ei ole Polusta viety läpikäynti, tai se on vioittunut.',
      'other-pathway': `Tiedosto on toisen polun (${pathwayId ?? '?'}) läpikäynti. Tuo se sen polun sivulla.`,
    })[problem],
  corruptHeading: (count) => (count === 1 ? 'Yksi tallennus on vioittunut' : `${count} tallennusta on vioittunut`),
  unnamed: 'Nimetön',
  download: 'Lataa tiedostona',
  summaryHeading: (label) => `Yhteenveto: ${label}`,
  print: 'Tulosta',
  backToList: 'Takaisin listaan',
  pathway: 'Polku',
  created: 'Aloitettu',
  lastUpdated: 'Päivitetty',
  printed: 'Tulostettu',
  migratedNote: 'Polku on muuttunut tallennuksen jälkeen; läpikäynnin vaiheet siirrettiin polun uuteen versioon.',
};

const sv: WalkthroughsStrings = {
  heading: 'Sparade genomgångar',
  loading: 'Sparade genomgångar läses in…',
  privacyNote:
    'Genomgångarna sparas bara i den här webbläsaren på den här datorn. Använd inte namn, personbeteckningar eller andra identifieringsuppgifter i etiketten: välj en etikett som bara du förstår, till exempel ”Team 2, ärende 14”.',
  newHeading: 'Ny genomgång',
  labelLabel: 'Etikett',
  labelRequired: 'Ge genomgången en etikett.',
  labelTooLong: (max) => `Etiketten får vara högst ${max} tecken.`,
  labelPersonal: (kind) =>
    `Etiketten verkar innehålla ${({ 'identity-code': 'en personbeteckning', email: 'en e-postadress', phone: 'ett telefonnummer', address: 'en adress' } as Record<string, string>)[kind] ?? 'ett namn'}. Använd inga personuppgifter: välj en etikett som inte identifierar klienten.`,
  startNew: 'Börja en ny',
  saveCurrent: (steps) => `Spara den som pågår i guiden (${steps} steg)`,
  listHeading: (count) => `Genomgångar (${count})`,
  empty: 'Det finns inga sparade genomgångar för den här stigen.',
  updated: (when) => `Uppdaterad ${when}`,
  openNow: 'Öppen i guiden',
  savedAt: (when) => `sparad ${when}`,
  notSaved: 'Den senaste ändringen är inte sparad.',
  retry: 'Försök spara igen',
  migrated: 'Flyttad till stigens nya version',
  stale: 'Stigen har ändrats',
  staleGone: (names) => `Ur stigen har tagits bort: ${names}.`,
  staleRefused: (name) => `Steget ”${name}” kan inte längre göras i samma skede.`,
  staleReadOnly: 'Genomgången kan fortfarande läsas, men den kan inte fortsättas som den är.',
  continueAsNew: (kept, total) => `Fortsätt som en ny genomgång (${kept} av ${total} steg följer med)`,
  newVersionLabel: (label) => `${label} (ny version)`,
  broken: 'Den här genomgången kan inte öppnas: dess steg passar inte stigen.',
  resume: 'Fortsätt',
  rename: 'Byt namn',
  exportFile: 'Exportera till fil',
  summary: 'Sammanfattning',
  delete: 'Ta bort',
  save: 'Spara',
  cancel: 'Avbryt',
  newLabel: 'Ny etikett',
  confirmDelete: (label) => `Ta bort ”${label}” för gott? Det går inte att ångra.`,
  confirmDeleteButton: 'Ta bort för gott',
  deleted: (label) => `Borttagen: ${label}.`,
  detached: 'Genomgången i guiden sparas inte längre.',
  renamed: (label) => `Nytt namn: ${label}.`,
  saved: (label) => `Sparad: ${label}.`,
  opened: (label) => `Öppnad i guiden: ${label}.`,
  restarted: (label) => `”${label}” finns kvar som den var. Den nya genomgången sparas inte förrän du sparar den med en etikett.`,
  importHeading: 'Importera från fil',
  importLabel: 'Välj en exporterad genomgång (.json)',
  imported: (label) => `Importerad: ${label}.`,
  fileProblem: (problem, pathwayId) =>
    ({
      'too-large': 'Filen är för stor för att vara en exporterad genomgång.',
      'not-json': 'Filen är inte en genomgång exporterad från Polku: den är inte en JSON-fil.',
      'not-walkthrough': 'Filen är inte en genomgång exporterad från Polku, eller så är den skadad.',
      'other-pathway': `Filen är en genomgång av en annan stig (${pathwayId ?? '?'}). Importera den på den stigens sida.`,
    })[problem],
  corruptHeading: (count) => (count === 1 ? 'En sparad genomgång är skadad' : `${count} sparade genomgångar är skadade`),
  unnamed: 'Namnlös',
  download: 'Ladda ner som fil',
  summaryHeading: (label) => `Sammanfattning: ${label}`,
  print: 'Skriv ut',
  backToList: 'Tillbaka till listan',
  pathway: 'Stig',
  created: 'Påbörjad',
  lastUpdated: 'Uppdaterad',
  printed: 'Utskriven',
  migratedNote: 'Stigen har ändrats efter att genomgången sparades; stegen har flyttats till stigens nya version.',
};

const en: WalkthroughsStrings = {
  heading: 'Saved walkthroughs',
  loading: 'Loading saved walkthroughs…',
  privacyNote:
    'Walkthroughs are saved in this browser on this computer only. Do not use names, personal identity codes or other identifying details in the label: choose one only you understand, for example “Team 2, case 14”.',
  newHeading: 'New walkthrough',
  labelLabel: 'Label',
  labelRequired: 'Give the walkthrough a label.',
  labelTooLong: (max) => `The label can be at most ${max} characters.`,
  labelPersonal: (kind) =>
    `The label seems to contain ${({ 'identity-code': 'a personal identity code', email: 'an email address', phone: 'a phone number', address: 'an address' } as Record<string, string>)[kind] ?? 'a name'}. Do not use personal data: choose a label that does not identify the client.`,
  startNew: 'Start a new one',
  saveCurrent: (steps) => `Save the one in progress in the guide (${steps} ${steps === 1 ? 'step' : 'steps'})`,
  listHeading: (count) => `Walkthroughs (${count})`,
  empty: 'There are no saved walkthroughs for this pathway.',
  updated: (when) => `Updated ${when}`,
  openNow: 'Open in the guide',
  savedAt: (when) => `saved ${when}`,
  notSaved: 'The latest change is not saved.',
  retry: 'Try saving again',
  migrated: 'Moved to the new version of the pathway',
  stale: 'The pathway has changed',
  staleGone: (names) => `No longer in the pathway: ${names}.`,
  staleRefused: (name) => `The step “${name}” can no longer be taken at the same point.`,
  staleReadOnly: 'The walkthrough stays readable, but it cannot be continued as it is.',
  continueAsNew: (kept, total) => `Continue as a new walkthrough (${kept} of ${total} steps carried over)`,
  newVersionLabel: (label) => `${label} (new version)`,
  broken: 'This walkthrough cannot be opened: its steps do not fit the pathway.',
  resume: 'Continue',
  rename: 'Rename',
  exportFile: 'Export to a file',
  summary: 'Summary',
  delete: 'Delete',
  save: 'Save',
  cancel: 'Cancel',
  newLabel: 'New label',
  confirmDelete: (label) => `Delete “${label}” for good? This cannot be undone.`,
  confirmDeleteButton: 'Delete for good',
  deleted: (label) => `Deleted: ${label}.`,
  detached: 'The walkthrough in the guide is no longer saved.',
  renamed: (label) => `Renamed: ${label}.`,
  saved: (label) => `Saved: ${label}.`,
  opened: (label) => `Opened in the guide: ${label}.`,
  restarted: (label) => `“${label}” is kept as it was. The new walkthrough is not saved until you save it with a label.`,
  importHeading: 'Import from a file',
  importLabel: 'Choose an exported walkthrough (.json)',
  imported: (label) => `Imported: ${label}.`,
  fileProblem: (problem, pathwayId) =>
    ({
      'too-large': 'The file is too large to be an exported walkthrough.',
      'not-json': 'The file is not a walkthrough exported from Polku: it is not a JSON file.',
      'not-walkthrough': 'The file is not a walkthrough exported from Polku, or it is damaged.',
      'other-pathway': `The file is a walkthrough of another pathway (${pathwayId ?? '?'}). Import it on that pathway's page.`,
    })[problem],
  corruptHeading: (count) => (count === 1 ? 'One saved walkthrough is damaged' : `${count} saved walkthroughs are damaged`),
  unnamed: 'Unnamed',
  download: 'Download as a file',
  summaryHeading: (label) => `Summary: ${label}`,
  print: 'Print',
  backToList: 'Back to the list',
  pathway: 'Pathway',
  created: 'Started',
  lastUpdated: 'Updated',
  printed: 'Printed',
  migratedNote: 'The pathway changed after this walkthrough was saved; its steps were moved to the new version of the pathway.',
};

/** The walkthroughs list's words for one interface language. */
export const walkthroughsStrings: Readonly<Record<UiLang, WalkthroughsStrings>> = { fi, sv, en };
