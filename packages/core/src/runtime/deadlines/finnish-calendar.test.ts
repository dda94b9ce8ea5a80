import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { isPolkuError } from '../../errors/polku-error.js';
import { finnishDayKind, finnishHolidays, type FinnishHolidayId, type FinnishHolidayKind } from './finnish-calendar.js';

// Domain brief §4.2: the test vectors for the movable days, 2024–2030 (day.month.).
const MOVABLE: Record<number, string> = {
  2024: '29.3. 31.3. 1.4. 9.5. 19.5. 21.6. 22.6. 2.11.',
  2025: '18.4. 20.4. 21.4. 29.5. 8.6. 20.6. 21.6. 1.11.',
  2026: '3.4. 5.4. 6.4. 14.5. 24.5. 19.6. 20.6. 31.10.',
  2027: '26.3. 28.3. 29.3. 6.5. 16.5. 25.6. 26.6. 6.11.',
  2028: '14.4. 16.4. 17.4. 25.5. 4.6. 23.6. 24.6. 4.11.',
  2029: '30.3. 1.4. 2.4. 10.5. 20.5. 22.6. 23.6. 3.11.',
  2030: '19.4. 21.4. 22.4. 30.5. 9.6. 21.6. 22.6. 2.11.',
};
const MOVABLE_IDS: FinnishHolidayId[] = [
  'good-friday', 'easter-day', 'easter-monday', 'ascension-day', 'whit-sunday', 'midsummer-eve', 'midsummer-day', 'all-saints-day',
];

// Domain brief §4.2, the "Type" column: every row of the calendar with its category.
const ROWS: [FinnishHolidayId, FinnishHolidayKind, string | null][] = [
  ['new-years-day', 'church-holiday', '1.1.'],
  ['epiphany', 'church-holiday', '6.1.'],
  ['good-friday', 'church-holiday', null],
  ['easter-day', 'church-holiday', null],
  ['easter-monday', 'church-holiday', null],
  ['may-day', 'festive-day', '1.5.'],
  ['ascension-day', 'church-holiday', null],
  ['whit-sunday', 'church-holiday', null],
  ['midsummer-eve', 'eve', null],
  ['midsummer-day', 'church-holiday', null],
  ['all-saints-day', 'church-holiday', null],
  ['independence-day', 'festive-day', '6.12.'],
  ['christmas-eve', 'eve', '24.12.'],
  ['christmas-day', 'church-holiday', '25.12.'],
  ['st-stephens-day', 'church-holiday', '26.12.'],
];

