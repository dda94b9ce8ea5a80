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

/** Units of an ISO 8601 duration that deadlines and timers use; timers wait plain (elapsed) days. */
export type DurationUnit = 'year' | 'month' | 'week' | 'day' | 'working-day' | 'elapsed-day' | 'hour' | 'minute';

/** What a trigger waits for; `conditional` events fire by themselves and have no button. */
export type TriggerKind = 'timer' | 'message' | 'signal' | 'conditional';

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
  firstDayCounts: string;
  opensInNewTab: string;
  answers: string;
  /** The visible instruction of an inclusive decision, after its question (which screen readers hear first). */
  chooseOneOrMore: string;
  /** The button of an inclusive decision. */
  continue: string;
  /** An inclusive decision continued with nothing ticked. */
  chooseAtLeastOne: string;
  /** The round of a looping step: "Kierros 2/3", or "Kierros 2" when its condition decides (`total` < 0). */
  round(round: number, total: number): string;
  /** The same inside a sentence or after a name: "kierros 2/3". */
  roundInline(round: number, total: number): string;
  /** Whose step it is in a collaboration: the pool, said before its name. */
  pool: string;
  announcePool(name: string): string;
  /** The pools that wait for the message (or signal) that starts them, each "Koulu aloittaa, kun: …" (the words after the pool's name). */
  otherPools: string;
  poolStartsWhen: string;
  parallel(count: number): string;
  endFallback: string;
  endText: string;
  required: string;
  fieldRequired: string;
  fillIn(names: string): string;
  yes: string;
  no: string;
  duration(amount: number, unit: DurationUnit): string;
  /** "Määräaika" for one deadline, "Määräajat" for several. */
  deadlinesLabel(count: number): string;
  /** The due date(s) of a deadline; `latest` only when it differs from `target`. */
  dueBy(target: string, latest: string | undefined): string;
  /** Days left until a due date (0: the due day is today). */
  daysLeft(days: number, counting: 'working-days' | 'calendar'): string;
  /** The target date has passed but the statutory last day has not. */
  pastTarget(daysToLatest: string): string;
  overdue(days: number, counting: 'working-days' | 'calendar'): string;
  /** Prefix of what an event waits for: "Odotetaan:". */
  waitingFor: string;
  /** A timer: how long it waits, when known ("Odotetaan 14 päivää"). */
  timerWait(duration: string | undefined): string;
  /** When a timer is due: "erääntyy 16.3.2026". */
  dueOn(due: string): string;
  /** The time on the due day, when the timer is due later today. */
  atTime(time: string): string;
  /** Boundary events: interrupting ones stop the step, the others start something beside it. */
  interruptIf: string;
  alsoIf: string;
  ifThingsChange: string;
  triggerButton: Record<Exclude<TriggerKind, 'conditional'>, string>;
  /** What to call an event without a name. */
  triggerFallback: Record<TriggerKind, string>;
  /** An event-based gateway without a name, and its instruction. */
  firstEventFallback: string;
  firstEventHint: string;
  conditionalWait: string;
  /** The context line above a stage inside a sub-process: "Valmistelu ›". */
  scopePath: string;
  announceScope(names: string): string;
  noFlowTaken(gateway: string): string;
  timerNotDue(due: string): string;
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
  firstDayCounts: 'alkamispäivä lasketaan mukaan',
  opensInNewTab: '(avautuu uuteen välilehteen)',
  answers: 'Valitse vastaus',
  chooseOneOrMore: 'Valitse yksi tai useampi.',
  continue: 'Jatka',
  chooseAtLeastOne: 'Valitse vähintään yksi vaihtoehto ennen kuin jatkat.',
  round: (round, total) => (total < 0 ? `Kierros ${round}` : `Kierros ${round}/${total}`),
  roundInline: (round, total) => (total < 0 ? `kierros ${round}` : `kierros ${round}/${total}`),
  pool: 'Toimija',
  announcePool: (name) => `toimija: ${name}`,
  otherPools: 'Muut toimijat',
  poolStartsWhen: 'aloittaa, kun:',
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
      'elapsed-day': ['päivä', 'päivää'],
      hour: ['tunti', 'tuntia'],
      minute: ['minuutti', 'minuuttia'],
    };
    return `${amount} ${words[unit][one ? 0 : 1]}`;
  },
  deadlinesLabel: (count) => (count === 1 ? 'Määräaika' : 'Määräajat'),
  dueBy: (target, latest) => (latest ? `viimeistään ${target} (tavoite), lakisääteinen viimeinen päivä ${latest}` : `viimeistään ${target}`),
  daysLeft: (days, counting) =>
    days === 0 ? 'viimeinen päivä tänään' : `${days} ${counting === 'working-days' ? (days === 1 ? 'arkipäivä' : 'arkipäivää') : days === 1 ? 'päivä' : 'päivää'} jäljellä`,
  pastTarget: (left) => `tavoite ylitetty, ${left}`,
  overdue: (days, counting) => `myöhässä ${days} ${counting === 'working-days' ? (days === 1 ? 'arkipäivä' : 'arkipäivää') : days === 1 ? 'päivä' : 'päivää'}`,
  waitingFor: 'Odotetaan:',
  timerWait: (duration) => (duration ? `Odotetaan ${duration}` : 'Odotetaan määräaikaa'),
  dueOn: (due) => `erääntyy ${due}`,
  atTime: (time) => `klo ${time}`,
  interruptIf: 'Keskeytä, jos:',
  alsoIf: 'Lisäksi, jos:',
  ifThingsChange: 'Jos tilanne muuttuu',
  triggerButton: { message: 'Merkitse saapuneeksi', timer: 'Aika on kulunut', signal: 'Merkitse tapahtuneeksi' },
  triggerFallback: { message: 'viesti', timer: 'määräaika', signal: 'tapahtuma', conditional: 'ehto' },
  firstEventFallback: 'Mikä tapahtuu ensin?',
  firstEventHint: 'Merkitse se, mikä tapahtuu ensin.',
  conditionalWait: 'Jatkuu itsestään, kun ehto täyttyy.',
  scopePath: 'Osa kokonaisuutta',
  announceScope: (names) => `osana: ${names}`,
  noFlowTaken: (gateway) =>
    `Polku ei voi jatkua näillä tiedoilla: kohdassa ”${gateway}” mikään ehto ei täyty, eikä oletusreittiä ole. Tarkista kirjatut tiedot. Jos ne ovat oikein, mallista puuttuu reitti – kerro siitä mallin ylläpitäjälle.`,
  timerNotDue: (due) => `Aika ei ole vielä kulunut: määräaika erääntyy ${due}.`,
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
  firstDayCounts: 'startdagen räknas med',
  opensInNewTab: '(öppnas i en ny flik)',
  answers: 'Välj svar',
  chooseOneOrMore: 'Välj ett eller flera alternativ.',
  continue: 'Fortsätt',
  chooseAtLeastOne: 'Välj minst ett alternativ innan du fortsätter.',
  round: (round, total) => (total < 0 ? `Omgång ${round}` : `Omgång ${round}/${total}`),
  roundInline: (round, total) => (total < 0 ? `omgång ${round}` : `omgång ${round}/${total}`),
  pool: 'Aktör',
  announcePool: (name) => `aktör: ${name}`,
  otherPools: 'Andra aktörer',
  poolStartsWhen: 'börjar när:',
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
      'elapsed-day': ['dag', 'dagar'],
      hour: ['timme', 'timmar'],
      minute: ['minut', 'minuter'],
    };
    return `${amount} ${words[unit][one ? 0 : 1]}`;
  },
  deadlinesLabel: (count) => (count === 1 ? 'Tidsfrist' : 'Tidsfrister'),
  dueBy: (target, latest) => (latest ? `senast ${target} (mål), lagstadgad sista dag ${latest}` : `senast ${target}`),
  daysLeft: (days, counting) =>
    days === 0 ? 'sista dagen i dag' : `${days} ${counting === 'working-days' ? (days === 1 ? 'vardag' : 'vardagar') : days === 1 ? 'dag' : 'dagar'} kvar`,
  pastTarget: (left) => `målet har passerats, ${left}`,
  overdue: (days, counting) => `${days} ${counting === 'working-days' ? (days === 1 ? 'vardag' : 'vardagar') : days === 1 ? 'dag' : 'dagar'} försenad`,
  waitingFor: 'Väntar på:',
  timerWait: (duration) => (duration ? `Väntetid ${duration}` : 'Väntar på tidsfristen'),
  dueOn: (due) => `löper ut ${due}`,
  atTime: (time) => `kl. ${time}`,
  interruptIf: 'Avbryt om:',
  alsoIf: 'Dessutom om:',
  ifThingsChange: 'Om läget ändras',
  triggerButton: { message: 'Markera som mottagen', timer: 'Tiden har gått ut', signal: 'Markera som inträffad' },
  triggerFallback: { message: 'meddelande', timer: 'tidsfrist', signal: 'händelse', conditional: 'villkor' },
  firstEventFallback: 'Vad händer först?',
  firstEventHint: 'Markera det som händer först.',
  conditionalWait: 'Fortsätter av sig själv när villkoret uppfylls.',
  scopePath: 'Del av',
  announceScope: (names) => `del av: ${names}`,
  noFlowTaken: (gateway) =>
    `Stigen kan inte fortsätta med de här uppgifterna: vid ”${gateway}” uppfylls inget villkor och det finns ingen standardväg. Kontrollera uppgifterna. Om de stämmer saknas en väg i modellen – meddela den som underhåller modellen.`,
  timerNotDue: (due) => `Tiden har inte gått ut ännu: fristen löper ut ${due}.`,
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
  firstDayCounts: 'the start day counts',
  opensInNewTab: '(opens in a new tab)',
  answers: 'Choose an answer',
  chooseOneOrMore: 'Choose one or more.',
  continue: 'Continue',
  chooseAtLeastOne: 'Choose at least one option before you continue.',
  round: (round, total) => (total < 0 ? `Round ${round}` : `Round ${round} of ${total}`),
  roundInline: (round, total) => (total < 0 ? `round ${round}` : `round ${round} of ${total}`),
  pool: 'Participant',
  announcePool: (name) => `participant: ${name}`,
  otherPools: 'Other participants',
  poolStartsWhen: 'starts when:',
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
      'elapsed-day': 'day',
      hour: 'hour',
      minute: 'minute',
    };
    return `${amount} ${words[unit]}${amount === 1 ? '' : 's'}`;
  },
  deadlinesLabel: (count) => (count === 1 ? 'Deadline' : 'Deadlines'),
  dueBy: (target, latest) => (latest ? `by ${target} (target), statutory last day ${latest}` : `by ${target}`),
  daysLeft: (days, counting) =>
    days === 0 ? 'last day today' : `${days} ${counting === 'working-days' ? 'working ' : ''}${days === 1 ? 'day' : 'days'} left`,
  pastTarget: (left) => `target passed, ${left}`,
  overdue: (days, counting) => `${days} ${counting === 'working-days' ? 'working ' : ''}${days === 1 ? 'day' : 'days'} late`,
  waitingFor: 'Waiting for:',
  timerWait: (duration) => (duration ? `Waiting ${duration}` : 'Waiting for the time limit'),
  dueOn: (due) => `due ${due}`,
  atTime: (time) => `at ${time}`,
  interruptIf: 'Stop if:',
  alsoIf: 'Also if:',
  ifThingsChange: 'If things change',
  triggerButton: { message: 'Mark as received', timer: 'Time is up', signal: 'Mark as happened' },
  triggerFallback: { message: 'a message', timer: 'a time limit', signal: 'an event', conditional: 'a condition' },
  firstEventFallback: 'What happens first?',
  firstEventHint: 'Mark whichever happens first.',
  conditionalWait: 'Continues by itself once the condition is met.',
  scopePath: 'Part of',
  announceScope: (names) => `part of: ${names}`,
  noFlowTaken: (gateway) =>
    `The pathway cannot go on with these values: at “${gateway}” no condition holds and there is no default path. Check the values you recorded. If they are right, the model is missing a path – tell whoever maintains it.`,
  timerNotDue: (due) => `The time is not up yet: it is due ${due}.`,
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
