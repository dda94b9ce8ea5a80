const civil = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The Finnish civil date (`YYYY-MM-DD`) of an instant: Swedish formats dates as ISO, and
 * Europe/Helsinki is where the statutory deadlines are counted, whatever the browser's zone.
 * Undefined for an instant that is not a date.
 */
export function helsinkiDate(instant: Date | string): string | undefined {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  return Number.isNaN(date.getTime()) ? undefined : civil.format(date);
}
