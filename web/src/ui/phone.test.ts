import { describe, expect, it } from 'vitest';
import { readableMobile } from './phone';

describe("a candidate's mobile number on screen", () => {
  it('is grouped the way its country writes it', () => {
    expect(readableMobile('+4527901234')).toBe('+45 27 90 12 34');
    expect(readableMobile('+447911123456')).toBe('+44 7911 123456');
    expect(readableMobile('+46701234567')).toBe('+46 70 123 45 67');
  });

  it('is shown as stored when it cannot be read as a number', () => {
    expect(readableMobile('12345')).toBe('12345');
    expect(readableMobile('call reception')).toBe('call reception');
  });
});
