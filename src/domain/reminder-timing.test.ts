import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  REMINDER_DAYS_BEFORE,
  REMINDER_LOCAL_TIME,
  isReminderDaysBefore,
  planReminder,
  reminderDueAt,
  reminderPlanner,
  type ReminderDaysBefore,
} from './reminder-timing.js';

const COPENHAGEN = 'Europe/Copenhagen';
const NEW_YORK = 'America/New_York';

function dueAt(interviewStart: string, daysBefore: ReminderDaysBefore, timeZone = COPENHAGEN): string {
  return reminderDueAt(new Date(interviewStart), daysBefore, timeZone).toISOString();
}

// The properties check the result with Intl rather than luxon, so that they do not share the code under test.
const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClock(instant: Date, timeZone: string): { date: string; time: string; weekday: string } {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      weekday: 'long',
    });
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
    weekday: part('weekday'),
  };
}

function daysBetween(earlierDate: string, laterDate: string): number {
  return (Date.parse(`${laterDate}T00:00:00Z`) - Date.parse(`${earlierDate}T00:00:00Z`)) / 86_400_000;
}

describe('REMINDER_DAYS_BEFORE', () => {
  it('offers exactly the day counts of the source', () => {
    expect(REMINDER_DAYS_BEFORE).toEqual([1, 2, 3, 5, 7]);
    expect(REMINDER_LOCAL_TIME).toBe('09:00');
  });

  it('tells the offered day counts from any other number', () => {
    for (const days of REMINDER_DAYS_BEFORE) expect(isReminderDaysBefore(days)).toBe(true);
    for (const days of [0, 4, 6, 8, -1, 1.5, Number.NaN]) expect(isReminderDaysBefore(days)).toBe(false);
  });
});

