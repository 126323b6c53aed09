import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatLocalDateTime, formatShortDateTime, formatTimeRange, zoneName } from './format';

const COPENHAGEN = 'Europe/Copenhagen';

describe("times on the recruiter's screens", () => {
  it("are shown in the organisation's zone, whatever the zone of the machine", () => {
    // 09:00 UTC is 10:00 in Copenhagen in winter and 04:00 in New York.
    expect(formatDateTime('2026-12-01T09:00:00Z', COPENHAGEN, 'da')).toBe('tirsdag den 1. december 2026 kl. 10.00 CET');
    expect(formatDateTime('2026-12-01T09:00:00Z', COPENHAGEN, 'en')).toBe('Tuesday, 1 December 2026 at 10:00 CET');
  });

  it('follow summer time: the same UTC hour is an hour later on the clock in July', () => {
    expect(formatShortDateTime('2026-07-01T09:00:00Z', COPENHAGEN, 'da')).toBe('1. jul. 2026, 11.00');
    expect(formatShortDateTime('2026-12-01T09:00:00Z', COPENHAGEN, 'en')).toBe('1 Dec 2026, 10:00');
  });

  it("take the day from the organisation's zone, not from UTC", () => {
    // 23:30 UTC on 30 November is already 1 December in Copenhagen.
    expect(formatDate('2026-11-30T23:30:00Z', COPENHAGEN, 'en')).toBe('1 Dec 2026');
  });

  it("give an interview's span as one range", () => {
    expect(formatTimeRange('2026-12-01T09:00:00Z', '2026-12-01T09:45:00Z', COPENHAGEN, 'da')).toBe('10.00–10.45');
  });

  it("name the zone in the reader's language, as written in a sentence", () => {
    expect(zoneName(COPENHAGEN, 'en')).toBe('Central European Time');
    expect(zoneName(COPENHAGEN, 'da')).toBe('centraleuropæisk tid');
  });
});

describe('a local date and time from a form', () => {
  it('reads as the wall clock says, whatever zone the browser is in', () => {
    expect(formatLocalDateTime('2026-12-04', '10:00', 'da')).toBe('fredag den 4. december 2026 kl. 10.00');
    expect(formatLocalDateTime('2026-12-04', '10:00', 'en')).toMatch(/^Friday,? 4 December 2026 at 10:00$/);
  });
});
