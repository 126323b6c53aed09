/**
 * The calendar's months: a month is written `YYYY-MM`, and its grid runs from the Monday on or before the 1st to
 * the Sunday on or after the last day, four to six whole weeks. The window the server is asked for runs from that
 * Monday's midnight to the midnight after that Sunday in the organisation's zone, each end with the offset then in
 * force, so a month with a summer-time change asks for exactly its days.
 */

import { addDays, localMidnight, mondayOf, weekDays } from './week';

const MONTH = /^(\d{4})-(\d{2})$/;

/** A real month written `YYYY-MM`, else null. */
export function parseMonth(value: string | null | undefined): string | null {
  const match = MONTH.exec(value ?? '');
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  return year >= 1970 && month >= 1 && month <= 12 ? value! : null;
}

/** The month a local date falls in. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

export function addMonths(month: string, months: number): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + number - 1 + months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The month's weeks, Monday first, including the days of the months before and after that fill them. */
export function monthWeeks(month: string): string[][] {
  const first = `${month}-01`;
  const last = addDays(`${addMonths(month, 1)}-01`, -1);
  const weeks: string[][] = [];
  for (let monday = mondayOf(first); monday <= last; monday = addDays(monday, 7)) weeks.push(weekDays(monday));
  return weeks;
}

export interface MonthWindow {
  month: string;
  from: string;
  to: string;
}

/** From the grid's first Monday 00:00 to the midnight after its last Sunday, local to the organisation. */
export function monthWindow(month: string, timeZone: string): MonthWindow {
  const weeks = monthWeeks(month);
  const lastDay = weeks.at(-1)!.at(-1)!;
  return { month, from: localMidnight(weeks[0]![0]!, timeZone), to: localMidnight(addDays(lastDay, 1), timeZone) };
}

/** The week a month opens on: this week if today is in the month, else the week of its 1st. */
export function weekOfMonth(month: string, today: string): string {
  return mondayOf(monthOf(today) === month ? today : `${month}-01`);
}

/** The month a week belongs to: that of its Thursday, as ISO weeks count them. */
export function monthOfWeek(monday: string): string {
  return monthOf(addDays(monday, 3));
}
