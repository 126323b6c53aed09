import { CalendarDate, Time } from '@internationalized/date';

/**
 * The forms keep dates as 'YYYY-MM-DD' and times as 'HH:MM' (what the API and the time helpers speak); React Aria's
 * fields want CalendarDate and Time. '' stands for nothing chosen, and so does text that is no real day or time.
 */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function calendarDateOf(text: string): CalendarDate | null {
  const match = DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new CalendarDate(year, month, day);
  // CalendarDate quietly moves 31 February to 3 March; a day that does not exist is no choice.
  return date.year === year && date.month === month && date.day === day ? date : null;
}

export function dateText(date: { year: number; month: number; day: number } | null): string {
  return date ? `${String(date.year).padStart(4, '0')}-${pad(date.month)}-${pad(date.day)}` : '';
}

export function timeOf(text: string): Time | null {
  const match = TIME.exec(text);
  return match ? new Time(Number(match[1]), Number(match[2])) : null;
}

/** Whole minutes: an interview starts on a minute, so seconds are never shown nor kept. */
export function timeText(time: { hour: number; minute: number } | null): string {
  return time ? `${pad(time.hour)}:${pad(time.minute)}` : '';
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
