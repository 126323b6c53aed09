import { describe, expect, it } from 'vitest';
import { canonicalTimeZone } from './time-zone.js';

describe('canonicalTimeZone', () => {
  it('accepts an IANA zone in its own spelling', () => {
    expect(canonicalTimeZone('Europe/Copenhagen')).toBe('Europe/Copenhagen');
    expect(canonicalTimeZone('America/New_York')).toBe('America/New_York');
  });

  it('spells a zone typed in other letter case the canonical way', () => {
    expect(canonicalTimeZone(' europe/copenhagen ')).toBe('Europe/Copenhagen');
  });

  it('refuses what is not a zone, and fixed offsets', () => {
    expect(canonicalTimeZone('Europe/Aarhus')).toBeNull();
    expect(canonicalTimeZone('')).toBeNull();
    expect(canonicalTimeZone('+01:00')).toBeNull();
  });
});
