import { LOCALES, type UiLanguage } from '../../i18n/languages';

/**
 * A candidate's language as a name in the reader's language ("da" → "Dansk" / "Danish"); a code Intl does not
 * know is shown as it is.
 */
export function languageName(code: string, language: UiLanguage): string {
  try {
    const name = new Intl.DisplayNames([LOCALES[language]], { type: 'language', fallback: 'code' }).of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(LOCALES[language]) + name.slice(1);
  } catch {
    return code;
  }
}

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
