import { DateTime, IANAZone } from 'luxon';
import { dateTimeFormat } from './intl-cache.js';

/** Organisations are Nordic; a recruiter's times are read in this zone unless the organisation says otherwise. */
export const DEFAULT_TIME_ZONE = 'Europe/Copenhagen';

export type LocalDateTimeResult = { ok: true; instant: Date } | { ok: false; reason: 'invalid' | 'nonexistent' };

// Strict shapes: a form field should not accept what luxon would (seconds, "9:5", and 24:00 as next midnight).
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * Reads a wall-clock date and time, as a recruiter types them, in `timeZone` and returns the UTC instant.
 *
 * - `invalid`: not a real calendar date or time of day (2026-02-30, 25:00, 9:30), or an unknown zone.
 * - `nonexistent`: a time the clocks skip when summer time begins (02:30 on 2026-03-29 in Copenhagen).
 *   Refused rather than moved, because silently inviting someone an hour later than typed is worse than asking.
 * - An ambiguous time — one of the hour repeated when summer time ends (02:30 on 2026-10-25 in Copenhagen) —
 *   is read as its first occurrence, still on summer time (00:30 UTC, not 01:30 UTC): the clock shows 02:30
 *   first on summer time, and RFC 5545 (3.3.5) reads an ambiguous local time the same way. Luxon on its own
 *   would pick the second.
 */
export function localDateTimeToInstant(date: string, time: string, timeZone: string): LocalDateTimeResult {
  const dateMatch = DATE_PATTERN.exec(date);
  const timeMatch = TIME_PATTERN.exec(time);
  // Luxon also takes "local" (the server's zone) and fixed offsets such as "UTC+2"; an organisation's zone is
  // an IANA name, which follows the changes of summer time.
  if (!dateMatch || !timeMatch || !isKnownTimeZone(timeZone)) return { ok: false, reason: 'invalid' };

  const wallClock = {
    year: Number(dateMatch[1]),
    month: Number(dateMatch[2]),
    day: Number(dateMatch[3]),
    hour: Number(timeMatch[1]),
    minute: Number(timeMatch[2]),
  };
  const resolved = DateTime.fromObject(wallClock, { zone: timeZone });
  if (!resolved.isValid) return { ok: false, reason: 'invalid' };

  // Luxon moves a time in a spring-forward gap past the gap; the moved wall clock no longer matches the input.
  if (
    resolved.year !== wallClock.year ||
    resolved.month !== wallClock.month ||
    resolved.day !== wallClock.day ||
    resolved.hour !== wallClock.hour ||
    resolved.minute !== wallClock.minute
  ) {
    return { ok: false, reason: 'nonexistent' };
  }

  const earliest = resolved
    .getPossibleOffsets()
    .reduce((first, candidate) => (candidate.toMillis() < first.toMillis() ? candidate : first), resolved);
  return { ok: true, instant: earliest.toJSDate() };
}

/**
 * The date (YYYY-MM-DD) on which `instant` falls on the calendar of `timeZone`: an interview at 23:30 UTC in
 * winter is on the next day in Copenhagen. Throws a RangeError for an invalid Date or an unknown zone, which
 * are programming errors rather than input to report.
 */
export function localDate(instant: Date, timeZone: string): string {
  const local = DateTime.fromJSDate(instant, { zone: timeZone });
  const isoDate = local.isValid && isKnownTimeZone(timeZone) ? local.toISODate() : null;
  if (isoDate === null) {
    throw new RangeError(`Cannot place ${String(instant)} on the calendar of time zone "${timeZone}"`);
  }
  return isoDate;
}

/** The wall-clock time (HH:MM) of `instant` in `timeZone`, as a recruiter would have typed it. */
export function localTime(instant: Date, timeZone: string): string {
  localDate(instant, timeZone);
  return DateTime.fromJSDate(instant, { zone: timeZone }).toFormat('HH:mm');
}

/** A Swedish date and time is written as ISO 8601 writes it: "2026-12-01 10:00". */
const SWEDISH_DATE_TIME = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})$/;

/**
 * A reader of the local date (as `localDate`) and time of day (as `localTime`) of many instants in one zone, for a
 * screen that places hundreds: one Intl formatter, kept for the zone, writes each in a fifth of luxon's time. What it
 * does not write in the expected shape (a year before 1000, another ICU's habits) is read by luxon as before, and an
 * unknown zone or an invalid date is refused with a RangeError, as `localDate` refuses it.
 */
export function wallClockReader(timeZone: string): (instant: Date) => { date: string; time: string } {
  const formatter = isKnownTimeZone(timeZone)
    ? dateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    : undefined;
  return (instant) => {
    const match = formatter && !Number.isNaN(instant.getTime()) ? SWEDISH_DATE_TIME.exec(formatter.format(instant)) : null;
    if (match) return { date: match[1]!, time: match[2]! };
    return { date: localDate(instant, timeZone), time: DateTime.fromJSDate(instant, { zone: timeZone }).toFormat('HH:mm') };
  };
}

/**
 * Whether luxon knows the zone. `IANAZone.isValidZone` builds an Intl formatter on every call; `IANAZone.create`
 * keeps one instance per zone, so this costs nothing after the first call.
 */
export function isKnownTimeZone(timeZone: string): boolean {
  return IANAZone.create(timeZone).isValid;
}