function isoDate(year: number, dayMonth: string): string {
  const [day, month] = dayMonth.split('.');
  return `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
}

const VECTORS = Object.keys(MOVABLE).flatMap((key) => {
  const year = Number(key);
  const movable = MOVABLE[year]!.split(' ');
  return ROWS.map(([id, kind, fixedDate]) => {
    const date = isoDate(year, fixedDate ?? movable[MOVABLE_IDS.indexOf(id)]!);
    return { year, id, kind, date };
  });
});

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
function weekdayName(date: string): string {
  return WEEKDAYS[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7]!;
}

describe('finnishHolidays', () => {
  it.each(VECTORS)('puts $id $year on $date as a $kind (brief §4.2)', ({ year, id, kind, date }) => {
    // when
    const holiday = finnishHolidays(year).find((candidate) => candidate.id === id);
    // then
    expect(holiday).toMatchObject({ date, kind });
  });

  it('lists the fifteen days of a year in date order with Finnish, Swedish and English names', () => {
    // when
    const holidays = finnishHolidays(2027);
    // then
    expect(holidays).toHaveLength(15);
    expect(holidays.map((holiday) => holiday.date)).toEqual(holidays.map((holiday) => holiday.date).toSorted());
    expect(holidays.find((holiday) => holiday.id === 'midsummer-eve')?.name).toEqual({ fi: 'juhannusaatto', sv: 'midsommarafton', en: 'Midsummer Eve' });
  });

  it('puts Midsummer and All Saints on the Saturday after 19 June and 30 October, also when that is the 20th or the 31st', () => {
    // given: 2026 is the year where 19.6. is a Friday and 31.10. a Saturday
    const holidays = finnishHolidays(2026);
    // then
    const on = (id: FinnishHolidayId) => holidays.find((holiday) => holiday.id === id)?.date;
    expect([on('midsummer-eve'), on('midsummer-day'), on('all-saints-day')]).toEqual(['2026-06-19', '2026-06-20', '2026-10-31']);
    expect([weekdayName('2026-06-19'), weekdayName('2026-06-20'), weekdayName('2026-10-31')]).toEqual(['Fri', 'Sat', 'Sat']);
  });

  it('lists both May Day and Ascension Day when they fall on the same Thursday, and the day is not a working day', () => {
    // when
    const onMayDay = finnishHolidays(2008).filter((holiday) => holiday.date === '2008-05-01');
    // then
    expect(onMayDay.map((holiday) => holiday.id)).toEqual(['may-day', 'ascension-day']);
    expect(finnishDayKind('2008-05-01')).toBe('non-working');
  });

  it('hands out copies, so a caller cannot change the engine’s calendar', () => {
    // given
    const first = finnishHolidays(2025);
    // when
    first[0]!.date = '2025-07-01';
    first[0]!.name.fi = 'muutettu';
    // then
    expect(finnishHolidays(2025)[0]).toMatchObject({ date: '2025-01-01', name: { fi: 'uudenvuodenpäivä' } });
  });

  it.each([1582, 10000, 2025.5, Number.NaN])('refuses the year %s with invalid-deadline', (year) => {
    // when
    const call = () => finnishHolidays(year);
    // then
    expect(call).toThrow(expect.objectContaining({ code: 'invalid-deadline' }));
  });
});

describe('finnishDayKind', () => {
  it.each([
    ['2025-04-15', 'working', 'an ordinary Tuesday'],
    ['2025-12-31', 'working', "New Year's Eve, a Wednesday: not a day off in the brief"],
    ['2024-02-29', 'working', 'a leap day on a Thursday'],
    ['2025-04-18', 'non-working', 'Good Friday'],
    ['2025-04-21', 'non-working', 'Easter Monday'],
    ['2026-01-06', 'non-working', 'Epiphany on a Tuesday'],
    ['2025-05-29', 'non-working', 'Ascension Day'],
    ['2025-06-21', 'non-working', 'Midsummer Day, a Saturday'],
    ['2025-11-01', 'non-working', "All Saints' Day, a Saturday"],
    ['2025-04-19', 'non-working', 'an ordinary Saturday'],
    ['2025-04-20', 'non-working', 'Easter Day, a Sunday'],
    ['2025-05-01', 'ambiguous', 'May Day on a Thursday'],
    ['2024-12-06', 'ambiguous', 'Independence Day on a Friday'],
    ['2025-06-20', 'ambiguous', 'Midsummer Eve'],
    ['2026-12-24', 'ambiguous', 'Christmas Eve on a Thursday'],
    ['2027-05-01', 'non-working', 'May Day on a Saturday'],
    ['2025-12-06', 'non-working', 'Independence Day on a Saturday'],
    ['2028-12-24', 'non-working', 'Christmas Eve on a Sunday'],
  ])('calls %s %s (%s)', (date, kind) => {
    // when
    const result = finnishDayKind(date);
    // then
    expect(result).toBe(kind);
  });

  it.each(['2025-02-29', '2100-02-29', '2025-13-01', '2025-4-15', '15.4.2025', '', '1582-12-31'])('refuses "%s" with invalid-deadline', (date) => {
    // when
    let thrown: unknown;
    try {
      finnishDayKind(date);
    } catch (error) {
      thrown = error;
    }
    // then
    expect(isPolkuError(thrown) && thrown.code).toBe('invalid-deadline');
  });
});

// date-holidays 3.37 `new Holidays('FI')`, rule by rule, mapped to the brief's categories. The
// library's `type` cannot be used for the mapping: it calls May Day and Independence Day
// `public` like the church holidays, Midsummer Eve and Christmas Eve `bank` like New Year's
// Eve, which the brief does not treat as a day off, and adds two Sundays as `observance`.
const LIBRARY_RULES: Record<string, { type: string; id: FinnishHolidayId | null }> = {
  '01-01': { type: 'public', id: 'new-years-day' },
  '01-06': { type: 'public', id: 'epiphany' },
  'easter -2': { type: 'public', id: 'good-friday' },
  easter: { type: 'public', id: 'easter-day' },
  'easter 1': { type: 'public', id: 'easter-monday' },
  '05-01': { type: 'public', id: 'may-day' },
  'easter 39': { type: 'public', id: 'ascension-day' },
  'easter 49': { type: 'public', id: 'whit-sunday' },
  'friday after 06-19': { type: 'bank', id: 'midsummer-eve' },
  'saturday after 06-20': { type: 'public', id: 'midsummer-day' },
  'saturday after 10-31': { type: 'public', id: 'all-saints-day' },
  '12-06': { type: 'public', id: 'independence-day' },
  '12-24': { type: 'bank', id: 'christmas-eve' },
  '12-25': { type: 'public', id: 'christmas-day' },
  '12-26': { type: 'public', id: 'st-stephens-day' },
  '12-31': { type: 'bank', id: null }, // New Year's Eve: an ordinary working day (brief §4.2)
  '2nd sunday in May': { type: 'observance', id: null }, // Mother's Day, always a Sunday
  '2nd sunday in November': { type: 'observance', id: null }, // Father's Day, always a Sunday
};

describe('agreement with date-holidays', () => {
  const library = new Holidays('FI');

  it('finds the same fifteen days as date-holidays for every year 1950–2200, once its rules are mapped', () => {
    // given
    const disagreements: string[] = [];
    for (let year = 1950; year <= 2200; year++) {
      // when
      const theirs = library
        .getHolidays(year)
        .flatMap((holiday) => {
          const mapped = LIBRARY_RULES[holiday.rule];
          if (!mapped || mapped.type !== holiday.type) return [`unmapped ${holiday.rule} (${holiday.type})`];
          return mapped.id ? [`${holiday.date.slice(0, 10)} ${mapped.id}`] : [];
        })
        .toSorted();
      const ours = finnishHolidays(year).map((holiday) => `${holiday.date} ${holiday.id}`).toSorted();
      // then
      if (JSON.stringify(theirs) !== JSON.stringify(ours)) disagreements.push(`${year}: ${theirs.join(', ')} ≠ ${ours.join(', ')}`);
    }
    expect(disagreements).toEqual([]);
  });

  it('knows every rule date-holidays has for Finland, so an upgrade that adds or retypes one fails here', () => {
    // when
    const rules = new Set(library.getHolidays(2025).map((holiday) => `${holiday.rule} ${holiday.type}`));
    // then
    expect([...rules].toSorted()).toEqual(Object.entries(LIBRARY_RULES).map(([rule, { type }]) => `${rule} ${type}`).toSorted());
  });
});
