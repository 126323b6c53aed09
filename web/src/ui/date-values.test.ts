import { CalendarDate, Time } from '@internationalized/date';
import { describe, expect, it } from 'vitest';
import { calendarDateOf, dateText, timeOf, timeText } from './date-values';

describe('dates between the form and the date field', () => {
  it('reads a form date as the same calendar day', () => {
    expect(calendarDateOf('2026-12-03')?.compare(new CalendarDate(2026, 12, 3))).toBe(0);
  });

  it('treats an empty date as nothing chosen', () => {
    expect(calendarDateOf('')).toBeNull();
  });

  it('treats a day that does not exist as nothing chosen rather than moving it to another day', () => {
    expect(calendarDateOf('2026-02-31')).toBeNull();
    expect(calendarDateOf('2026-13-01')).toBeNull();
  });

  it('treats text in another format as nothing chosen', () => {
    expect(calendarDateOf('03.12.2026')).toBeNull();
  });

  it('writes a chosen day back with leading zeros', () => {
    expect(dateText(new CalendarDate(2026, 3, 7))).toBe('2026-03-07');
  });

  it('writes nothing chosen as an empty date', () => {
    expect(dateText(null)).toBe('');
  });

  it('gives back the text it read', () => {
    expect(dateText(calendarDateOf('2028-02-29'))).toBe('2028-02-29');
  });
});

describe('times between the form and the time field', () => {
  it('reads a form time on the 24-hour clock', () => {
    expect(timeOf('14:05')?.compare(new Time(14, 5))).toBe(0);
  });

  it('treats an empty or impossible time as nothing chosen', () => {
    expect(timeOf('')).toBeNull();
    expect(timeOf('24:00')).toBeNull();
    expect(timeOf('9:30')).toBeNull();
  });

  it('writes a chosen time as hours and minutes, leaving out seconds', () => {
    expect(timeText(new Time(9, 5, 30))).toBe('09:05');
  });

  it('writes nothing chosen as an empty time', () => {
    expect(timeText(null)).toBe('');
  });
});
