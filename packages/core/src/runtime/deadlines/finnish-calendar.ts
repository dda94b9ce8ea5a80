import { gregorianEaster } from 'date-easter';
import type { Texts } from '../../ir/types.js';
import {
  FRIDAY,
  MAX_YEAR,
  MIN_YEAR,
  SATURDAY,
  SUNDAY,
  formatDate,
  invalidDeadline,
  parseDate,
  toDayNumber,
  weekdayOf,
  weekdayOnOrAfter,
  yearMonthDay,
  type DayNumber,
} from './_civil-date.js';

/**
 * Why a day is special, in the categories of MääräaikaL 5 § and the Church Act:
 * - `church-holiday`: a church holiday (Church Act 652/2023 1 ch. 6 §), never a working day;
 * - `festive-day`: May Day or Independence Day, days off by custom but not church holidays;
 * - `eve`: Midsummer Eve or Christmas Eve, days off under many collective agreements.
 *
 * Festive days and eves are the *ambiguous days* of the deadline engine when they fall on
 * Monday–Friday: a limit ending on one moves to the next working day (MääräaikaL 5 §), but
 * no source says whether they count as working days in between.
 */
export type FinnishHolidayKind = 'church-holiday' | 'festive-day' | 'eve';

/** Stable identifiers of the Finnish holidays, for code and translations. */
export type FinnishHolidayId =
  | 'new-years-day'
  | 'epiphany'
  | 'good-friday'
  | 'easter-day'
  | 'easter-monday'
  | 'may-day'
  | 'ascension-day'
  | 'whit-sunday'
  | 'midsummer-eve'
  | 'midsummer-day'
  | 'all-saints-day'
  | 'independence-day'
  | 'christmas-eve'
  | 'christmas-day'
  | 'st-stephens-day';

/** One Finnish holiday or day off in a given year. */
export interface FinnishHoliday {
  /** `YYYY-MM-DD`. */
  date: string;
  id: FinnishHolidayId;
  kind: FinnishHolidayKind;
  /** Names in Finnish, Swedish and English. */
  name: Texts;
}

/**
 * How the deadline engine treats a date:
 * - `working`: an arkipäivä, Monday–Friday and not a holiday;
 * - `ambiguous`: May Day, Independence Day, Midsummer Eve or Christmas Eve on Monday–Friday;
 * - `non-working`: a Saturday, a Sunday or a church holiday.
 */
export type FinnishDayKind = 'working' | 'ambiguous' | 'non-working';

interface HolidayRule {
  id: FinnishHolidayId;
  kind: FinnishHolidayKind;
  name: Texts;
  on(year: number, easter: DayNumber): DayNumber;
}

const fixed = (month: number, day: number) => (year: number) => toDayNumber(year, month, day);
const fromEaster = (offset: number) => (_year: number, easter: DayNumber) => easter + offset;

// Dates: Church Act 652/2023 1 ch. 6 § and Church Order 657/2023 1 ch. 4 § (Midsummer Day is
// the Saturday after 19 June, All Saints' Day the Saturday after 30 October); May Day,
// Independence Day and the two eves: MääräaikaL 5 §. Easter comes from `date-easter`, the
// Easter computation of the date-holidays project.
const RULES: readonly HolidayRule[] = [
  { id: 'new-years-day', kind: 'church-holiday', on: fixed(1, 1), name: { fi: 'uudenvuodenpäivä', sv: 'nyårsdagen', en: "New Year's Day" } },
  { id: 'epiphany', kind: 'church-holiday', on: fixed(1, 6), name: { fi: 'loppiainen', sv: 'trettondagen', en: 'Epiphany' } },
  { id: 'good-friday', kind: 'church-holiday', on: fromEaster(-2), name: { fi: 'pitkäperjantai', sv: 'långfredagen', en: 'Good Friday' } },
  { id: 'easter-day', kind: 'church-holiday', on: fromEaster(0), name: { fi: 'pääsiäispäivä', sv: 'påskdagen', en: 'Easter Day' } },
  { id: 'easter-monday', kind: 'church-holiday', on: fromEaster(1), name: { fi: '2. pääsiäispäivä', sv: 'annandag påsk', en: 'Easter Monday' } },
  { id: 'may-day', kind: 'festive-day', on: fixed(5, 1), name: { fi: 'vappu', sv: 'första maj', en: 'May Day' } },
  { id: 'ascension-day', kind: 'church-holiday', on: fromEaster(39), name: { fi: 'helatorstai', sv: 'Kristi himmelsfärdsdag', en: 'Ascension Day' } },
  { id: 'whit-sunday', kind: 'church-holiday', on: fromEaster(49), name: { fi: 'helluntaipäivä', sv: 'pingstdagen', en: 'Whit Sunday' } },
  {
    id: 'midsummer-eve',
    kind: 'eve',
    on: (year) => weekdayOnOrAfter(toDayNumber(year, 6, 19), FRIDAY),
    name: { fi: 'juhannusaatto', sv: 'midsommarafton', en: 'Midsummer Eve' },
  },
  {
    id: 'midsummer-day',
    kind: 'church-holiday',
    on: (year) => weekdayOnOrAfter(toDayNumber(year, 6, 20), SATURDAY),
    name: { fi: 'juhannuspäivä', sv: 'midsommardagen', en: 'Midsummer Day' },
  },
  {
    id: 'all-saints-day',
    kind: 'church-holiday',
    on: (year) => weekdayOnOrAfter(toDayNumber(year, 10, 31), SATURDAY),
    name: { fi: 'pyhäinpäivä', sv: 'alla helgons dag', en: "All Saints' Day" },
  },
  { id: 'independence-day', kind: 'festive-day', on: fixed(12, 6), name: { fi: 'itsenäisyyspäivä', sv: 'självständighetsdagen', en: 'Independence Day' } },
  { id: 'christmas-eve', kind: 'eve', on: fixed(12, 24), name: { fi: 'jouluaatto', sv: 'julafton', en: 'Christmas Eve' } },
  { id: 'christmas-day', kind: 'church-holiday', on: fixed(12, 25), name: { fi: 'joulupäivä', sv: 'juldagen', en: 'Christmas Day' } },
  { id: 'st-stephens-day', kind: 'church-holiday', on: fixed(12, 26), name: { fi: 'tapaninpäivä', sv: 'annandag jul', en: "St Stephen's Day" } },
];

