/**
 * The words the handbook and the exported Camunda forms print around a model's own texts, in
 * Finnish, Swedish and English. The vocabulary follows the guide's (`@polku/elements`
 * `_internal/strings.ts`): "Tekijä", "Lainkohdat", "arkipäivää", so a worker reads the same
 * words in the guide, on the intranet and in Tasklist.
 */
import type { Deadline } from '@polku/core';

/** A language the words exist in. */
export type WordsLang = 'fi' | 'sv' | 'en';

type Unit = 'year' | 'month' | 'week' | 'day' | 'working-day' | 'elapsed-day' | 'hour' | 'minute';

/** One language's words. */
export interface Words {
  lang: WordsLang;
  role: string;
  legal: string;
  deadlines: (count: number) => string;
  firstDayCounts: string;
  duration: (amount: number, unit: Unit) => string;
  fields: string;
  /** Prefix of a decision's inserted Camunda user task ("Ratkaise: Onko …?"). */
  decide: string;
  /** Label of the answer radio group when the decision has no name. */
  answer: string;
  handbook: string;
  contents: string;
  diagram: string;
  noDiagram: string;
  diagramLabel: (title: string) => string;
  stages: string;
  kind: Record<'start' | 'step' | 'decision' | 'wait' | 'scope' | 'end' | 'event', string>;
  answers: string;
  leadsTo: string;
  ends: string;
  opensPathway: (name: string) => string;
  waitsFor: Record<'timer' | 'message' | 'signal' | 'conditional', string>;
  timer: (value: string) => string;
  attachedTo: (name: string) => string;
  parallel: string;
  otherStages: string;
  index: string;
  indexIntro: string;
  generated: (source: string) => string;
  audience: string;
  tags: string;
  opensInPool: (name: string) => string;
  required: string;
  fieldType: Record<'text' | 'number' | 'boolean' | 'date', string>;
}

const fi: Words = {
  lang: 'fi',
  role: 'Tekijä',
  legal: 'Lainkohdat',
  deadlines: (count) => (count === 1 ? 'Määräaika' : 'Määräajat'),
  firstDayCounts: 'alkamispäivä lasketaan mukaan',
  duration: (amount, unit) => {
    const words: Record<Unit, [string, string]> = {
      year: ['vuosi', 'vuotta'],
      month: ['kuukausi', 'kuukautta'],
      week: ['viikko', 'viikkoa'],
      day: ['kalenteripäivä', 'kalenteripäivää'],
      'working-day': ['arkipäivä', 'arkipäivää'],
      'elapsed-day': ['päivä', 'päivää'],
      hour: ['tunti', 'tuntia'],
      minute: ['minuutti', 'minuuttia'],
    };
    return `${amount} ${words[unit][amount === 1 ? 0 : 1]}`;
  },
  fields: 'Kirjattavat tiedot',
  decide: 'Ratkaise',
  answer: 'Vastaus',
  handbook: 'Käsikirja',
  contents: 'Sisältö',
  diagram: 'Kaavio',
  noDiagram: 'Mallissa ei ole kaaviota (BPMN DI), joten sitä ei voida näyttää.',
  diagramLabel: (title) => `Prosessikaavio: ${title}`,
  stages: 'Vaiheet',
  kind: { start: 'Alku', step: 'Vaihe', decision: 'Päätös', wait: 'Odotus', scope: 'Osaprosessi', end: 'Loppu', event: 'Tapahtuma' },
  answers: 'Vastaukset',
  leadsTo: 'johtaa vaiheeseen',
  ends: 'polku päättyy',
  opensPathway: (name) => `Avaa polun ${name}.`,
  waitsFor: { timer: 'Odottaa aikaa', message: 'Odottaa viestiä', signal: 'Odottaa tapahtumaa', conditional: 'Odottaa ehtoa' },
  timer: (value) => `Ajastin: ${value}`,
  attachedTo: (name) => `Liittyy vaiheeseen ${name}.`,
  parallel: 'Seuraavat vaiheet tehdään rinnakkain.',
  otherStages: 'Muut vaiheet',
  index: 'Polut',
  indexIntro: 'Kunkin polun käsikirja: vaiheet järjestyksessä, ohjeet, lainkohdat ja määräajat.',
  generated: (source) => `Luotu Polun mallista ${source}. Ohjeet ovat mallin mukaiset; tarkista ajantasainen laki Finlexistä.`,
  audience: 'Kenelle',
  tags: 'Aiheet',
  opensInPool: (name) => `Toimija: ${name}`,
  required: 'pakollinen',
  fieldType: { text: 'teksti', number: 'luku', boolean: 'kyllä/ei', date: 'päivämäärä' },
};

