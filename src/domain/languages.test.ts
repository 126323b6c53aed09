import { describe, expect, it } from 'vitest';
import { languageOfTag, languageOr } from './languages.js';

describe('languages', () => {
  it('keeps a language Samtale ships and falls back for any other', () => {
    expect(languageOr('sv', 'da')).toBe('sv');
    expect(languageOr('fi', 'da')).toBe('da');
    expect(languageOr('da-DK', 'en')).toBe('en');
  });

  it('reads the language part of a loosely written tag', () => {
    expect(languageOfTag(' NB_no ', 'da')).toBe('nb');
    expect(languageOfTag('en-GB', 'da')).toBe('en');
    expect(languageOfTag('', 'da')).toBe('da');
  });
});
