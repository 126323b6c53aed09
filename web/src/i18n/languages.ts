/** The languages of the recruiter's screens. Candidates' languages (emails, answer page) are more. */
export const UI_LANGUAGES = ['da', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

const STORAGE_KEY = 'samtale.language';

export function isUiLanguage(value: unknown): value is UiLanguage {
  return (UI_LANGUAGES as readonly unknown[]).includes(value);
}

/** BCP 47 locales for dates and numbers: British English writes dates the way Nordic readers expect. */
export const LOCALES: Record<UiLanguage, string> = { da: 'da-DK', en: 'en-GB' };

/** The user's own choice, remembered in this browser. */
export function chosenLanguage(storage: Pick<Storage, 'getItem'>): UiLanguage | null {
  const value = storage.getItem(STORAGE_KEY);
  return isUiLanguage(value) ? value : null;
}

export function rememberLanguage(storage: Pick<Storage, 'setItem'>, language: UiLanguage): void {
  storage.setItem(STORAGE_KEY, language);
}

/**
 * The language to show: the user's choice if they made one, else the organisation's (a Swedish or Norwegian
 * organisation reads English until the screens speak their language), else the browser's.
 */
export function languageToShow(choice: UiLanguage | null, organisationLanguage: string | null, browserLanguages: readonly string[]): UiLanguage {
  if (choice) return choice;
  if (organisationLanguage) return isUiLanguage(organisationLanguage) ? organisationLanguage : 'en';
  const preferred = browserLanguages.map((tag) => tag.slice(0, 2).toLowerCase()).find(isUiLanguage);
  return preferred ?? 'en';
}
