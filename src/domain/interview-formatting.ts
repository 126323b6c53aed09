import { TEXTS } from './i18n.js';
import type { Language } from './languages.js';
import { dateTimeFormat, listFormat, numberFormat } from './intl-cache.js';

// Everything is shown in the organisation's zone, named, so a candidate elsewhere can tell which clock is meant.

/** The local calendar date of the interview, e.g. "mandag den 6. juli 2026". */
export function formatInterviewDate(startsAt: Date, timeZone: string, language: Language): string {
  return dateTimeFormat(TEXTS[language].locale, { dateStyle: 'full', timeZone }).format(startsAt);
}

function zoneName(instant: Date, timeZone: string, locale: string): string {
  const parts = dateTimeFormat(locale, { timeZone, timeZoneName: 'short' }).formatToParts(instant);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/**
 * E.g. "09.00–09.45 CEST". Not Intl's formatRange: it repeats the date when the interview runs past midnight
 * and names only one zone when it spans a change of summer time, showing a start later than the end.
 */
export function formatInterviewTime(startsAt: Date, endsAt: Date, timeZone: string, language: Language): string {
  const { locale } = TEXTS[language];
  const clock = dateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
  const startZone = zoneName(startsAt, timeZone, locale);
  const endZone = zoneName(endsAt, timeZone, locale);
  const start = clock.format(startsAt);
  const end = clock.format(endsAt);
  return startZone === endZone ? `${start}–${end} ${endZone}` : `${start} ${startZone}–${end} ${endZone}`;
}

/**
 * A moment with its zone named, e.g. "mandag den 9. marts 2026 kl. 10.00 CET": a booking deadline, which the
 * candidate reads against their own clock.
 */
export function formatMoment(instant: Date, timeZone: string, language: Language): string {
  const { locale } = TEXTS[language];
  const moment = dateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', hourCycle: 'h23', timeZone }).format(instant);
  return `${moment} ${zoneName(instant, timeZone, locale)}`;
}

/**
 * The zone's name whatever the season, as written in a sentence, e.g. "centraleuropæisk tid": the times of a booking page may fall on both
 * sides of a change of summer time.
 */
export function formatZoneName(timeZone: string, language: Language, at: Date): string {
  const { locale } = TEXTS[language];
  const parts = dateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' }).formatToParts(at);
  const name = parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  // Intl names a Danish zone as a heading would ("Centraleuropæisk tid"); in a sentence Danish writes it in lower
  // case, as Swedish and Norwegian names already come. English keeps its capitals.
  return language === 'da' ? name.charAt(0).toLocaleLowerCase(locale) + name.slice(1) : name;
}

/** E.g. "45 minutter", "1 time og 30 minutter". */
export function formatDuration(minutes: number, language: Language): string {
  if (!Number.isInteger(minutes) || minutes <= 0) throw new RangeError(`A duration is a positive whole number of minutes, not ${minutes}`);
  const { locale } = TEXTS[language];
  const amount = (value: number, unit: 'hour' | 'minute') =>
    numberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts: string[] = [];
  if (hours > 0) parts.push(amount(hours, 'hour'));
  if (rest > 0) parts.push(amount(rest, 'minute'));
  return formatList(parts, locale);
}

function formatList(items: string[], locale: string): string {
  return listFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

/** E.g. "Anna Holm og Bo Lindqvist". */
export function formatNameList(names: string[], language: Language): string {
  return formatList(names, TEXTS[language].locale);
}
