import { describe, expect, it } from 'vitest';
import { formatDuration, formatInterviewDate, formatInterviewTime } from '../domain/interview-formatting.js';
import { wordedTime } from './candidate-invitation.js';

describe('an interview time as the candidate page words it', () => {
  const startsAt = new Date('2026-03-30T08:00:00Z');
  const endsAt = new Date('2026-03-30T08:45:00Z');
  const direct = (start: Date, end: Date, zone: string, minutes: number, language: 'da' | 'en') => ({
    date: formatInterviewDate(start, zone, language),
    time: formatInterviewTime(start, end, zone, language),
    duration: formatDuration(minutes, language),
  });

  it('is worded as the formatting words it, however often it is asked', () => {
    expect(wordedTime(startsAt, endsAt, 'Europe/Copenhagen', 45, 'da')).toEqual(direct(startsAt, endsAt, 'Europe/Copenhagen', 45, 'da'));
    expect(wordedTime(startsAt, endsAt, 'Europe/Copenhagen', 45, 'da')).toEqual(direct(startsAt, endsAt, 'Europe/Copenhagen', 45, 'da'));
  });

  it('is worded anew when its start, end, zone, length or language differ', () => {
    const later = new Date('2026-03-31T08:00:00Z');
    const laterEnd = new Date('2026-03-31T09:00:00Z');
    for (const [start, end, zone, minutes, language] of [
      [startsAt, endsAt, 'Europe/Copenhagen', 45, 'da'],
      [later, laterEnd, 'Europe/Copenhagen', 60, 'da'],
      [startsAt, laterEnd, 'Europe/Copenhagen', 45, 'da'],
      [startsAt, endsAt, 'Europe/London', 45, 'da'],
      [startsAt, endsAt, 'Europe/Copenhagen', 50, 'da'],
      [startsAt, endsAt, 'Europe/Copenhagen', 45, 'en'],
    ] as const) {
      expect(wordedTime(start, end, zone, minutes, language)).toEqual(direct(start, end, zone, minutes, language));
    }
  });
});
