/** Languages Samtale ships text for (emails, the candidate's page); an organisation enables some and picks a default. */
export const SUPPORTED_LANGUAGES = ['da', 'en', 'sv', 'nb'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

export function isSupportedLanguage(value: string): value is Language {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

/** The language if Samtale ships it, else the fallback (the organisation's default). */
export function languageOr(language: string, fallback: Language): Language {
  return isSupportedLanguage(language) ? language : fallback;
}

/** Like `languageOr`, but reading only the language part of a tag written loosely: "da-DK", "da_DK", " EN ". */
export function languageOfTag(tag: string, fallback: Language): Language {
  return languageOr(tag.trim().toLowerCase().split(/[-_]/)[0] ?? '', fallback);
}
