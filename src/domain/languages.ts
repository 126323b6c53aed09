/** Languages Samtale ships text for (emails, the candidate's page); an organisation enables some and picks a default. */
export const SUPPORTED_LANGUAGES = ['da', 'en', 'sv', 'nb'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

export function isSupportedLanguage(value: string): value is Language {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}
