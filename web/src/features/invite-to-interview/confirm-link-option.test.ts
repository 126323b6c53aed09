import { describe, expect, it } from 'vitest';
import { confirmLinkDefault, includesConfirmLink } from './confirm-link-option';

const variants = (daBody: string, enBody: string) => ({ da: { subject: 's', body: daBody }, en: { subject: 's', body: enBody } });

describe('"Include a link"', () => {
  it('starts ticked when the one variant in use lacks {confirmlink}', () => {
    expect(confirmLinkDefault({ variants: variants('Hej', '{confirmlink}') }, ['da'])).toBe(true);
  });

  it('starts unticked when the one variant in use holds {confirmlink}', () => {
    expect(confirmLinkDefault({ variants: variants('Svar: {confirmlink}', 'Hi') }, ['da'])).toBe(false);
  });

  it('starts unticked when every language variant holds {confirmlink}, however it is capitalised', () => {
    expect(confirmLinkDefault({ variants: variants('{confirmlink}', '{ConfirmLink}') }, ['da', 'en'])).toBe(false);
  });

  it('starts ticked when every language variant lacks it', () => {
    expect(confirmLinkDefault({ variants: variants('Hej', 'Hi') }, ['da', 'en'])).toBe(true);
  });

  it('starts ticked when only some variants hold it, so no candidate is left without a way to answer', () => {
    expect(confirmLinkDefault({ variants: variants('{confirmlink}', 'Hi') }, ['da', 'en'])).toBe(true);
  });

  it("follows the recruiter's choice over the default", () => {
    expect(includesConfirmLink({ variants: variants('Hej', 'Hi'), includeConfirmLink: false }, ['da', 'en'])).toBe(false);
    expect(includesConfirmLink({ variants: variants('{confirmlink}', 'Hi'), includeConfirmLink: null }, ['da'])).toBe(false);
  });
});
