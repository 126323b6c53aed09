/**
 * The calendar's weeks, Monday first, on the organisation's calendar: a week is its Monday as a local date
 * (`2026-11-30`), and the window the server is asked for runs from that Monday 00:00 to the next Monday 00:00 in
 * the organisation's zone, as ISO instants with the offset in force at each end (so a week with a summer-time
 * change is 167 or 169 hours long). Plain Intl, no library: local dates are counted as UTC days.
 */

import { localDateTime, wallClock } from '../../time/wall-clock';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** A real calendar date written `YYYY-MM-DD`, else null. */
export function parseLocalDate(value: string | null | undefined): string | null {
  const match = DATE.exec(value ?? '');
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1970 || y > 9999 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return value!;
}

function toUtcDay(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function fromUtcDay(day: Date): string {
  return day.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromUtcDay(new Date(toUtcDay(date).getTime() + days * DAY_MS));
}

/** The Monday of the week a local date falls in. */
export function mondayOf(date: string): string {
  const weekday = (toUtcDay(date).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(date, -weekday);
}

/** The seven local dates of the week that starts on `monday`. */
export function weekDays(monday: string): string[] {
  return Array.from({ length: 7 }, (_, day) => addDays(monday, day));
}

/** ISO 8601 week number (the week with the year's first Thursday is week 1), as Nordic calendars number them. */
export function isoWeekNumber(date: string): number {
  const thursday = toUtcDay(addDays(mondayOf(date), 3));
  const firstOfYear = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return Math.floor((thursday.getTime() - firstOfYear) / DAY_MS / 7) + 1;
}

/** The zone's offset from UTC at an instant, in minutes (Copenhagen: 60 in winter, 120 in summer). */
export function offsetMinutes(instant: number, timeZone: string): number {
  return Math.round((wallClock(Math.floor(instant / 1000) * 1000, timeZone) - Math.floor(instant / 1000) * 1000) / 60_000);
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * A local date's midnight in the zone as an ISO instant with its offset: `2026-11-30T00:00:00+01:00`. Where a
 * zone skips midnight itself (a few zones change at 00:00), the first moment of the day is taken.
 */
export function localMidnight(date: string, timeZone: string): string {
  const wall = toUtcDay(date).getTime();
  const before = offsetMinutes(wall - DAY_MS, timeZone);
  const after = offsetMinutes(wall + DAY_MS, timeZone);
  // Midnight read with the offset of the day before or of the day after; the earlier one that is midnight there.
  const matches = [wall - before * 60_000, wall - after * 60_000].filter((instant) => wallClock(instant, timeZone) === wall).sort((a, b) => a - b);
  // Neither: the zone skips midnight itself, and the day starts when the clock jumps.
  const instant = matches[0] ?? wall - before * 60_000;
  return `${new Date(wallClock(instant, timeZone)).toISOString().slice(0, 19)}${offsetText(offsetMinutes(instant, timeZone))}`;
}

export interface WeekWindow {
  monday: string;
  from: string;
  to: string;
}

/** Monday 00:00 to the next Monday 00:00, local to the organisation. */
export function weekWindow(monday: string, timeZone: string): WeekWindow {
  return { monday, from: localMidnight(monday, timeZone), to: localMidnight(addDays(monday, 7), timeZone) };
}

/** Today's date on the organisation's calendar (not the browser's). */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return localDateTime(now, timeZone).date;
}
