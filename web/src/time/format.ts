import { LOCALES, type UiLanguage } from '../i18n/languages';

/**
 * Every time on the screens is an instant shown in the organisation's zone, never the browser's: a recruiter in
 * New York reading a Copenhagen interview must see Copenhagen's 10:00. One formatter per use keeps them alike.
 */
const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(language: UiLanguage, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${timeZone}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], { ...options, timeZone });
    cache.set(key, format);
  }
  return format;
}

/** A date and time in words, as formatDateTime and formatLocalDateTime write them. */
const DATE_TIME_IN_WORDS: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
};

/** "tirsdag 1. december 2026 kl. 10.00 CET" / "Tuesday 1 December 2026 at 10:00 CET". */
export function formatDateTime(instant: string, timeZone: string, language: UiLanguage): string {
  return formatter(language, timeZone, { ...DATE_TIME_IN_WORDS, timeZoneName: 'short' }).format(new Date(instant));
}

/**
 * A local date and time as typed in a form ("2026-12-04", "10:00"), in words: "fredag den 4. december 2026 kl.
 * 10.00". They are wall-clock values already, so they are formatted as such (in UTC), never moved between zones.
 */
export function formatLocalDateTime(date: string, time: string, language: UiLanguage): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  return formatter(language, 'UTC', DATE_TIME_IN_WORDS).format(new Date(Date.UTC(year, month - 1, day, hour, minute)));
}

/** "1. dec. 2026 10.00" / "1 Dec 2026, 10:00": for lists, where the zone is named once in the heading. */
export function formatShortDateTime(instant: string, timeZone: string, language: UiLanguage): string {
  return formatter(language, timeZone, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant));
}

/** "1. dec. 2026" / "1 Dec 2026". */
export function formatDate(instant: string, timeZone: string, language: UiLanguage): string {
  return formatter(language, timeZone, { dateStyle: 'medium' }).format(new Date(instant));
}

/** "10.00–10.45" / "10:00–10:45": an interview's span on its day. */
export function formatTimeRange(start: string, end: string, timeZone: string, language: UiLanguage): string {
  return formatter(language, timeZone, { hour: '2-digit', minute: '2-digit' }).formatRange(new Date(start), new Date(end));
}

/**
 * The zone's name in the reader's language, as written in a sentence ("Tidspunkter vises i centraleuropæisk tid",
 * "… in Central European Time"): Intl capitalises the Danish name as a heading would, and Danish writes it in lower
 * case mid-sentence, as the candidate pages do.
 */
export function zoneName(timeZone: string, language: UiLanguage, at = new Date()): string {
  const parts = formatter(language, timeZone, { timeZoneName: 'longGeneric' }).formatToParts(at);
  const name = parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  return language === 'da' ? name.charAt(0).toLocaleLowerCase('da-DK') + name.slice(1) : name;
}
