import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SMS_SEGMENTS, plainSmsText, smsSegments } from './sms-segments.js';

describe('smsSegments', () => {
  it('counts an empty text as nothing to send', () => {
    expect(smsSegments('')).toEqual({ encoding: 'GSM-7', segments: 0, characters: 0 });
  });

  it('sends 160 GSM-7 characters as one SMS and 161 as two', () => {
    expect(smsSegments('a'.repeat(160))).toEqual({ encoding: 'GSM-7', segments: 1, characters: 160 });
    expect(smsSegments('a'.repeat(161))).toEqual({ encoding: 'GSM-7', segments: 2, characters: 161 });
  });

  it('fills each part of a long GSM-7 text with 153 characters', () => {
    expect(smsSegments('a'.repeat(306)).segments).toBe(2);
    expect(smsSegments('a'.repeat(307)).segments).toBe(3);
  });

  it('keeps a Danish, Norwegian or Swedish text with æ, ø, å, ä and ö in GSM-7', () => {
    const text = 'Hej Søren! Husk din samtale på Ærøvej i Århus. Kära Åsa, välkommen till Öresund. ÆØÅ æøå ÄÖ äö';
    expect(smsSegments(text)).toEqual({ encoding: 'GSM-7', segments: 1, characters: text.length });
  });

  it('counts € and the other characters of the GSM-7 extension table double', () => {
    expect(smsSegments('€')).toEqual({ encoding: 'GSM-7', segments: 1, characters: 2 });
    expect(smsSegments('[]{}^~|\\')).toEqual({ encoding: 'GSM-7', segments: 1, characters: 16 });
    expect(smsSegments('€'.repeat(80))).toEqual({ encoding: 'GSM-7', segments: 1, characters: 160 });
    expect(smsSegments('€'.repeat(81))).toEqual({ encoding: 'GSM-7', segments: 2, characters: 162 });
  });

  it('sends the whole text as UCS-2 once one character is outside GSM-7, and counts an emoji as two units', () => {
    expect(smsSegments('Vi ses 👋')).toEqual({ encoding: 'UCS-2', segments: 1, characters: 9 });
    // The extension characters count once in UCS-2, like every other character of the Basic Multilingual Plane.
    expect(smsSegments('€ 👋')).toEqual({ encoding: 'UCS-2', segments: 1, characters: 4 });
  });

  it('sends 70 UCS-2 units as one SMS and 71 as two', () => {
    expect(smsSegments('Ł'.repeat(70))).toEqual({ encoding: 'UCS-2', segments: 1, characters: 70 });
    expect(smsSegments('Ł'.repeat(71))).toEqual({ encoding: 'UCS-2', segments: 2, characters: 71 });
    expect(smsSegments('😀'.repeat(35))).toEqual({ encoding: 'UCS-2', segments: 1, characters: 70 });
    expect(smsSegments('😀'.repeat(36))).toEqual({ encoding: 'UCS-2', segments: 2, characters: 72 });
  });

  it('puts the limit of six segments at 918 GSM-7 characters or 402 UCS-2 units', () => {
    expect(MAX_SMS_SEGMENTS).toBe(6);
    expect(smsSegments('a'.repeat(918)).segments).toBe(6);
    expect(smsSegments('a'.repeat(919)).segments).toBe(7);
    expect(smsSegments('Ł'.repeat(402)).segments).toBe(6);
    expect(smsSegments('Ł'.repeat(403)).segments).toBe(7);
  });

  it('never splits an extension character or an emoji between two parts', () => {
    // 306 septets, twice 153, but the € would straddle the boundary after 152 letters.
    expect(smsSegments(`${'a'.repeat(152)}€${'a'.repeat(152)}`)).toEqual({ encoding: 'GSM-7', segments: 3, characters: 306 });
    // 134 units, twice 67, but the emoji would straddle the boundary after 66 letters.
    expect(smsSegments(`${'Ł'.repeat(66)}😀${'Ł'.repeat(66)}`)).toEqual({ encoding: 'UCS-2', segments: 3, characters: 134 });
  });

  it('counts a million characters at once, so a pasted essay cannot stall the preview', () => {
    const started = performance.now();
    expect(smsSegments('a'.repeat(1_000_000)).segments).toBe(Math.ceil(1_000_000 / 153));
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('never counts fewer segments for a longer text', () => {
    const alphabet = fc.constantFrom('a', ' ', 'æ', 'Ø', '€', '{', '\n', '😀', 'Ł', '–');
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 600 }), fc.string({ unit: alphabet, maxLength: 200 }), (text, more) => {
        expect(smsSegments(text + more).segments).toBeGreaterThanOrEqual(smsSegments(text).segments);
      }),
      { numRuns: 500 },
    );
  });
});

describe('plainSmsText', () => {
  it('replaces typographic dashes, quotation marks, ellipses and spaces with plain GSM-7 ones', () => {
    expect(plainSmsText('09.00–09.45 — “Velkommen” ‘ok’ «Hei» … a\u00A0b\u202Fc')).toBe(
      '09.00-09.45 - "Velkommen" \'ok\' "Hei" ... a b c',
    );
  });

  it('keeps a text with the interview time in GSM-7 rather than letting its dash make it UCS-2', () => {
    const text = 'Husk din samtale mandag den 6. juli 2026 kl. 09.00–09.45 CEST.';
    expect(smsSegments(text).encoding).toBe('UCS-2');
    expect(smsSegments(plainSmsText(text)).encoding).toBe('GSM-7');
  });

  it('leaves letters, emoji and everything without a plain equivalent alone', () => {
    const text = 'Søren Ågård, Łódź, 👋, € [ok]';
    expect(plainSmsText(text)).toBe(text);
  });
});
