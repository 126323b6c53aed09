import { LOCALES, type UiLanguage } from '../../i18n/languages';

/**
 * Local dates of the organisation's calendar (`2026-12-03`) in words. They are days, not instants, so they are
 * written as that day in UTC: no zone can move them to the day before.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

function format(language: UiLanguage, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(LOCALES[language], { ...options, timeZone: 'UTC' });
    formats.set(key, found);
  }
  return found;
}

const asDate = (date: string) => new Date(`${date}T00:00:00Z`);

/** "torsdag 3. dec." / "Thursday 3 Dec". */
export function dayLabel(date: string, language: UiLanguage): string {
  return format(language, { weekday: 'long', day: 'numeric', month: 'short' }).format(asDate(date));
}

/** "30. nov.–6. dec. 2026" / "30 Nov – 6 Dec 2026". */
export function dateRangeLabel(first: string, last: string, language: UiLanguage): string {
  return format(language, { day: 'numeric', month: 'short', year: 'numeric' }).formatRange(asDate(first), asDate(last));
}

/** "man." / "Mon": a column heading of the month. */
export function weekdayShortLabel(date: string, language: UiLanguage): string {
  return format(language, { weekday: 'short' }).format(asDate(date));
}

/** "mandag" / "Monday": what a column heading stands for, to a screen reader. */
export function weekdayLabel(date: string, language: UiLanguage): string {
  return format(language, { weekday: 'long' }).format(asDate(date));
}

/** "december 2026" / "December 2026". */
export function monthLabel(month: string, language: UiLanguage): string {
  return format(language, { month: 'long', year: 'numeric' }).format(asDate(`${month}-01`));
}
