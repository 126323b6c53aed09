import { describe, expect, it } from 'vitest';
import { slotsByDay } from './slot-days';

const slot = (startsAt: string) => ({ startsAt });

describe('offered slots by day', () => {
  it("puts each slot on its day in the organisation's zone, in time order", () => {
    const days = slotsByDay(
      [slot('2026-12-11T08:00:00Z'), slot('2026-12-10T08:30:00Z'), slot('2026-12-10T08:00:00Z')],
      'Europe/Copenhagen',
    );
    expect(days).toEqual([
      { date: '2026-12-10', slots: [slot('2026-12-10T08:00:00Z'), slot('2026-12-10T08:30:00Z')] },
      { date: '2026-12-11', slots: [slot('2026-12-11T08:00:00Z')] },
    ]);
  });

  it('takes the day from the zone, not UTC: 00:30 in Copenhagen is the next day', () => {
    expect(slotsByDay([slot('2026-12-10T23:30:00Z')], 'Europe/Copenhagen').map((day) => day.date)).toEqual(['2026-12-11']);
    expect(slotsByDay([slot('2026-12-10T23:30:00Z')], 'America/New_York').map((day) => day.date)).toEqual(['2026-12-10']);
  });

  it('is no days when nothing is offered', () => {
    expect(slotsByDay([], 'Europe/Copenhagen')).toEqual([]);
  });
});
