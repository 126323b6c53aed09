import { describe, expect, it } from 'vitest';
import { reminderDay } from './reminder-day';

describe('the day a reminder goes out', () => {
  it('counts calendar days, weekends included: Monday with 2 days is Saturday', () => {
    expect(reminderDay('2026-12-07', 2)).toBe('2026-12-05');
  });

  it('crosses into the month and year before', () => {
    expect(reminderDay('2027-01-03', 7)).toBe('2026-12-27');
  });

  it('is a whole day earlier across a change of summer time, whatever the hours', () => {
    expect(reminderDay('2026-03-30', 1)).toBe('2026-03-29');
  });
});
