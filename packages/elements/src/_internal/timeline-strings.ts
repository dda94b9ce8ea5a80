/**
 * The words of `<polku-timeline>` (and of the printed summary, which shows the same list) in
 * Finnish, Swedish and English. Deadline wording comes from the guide's `strings`, so a
 * deadline reads the same in both places.
 */
import type { UiLang } from './strings.js';

export interface TimelineStrings {
  heading: string;
  stepsHeading: string;
  deadlinesHeading: string;
  noSteps: string;
  noDeadlines: string;
  finished: string;
  /** "Aloitettu 2.3.2026 klo 11.00". */
  started(when: string): string;
  /** What the worker did at a step without an answer or values. */
  markedDone: string;
  answer: string;
  recorded: string;
  trigger: Record<'polku.timer' | 'polku.message' | 'polku.signal', string>;
  /** The day a deadline counts from: "laskettu 2.3.2026 alkaen". */
  countedFrom(date: string): string;
  /** After the name of an element the pathway no longer has. */
  gone: string;
  /** Shown instead of deadlines for a walkthrough of an earlier version of its pathway. */
  staleDeadlines: string;
}

const fi: TimelineStrings = {
  heading: 'Aikajana',
  stepsHeading: 'Tehdyt vaiheet',
  deadlinesHeading: 'Käynnissä olevat määräajat',
  noSteps: 'Vaiheita ei ole vielä tehty.',
  noDeadlines: 'Ei käynnissä olevia määräaikoja.',
  finished: 'Polku on käyty loppuun.',
  started: (when) => `Aloitettu ${when}`,
  markedDone: 'Merkitty tehdyksi',
  answer: 'Vastaus',
  recorded: 'Kirjattu',
  trigger: { 'polku.timer': 'Aika kului', 'polku.message': 'Viesti saapui', 'polku.signal': 'Tapahtui' },
  countedFrom: (date) => `laskettu ${date} alkaen`,
  gone: '(ei enää polussa)',
  staleDeadlines: 'Polku on muuttunut tämän läpikäynnin jälkeen, joten sen määräaikoja ei lasketa.',
};

const sv: TimelineStrings = {
  heading: 'Tidslinje',
  stepsHeading: 'Gjorda steg',
  deadlinesHeading: 'Löpande tidsfrister',
  noSteps: 'Inga steg har gjorts ännu.',
  noDeadlines: 'Inga löpande tidsfrister.',
  finished: 'Du har gått igenom hela stigen.',
  started: (when) => `Påbörjad ${when}`,
  markedDone: 'Markerat som gjort',
  answer: 'Svar',
  recorded: 'Antecknat',
  trigger: { 'polku.timer': 'Tiden gick ut', 'polku.message': 'Meddelandet kom', 'polku.signal': 'Inträffade' },
  countedFrom: (date) => `räknat från ${date}`,
  gone: '(finns inte längre i stigen)',
  staleDeadlines: 'Stigen har ändrats efter den här genomgången, så dess tidsfrister räknas inte.',
};

const en: TimelineStrings = {
  heading: 'Timeline',
  stepsHeading: 'Steps taken',
  deadlinesHeading: 'Deadlines running',
  noSteps: 'No steps taken yet.',
  noDeadlines: 'No deadlines running.',
  finished: 'You have reached the end of the pathway.',
  started: (when) => `Started ${when}`,
  markedDone: 'Marked done',
  answer: 'Answer',
  recorded: 'Recorded',
  trigger: { 'polku.timer': 'Time ran out', 'polku.message': 'Message received', 'polku.signal': 'Happened' },
  countedFrom: (date) => `counted from ${date}`,
  gone: '(no longer in the pathway)',
  staleDeadlines: 'The pathway has changed since this walkthrough, so its deadlines are not counted.',
};

/** The timeline's words for one interface language. */
export const timelineStrings: Readonly<Record<UiLang, TimelineStrings>> = { fi, sv, en };
