import { afterEach, describe, expect, it, vi } from 'vitest';
import { isPolkuError } from '../../errors/polku-error.js';
import type { Deadline } from '../../ir/types.js';
import { daysLeft, deadlineProblem, dueDates, type DeadlineRule } from './count-deadline.js';
import { finnishDayKind } from './finnish-calendar.js';

function rule(duration: string, counting: Deadline['counting'] = 'working-days', firstDayCounts = false): DeadlineRule {
  return { duration, counting, firstDayCounts };
}

function errorOf(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  return undefined;
}

const D02 = rule('P7D'); // LSL 26 § 5 mom.: start the service-needs assessment by the 7th working day
const D03 = rule('P3M', 'calendar'); // complete it within 3 months
const D08 = rule('P30D', 'calendar', true); // LSL 38 § 2 mom.: emergency placement, placement day is day 1
const D21 = rule('P30D', 'calendar'); // appeal period, MääräaikaL 2 § and 5 §

describe('dueDates, working days (domain brief §4.3)', () => {
  it.each([
    ['2025-04-15', '2025-04-28', '2025-04-28', 'Easter (Good Fri, Easter Mon) skipped in both'],
    ['2025-04-29', '2025-05-08', '2025-05-09', 'May Day (Thu 1.5.)'],
    ['2025-06-12', '2025-06-23', '2025-06-24', 'Midsummer Eve (Fri 20.6.)'],
    ['2025-12-02', '2025-12-11', '2025-12-11', 'Independence Day is a Saturday in 2025'],
    ['2025-12-22', '2026-01-05', '2026-01-07', 'Christmas Eve; Epiphany Tue 6.1.2026'],
    ['2026-12-18', '2026-12-30', '2026-12-31', 'Christmas Eve (Thu 24.12.2026)'],
    ['2025-01-02', '2025-01-14', '2025-01-14', 'Epiphany (Mon 6.1.) skipped in both'],
  ])('initiated %s: strict target %s, latest lawful %s (%s)', (start, target, latest) => {
    // when
    const due = dueDates(D02, start);
    // then
    expect(due).toEqual({ target, latest });
  });

  it('follows THL’s example: a contact on a Tuesday is due on the Thursday of the following week', () => {
    // when
    const due = dueDates(D02, '2025-03-04');
    // then
    expect(due).toEqual({ target: '2025-03-13', latest: '2025-03-13' });
  });

  it('does not count the start day, also when it is a holiday: day 1 is the next working day', () => {
    // given: Sat 19.4.2025, between Good Friday and Easter Monday
    // when
    const due = dueDates(rule('P1D'), '2025-04-19');
    // then
    expect(due).toEqual({ target: '2025-04-22', latest: '2025-04-22' });
  });

  it('counts across the turn of the year past Christmas and New Year', () => {
    // when
    const acrossNewYear = dueDates(rule('P3D'), '2025-12-30');
    const acrossChristmas = dueDates(rule('P5D'), '2024-12-20');
    // then
    expect(acrossNewYear).toEqual({ target: '2026-01-05', latest: '2026-01-05' });
    expect(acrossChristmas).toEqual({ target: '2024-12-31', latest: '2025-01-02' });
  });

  it('counts a leap day as an ordinary working day', () => {
    // when
    const due = dueDates(rule('P2D'), '2024-02-28');
    // then
    expect(due).toEqual({ target: '2024-03-01', latest: '2024-03-01' });
  });

  it('counts the start day itself when firstDayCounts is set and it is a working day', () => {
    // when
    const fromMonday = dueDates(rule('P5D', 'working-days', true), '2025-03-10');
    const fromSaturday = dueDates(rule('P1D', 'working-days', true), '2025-03-08');
    // then
    expect(fromMonday).toEqual({ target: '2025-03-14', latest: '2025-03-14' });
    expect(fromSaturday).toEqual({ target: '2025-03-10', latest: '2025-03-10' });
  });

  it('always ends on a working day, latest never before target, and target is the Nth working day (every start 2024–2030)', () => {
    // given
    const problems: string[] = [];
    for (let day = Date.UTC(2024, 0, 1); day <= Date.UTC(2030, 11, 31); day += 86_400_000) {
      const start = new Date(day).toISOString().slice(0, 10);
      // when
      const { target, latest } = dueDates(D02, start);
      // then
      if (latest < target || finnishDayKind(target) === 'non-working' || finnishDayKind(latest) !== 'working' || daysLeft(target, start, 'working-days') !== 7) {
        problems.push(`${start}: ${target} / ${latest}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('dueDates, calendar limits', () => {
  it.each([
    ['2025-11-30', '2026-02-28', '2026-03-02', '28.2.2026 is a Saturday'],
    ['2023-11-30', '2024-02-29', '2024-02-29', 'a leap year'],
  ])('ends 3 months after %s on the month’s last day %s, latest %s (MääräaikaL 3 §; %s)', (start, target, latest) => {
    // when
    const due = dueDates(D03, start);
    // then
    expect(due).toEqual({ target, latest });
  });

  it('counts the placement day as day 1 of an emergency placement: placed 10.3.2025, day 30 is 8.4.2025', () => {
    // when
    const due = dueDates(D08, '2025-03-10');
    // then
    expect(due).toEqual({ target: '2025-04-08', latest: '2025-04-08' });
  });

  it.each([
    ['2025-04-01', '2025-05-01', '2025-05-02', 'May Day, a Thursday'],
    ['2025-04-03', '2025-05-03', '2025-05-05', 'an ordinary Saturday'],
    ['2025-03-19', '2025-04-18', '2025-04-22', 'Good Friday, then Easter'],
    ['2025-05-21', '2025-06-20', '2025-06-23', 'Midsummer Eve, then Midsummer Day'],
    ['2024-11-06', '2024-12-06', '2024-12-09', 'Independence Day, a Friday'],
    ['2025-11-24', '2025-12-24', '2025-12-29', 'Christmas Eve, then Christmas'],
  ])('moves a 30-day limit from %s ending %s to %s (MääräaikaL 5 §: %s)', (start, target, latest) => {
    // when
    const due = dueDates(D21, start);
    // then
    expect(due).toEqual({ target, latest });
  });

  it.each([
    ['P1Y', '2024-02-29', '2025-02-28'],
    ['P12M', '2024-02-29', '2025-02-28'],
    ['P4Y', '2024-02-29', '2028-02-29'],
    ['P1M', '2024-01-31', '2024-02-29'],
    ['P1M', '2025-01-31', '2025-02-28'],
    ['P1M', '2000-01-31', '2000-02-29'],
    ['P1M', '2100-01-31', '2100-02-28'],
    ['P2D', '2024-02-28', '2024-03-01'],
    ['P2D', '2023-02-28', '2023-03-02'],
  ])('handles leap years: %s from %s ends %s', (duration, start, target) => {
    // when
    const due = dueDates(rule(duration, 'calendar'), start);
    // then
    expect(due.target).toBe(target);
  });

  it('crosses the turn of the year in days and in months', () => {
    // when
    const days = dueDates(D21, '2025-12-15');
    const month = dueDates(rule('P1M', 'calendar'), '2025-12-31');
    // then
    expect(days).toEqual({ target: '2026-01-14', latest: '2026-01-14' });
    expect(month).toEqual({ target: '2026-01-31', latest: '2026-02-02' });
  });

  it('adds weeks as seven days and days after months', () => {
    // when
    const weeks = dueDates(rule('P2W', 'calendar'), '2025-04-01');
    const yearAndHalf = dueDates(rule('P1Y6M', 'calendar'), '2025-01-31');
    const monthAndDay = dueDates(rule('P1M1D', 'calendar'), '2025-01-31');
    // then
    expect(weeks.target).toBe('2025-04-15');
    expect(yearAndHalf.target).toBe('2026-07-31');
    expect(monthAndDay).toEqual({ target: '2025-03-01', latest: '2025-03-03' });
  });

  it('ends a month counted from an included first day on the day before the same day number', () => {
    // when
    const fromTenth = dueDates(rule('P1M', 'calendar', true), '2025-03-10');
    const fromFirst = dueDates(rule('P1M', 'calendar', true), '2025-03-01');
    // then
    expect(fromTenth.target).toBe('2025-04-09');
    expect(fromFirst.target).toBe('2025-03-31');
  });
});

describe('daysLeft', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts the working days after today up to the due day, the ambiguous days included as in target', () => {
    // when
    const toTarget = daysLeft('2025-05-08', '2025-04-29', 'working-days');
    const toLatest = daysLeft('2025-05-09', '2025-04-29', 'working-days');
    const overChristmas = daysLeft('2026-01-07', '2025-12-22', 'working-days');
    // then
    expect([toTarget, toLatest, overChristmas]).toEqual([7, 8, 8]);
  });

  it('is 0 on the due day and negative once it has passed, at least -1 after a weekend', () => {
    // given: due Friday 9.5.2025
    const due = '2025-05-09';
    // when
    const left = ['2025-05-09', '2025-05-10', '2025-05-12', '2025-05-13'].map((today) => daysLeft(due, today, 'working-days'));
    // then
    expect(left).toEqual([0, -1, -1, -2]);
  });

  it('counts calendar days plainly, across the year and the leap day', () => {
    // when
    const left = [
      daysLeft('2025-04-08', '2025-04-10', 'calendar'),
      daysLeft('2026-01-05', '2025-12-22', 'calendar'),
      daysLeft('2024-03-01', '2024-02-28', 'calendar'),
    ];
    // then
    expect(left).toEqual([-2, 14, 2]);
  });

  it('previews "what if it is the 30th day" of an emergency placement from the date it is given', () => {
    // given
    const { target } = dueDates(D08, '2025-03-10');
    // when
    const onFirstDay = daysLeft(target, '2025-03-10', 'calendar');
    const onThirtiethDay = daysLeft(target, '2025-04-08', 'calendar');
    // then
    expect([onFirstDay, onThirtiethDay]).toEqual([29, 0]);
  });

  it('never reads the clock: the same answers whatever the system time', () => {
    // given
    const before = [dueDates(D02, '2025-12-22'), daysLeft('2025-05-09', '2025-04-29', 'working-days')];
    // when
    vi.useFakeTimers();
    vi.setSystemTime(new Date('1999-12-31T23:59:59Z'));
    const after = [dueDates(D02, '2025-12-22'), daysLeft('2025-05-09', '2025-04-29', 'working-days')];
    // then
    expect(after).toEqual(before);
  });
});

describe('invalid input', () => {
  it.each([
    ['7 days', 'working-days'],
    ['P', 'working-days'],
    ['P7', 'working-days'],
    ['p7d', 'working-days'],
    ['P-7D', 'working-days'],
    ['P7.5D', 'working-days'],
    ['', 'working-days'],
    ['P0D', 'working-days'],
    ['P1M', 'working-days'],
    ['P1W', 'working-days'],
    ['PT12H', 'calendar'],
    ['P1DT12H', 'calendar'],
    ['P1Y2M3W4DT5H', 'calendar'],
    ['P0M', 'calendar'],
  ] as const)('refuses the duration "%s" counted in %s with invalid-deadline', (duration, counting) => {
    // when
    const thrown = errorOf(() => dueDates(rule(duration, counting), '2025-04-15'));
    // then
    expect(isPolkuError(thrown) && thrown.code).toBe('invalid-deadline');
    expect((thrown as Error).message).toContain(`"${duration}"`);
    expect((thrown as Error).message).toContain('see docs/errors/invalid-deadline.md');
  });

  it('says why an hour limit is refused', () => {
    // when
    const problem = deadlineProblem(rule('PT12H', 'calendar'));
    // then
    expect(problem).toMatch(/Hours and minutes are not date limits/);
  });

  it('refuses an unknown counting, from dueDates and daysLeft', () => {
    // given
    const weekdays = { duration: 'P7D', counting: 'weekdays', firstDayCounts: false } as unknown as DeadlineRule;
    // when
    const fromDueDates = errorOf(() => dueDates(weekdays, '2025-04-15'));
    const fromDaysLeft = errorOf(() => daysLeft('2025-04-15', '2025-04-10', 'weekdays' as Deadline['counting']));
    // then
    expect([fromDueDates, fromDaysLeft].map((error) => isPolkuError(error) && error.code)).toEqual(['invalid-deadline', 'invalid-deadline']);
  });

  it.each(['2025-02-30', '2025-2-3', '10.3.2025', '', '0099-01-01', '2025-04-15T00:00'])('refuses the start date "%s" with invalid-deadline', (start) => {
    // when
    const thrown = errorOf(() => dueDates(D02, start));
    // then
    expect(isPolkuError(thrown) && thrown.code).toBe('invalid-deadline');
  });

  it('refuses bad dates given to daysLeft', () => {
    // when
    const badDue = errorOf(() => daysLeft('2025-02-29', '2025-02-01', 'calendar'));
    const badToday = errorOf(() => daysLeft('2025-03-01', 'today', 'working-days'));
    // then
    expect([badDue, badToday].map((error) => isPolkuError(error) && error.code)).toEqual(['invalid-deadline', 'invalid-deadline']);
  });

  it.each([
    ['P8000Y', 'calendar'],
    ['P99999999999D', 'calendar'],
    ['P99999999999D', 'working-days'],
  ] as const)('refuses %s counted in %s because it ends after the year 9999, without counting that far', (duration, counting) => {
    // when
    const thrown = errorOf(() => dueDates(rule(duration, counting), '2025-04-15'));
    // then
    expect(isPolkuError(thrown) && thrown.code).toBe('invalid-deadline');
  });

  it('tells the compiler nothing is wrong with a countable deadline', () => {
    // when
    const problems = [D02, D03, D08, D21, rule('P2W', 'calendar')].map(deadlineProblem);
    // then
    expect(problems).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});
