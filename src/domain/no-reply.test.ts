import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { invitationHasNoReply, isNoReply, noReplyAt } from './no-reply.js';

const COPENHAGEN = 'Europe/Copenhagen';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The flag time of an invitation sent at a Copenhagen wall-clock time, as a Copenhagen wall-clock time. */
function flaggedAt(sentLocal: string, timeZone = COPENHAGEN): string {
  const sent = DateTime.fromISO(sentLocal, { zone: timeZone });
  return DateTime.fromJSDate(noReplyAt(sent.toJSDate(), timeZone), { zone: timeZone }).toFormat("ccc yyyy-MM-dd'T'HH:mm:ss.SSS");
}

describe('noReplyAt', () => {
  it('flags two working days later at the same time of day', () => {
    // Wednesday 4 March 2026.
    expect(flaggedAt('2026-03-04T10:00')).toBe('Fri 2026-03-06T10:00:00.000');
    expect(flaggedAt('2026-03-02T00:00')).toBe('Wed 2026-03-04T00:00:00.000');
  });

  it('skips the weekend: sent Thursday 14:00, flagged Monday 14:00; sent Friday 16:00, flagged Tuesday 16:00', () => {
    expect(flaggedAt('2026-03-05T14:00')).toBe('Mon 2026-03-09T14:00:00.000');
    expect(flaggedAt('2026-03-06T16:00')).toBe('Tue 2026-03-10T16:00:00.000');
    expect(flaggedAt('2026-03-06T23:59:59.999')).toBe('Tue 2026-03-10T23:59:59.999');
  });

  it('counts an invitation sent at the weekend from Monday 00:00, so it is flagged on Wednesday at 00:00', () => {
    for (const sent of ['2026-03-07T00:00', '2026-03-07T11:00', '2026-03-08T23:59:59.999']) {
      expect(flaggedAt(sent)).toBe('Wed 2026-03-11T00:00:00.000');
    }
    // Wednesday 00:00 in Copenhagen is Tuesday 23:00 UTC in winter.
    expect(noReplyAt(new Date('2026-03-07T10:00:00Z'), COPENHAGEN).toISOString()).toBe('2026-03-10T23:00:00.000Z');
  });

  it('reads the weekday on the organisation’s calendar, not in UTC', () => {
    // Friday 23:30 UTC is Saturday 00:30 in Copenhagen, but still Friday 18:30 in New York.
    const sent = new Date('2026-03-06T23:30:00Z');
    expect(noReplyAt(sent, COPENHAGEN).toISOString()).toBe('2026-03-10T23:00:00.000Z');
    expect(noReplyAt(sent, 'America/New_York').toISOString()).toBe('2026-03-10T22:30:00.000Z');
  });

  it('keeps the wall-clock time when summer time begins or ends over the weekend in between', () => {
    // The clocks go forward on Sunday 29 March 2026 and back on Sunday 25 October 2026.
    expect(noReplyAt(new Date('2026-03-26T13:00:00Z'), COPENHAGEN).toISOString()).toBe('2026-03-30T12:00:00.000Z');
    expect(flaggedAt('2026-03-26T14:00')).toBe('Mon 2026-03-30T14:00:00.000');
    expect(noReplyAt(new Date('2026-10-22T12:00:00Z'), COPENHAGEN).toISOString()).toBe('2026-10-26T13:00:00.000Z');
    expect(flaggedAt('2026-10-22T14:00')).toBe('Mon 2026-10-26T14:00:00.000');
    // Sent on the Sunday of a change itself (in the hour that happens twice, and on a Saturday): Wednesday 00:00.
    expect(noReplyAt(new Date('2026-10-25T00:30:00Z'), COPENHAGEN).toISOString()).toBe('2026-10-27T23:00:00.000Z');
    expect(noReplyAt(new Date('2026-03-28T12:00:00Z'), COPENHAGEN).toISOString()).toBe('2026-03-31T22:00:00.000Z');
  });

  it('refuses an invalid date or an unknown zone', () => {
    expect(() => noReplyAt(new Date(Number.NaN), COPENHAGEN)).toThrow(RangeError);
    expect(() => noReplyAt(new Date('2026-03-04T10:00:00Z'), 'Europe/Atlantis')).toThrow(RangeError);
  });

  const zones = fc.constantFrom(COPENHAGEN, 'Europe/Stockholm', 'Europe/Oslo', 'Europe/Helsinki', 'Europe/London', 'America/New_York', 'Australia/Sydney', 'UTC');
  const instants = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T23:59:59Z'), noInvalidDate: true });

  it('never flags on a weekend, never sooner than two days after sending, never later than four days and an hour', () => {
    fc.assert(
      fc.property(instants, zones, (sentAt, timeZone) => {
        const flag = noReplyAt(sentAt, timeZone);
        const local = DateTime.fromJSDate(flag, { zone: timeZone });
        expect(local.weekday).toBeLessThanOrEqual(5);
        expect(flag.getTime() - sentAt.getTime()).toBeGreaterThanOrEqual(2 * DAY);
        expect(flag.getTime() - sentAt.getTime()).toBeLessThanOrEqual(4 * DAY + HOUR);
        expect(isNoReply(sentAt, new Date(flag.getTime() - 1), timeZone)).toBe(false);
        expect(isNoReply(sentAt, flag, timeZone)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('flags at the time of day of sending on a weekday, and at midnight when sent at the weekend', () => {
    fc.assert(
      fc.property(instants, zones, (sentAt, timeZone) => {
        const sent = DateTime.fromJSDate(sentAt, { zone: timeZone });
        const flag = DateTime.fromJSDate(noReplyAt(sentAt, timeZone), { zone: timeZone });
        const clock = (time: DateTime) => time.toFormat('HH:mm:ss.SSS');
        expect(clock(flag)).toBe(sent.weekday <= 5 ? clock(sent) : '00:00:00.000');
        // Exactly two weekdays from the start of the count up to and including the flag's date.
        const start = sent.weekday <= 5 ? sent.startOf('day') : sent.plus({ days: 8 - sent.weekday }).startOf('day');
        let weekdays = 0;
        for (let day = start.plus({ days: 1 }); day.toISODate()! <= flag.toISODate()!; day = day.plus({ days: 1 })) {
          if (day.weekday <= 5) weekdays += 1;
        }
        expect(weekdays).toBe(2);
      }),
      { numRuns: 1000 },
    );
  });
  /** The count as it was first written, day by day on the organisation's calendar at noon (luxon), to compare with. */
  function noReplyAtByLuxon(sentAt: Date, timeZone: string): Date {
    const sent = DateTime.fromJSDate(sentAt, { zone: timeZone });
    const onWeekend = sent.weekday >= 6;
    const clock = onWeekend ? { hour: 0, minute: 0, second: 0, millisecond: 0 } : { hour: sent.hour, minute: sent.minute, second: sent.second, millisecond: sent.millisecond };
    let day = DateTime.fromObject({ year: sent.year, month: sent.month, day: sent.day, hour: 12 }, { zone: timeZone });
    if (onWeekend) day = day.plus({ days: 8 - sent.weekday });
    for (let counted = 0; counted < 2; ) {
      day = day.plus({ days: 1 });
      if (day.weekday < 6) counted += 1;
    }
    return DateTime.fromObject({ year: day.year, month: day.month, day: day.day, ...clock }, { zone: timeZone }).toJSDate();
  }

  it('flags at the same moment as counting the days one by one on the organisation\'s calendar', () => {
    const nearClockChanges = fc.constantFrom('2026-03-27', '2026-03-28', '2026-03-29', '2026-10-23', '2026-10-24', '2026-10-25', '2026-11-01', '2026-04-05')
      .chain((date) => fc.integer({ min: -36 * HOUR, max: 36 * HOUR }).map((shift) => new Date(Date.parse(`${date}T00:00:00Z`) + shift)));
    fc.assert(
      fc.property(fc.oneof(instants, nearClockChanges), zones, (sentAt, timeZone) => {
        expect(noReplyAt(sentAt, timeZone).toISOString()).toBe(noReplyAtByLuxon(sentAt, timeZone).toISOString());
      }),
      { numRuns: 3000 },
    );
  });
});

describe('isNoReply', () => {
  const sentThursday = new Date('2026-03-05T13:00:00Z'); // Thursday 14:00 in Copenhagen.

  it('is false until the flag time and true from it on', () => {
    expect(isNoReply(sentThursday, new Date('2026-03-06T13:00:00Z'), COPENHAGEN)).toBe(false);
    expect(isNoReply(sentThursday, new Date('2026-03-09T12:59:59.999Z'), COPENHAGEN)).toBe(false);
    expect(isNoReply(sentThursday, new Date('2026-03-09T13:00:00Z'), COPENHAGEN)).toBe(true);
    expect(isNoReply(sentThursday, new Date('2026-06-01T00:00:00Z'), COPENHAGEN)).toBe(true);
  });
});

describe('invitationHasNoReply', () => {
  it('flags only an invitation that still awaits an answer', () => {
    const later = new Date('2026-03-10T00:00:00Z');
    const createdAt = '2026-03-05T13:00:00.000Z';
    expect(invitationHasNoReply({ responseStatus: 'awaiting', createdAt }, later, COPENHAGEN)).toBe(true);
    for (const responseStatus of ['accepted', 'declined', 'new_time_requested', 'not_relevant', 'cancelled'] as const) {
      expect(invitationHasNoReply({ responseStatus, createdAt }, later, COPENHAGEN)).toBe(false);
    }
    expect(invitationHasNoReply({ responseStatus: 'awaiting', createdAt }, new Date('2026-03-09T12:00:00Z'), COPENHAGEN)).toBe(false);
  });
});
