import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '../domain/languages.js';
import { ANSWERS } from '../domain/response-status.js';
import { PAGE_TEXTS, pageLanguage, pageTexts } from './texts.js';

function stringsOf(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => stringsOf(inner, `${path}.${key}`));
}

describe('PAGE_TEXTS', () => {
  it('words the four answers as the source does, in Danish and in English', () => {
    expect(PAGE_TEXTS.da.answers).toEqual({
      accepted: 'Ja tak, jeg vil gerne deltage',
      declined: 'Nej tak, jeg ønsker ikke at deltage',
      new_time_requested: 'Kontakt mig for en ny aftale',
      not_relevant: 'Annullér min ansøgning',
    });
    expect(PAGE_TEXTS.en.answers).toEqual({
      accepted: 'Yes, I would like to attend',
      declined: 'No, I do not wish to attend',
      new_time_requested: 'Contact me for a new appointment',
      not_relevant: 'Cancel my application',
    });
  });

  it('words the four answers differently from one another in every language', () => {
    for (const language of SUPPORTED_LANGUAGES) {
      expect(new Set(ANSWERS.map((answer) => PAGE_TEXTS[language].answers[answer])).size).toBe(ANSWERS.length);
    }
  });

  it('has every text in every language, none empty, none with a placeholder or markup', () => {
    const shape = stringsOf(PAGE_TEXTS.da).map(([path]) => path);
    for (const language of SUPPORTED_LANGUAGES) {
      const strings = stringsOf(PAGE_TEXTS[language]);
      expect(strings.map(([path]) => path)).toEqual(shape);
      for (const [path, text] of strings) {
        expect(text.trim(), `${language}${path}`).not.toBe('');
        expect(text, `${language}${path}`).not.toMatch(/[{}<>]/);
      }
    }
  });

  it('does not write the same sentence in two languages, a sign of a text left untranslated', () => {
    const [da, ...others] = SUPPORTED_LANGUAGES.map((language) => new Set(stringsOf(PAGE_TEXTS[language]).map(([, text]) => text)));
    for (const other of others) {
      const shared = [...(da ?? [])].filter((text) => other.has(text) && text.length > 12);
      expect(shared).toEqual([]);
    }
  });
});

describe('pageTexts', () => {
  it('picks a supported language, written with a region or in another case too', () => {
    expect(pageTexts('sv', 'da')).toBe(PAGE_TEXTS.sv);
    expect(pageTexts('nb-NO', 'da')).toBe(PAGE_TEXTS.nb);
    expect(pageTexts('da_DK', 'en')).toBe(PAGE_TEXTS.da);
    expect(pageTexts(' EN ', 'da')).toBe(PAGE_TEXTS.en);
  });

  it('falls back to the given default language for an unknown language code', () => {
    expect(pageTexts('de', 'da')).toBe(PAGE_TEXTS.da);
    expect(pageTexts('no', 'en')).toBe(PAGE_TEXTS.en);
    expect(pageTexts('', 'sv')).toBe(PAGE_TEXTS.sv);
    expect(pageLanguage('fr-CA', 'nb')).toBe('nb');
  });
});
