import { describe, expect, it } from 'vitest';
import { bookingDeadline, bookingDeadlineProblem, freeSlotsByDay, hasFreeSeat, MAX_OFFERED_SLOTS, offeredSlots, pickedSlots, type SlotSeats } from './booking-offer.js';

const COPENHAGEN = 'Europe/Copenhagen';
const NOW = new Date('2026-03-02T08:00:00Z');
const iso = (slots: { startsAt: Date; endsAt: Date }[]) => slots.map((slot) => [slot.startsAt.toISOString(), slot.endsAt.toISOString()]);

describe('the slots of an offer', () => {
  it('fills a window from its start with slots and breaks, as many as end by its end, at the organisation’s wall-clock time', () => {
    const result = offeredSlots({ windows: [{ date: '2026-03-10', from: '09:00', to: '11:00' }], slotMinutes: 30, breakMinutes: 10, timeZone: COPENHAGEN, now: NOW });
    expect(result.ok).toBe(true);
    // 09:00, 09:40, 10:20 in Copenhagen (UTC+1); a fourth at 11:00 would end after the window.
    expect(iso(result.ok ? result.slots : [])).toEqual([
      ['2026-03-10T08:00:00.000Z', '2026-03-10T08:30:00.000Z'],
      ['2026-03-10T08:40:00.000Z', '2026-03-10T09:10:00.000Z'],
      ['2026-03-10T09:20:00.000Z', '2026-03-10T09:50:00.000Z'],
    ]);
  });

  it('lists the slots of several windows in time order, whatever order the windows were given in', () => {
    const result = offeredSlots({
      windows: [
        { date: '2026-03-11', from: '13:00', to: '14:00' },
        { date: '2026-03-10', from: '09:00', to: '10:00' },
      ],
      slotMinutes: 60,
      breakMinutes: 0,
      timeZone: COPENHAGEN,
      now: NOW,
    });
    expect(iso(result.ok ? result.slots : []).map(([start]) => start)).toEqual(['2026-03-10T08:00:00.000Z', '2026-03-11T12:00:00.000Z']);
  });

  it('keeps each slot its full length in a window across the night summer time begins', () => {
    // 29 March 2026: Copenhagen's clocks go from 02:00 to 03:00. The window 01:00–04:00 lasts two real hours.
    const result = offeredSlots({ windows: [{ date: '2026-03-29', from: '01:00', to: '04:00' }], slotMinutes: 60, breakMinutes: 0, timeZone: COPENHAGEN, now: NOW });
    expect(iso(result.ok ? result.slots : [])).toEqual([
      ['2026-03-29T00:00:00.000Z', '2026-03-29T01:00:00.000Z'],
      ['2026-03-29T01:00:00.000Z', '2026-03-29T02:00:00.000Z'],
    ]);
  });

  it('tells every window’s problem at once: a skipped time, an end before the start, too short, past, overlapping', () => {
    const result = offeredSlots({
      windows: [
        { date: '2026-03-29', from: '02:30', to: '04:00' },
        { date: '2026-03-10', from: '12:00', to: '11:00' },
        { date: '2026-03-10', from: '13:00', to: '13:20' },
        { date: '2026-03-01', from: '09:00', to: '10:00' },
        { date: '2026-03-12', from: '09:00', to: '11:00' },
        { date: '2026-03-12', from: '10:00', to: '12:00' },
        { date: '2026-02-30', from: '09:00', to: '10:00' },
      ],
      slotMinutes: 30,
      breakMinutes: 0,
      timeZone: COPENHAGEN,
      now: NOW,
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        { window: 0, problem: 'nonexistent' },
        { window: 1, problem: 'invalid' },
        { window: 2, problem: 'too_short' },
        { window: 3, problem: 'in_past' },
        { window: 4, problem: 'overlaps' },
        { window: 5, problem: 'overlaps' },
        { window: 6, problem: 'invalid' },
      ],
    });
  });

  it(`refuses more than ${MAX_OFFERED_SLOTS} slots, saying how many it would have been`, () => {
    const windows = Array.from({ length: 21 }, (_, day) => ({ date: `2026-04-${String(day + 1).padStart(2, '0')}`, from: '08:00', to: '18:00' }));
    expect(offeredSlots({ windows, slotMinutes: 60, breakMinutes: 0, timeZone: COPENHAGEN, now: NOW })).toEqual({ ok: false, tooMany: 210 });
  });

  it('takes no slot length outside what an interview may last', () => {
    expect(() => offeredSlots({ windows: [], slotMinutes: 2, breakMinutes: 0, timeZone: COPENHAGEN, now: NOW })).toThrow(RangeError);
    expect(() => offeredSlots({ windows: [], slotMinutes: 30, breakMinutes: -5, timeZone: COPENHAGEN, now: NOW })).toThrow(RangeError);
  });
});

