import { DateTime } from 'luxon';
import { localDate } from './local-time.js';

/**
 * How far ahead an interview may be booked. Nobody plans an interview years out; the bound keeps a mistyped year
 * (9999) from reaching calendars, reminders and a database that cannot hold the year 10000.
 */
export const INTERVIEW_HORIZON_YEARS = 5;

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** The last local date (YYYY-MM-DD) an interview may be on: five years after today on the calendar of `timeZone`. */
export function lastInterviewDate(now: Date, timeZone: string): string {
  return DateTime.fromISO(localDate(now, timeZone)).plus({ years: INTERVIEW_HORIZON_YEARS }).toISODate()!;
}

/**
 * Null when an interview may take place on the local `date` as far as the horizon goes, otherwise why not, worded to
 * follow the field's name. Whether the time has passed is the caller's check, made on the instant.
 *
 * Throws a RangeError for a date that is not YYYY-MM-DD: callers pass dates their schema checked.
 */
export function interviewDateProblem(date: string, now: Date, timeZone: string): string | null {
  if (!DATE_SHAPE.test(date)) throw new RangeError(`Not a date in the form YYYY-MM-DD: ${date}`);
  const last = lastInterviewDate(now, timeZone);
  // Dates of this one shape order as text.
  return date > last ? `must be at most ${INTERVIEW_HORIZON_YEARS} years ahead: on or before ${last}.` : null;
}