const sv: Words = {
  lang: 'sv',
  role: 'Utförare',
  legal: 'Lagrum',
  deadlines: (count) => (count === 1 ? 'Tidsfrist' : 'Tidsfrister'),
  firstDayCounts: 'startdagen räknas med',
  duration: (amount, unit) => {
    const words: Record<Unit, [string, string]> = {
      year: ['år', 'år'],
      month: ['månad', 'månader'],
      week: ['vecka', 'veckor'],
      day: ['kalenderdag', 'kalenderdagar'],
      'working-day': ['vardag', 'vardagar'],
      'elapsed-day': ['dag', 'dagar'],
      hour: ['timme', 'timmar'],
      minute: ['minut', 'minuter'],
    };
    return `${amount} ${words[unit][amount === 1 ? 0 : 1]}`;
  },
  fields: 'Uppgifter som antecknas',
  decide: 'Avgör',
  answer: 'Svar',
  handbook: 'Handbok',
  contents: 'Innehåll',
  diagram: 'Diagram',
  noDiagram: 'Modellen har inget diagram (BPMN DI), så det kan inte visas.',
  diagramLabel: (title) => `Processdiagram: ${title}`,
  stages: 'Skeden',
  kind: { start: 'Början', step: 'Skede', decision: 'Beslut', wait: 'Väntan', scope: 'Delprocess', end: 'Slut', event: 'Händelse' },
  answers: 'Svar',
  leadsTo: 'leder till',
  ends: 'stigen slutar',
  opensPathway: (name) => `Öppnar stigen ${name}.`,
  waitsFor: { timer: 'Väntar på tid', message: 'Väntar på meddelande', signal: 'Väntar på händelse', conditional: 'Väntar på villkor' },
  timer: (value) => `Timer: ${value}`,
  attachedTo: (name) => `Hör till skedet ${name}.`,
  parallel: 'Följande skeden görs parallellt.',
  otherStages: 'Övriga skeden',
  index: 'Stigar',
  indexIntro: 'Handboken för varje stig: skedena i ordning, anvisningar, lagrum och tidsfrister.',
  generated: (source) => `Skapad ur Polku-modellen ${source}. Anvisningarna följer modellen; kontrollera gällande lag i Finlex.`,
  audience: 'För',
  tags: 'Ämnen',
  opensInPool: (name) => `Aktör: ${name}`,
  required: 'obligatorisk',
  fieldType: { text: 'text', number: 'tal', boolean: 'ja/nej', date: 'datum' },
};

const en: Words = {
  lang: 'en',
  role: 'Role',
  legal: 'Legal references',
  deadlines: (count) => (count === 1 ? 'Deadline' : 'Deadlines'),
  firstDayCounts: 'the start day counts',
  duration: (amount, unit) => {
    const words: Record<Unit, string> = {
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
  fields: 'What is recorded',
  decide: 'Decide',
  answer: 'Answer',
  handbook: 'Handbook',
  contents: 'Contents',
  diagram: 'Diagram',
  noDiagram: 'The model has no diagram (BPMN DI), so none can be shown.',
  diagramLabel: (title) => `Process diagram: ${title}`,
  stages: 'Stages',
  kind: { start: 'Start', step: 'Stage', decision: 'Decision', wait: 'Waiting', scope: 'Sub-process', end: 'End', event: 'Event' },
  answers: 'Answers',
  leadsTo: 'leads to',
  ends: 'the pathway ends',
  opensPathway: (name) => `Opens the pathway ${name}.`,
  waitsFor: { timer: 'Waits for time', message: 'Waits for a message', signal: 'Waits for an event', conditional: 'Waits for a condition' },
  timer: (value) => `Timer: ${value}`,
  attachedTo: (name) => `Belongs to the stage ${name}.`,
  parallel: 'The following stages are done in parallel.',
  otherStages: 'Other stages',
  index: 'Pathways',
  indexIntro: 'The handbook of each pathway: its stages in order, guidance, legal references and deadlines.',
  generated: (source) => `Generated from the Polku model ${source}. The guidance follows the model; check the law in force in Finlex.`,
  audience: 'For',
  tags: 'Topics',
  opensInPool: (name) => `Participant: ${name}`,
  required: 'required',
  fieldType: { text: 'text', number: 'number', boolean: 'yes/no', date: 'date' },
};

const WORDS: Record<WordsLang, Words> = { fi, sv, en };

/** The words in `lang`, or in Finnish when Polku has none in that language. */
export function wordsFor(lang: string): Words {
  return WORDS[lang as WordsLang] ?? fi;
}

const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/;

/**
 * An ISO 8601 duration in words: `P7D` counted in working days reads "7 arkipäivää", `P3M`
 * "3 kuukautta"; a timer (`'elapsed'`) waits plain days. Anything else is shown as written.
 */
export function durationInWords(duration: string, counting: Deadline['counting'] | 'elapsed', words: Words): string {
  const match = DURATION.exec(duration.trim());
  if (!match || match.slice(1).every((part) => part === undefined)) return duration;
  const [, years, months, weeks, days, hours, minutes] = match;
  const dayUnit: Unit = counting === 'working-days' ? 'working-day' : counting === 'elapsed' ? 'elapsed-day' : 'day';
  const parts: [string | undefined, Unit][] = [[years, 'year'], [months, 'month'], [weeks, 'week'], [days, dayUnit], [hours, 'hour'], [minutes, 'minute']];
  return parts
    .filter((part): part is [string, Unit] => part[0] !== undefined)
    .map(([amount, unit]) => words.duration(Number(amount), unit))
    .join(' ');
}

/** One deadline as a line of plain text: "30 kalenteripäivää, alkamispäivä lasketaan mukaan". */
export function deadlineRule(deadline: Deadline, words: Words): string {
  return [durationInWords(deadline.duration, deadline.counting, words), deadline.firstDayCounts ? words.firstDayCounts : undefined].filter(Boolean).join(', ');
}
