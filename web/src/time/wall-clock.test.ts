import { describe, expect, it } from 'vitest';
import { localDateTime, wallClock } from './wall-clock';

const ZONE = 'Europe/Copenhagen';

describe("a zone's wall clock", () => {
  it('reads an instant on the clocks of Copenhagen, not of the browser', () => {
    expect(localDateTime('2026-12-03T09:00:00Z', ZONE)).toEqual({ date: '2026-12-03', time: '10:00' });
    expect(localDateTime('2026-12-03T23:30:00Z', ZONE)).toEqual({ date: '2026-12-04', time: '00:30' });
  });

  it('follows summer time: the same UTC hour is an hour later on the clock in July', () => {
    expect(localDateTime('2026-07-01T09:00:00Z', ZONE)).toEqual({ date: '2026-07-01', time: '11:00' });
  });

  it('gives the wall clock as UTC milliseconds, seconds included', () => {
    expect(new Date(wallClock(Date.parse('2026-12-03T09:00:42Z'), ZONE)).toISOString()).toBe('2026-12-03T10:00:42.000Z');
  });
});
