import { PolkuError } from '../../errors/polku-error.js';

/**
 * A Finnish civil date as a day number: days since 1970-01-01. The deadline engine works on
 * day numbers only, so no host time zone or clock can shift a date by one.
 */
export type DayNumber = number;

/** ISO weekday numbers, Monday = 1 … Sunday = 7. */
export const FRIDAY = 5;
export const SATURDAY = 6;
export const SUNDAY = 7;

/** Gregorian Easter is defined from 1583; four-digit years keep `YYYY-MM-DD` unambiguous. */
export const MIN_YEAR = 1583;
export const MAX_YEAR = 9999;

const MS_PER_DAY = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The engine's one error, `invalid-deadline`; the message says what is wrong and what to do. */
export function invalidDeadline(message: string): PolkuError {
  return new PolkuError('invalid-deadline', message);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Years from MIN_YEAR on, so `Date.UTC` never reads a two-digit year as 19xx. */
export function toDayNumber(year: number, month: number, day: number): DayNumber {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** Reads `YYYY-MM-DD`; `what` names the argument in the error ("start date", "today"). */
export function parseDate(value: string, what: string): DayNumber {
  const match = typeof value === 'string' ? DATE.exec(value) : null;
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (year >= MIN_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return toDayNumber(year, month, day);
    }
  }
  throw invalidDeadline(
    `The ${what} "${String(value)}" is not a calendar date written as YYYY-MM-DD (years ${MIN_YEAR}–${MAX_YEAR}); pass e.g. "2025-04-15".`,
  );
}

export function yearMonthDay(dayNumber: DayNumber): { year: number; month: number; day: number } {
  const date = new Date(dayNumber * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function formatDate(dayNumber: DayNumber): string {
  const { year, month, day } = yearMonthDay(dayNumber);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 1970-01-01 was a Thursday (4). */
export function weekdayOf(dayNumber: DayNumber): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

/** The first day on or after `dayNumber` that falls on `weekday` ("the Saturday after 19 June"). */
export function weekdayOnOrAfter(dayNumber: DayNumber, weekday: number): DayNumber {
  return dayNumber + ((weekday - weekdayOf(dayNumber) + 7) % 7);
}

/**
 * Adds calendar months the MääräaikaL 3 § way: the same day number, or the last day of the
 * month when it has no such day (30.11. + 3 months → 28.2. or 29.2.).
 */
export function addMonths(dayNumber: DayNumber, months: number): DayNumber {
  const { year, month, day } = yearMonthDay(dayNumber);
  const monthIndex = month - 1 + months;
  const targetYear = year + Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  return toDayNumber(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

export const LAST_DAY: DayNumber = toDayNumber(MAX_YEAR, 12, 31);
