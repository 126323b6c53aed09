import { describe, expect, it } from 'vitest';
import { interviewDateProblem, lastInterviewDate } from './interview-date-range.js';

const COPENHAGEN = 'Europe/Copenhagen';

describe('lastInterviewDate', () => {
  it('is five years after today on the organisation’s calendar', () => {
    expect(lastInterviewDate(new Date('2026-03-02T08:00:00Z'), COPENHAGEN)).toBe('2031-03-02');
  });

  it('counts from the local date, which late in the evening UTC is already tomorrow in Copenhagen', () => {
    expect(lastInterviewDate(new Date('2026-12-31T23:30:00Z'), COPENHAGEN)).toBe('2032-01-01');
    expect(lastInterviewDate(new Date('2026-12-31T23:30:00Z'), 'UTC')).toBe('2031-12-31');
  });

  it('ends on 28 February when today is 29 February and the fifth year has none', () => {
    expect(lastInterviewDate(new Date('2028-02-29T12:00:00Z'), COPENHAGEN)).toBe('2033-02-28');
  });
});

describe('interviewDateProblem', () => {
  const now = new Date('2026-03-02T08:00:00Z');

  it('accepts dates up to and including the last one', () => {
    expect(interviewDateProblem('2026-03-02', now, COPENHAGEN)).toBeNull();
    expect(interviewDateProblem('2031-03-02', now, COPENHAGEN)).toBeNull();
  });

  it('refuses the day after the last one, and a mistyped year, naming the last date', () => {
    expect(interviewDateProblem('2031-03-03', now, COPENHAGEN)).toBe('must be at most 5 years ahead: on or before 2031-03-02.');
    expect(interviewDateProblem('9999-12-31', now, COPENHAGEN)).toBe('must be at most 5 years ahead: on or before 2031-03-02.');
  });

  it('throws on a date that is not YYYY-MM-DD, which a schema should have refused', () => {
    expect(() => interviewDateProblem('+010000-01-01', now, COPENHAGEN)).toThrow(RangeError);
    expect(() => interviewDateProblem('2026-3-2', now, COPENHAGEN)).toThrow(RangeError);
  });
});
