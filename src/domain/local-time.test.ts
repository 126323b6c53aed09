import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TIME_ZONE, localDate, localDateTimeToInstant, localTime, wallClockReader } from './local-time.js';

const COPENHAGEN = 'Europe/Copenhagen';

function instantOf(date: string, time: string, timeZone = COPENHAGEN): string {
  const result = localDateTimeToInstant(date, time, timeZone);
  if (!result.ok) throw new Error(`expected ${date} ${time} to be accepted, got ${result.reason}`);
  return result.instant.toISOString();
}

describe('localDateTimeToInstant', () => {
  it('defaults organisations to Copenhagen time', () => {
    expect(DEFAULT_TIME_ZONE).toBe(COPENHAGEN);
  });

  it('reads a winter time in Copenhagen as UTC+1', () => {
    expect(instantOf('2026-01-15', '10:00')).toBe('2026-01-15T09:00:00.000Z');
  });

  it('reads a summer time in Copenhagen as UTC+2', () => {
    expect(instantOf('2026-07-01', '10:00')).toBe('2026-07-01T08:00:00.000Z');
  });

  it('reads times in the zone it is given, not in the zone of the server', () => {
    expect(instantOf('2026-01-15', '10:00', 'America/New_York')).toBe('2026-01-15T15:00:00.000Z');
    expect(instantOf('2026-01-15', '10:00', 'UTC')).toBe('2026-01-15T10:00:00.000Z');
  });

  it('refuses a time skipped when summer time begins instead of moving it', () => {
    for (const time of ['02:00', '02:30', '02:59']) {
      expect(localDateTimeToInstant('2026-03-29', time, COPENHAGEN)).toEqual({ ok: false, reason: 'nonexistent' });
    }
    expect(localDateTimeToInstant('2026-03-08', '02:30', 'America/New_York')).toEqual({
      ok: false,
      reason: 'nonexistent',
    });
  });

  it('accepts the minutes either side of the spring gap with their own offsets', () => {
    expect(instantOf('2026-03-29', '01:59')).toBe('2026-03-29T00:59:00.000Z');
    expect(instantOf('2026-03-29', '03:00')).toBe('2026-03-29T01:00:00.000Z');
  });

  it('reads a time in the hour repeated when summer time ends as its first occurrence, on summer time', () => {
    expect(instantOf('2026-10-25', '02:00')).toBe('2026-10-25T00:00:00.000Z');
    expect(instantOf('2026-10-25', '02:30')).toBe('2026-10-25T00:30:00.000Z');
    expect(instantOf('2026-10-25', '02:59')).toBe('2026-10-25T00:59:00.000Z');
  });

  it('accepts the minutes either side of the repeated autumn hour with their own offsets', () => {
    expect(instantOf('2026-10-25', '01:59')).toBe('2026-10-24T23:59:00.000Z');
    expect(instantOf('2026-10-25', '03:00')).toBe('2026-10-25T02:00:00.000Z');
  });

  it('refuses dates that are not on the calendar', () => {
    for (const date of ['2026-02-30', '2025-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00']) {
      expect(localDateTimeToInstant(date, '10:00', COPENHAGEN)).toEqual({ ok: false, reason: 'invalid' });
    }
  });

  it('accepts the 29th of February in a leap year', () => {
    expect(instantOf('2028-02-29', '10:00')).toBe('2028-02-29T09:00:00.000Z');
  });

  it('refuses times of day that do not exist on any clock', () => {
    for (const time of ['25:00', '24:00', '12:60', '-1:00']) {
      expect(localDateTimeToInstant('2026-01-15', time, COPENHAGEN)).toEqual({ ok: false, reason: 'invalid' });
    }
  });

  it('refuses dates and times not written as YYYY-MM-DD and HH:MM', () => {
    const malformed: [string, string][] = [
      ['2026-1-5', '10:00'],
      ['15-01-2026', '10:00'],
      ['2026/01/15', '10:00'],
      ['2026-01-15T10:00', '10:00'],
      [' 2026-01-15', '10:00'],
      ['', '10:00'],
      ['2026-01-15', '9:30'],
      ['2026-01-15', '10:00:00'],
      ['2026-01-15', '10.00'],
      ['2026-01-15', '10:00 '],
      ['2026-01-15', ''],
      ['２０２６-01-15', '10:00'],
    ];
    for (const [date, time] of malformed) {
      expect(localDateTimeToInstant(date, time, COPENHAGEN)).toEqual({ ok: false, reason: 'invalid' });
    }
  });

  it('refuses a zone that is not in the IANA database', () => {
    expect(localDateTimeToInstant('2026-01-15', '10:00', 'Europe/Atlantis')).toEqual({ ok: false, reason: 'invalid' });
    expect(localDateTimeToInstant('2026-01-15', '10:00', '')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses the server zone and fixed offsets, which are not IANA zones and ignore summer time', () => {
    for (const zone of ['local', 'system', 'UTC+2', 'Etc/Unknown']) {
      expect(localDateTimeToInstant('2026-01-15', '10:00', zone)).toEqual({ ok: false, reason: 'invalid' });
    }
  });

  it('gives back the same local date and time when the instant is shown in the same zone', () => {
    const zones = ['Europe/Copenhagen', 'Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata'];
    // A Date's UTC fields serve as a generator of real calendar dates and times of day, leap days included.
    const wallClocks = fc.date({
      min: new Date('2020-01-01T00:00:00Z'),
      max: new Date('2035-12-31T23:59:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(wallClocks, fc.constantFrom(...zones), (wallClock, zone) => {
        const date = wallClock.toISOString().slice(0, 10);
        const time = wallClock.toISOString().slice(11, 16);
        const result = localDateTimeToInstant(date, time, zone);
        if (!result.ok) {
          // Only a spring-forward gap may refuse a well-formed date and time.
          expect(result.reason).toBe('nonexistent');
          return;
        }
        expect(localDate(result.instant, zone)).toBe(date);
        expect(DateTime.fromJSDate(result.instant, { zone }).toFormat('HH:mm')).toBe(time);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses only the local times that do not occur in the zone', () => {
    // Every minute of 2026-03-29 in Copenhagen: exactly the 60 minutes from 02:00 are missing.
    const refused: string[] = [];
    for (let minuteOfDay = 0; minuteOfDay < 24 * 60; minuteOfDay++) {
      const pad = (n: number): string => String(n).padStart(2, '0');
      const time = `${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}`;
      if (!localDateTimeToInstant('2026-03-29', time, COPENHAGEN).ok) refused.push(time);
    }
    expect(refused).toHaveLength(60);
    expect(refused[0]).toBe('02:00');
    expect(refused.at(-1)).toBe('02:59');
  });
});

describe('localDate', () => {
  it('gives the date on the local calendar, which can be the next day of the UTC date', () => {
    expect(localDate(new Date('2026-01-15T22:59:00Z'), COPENHAGEN)).toBe('2026-01-15');
    expect(localDate(new Date('2026-01-15T23:00:00Z'), COPENHAGEN)).toBe('2026-01-16');
    expect(localDate(new Date('2026-07-15T21:59:00Z'), COPENHAGEN)).toBe('2026-07-15');
    expect(localDate(new Date('2026-07-15T22:00:00Z'), COPENHAGEN)).toBe('2026-07-16');
  });

  it('gives an earlier date than UTC in zones west of Greenwich', () => {
    expect(localDate(new Date('2026-01-16T03:00:00Z'), 'America/New_York')).toBe('2026-01-15');
  });

  it('throws on an unknown zone or an invalid date, which are programming errors', () => {
    expect(() => localDate(new Date('2026-01-15T10:00:00Z'), 'Europe/Atlantis')).toThrow(RangeError);
    expect(() => localDate(new Date('2026-01-15T10:00:00Z'), 'local')).toThrow(RangeError);
    expect(() => localDate(new Date(Number.NaN), COPENHAGEN)).toThrow(RangeError);
  });
});

describe('localTime', () => {
  it('gives the wall-clock time in the zone, in winter and in summer', () => {
    expect(localTime(new Date('2026-01-06T09:05:00Z'), 'Europe/Copenhagen')).toBe('10:05');
    expect(localTime(new Date('2026-07-06T09:05:00Z'), 'Europe/Copenhagen')).toBe('11:05');
  });
});

describe('wallClockReader', () => {
  it('reads the local date and time of day, in winter, in summer and either side of midnight', () => {
    const read = wallClockReader(COPENHAGEN);
    expect(read(new Date('2026-01-06T09:05:00Z'))).toEqual({ date: '2026-01-06', time: '10:05' });
    expect(read(new Date('2026-07-06T09:05:00Z'))).toEqual({ date: '2026-07-06', time: '11:05' });
    expect(read(new Date('2026-01-15T23:00:00Z'))).toEqual({ date: '2026-01-16', time: '00:00' });
    expect(read(new Date('2026-01-15T22:59:59.999Z'))).toEqual({ date: '2026-01-15', time: '23:59' });
    expect(wallClockReader('America/New_York')(new Date('2026-01-16T03:00:00Z'))).toEqual({ date: '2026-01-15', time: '22:00' });
  });

  it('reads what localDate and localTime read, in any zone and year', () => {
    const zones = fc.constantFrom(COPENHAGEN, 'Europe/London', 'America/New_York', 'America/St_Johns', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Africa/Monrovia', 'UTC');
    const instants = fc.date({ min: new Date('0800-01-01T00:00:00Z'), max: new Date('9999-12-30T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(instants, zones, (instant, timeZone) => {
        expect(wallClockReader(timeZone)(instant)).toEqual({ date: localDate(instant, timeZone), time: localTime(instant, timeZone) });
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses an unknown zone or an invalid date, as localDate does', () => {
    expect(() => wallClockReader('Europe/Atlantis')(new Date('2026-01-15T10:00:00Z'))).toThrow(RangeError);
    expect(() => wallClockReader('local')(new Date('2026-01-15T10:00:00Z'))).toThrow(RangeError);
    expect(() => wallClockReader(COPENHAGEN)(new Date(Number.NaN))).toThrow(RangeError);
  });
});
