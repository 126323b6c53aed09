import { describe, expect, it } from 'vitest';
import { normaliseMobileNumber } from './mobile-number.js';

describe('normaliseMobileNumber', () => {
  it('reads a Danish number written without country code as +45', () => {
    expect(normaliseMobileNumber('20 12 34 56')).toEqual({ ok: true, e164: '+4520123456' });
  });

  it('keeps the country of a number written with an international prefix', () => {
    expect(normaliseMobileNumber('+46 70 123 45 67')).toEqual({ ok: true, e164: '+46701234567' });
    expect(normaliseMobileNumber('0047 412 34 567')).toEqual({ ok: true, e164: '+4741234567' });
  });

  it('uses the given default country for national numbers', () => {
    expect(normaliseMobileNumber('070-123 45 67', 'SE')).toEqual({ ok: true, e164: '+46701234567' });
  });

  it('refuses text that is not a phone number', () => {
    expect(normaliseMobileNumber('call me maybe')).toEqual({ ok: false, reason: 'invalid' });
    expect(normaliseMobileNumber('123')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses a Swedish landline as a mobile number', () => {
    expect(normaliseMobileNumber('+46 8 123 456 78')).toEqual({ ok: false, reason: 'not_mobile' });
  });
});
