import { describe, expect, it } from 'vitest';
import { defaultIncludeConfirmLink, withConfirmLink } from './confirm-link.js';
import { SUPPORTED_LANGUAGES } from './languages.js';

const WITH_LINK = 'Kære {firstname}\n\nSvar her: {confirmlink}';
const WITHOUT_LINK = 'Kære {firstname}\n\nVi ses.';

describe('defaultIncludeConfirmLink', () => {
  it('leaves the option unticked for one candidate whose content holds {confirmlink}', () => {
    expect(defaultIncludeConfirmLink([WITH_LINK])).toBe(false);
  });

  it('ticks the option for one candidate whose content lacks {confirmlink}', () => {
    expect(defaultIncludeConfirmLink([WITHOUT_LINK])).toBe(true);
  });

  it('reads {confirmlink} in any case', () => {
    expect(defaultIncludeConfirmLink(['Svar her: {ConfirmLink}'])).toBe(false);
  });

  it('leaves the option unticked when every language variant used holds {confirmlink}', () => {
    expect(defaultIncludeConfirmLink([WITH_LINK, 'Hej {firstname}! Svara här: {confirmlink}', 'Reply: {CONFIRMLINK}'])).toBe(false);
  });

  it('ticks the option when no variant holds {confirmlink}', () => {
    expect(defaultIncludeConfirmLink([WITHOUT_LINK, 'Hej {firstname}!', 'Dear {firstname},'])).toBe(true);
  });

  it('ticks the option when some variants hold {confirmlink} and others do not, so no candidate is left without a way to answer', () => {
    expect(defaultIncludeConfirmLink([WITH_LINK, 'Hej {firstname}!'])).toBe(true);
    expect(defaultIncludeConfirmLink(['Hej {firstname}!', WITH_LINK])).toBe(true);
  });
});

describe('withConfirmLink', () => {
  it('appends a sentence holding {confirmlink} after a blank line when the body lacks it', () => {
    expect(withConfirmLink(WITHOUT_LINK, 'da')).toBe(`${WITHOUT_LINK}\n\nSvar venligst på invitationen her: {confirmlink}`);
  });

  it('keeps exactly one blank line before the sentence when the body ends in newlines', () => {
    expect(withConfirmLink('Vi ses.\n\n\n', 'da')).toBe('Vi ses.\n\nSvar venligst på invitationen her: {confirmlink}');
  });

  it('appends the sentence in the language of the variant', () => {
    for (const language of SUPPORTED_LANGUAGES) {
      const body = withConfirmLink(WITHOUT_LINK, language);
      expect(body.startsWith(`${WITHOUT_LINK}\n\n`)).toBe(true);
      expect(body.match(/\{confirmlink\}/g)).toHaveLength(1);
    }
    expect(withConfirmLink(WITHOUT_LINK, 'en')).toMatch(/\n\nPlease reply to the invitation here: \{confirmlink\}$/);
  });

  it('returns a body that already holds {confirmlink} unchanged', () => {
    expect(withConfirmLink(WITH_LINK, 'da')).toBe(WITH_LINK);
    expect(withConfirmLink('Svar: {CONFIRMLINK}', 'en')).toBe('Svar: {CONFIRMLINK}');
  });

  it('never appends the link twice', () => {
    const once = withConfirmLink(WITHOUT_LINK, 'sv');
    expect(withConfirmLink(once, 'sv')).toBe(once);
  });

  it('puts the sentence before the sign-off, the last paragraph when it names the sender, not under the signature', () => {
    const signed = 'Kære {firstname}\n\nVi ses.\n\nVenlig hilsen\n{Sender}\n{companyname}\n';
    expect(withConfirmLink(signed, 'da')).toBe(
      'Kære {firstname}\n\nVi ses.\n\nSvar venligst på invitationen her: {confirmlink}\n\nVenlig hilsen\n{Sender}\n{companyname}',
    );
    // A last paragraph without the sender is no sign-off, and one paragraph alone is the whole letter.
    expect(withConfirmLink('Kære {firstname}\n\nVenlig hilsen\nNordhavn', 'da')).toMatch(/Nordhavn\n\nSvar venligst på invitationen her: \{confirmlink\}$/);
    expect(withConfirmLink('Hilsen {sender}', 'da')).toBe('Hilsen {sender}\n\nSvar venligst på invitationen her: {confirmlink}');
  });
});
