import { describe, expect, it } from 'vitest';
import { languageName } from './language-name';

describe("a candidate's language", () => {
  it('is named in the language of the screens', () => {
    expect(languageName('sv', 'da')).toBe('Svensk');
    expect(languageName('sv', 'en')).toBe('Swedish');
    expect(languageName('da', 'en')).toBe('Danish');
    expect(languageName('nb', 'en')).toBe('Norwegian Bokmål');
  });

  it('starts with a capital letter even where the language writes its names in lower case', () => {
    expect(languageName('da', 'da')).toBe('Dansk');
    expect(languageName('sv', 'da')).toMatch(/^S/);
  });

  it('is shown as its code when it is not a language code at all', () => {
    expect(languageName('not a code', 'en')).toBe('not a code');
    expect(languageName('', 'da')).toBe('');
  });
});
