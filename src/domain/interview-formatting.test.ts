import { describe, expect, it } from 'vitest';
import { formatDuration, formatInterviewDate, formatInterviewTime, formatMoment, formatNameList, formatZoneName } from './interview-formatting.js';

const COPENHAGEN = 'Europe/Copenhagen';
const summerStart = new Date('2026-07-06T07:00:00Z');
const summerEnd = new Date('2026-07-06T07:45:00Z');
const winterStart = new Date('2026-01-12T08:00:00Z');
const winterEnd = new Date('2026-01-12T09:30:00Z');

describe('formatInterviewDate', () => {
  it('writes the full date in the language of the candidate', () => {
    expect(formatInterviewDate(summerStart, COPENHAGEN, 'da')).toBe('mandag den 6. juli 2026');
    expect(formatInterviewDate(summerStart, COPENHAGEN, 'en')).toBe('Monday, 6 July 2026');
    expect(formatInterviewDate(summerStart, COPENHAGEN, 'sv')).toBe('måndag 6 juli 2026');
    expect(formatInterviewDate(winterStart, COPENHAGEN, 'nb')).toBe('mandag 12. januar 2026');
  });

  it("shows the calendar date in the organisation's zone, not in UTC", () => {
    const lateOnFifthOfJulyUtc = new Date('2026-07-05T23:30:00Z');
    expect(formatInterviewDate(lateOnFifthOfJulyUtc, COPENHAGEN, 'da')).toBe('mandag den 6. juli 2026');
    expect(formatInterviewDate(lateOnFifthOfJulyUtc, 'America/New_York', 'da')).toBe('søndag den 5. juli 2026');
  });
});

describe('formatInterviewTime', () => {
  it('names summer time in Copenhagen', () => {
    expect(formatInterviewTime(summerStart, summerEnd, COPENHAGEN, 'da')).toBe('09.00–09.45 CEST');
    expect(formatInterviewTime(summerStart, summerEnd, COPENHAGEN, 'en')).toBe('09:00–09:45 CEST');
  });

  it('names winter time in Copenhagen', () => {
    expect(formatInterviewTime(winterStart, winterEnd, COPENHAGEN, 'da')).toBe('09.00–10.30 CET');
    expect(formatInterviewTime(winterStart, winterEnd, 'Europe/Stockholm', 'sv')).toBe('09:00–10:30 CET');
    expect(formatInterviewTime(winterStart, winterEnd, 'Europe/Oslo', 'nb')).toBe('09:00–10:30 CET');
  });

  it('shows the time in another zone, named', () => {
    expect(formatInterviewTime(winterStart, winterEnd, 'America/New_York', 'en')).toBe('03:00–04:30 GMT-5');
    expect(formatInterviewTime(winterStart, winterEnd, 'America/New_York', 'nb')).toBe('03:00–04:30 EST');
    expect(formatInterviewTime(summerStart, summerEnd, 'America/New_York', 'en')).toBe('03:00–03:45 GMT-4');
  });

  it('writes an interview that runs past midnight as two times of day', () => {
    const start = new Date('2026-07-05T21:30:00Z');
    const end = new Date('2026-07-05T22:15:00Z');
    expect(formatInterviewTime(start, end, COPENHAGEN, 'da')).toBe('23.30–00.15 CEST');
  });

  it('names both zones when summer time ends during the interview', () => {
    const start = new Date('2026-10-25T00:30:00Z');
    const end = new Date('2026-10-25T01:15:00Z');
    expect(formatInterviewTime(start, end, COPENHAGEN, 'en')).toBe('02:30 CEST–02:15 CET');
  });
});

describe('formatDuration', () => {
  it('writes minutes under an hour as minutes', () => {
    expect(formatDuration(45, 'da')).toBe('45 minutter');
    expect(formatDuration(5, 'en')).toBe('5 minutes');
    expect(formatDuration(1, 'sv')).toBe('1 minut');
  });

  it('writes whole hours as hours', () => {
    expect(formatDuration(60, 'da')).toBe('1 time');
    expect(formatDuration(120, 'sv')).toBe('2 timmar');
    expect(formatDuration(480, 'en')).toBe('8 hours');
  });

  it('writes hours and minutes joined as in speech', () => {
    expect(formatDuration(90, 'da')).toBe('1 time og 30 minutter');
    expect(formatDuration(90, 'en')).toBe('1 hour and 30 minutes');
    expect(formatDuration(135, 'sv')).toBe('2 timmar och 15 minuter');
    expect(formatDuration(75, 'nb')).toBe('1 time og 15 minutter');
  });

  it('refuses a duration that is not a positive whole number of minutes', () => {
    expect(() => formatDuration(0, 'da')).toThrow(RangeError);
    expect(() => formatDuration(-15, 'da')).toThrow(RangeError);
    expect(() => formatDuration(22.5, 'da')).toThrow(RangeError);
  });
});

describe('formatNameList', () => {
  it('joins names as a list in the language of the candidate', () => {
    expect(formatNameList(['Anna Holm', 'Bo Lindqvist'], 'da')).toBe('Anna Holm og Bo Lindqvist');
    expect(formatNameList(['Anna Holm', 'Bo Lindqvist', 'Carl Berg'], 'en')).toBe('Anna Holm, Bo Lindqvist and Carl Berg');
    expect(formatNameList(['Anna Holm', 'Bo Lindqvist'], 'sv')).toBe('Anna Holm och Bo Lindqvist');
  });

  it('writes one name alone and no names as nothing', () => {
    expect(formatNameList(['Anna Holm'], 'nb')).toBe('Anna Holm');
    expect(formatNameList([], 'da')).toBe('');
  });
});

describe('formatMoment', () => {
  it('writes the day and time with the zone named, in the language of the candidate', () => {
    expect(formatMoment(new Date('2026-03-09T09:00:00Z'), 'Europe/Copenhagen', 'da')).toBe('mandag den 9. marts 2026 kl. 10.00 CET');
    expect(formatMoment(new Date('2026-07-06T07:00:00Z'), 'Europe/Copenhagen', 'en')).toBe('Monday, 6 July 2026 at 09:00 CEST');
  });
});

describe('formatZoneName', () => {
  it('names the zone the same in winter and summer, as written in a sentence', () => {
    expect(formatZoneName('Europe/Copenhagen', 'da', new Date('2026-01-05T08:00:00Z'))).toBe('centraleuropæisk tid');
    expect(formatZoneName('Europe/Copenhagen', 'da', new Date('2026-07-06T08:00:00Z'))).toBe('centraleuropæisk tid');
    expect(formatZoneName('Europe/Helsinki', 'en', new Date('2026-07-06T08:00:00Z'))).toBe('Eastern European Time');
  });
});
