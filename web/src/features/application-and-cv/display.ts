import { LOCALES, type UiLanguage } from '../../i18n/languages';

/** Newest first by an instant field; equal instants keep their order. */
export function newestFirst<Item>(items: readonly Item[], instant: (item: Item) => string): Item[] {
  return items
    .map((item, index) => ({ item, index, at: Date.parse(instant(item)) }))
    .sort((a, b) => b.at - a.at || b.index - a.index)
    .map(({ item }) => item);
}

/** "Anna Holm and Bo Madsen" / "Anna Holm og Bo Madsen". */
export function listOfNames(names: readonly string[], language: UiLanguage): string {
  return new Intl.ListFormat(LOCALES[language], { style: 'long', type: 'conjunction' }).format(names);
}

/**
 * A local date and time as typed in a form ("2026-12-04", "10:00"), in words: "fredag den 4. december 2026 kl.
 * 10.00". They are wall-clock values already, so they are formatted as such (in UTC), never moved between zones.
 */
export function formatLocalDateTime(date: string, time: string, language: UiLanguage): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  return new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(Date.UTC(year, month - 1, day, hour, minute)));
}
