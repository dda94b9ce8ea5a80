import type { UiLang } from './strings.js';

/** Finnish and Swedish in Finland write 16.3.2026; English writes 16 March 2026. */
const DATE_OPTIONS: Record<UiLang, [string, Intl.DateTimeFormatOptions]> = {
  fi: ['fi-FI', { day: 'numeric', month: 'numeric', year: 'numeric' }],
  sv: ['sv-FI', { day: 'numeric', month: 'numeric', year: 'numeric' }],
  en: ['en-GB', { day: 'numeric', month: 'long', year: 'numeric' }],
};
const TIME_LOCALES: Record<UiLang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(key: string, create: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let format = formats.get(key);
  if (!format) formats.set(key, (format = create()));
  return format;
}

/**
 * A civil date (`YYYY-MM-DD`, as the deadline engine counts them) in the interface language.
 * Formatted in UTC, so no time zone can move it to the day before.
 */
export function formatDate(date: string, lang: UiLang): string {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return date;
  const instant = new Date(Date.UTC(year, month - 1, day));
  if (Number.isNaN(instant.getTime())) return date;
  const [locale, options] = DATE_OPTIONS[lang];
  return formatFor(`date-${lang}`, () => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })).format(instant);
}

/** The wall-clock time of an instant in Finland, in the interface language: 11.00, 11:00. */
export function formatTime(instant: Date, lang: UiLang): string {
  return formatFor(`time-${lang}`, () => new Intl.DateTimeFormat(TIME_LOCALES[lang], { hour: 'numeric', minute: '2-digit', timeZone: 'Europe/Helsinki' })).format(instant);
}
