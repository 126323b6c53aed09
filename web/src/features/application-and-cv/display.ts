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
