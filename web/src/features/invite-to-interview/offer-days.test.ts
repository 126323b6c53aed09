import { describe, expect, it } from 'vitest';
import { slotsByDay } from './offer-days';

const slot = (startsAt: string, endsAt: string) => ({ startsAt, endsAt, seats: 1 });

describe('the offered slots by day', () => {
  it('puts a slot on its day in the organisation’s zone: 23:30 UTC is the next morning in Copenhagen', () => {
    const late = slot('2026-12-10T23:30:00.000Z', '2026-12-11T00:00:00.000Z');
    const early = slot('2026-12-10T08:00:00.000Z', '2026-12-10T08:30:00.000Z');
    expect(slotsByDay([late, early], 'Europe/Copenhagen')).toEqual([
      { date: '2026-12-10', slots: [early] },
      { date: '2026-12-11', slots: [late] },
    ]);
    expect(slotsByDay([late, early], 'America/New_York').map((day) => day.date)).toEqual(['2026-12-10']);
  });
});