describe('reminderDueAt', () => {
  it("sends the reminder for a Monday interview 2 days before on Saturday at 09:00, as in the source's example", () => {
    const monday = new Date('2026-06-08T08:00:00Z'); // 10:00 CEST
    const due = reminderDueAt(monday, 2, COPENHAGEN);
    expect(due.toISOString()).toBe('2026-06-06T07:00:00.000Z');
    expect(wallClock(due, COPENHAGEN)).toEqual({ date: '2026-06-06', time: '09:00', weekday: 'Saturday' });
  });

  it('reads 09:00 on the Copenhagen clock: 08:00 UTC in winter, 07:00 UTC in summer', () => {
    expect(dueAt('2026-01-15T09:00:00Z', 1)).toBe('2026-01-14T08:00:00.000Z');
    expect(dueAt('2026-07-15T08:00:00Z', 1)).toBe('2026-07-14T07:00:00.000Z');
  });

  it('counts calendar days across the start of summer time', () => {
    // Monday 30 March 2026 at 10:00 CEST; the clocks went forward in the night to Sunday 29 March.
    const interview = '2026-03-30T08:00:00Z';
    expect(dueAt(interview, 1)).toBe('2026-03-29T07:00:00.000Z'); // Sunday 09:00 CEST
    expect(dueAt(interview, 2)).toBe('2026-03-28T08:00:00.000Z'); // Saturday 09:00 CET
    expect(dueAt(interview, 7)).toBe('2026-03-23T08:00:00.000Z'); // the Monday before, 09:00 CET
  });

  it('counts calendar days, not 24-hour steps, for an interview just after midnight when summer time has begun', () => {
    // Monday 30 March 2026 at 00:30 CEST; 24 hours earlier the clock showed 23:30 on Saturday.
    expect(dueAt('2026-03-29T22:30:00Z', 1)).toBe('2026-03-29T07:00:00.000Z'); // Sunday 09:00 CEST
  });

  it('counts calendar days across the end of summer time', () => {
    // Monday 26 October 2026 at 10:00 CET; the clocks went back in the night to Sunday 25 October.
    const interview = '2026-10-26T09:00:00Z';
    expect(dueAt(interview, 1)).toBe('2026-10-25T08:00:00.000Z'); // Sunday 09:00 CET
    expect(dueAt(interview, 2)).toBe('2026-10-24T07:00:00.000Z'); // Saturday 09:00 CEST
    expect(dueAt(interview, 3)).toBe('2026-10-23T07:00:00.000Z'); // Friday 09:00 CEST
  });

  it('counts calendar days, not 24-hour steps, for an interview late in the evening when summer time has ended', () => {
    // Monday 26 October 2026 at 23:30 CET; 48 hours earlier the clock showed 00:30 on Sunday.
    expect(dueAt('2026-10-26T22:30:00Z', 2)).toBe('2026-10-24T07:00:00.000Z'); // Saturday 09:00 CEST
  });

  it('counts from the local date of an interview late in the evening, not from its later UTC date', () => {
    // 23:30 on Friday 16 January in New York is already Saturday 17 January in UTC.
    const interview = new Date('2026-01-17T04:30:00Z');
    const due = reminderDueAt(interview, 1, NEW_YORK);
    expect(due.toISOString()).toBe('2026-01-15T14:00:00.000Z');
    expect(wallClock(due, NEW_YORK)).toEqual({ date: '2026-01-15', time: '09:00', weekday: 'Thursday' });
  });

  it('counts from the local date of an interview just after midnight, not from its earlier UTC date', () => {
    // 00:30 on Friday 16 January in Copenhagen is still Thursday 15 January in UTC.
    expect(dueAt('2026-01-15T23:30:00Z', 1)).toBe('2026-01-15T08:00:00.000Z');
  });

  it("uses the organisation's own zone, with its own change of summer time", () => {
    // New York moved its clocks on Sunday 8 March 2026, three weeks before Europe.
    const mondayInNewYork = '2026-03-09T14:00:00Z'; // 10:00 EDT
    expect(dueAt(mondayInNewYork, 1, NEW_YORK)).toBe('2026-03-08T13:00:00.000Z'); // Sunday 09:00 EDT
    expect(dueAt(mondayInNewYork, 2, NEW_YORK)).toBe('2026-03-07T14:00:00.000Z'); // Saturday 09:00 EST
  });

  it('throws on an unknown zone, an invalid date or a day count not offered, which are programming errors', () => {
    const interview = new Date('2026-06-08T08:00:00Z');
    expect(() => reminderDueAt(interview, 1, 'Europe/Atlantis')).toThrow(RangeError);
    expect(() => reminderDueAt(interview, 1, 'local')).toThrow(RangeError);
    expect(() => reminderDueAt(new Date(Number.NaN), 1, COPENHAGEN)).toThrow(RangeError);
    expect(() => reminderDueAt(interview, 4 as ReminderDaysBefore, COPENHAGEN)).toThrow(RangeError);
  });
});

