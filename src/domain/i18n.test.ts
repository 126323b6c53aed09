import { describe, expect, it } from 'vitest';
import { TEXTS, textsFor } from './i18n.js';
import { INTERVIEW_TYPES } from './interview.js';
import { SUPPORTED_LANGUAGES } from './languages.js';
import { containsConfirmLink, unknownVariables } from './template.js';

describe('TEXTS', () => {
  it('names every interview type in every language, each differently', () => {
    for (const language of SUPPORTED_LANGUAGES) {
      const names = INTERVIEW_TYPES.map((type) => TEXTS[language].interviewTypes[type]);
      expect(names.every((name) => name.trim() !== '')).toBe(true);
      expect(new Set(names).size).toBe(INTERVIEW_TYPES.length);
    }
  });

  it('holds {confirmlink} and no unknown variable in every confirm-link and booking-link sentence', () => {
    for (const language of SUPPORTED_LANGUAGES) {
      for (const sentence of [TEXTS[language].confirmLinkSentence, TEXTS[language].bookingLinkSentence]) {
        expect(containsConfirmLink(sentence)).toBe(true);
        expect(unknownVariables(sentence)).toEqual([]);
      }
    }
  });

  it('formats in a locale of each language', () => {
    for (const language of SUPPORTED_LANGUAGES) {
      expect(new Intl.Locale(TEXTS[language].locale).language).toBe(language);
    }
  });
});

describe('textsFor', () => {
  it('picks a supported language', () => {
    expect(textsFor('sv', 'da')).toBe(TEXTS.sv);
    expect(textsFor('da', 'en').interviewTypes.phone).toBe('telefonsamtale');
  });

  it('reads a language written with a region or in another case', () => {
    expect(textsFor('nb-NO', 'da')).toBe(TEXTS.nb);
    expect(textsFor('da_DK', 'en')).toBe(TEXTS.da);
    expect(textsFor(' EN ', 'da')).toBe(TEXTS.en);
  });

  it('falls back for a language Samtale does not ship', () => {
    expect(textsFor('de', 'da')).toBe(TEXTS.da);
    expect(textsFor('', 'en')).toBe(TEXTS.en);
  });
});
