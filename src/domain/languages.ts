/** Languages Samtale ships text for; an organisation enables a subset and picks a default among them. */
export const SUPPORTED_LANGUAGES = ['da', 'en', 'sv', 'nb', 'fi', 'de'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

export function isSupportedLanguage(value: string): value is Language {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}