describe('slots picked one by one', () => {
  it('makes each pick a slot of the offer’s length at the organisation’s wall-clock time, in the order picked', () => {
    const result = pickedSlots({ picks: [{ date: '2026-03-11', time: '13:00' }, { date: '2026-03-10', time: '09:15' }], slotMinutes: 45, timeZone: COPENHAGEN, now: NOW });
    expect(iso(result.ok ? result.slots : [])).toEqual([
      ['2026-03-11T12:00:00.000Z', '2026-03-11T12:45:00.000Z'],
      ['2026-03-10T08:15:00.000Z', '2026-03-10T09:00:00.000Z'],
    ]);
  });

  it('tells every pick’s problem by its index: past, skipped by the clocks, overlapping another', () => {
    const result = pickedSlots({
      picks: [
        { date: '2026-03-01', time: '10:00' },
        { date: '2026-03-29', time: '02:30' },
        { date: '2026-03-10', time: '09:00' },
        { date: '2026-03-10', time: '09:30' },
      ],
      slotMinutes: 45,
      timeZone: COPENHAGEN,
      now: NOW,
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        { window: 0, problem: 'in_past' },
        { window: 1, problem: 'nonexistent' },
        { window: 2, problem: 'overlaps' },
        { window: 3, problem: 'overlaps' },
      ],
    });
  });
});

describe('the booking deadline', () => {
  const slots = [
    { startsAt: new Date('2026-03-11T08:00:00Z'), endsAt: new Date('2026-03-11T08:30:00Z') },
    { startsAt: new Date('2026-03-10T12:00:00Z'), endsAt: new Date('2026-03-10T12:30:00Z') },
  ];

  it('is a day before the first slot unless the recruiter chose one', () => {
    expect(bookingDeadline(slots, null).toISOString()).toBe('2026-03-09T12:00:00.000Z');
    expect(bookingDeadline(slots, new Date('2026-03-08T16:00:00Z')).toISOString()).toBe('2026-03-08T16:00:00.000Z');
  });

  it('must be ahead, and no later than the first slot begins', () => {
    expect(bookingDeadlineProblem(new Date('2026-03-02T07:00:00Z'), slots, NOW)).toBe('in_past');
    expect(bookingDeadlineProblem(new Date('2026-03-10T12:00:01Z'), slots, NOW)).toBe('after_first_slot');
    expect(bookingDeadlineProblem(new Date('2026-03-10T12:00:00Z'), slots, NOW)).toBeNull();
  });
});

describe('the free slots a candidate is shown', () => {
  const slot = (id: string, startsAt: string, seats = 1, booked = 0): SlotSeats => ({
    id,
    startsAt: new Date(startsAt),
    endsAt: new Date(new Date(startsAt).getTime() + 30 * 60_000),
    seats,
    booked,
  });

  it('are those with a seat left that have not begun', () => {
    expect(hasFreeSeat(slot('a', '2026-03-10T08:00:00Z', 4, 3), NOW)).toBe(true);
    expect(hasFreeSeat(slot('b', '2026-03-10T08:00:00Z', 4, 4), NOW)).toBe(false);
    expect(hasFreeSeat(slot('c', '2026-03-02T08:00:00Z'), NOW)).toBe(false);
  });

  it('are grouped by the day on the organisation’s calendar, in time order, keeping the candidate’s own full slot', () => {
    const days = freeSlotsByDay(
      [
        slot('late', '2026-03-10T23:30:00Z'),
        slot('full', '2026-03-10T09:00:00Z', 1, 1),
        slot('mine', '2026-03-10T10:00:00Z', 1, 1),
        slot('early', '2026-03-10T08:00:00Z'),
      ],
      COPENHAGEN,
      NOW,
      'mine',
    );
    // 23:30 UTC is already 11 March in Copenhagen.
    expect(days.map((day) => [day.date, day.slots.map((s) => s.id)])).toEqual([
      ['2026-03-10', ['early', 'mine']],
      ['2026-03-11', ['late']],
    ]);
  });
});
