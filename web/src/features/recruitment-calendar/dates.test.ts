import { describe, expect, it } from 'vitest';
import { dateRangeLabel, dayLabel, monthLabel, weekdayLabel, weekdayShortLabel } from './dates';

describe("the calendar's days in words", () => {
  it('name the weekday and the date, in Danish and English', () => {
    expect(dayLabel('2026-12-03', 'da')).toBe('torsdag 3. dec.');
    expect(dayLabel('2026-12-03', 'en')).toBe('Thursday 3 Dec');
  });

  it("name the week's span once", () => {
    expect(dateRangeLabel('2026-11-30', '2026-12-06', 'da')).toMatch(/^30\. nov\.\s?–\s?6\. dec\. 2026$/);
    expect(dateRangeLabel('2026-11-30', '2026-12-06', 'en')).toMatch(/^30 Nov\s?–\s?6 Dec 2026$/);
  });

  it("name a month and its weekdays, whatever the browser's zone", () => {
    expect(monthLabel('2026-12', 'da')).toBe('december 2026');
    expect(monthLabel('2026-12', 'en')).toBe('December 2026');
    expect(weekdayShortLabel('2026-11-30', 'en')).toBe('Mon');
    expect(weekdayLabel('2026-11-30', 'da')).toBe('mandag');
  });
});
