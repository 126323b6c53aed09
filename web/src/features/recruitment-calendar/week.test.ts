import { describe, expect, it } from 'vitest';
import { addDays, isoWeekNumber, localMidnight, mondayOf, parseLocalDate, todayIn, weekDays, weekWindow } from './week';

const COPENHAGEN = 'Europe/Copenhagen';
const hours = (window: { from: string; to: string }) => (Date.parse(window.to) - Date.parse(window.from)) / 3_600_000;

describe("the calendar's week", () => {
  it('starts on Monday, whatever day of it is given', () => {
    expect(mondayOf('2026-12-03')).toBe('2026-11-30');
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
    expect(mondayOf('2026-12-06')).toBe('2026-11-30');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
  });

  it('has seven days, across a month and a year end', () => {
    expect(weekDays('2026-12-28')).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03']);
    expect(addDays('2026-11-30', -7)).toBe('2026-11-23');
  });

  it('is numbered as Nordic calendars number weeks', () => {
    expect(isoWeekNumber('2026-11-30')).toBe(49);
    expect(isoWeekNumber('2026-12-28')).toBe(53);
    expect(isoWeekNumber('2027-01-04')).toBe(1);
  });

  it("runs from Monday midnight to the next Monday midnight in the organisation's zone", () => {
    expect(weekWindow('2026-11-30', COPENHAGEN)).toEqual({ monday: '2026-11-30', from: '2026-11-30T00:00:00+01:00', to: '2026-12-07T00:00:00+01:00' });
    expect(weekWindow('2026-06-01', COPENHAGEN)).toMatchObject({ from: '2026-06-01T00:00:00+02:00', to: '2026-06-08T00:00:00+02:00' });
  });

  it('is an hour shorter in the week summer time begins (29 March 2026) and an hour longer when it ends (25 October 2026)', () => {
    const spring = weekWindow('2026-03-23', COPENHAGEN);
    expect(spring).toMatchObject({ from: '2026-03-23T00:00:00+01:00', to: '2026-03-30T00:00:00+02:00' });
    expect(hours(spring)).toBe(167);
    const autumn = weekWindow('2026-10-19', COPENHAGEN);
    expect(autumn).toMatchObject({ from: '2026-10-19T00:00:00+02:00', to: '2026-10-26T00:00:00+01:00' });
    expect(hours(autumn)).toBe(169);
  });

  it('is computed in zones west of UTC and in zones that skip midnight itself', () => {
    expect(weekWindow('2026-11-30', 'America/New_York')).toMatchObject({ from: '2026-11-30T00:00:00-05:00' });
    // Santiago moved its clocks from 00:00 to 01:00 on 6 September 2026: the day began at 01:00.
    expect(localMidnight('2026-09-06', 'America/Santiago')).toBe('2026-09-06T01:00:00-03:00');
  });

  it("takes today from the organisation's calendar, not the browser's", () => {
    // 23:30 UTC on Sunday 29 November is already Monday in Copenhagen, still Sunday in New York.
    expect(todayIn(COPENHAGEN, new Date('2026-11-29T23:30:00Z'))).toBe('2026-11-30');
    expect(todayIn('America/New_York', new Date('2026-11-29T23:30:00Z'))).toBe('2026-11-29');
  });

  it('accepts only real dates in the address', () => {
    expect(parseLocalDate('2026-11-30')).toBe('2026-11-30');
    expect(parseLocalDate('2026-02-30')).toBeNull();
    expect(parseLocalDate('30-11-2026')).toBeNull();
    expect(parseLocalDate(null)).toBeNull();
  });
});
