import { describe, expect, it } from 'vitest';
import { chosenLanguage, languageToShow, rememberLanguage } from './languages';

describe('the language of the screens', () => {
  it("is the user's own choice above everything else", () => {
    expect(languageToShow('en', 'da', ['da-DK'])).toBe('en');
  });

  it("is the organisation's language when the user has not chosen", () => {
    expect(languageToShow(null, 'da', ['en-US'])).toBe('da');
  });

  it('is English for an organisation whose language the screens do not speak yet', () => {
    expect(languageToShow(null, 'sv', ['sv-SE'])).toBe('en');
  });

  it("is the browser's before sign-in, and English when the browser prefers neither", () => {
    expect(languageToShow(null, null, ['nb-NO', 'da-DK'])).toBe('da');
    expect(languageToShow(null, null, ['fr-FR'])).toBe('en');
  });

  it('is remembered in the browser, and anything else stored there is ignored', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (key: string) => store.get(key) ?? null, setItem: (key: string, value: string) => void store.set(key, value) };
    expect(chosenLanguage(storage)).toBeNull();
    rememberLanguage(storage, 'da');
    expect(chosenLanguage(storage)).toBe('da');
    store.set('samtale.language', 'klingon');
    expect(chosenLanguage(storage)).toBeNull();
  });
});