interface YearHolidays {
  list: FinnishHoliday[];
  byDay: Map<DayNumber, FinnishHoliday>;
}

// Deadline loops ask about the same few years again and again; a year's table is 15 entries.
const cache = new Map<number, YearHolidays>();

function holidaysOfYear(year: number): YearHolidays {
  let entry = cache.get(year);
  if (!entry) {
    const sunday = gregorianEaster(year);
    const easter = toDayNumber(sunday.year, sunday.month, sunday.day);
    const dated = RULES.map((rule) => {
      const day = rule.on(year, easter);
      return { day, holiday: { date: formatDate(day), id: rule.id, kind: rule.kind, name: rule.name } };
    }).toSorted((a, b) => a.day - b.day);
    // Ascension Day can fall on May Day (2008, 2160): both are listed, the church holiday decides.
    const byDay = new Map<DayNumber, FinnishHoliday>();
    for (const { day, holiday } of dated) {
      if (!byDay.has(day) || holiday.kind === 'church-holiday') byDay.set(day, holiday);
    }
    entry = { list: dated.map(({ holiday }) => holiday), byDay };
    cache.set(year, entry);
  }
  return entry;
}

/** The day kind of a day number; the deadline counters call this in their loops. */
export function dayKindOf(dayNumber: DayNumber): FinnishDayKind {
  const weekday = weekdayOf(dayNumber);
  if (weekday === SATURDAY || weekday === SUNDAY) return 'non-working';
  const holiday = holidaysOfYear(yearMonthDay(dayNumber).year).byDay.get(dayNumber);
  if (!holiday) return 'working';
  return holiday.kind === 'church-holiday' ? 'non-working' : 'ambiguous';
}

/**
 * The Finnish holidays and statutory days off of one year, in date order: the eleven church
 * holidays, May Day, Independence Day, Midsummer Eve and Christmas Eve, whatever weekday they
 * fall on. Ordinary Sundays are not listed; New Year's Eve is an ordinary day.
 *
 * The rules in force today are applied to every year, so dates long past may differ from
 * the calendar of their time.
 *
 * @example
 * ```ts
 * finnishHolidays(2026).find((holiday) => holiday.id === 'midsummer-eve');
 * // { date: '2026-06-19', id: 'midsummer-eve', kind: 'eve', name: { fi: 'juhannusaatto', … } }
 * ```
 */
export function finnishHolidays(year: number): FinnishHoliday[] {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw invalidDeadline(`The year ${String(year)} is outside ${MIN_YEAR}–${MAX_YEAR}; pass a four-digit Gregorian year.`);
  }
  return holidaysOfYear(year).list.map((holiday) => ({ ...holiday, name: { ...holiday.name } }));
}

/**
 * Whether a `YYYY-MM-DD` date is a Finnish working day (arkipäivä): Monday–Friday and not a
 * church holiday. May Day, Independence Day, Midsummer Eve and Christmas Eve on a weekday
 * are `ambiguous`; Saturdays (Midsummer Day and All Saints' Day included), Sundays and
 * church holidays are `non-working`. Throws a `PolkuError` with code `invalid-deadline` for
 * anything but a real date.
 *
 * @example
 * ```ts
 * finnishDayKind('2025-05-01'); // 'ambiguous' (May Day, a Thursday)
 * finnishDayKind('2025-04-18'); // 'non-working' (Good Friday)
 * ```
 */
export function finnishDayKind(date: string): FinnishDayKind {
  return dayKindOf(parseDate(date, 'date'));
}
