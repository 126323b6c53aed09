import { LOCALES, type UiLanguage } from '../i18n/languages';

const cache = new Map<UiLanguage, Intl.DisplayNames>();

/**
 * A candidate's language as a word in the reader's language: "sv" is "Svensk" to a Danish reader and "Swedish"
 * to an English one. A code the browser cannot name is shown as it is rather than hidden.
 */
export function languageName(code: string, uiLanguage: UiLanguage): string {
  let names = cache.get(uiLanguage);
  if (!names) {
    names = new Intl.DisplayNames([LOCALES[uiLanguage]], { type: 'language', fallback: 'code' });
    cache.set(uiLanguage, names);
  }
  // Only what looks like a language tag: an empty code would be named "Root".
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(code)) return code;
  let name: string | undefined;
  try {
    name = names.of(code);
  } catch {
    return code;
  }
  if (!name) return code;
  // Danish writes language names in lower case; at the start of a table cell they read better capitalised.
  return name.charAt(0).toLocaleUpperCase(LOCALES[uiLanguage]) + name.slice(1);
}
