import { describe, expect, it } from 'vitest';
import { languageFallbacks, languageTabs, variantLanguageOf } from './message-languages';

const written = ['da', 'en', 'sv'] as const;

describe('the variant a candidate gets', () => {
  it('is their own language when the organisation writes it', () => {
    expect(variantLanguageOf('en', written, 'da')).toEqual({ language: 'en', fellBack: false });
  });

  it("falls back to the organisation's default when their language is not written", () => {
    expect(variantLanguageOf('nb', written, 'da')).toEqual({ language: 'da', fellBack: true });
  });

  it('falls back for a language Samtale does not ship, as the server does', () => {
    expect(variantLanguageOf('de', written, 'da')).toEqual({ language: 'da', fellBack: true });
  });
});

describe('the language tabs', () => {
  it('give one tab per language in use with how many candidates get it, the default language first', () => {
    const applicants = [{ language: 'en' }, { language: 'da' }, { language: 'da' }];
    expect(languageTabs(applicants, written, 'da')).toEqual([
      { language: 'da', candidates: 2 },
      { language: 'en', candidates: 1 },
    ]);
  });

  it('count a candidate who falls back under the default language', () => {
    expect(languageTabs([{ language: 'nb' }, { language: 'sv' }], written, 'da')).toEqual([
      { language: 'da', candidates: 1 },
      { language: 'sv', candidates: 1 },
    ]);
  });

  it('hold only the languages in use', () => {
    expect(languageTabs([{ language: 'sv' }], written, 'da')).toEqual([{ language: 'sv', candidates: 1 }]);
  });
});

describe('the language fallbacks', () => {
  it('name the candidates whose own language has no variant', () => {
    const applicants = [
      { name: 'Ingrid', language: 'nb' },
      { name: 'Mette', language: 'da' },
    ];
    expect(languageFallbacks(applicants, written, 'da')).toEqual([{ name: 'Ingrid', language: 'nb' }]);
  });
});
