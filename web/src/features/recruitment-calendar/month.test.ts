import { describe, expect, it } from 'vitest';
import { addMonths, monthOfWeek, monthWeeks, monthWindow, parseMonth, weekOfMonth } from './month';

const COPENHAGEN = 'Europe/Copenhagen';

describe("the calendar's months", () => {
  it('reads a real month and nothing else', () => {
    expect(parseMonth('2026-12')).toBe('2026-12');
    expect(parseMonth('2026-13')).toBeNull();
    expect(parseMonth('2026-00')).toBeNull();
    expect(parseMonth('2026-1')).toBeNull();
    expect(parseMonth(null)).toBeNull();
  });

  it('moves by months across the turn of the year', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
    expect(addMonths('2026-03', -15)).toBe('2024-12');
  });

  it('lays a month out in whole weeks from the Monday on or before its first day', () => {
    const weeks = monthWeeks('2026-12');
    expect(weeks).toHaveLength(5);
    expect(weeks[0]![0]).toBe('2026-11-30');
    expect(weeks.at(-1)!.at(-1)).toBe('2027-01-03');
    // A February that begins on a Monday fills exactly four weeks; a 31-day month that begins on a Sunday, six.
    expect(monthWeeks('2027-02')).toHaveLength(4);
    expect(monthWeeks('2026-03')).toHaveLength(6);
  });

  it('asks for October with summer time at its start and winter time at its end', () => {
    expect(monthWindow('2026-10', COPENHAGEN)).toEqual({ month: '2026-10', from: '2026-09-28T00:00:00+02:00', to: '2026-11-02T00:00:00+01:00' });
  });

  it('asks for March with winter time at its start and summer time at its end', () => {
    expect(monthWindow('2027-03', COPENHAGEN)).toEqual({ month: '2027-03', from: '2027-03-01T00:00:00+01:00', to: '2027-04-05T00:00:00+02:00' });
  });

  it('uses the organisation’s zone, whatever the browser’s', () => {
    expect(monthWindow('2026-03', 'America/New_York')).toEqual({ month: '2026-03', from: '2026-02-23T00:00:00-05:00', to: '2026-04-06T00:00:00-04:00' });
  });

  it('asks for at most six weeks, one request well within the quarter the server gives at once', () => {
    const { from, to } = monthWindow('2026-03', COPENHAGEN);
    expect((Date.parse(to) - Date.parse(from)) / 3_600_000).toBe(42 * 24 - 1);
  });

  it('opens a month on this week when today is in it, else on the week of its first day', () => {
    expect(weekOfMonth('2026-12', '2026-12-17')).toBe('2026-12-14');
    expect(weekOfMonth('2027-01', '2026-12-17')).toBe('2026-12-28');
  });

  it("takes a week to belong to its Thursday's month", () => {
    expect(monthOfWeek('2026-11-30')).toBe('2026-12');
    expect(monthOfWeek('2026-10-26')).toBe('2026-10');
  });
});