describe('planReminder', () => {
  const monday = new Date('2026-06-08T08:00:00Z');
  const saturdayAtNine = new Date('2026-06-06T07:00:00Z');

  it('schedules the reminder when its 09:00 is still to come', () => {
    expect(planReminder(monday, 2, COPENHAGEN, new Date('2026-06-06T06:59:59.999Z'))).toEqual({
      status: 'scheduled',
      dueAt: saturdayAtNine,
    });
  });

  it('sends no reminder once fewer days remain than configured, from the due moment itself on', () => {
    expect(planReminder(monday, 2, COPENHAGEN, saturdayAtNine)).toEqual({ status: 'skipped_too_late' });
    expect(planReminder(monday, 2, COPENHAGEN, new Date('2026-06-07T12:00:00Z'))).toEqual({ status: 'skipped_too_late' });
    expect(planReminder(monday, 7, COPENHAGEN, new Date('2026-06-05T12:00:00Z'))).toEqual({ status: 'skipped_too_late' });
  });

  it('still schedules a shorter reminder when a longer one is too late', () => {
    const fridayNoon = new Date('2026-06-05T10:00:00Z');
    expect(planReminder(monday, 3, COPENHAGEN, fridayNoon).status).toBe('skipped_too_late');
    expect(planReminder(monday, 2, COPENHAGEN, fridayNoon).status).toBe('scheduled');
  });

  it('throws on an invalid "now" rather than skipping every reminder', () => {
    expect(() => planReminder(monday, 1, COPENHAGEN, new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('reminder timing, for any interview', () => {
  const zones = [COPENHAGEN, NEW_YORK, 'Australia/Sydney', 'Asia/Kolkata', 'UTC'];
  const instants = fc.date({
    min: new Date('2020-01-01T00:00:00Z'),
    max: new Date('2035-12-31T23:59:59Z'),
    noInvalidDate: true,
  });
  const dayCounts = fc.constantFrom(...REMINDER_DAYS_BEFORE);
  const timeZones = fc.constantFrom(...zones);
  // Counting 24-hour steps instead of calendar days goes wrong only for interviews within an hour of local midnight
  // shortly after a change of summer time, which uniform instants almost never hit: half the cases are such times,
  // in the weeks after a change.
  const nearChange = fc
    .record({
      year: fc.integer({ min: 2020, max: 2035 }),
      month: fc.constantFrom(3, 4, 10, 11),
      day: fc.integer({ min: 1, max: 30 }),
      minutesFromMidnight: fc.integer({ min: -90, max: 90 }),
    });
  const interviews = timeZones.chain((timeZone) =>
    fc.tuple(
      fc.constant(timeZone),
      fc.oneof(
        instants,
        nearChange.map(({ year, month, day, minutesFromMidnight }) =>
          DateTime.fromObject({ year, month, day }, { zone: timeZone }).plus({ minutes: minutesFromMidnight }).toJSDate(),
        ),
      ),
    ),
  );

  it('is due at 09:00 local time, N calendar days before the local date of the interview, and before it', () => {
    fc.assert(
      fc.property(interviews, dayCounts, ([timeZone, interviewStart], daysBefore) => {
        const due = reminderDueAt(interviewStart, daysBefore, timeZone);
        const dueClock = wallClock(due, timeZone);
        expect(dueClock.time).toBe(REMINDER_LOCAL_TIME);
        expect(daysBetween(dueClock.date, wallClock(interviewStart, timeZone).date)).toBe(daysBefore);
        expect(due.getTime()).toBeLessThan(interviewStart.getTime());
      }),
      { numRuns: 3000 },
    );
  });

  it('is skipped exactly when the due moment is not after now', () => {
    // About half the runs put "now" within 2 ms of the due moment, where an off-by-one would show.
    const nearDue = fc.option(fc.integer({ min: -2, max: 2 }), { freq: 2 });
    fc.assert(
      fc.property(instants, dayCounts, timeZones, instants, nearDue, (interviewStart, daysBefore, timeZone, anyNow, offset) => {
        const due = reminderDueAt(interviewStart, daysBefore, timeZone);
        const now = offset === null ? anyNow : new Date(due.getTime() + offset);
        const plan = planReminder(interviewStart, daysBefore, timeZone, now);
        if (due.getTime() <= now.getTime()) {
          expect(plan).toEqual({ status: 'skipped_too_late' });
        } else {
          expect(plan).toEqual({ status: 'scheduled', dueAt: due });
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('is planned alike for many interviews at once as for each alone', () => {
    fc.assert(
      fc.property(timeZones, dayCounts, instants, fc.array(instants, { minLength: 1, maxLength: 20 }), (timeZone, daysBefore, now, starts) => {
        const planner = reminderPlanner(daysBefore, timeZone, now);
        for (const start of starts) expect(planner(start)).toEqual(planReminder(start, daysBefore, timeZone, now));
      }),
      { numRuns: 500 },
    );
  });

  it('is planned alike for back-to-back interviews across a local midnight and a change of summer time', () => {
    const starts = Array.from({ length: 48 }, (_, quarter) => new Date(Date.parse('2026-10-24T20:00:00Z') + quarter * 15 * 60_000));
    const now = new Date('2026-10-20T12:00:00Z');
    const planner = reminderPlanner(1, COPENHAGEN, now);
    for (const start of starts) expect(planner(start)).toEqual(planReminder(start, 1, COPENHAGEN, now));
  });
});
