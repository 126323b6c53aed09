import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { INTERVIEW_TYPES } from './interview.js';
import { overlapsAnyOf, planInterviewSlots, slotsOverlap, type Slot } from './interview-schedule.js';

const MINUTE_MS = 60_000;

function iso(slots: Slot[]): { startsAt: string; endsAt: string }[] {
  return slots.map((slot) => ({ startsAt: slot.startsAt.toISOString(), endsAt: slot.endsAt.toISOString() }));
}

function copenhagenClock(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: 'Europe/Copenhagen' }).toFormat('HH:mm');
}

describe('planInterviewSlots', () => {
  it('plans a group interview as one slot that all applicants attend', () => {
    const slots = planInterviewSlots({
      type: 'group',
      startsAt: new Date('2026-05-04T08:00:00Z'),
      durationMinutes: 90,
      breakMinutes: 15,
      applicantCount: 12,
    });
    expect(iso(slots)).toEqual([{ startsAt: '2026-05-04T08:00:00.000Z', endsAt: '2026-05-04T09:30:00.000Z' }]);
  });

  it.each(['phone', 'in_person', 'video'] as const)(
    'gives each applicant of a %s interview their own slot, back to back with the break between',
    (type) => {
      const slots = planInterviewSlots({
        type,
        startsAt: new Date('2026-05-04T08:00:00Z'),
        durationMinutes: 30,
        breakMinutes: 10,
        applicantCount: 3,
      });
      expect(iso(slots)).toEqual([
        { startsAt: '2026-05-04T08:00:00.000Z', endsAt: '2026-05-04T08:30:00.000Z' },
        { startsAt: '2026-05-04T08:40:00.000Z', endsAt: '2026-05-04T09:10:00.000Z' },
        { startsAt: '2026-05-04T09:20:00.000Z', endsAt: '2026-05-04T09:50:00.000Z' },
      ]);
    },
  );

  it('places slots end to start when there is no break', () => {
    const slots = planInterviewSlots({
      type: 'phone',
      startsAt: new Date('2026-05-04T08:00:00Z'),
      durationMinutes: 20,
      breakMinutes: 0,
      applicantCount: 2,
    });
    expect(slots[1]?.startsAt.getTime()).toBe(slots[0]?.endsAt.getTime());
    expect(slotsOverlap(slots[0]!, slots[1]!)).toBe(false);
  });

  it('gives a single applicant of a one-to-one interview a single slot', () => {
    const slots = planInterviewSlots({
      type: 'video',
      startsAt: new Date('2026-05-04T08:00:00Z'),
      durationMinutes: 45,
      breakMinutes: 15,
      applicantCount: 1,
    });
    expect(iso(slots)).toEqual([{ startsAt: '2026-05-04T08:00:00.000Z', endsAt: '2026-05-04T08:45:00.000Z' }]);
  });

  it('keeps every slot exactly as long as the duration when the clocks go back during the round', () => {
    // 01:00 Copenhagen summer time on 2026-10-25; the clocks go back from 03:00 to 02:00 after the second slot starts.
    const slots = planInterviewSlots({
      type: 'in_person',
      startsAt: new Date('2026-10-24T23:00:00Z'),
      durationMinutes: 60,
      breakMinutes: 30,
      applicantCount: 3,
    });
    for (const slot of slots) expect(slot.endsAt.getTime() - slot.startsAt.getTime()).toBe(60 * MINUTE_MS);
    expect(slots.map((slot) => `${copenhagenClock(slot.startsAt)}-${copenhagenClock(slot.endsAt)}`)).toEqual([
      '01:00-02:00',
      '02:30-02:30',
      '03:00-04:00',
    ]);
  });

  it('keeps every slot exactly as long as the duration when the clocks go forward during the round', () => {
    // 01:30 Copenhagen winter time on 2026-03-29; 02:00 becomes 03:00.
    const slots = planInterviewSlots({
      type: 'phone',
      startsAt: new Date('2026-03-29T00:30:00Z'),
      durationMinutes: 45,
      breakMinutes: 0,
      applicantCount: 2,
    });
    for (const slot of slots) expect(slot.endsAt.getTime() - slot.startsAt.getTime()).toBe(45 * MINUTE_MS);
    expect(slots.map((slot) => `${copenhagenClock(slot.startsAt)}-${copenhagenClock(slot.endsAt)}`)).toEqual([
      '01:30-03:15',
      '03:15-04:00',
    ]);
  });

  it('does not let a change to the returned dates alter the start it was given', () => {
    const startsAt = new Date('2026-05-04T08:00:00Z');
    const [slot] = planInterviewSlots({
      type: 'group',
      startsAt,
      durationMinutes: 30,
      breakMinutes: 0,
      applicantCount: 1,
    });
    slot!.startsAt.setUTCHours(0);
    expect(startsAt.toISOString()).toBe('2026-05-04T08:00:00.000Z');
  });

  it('refuses input that the caller should have validated', () => {
    const valid = {
      type: 'phone' as const,
      startsAt: new Date('2026-05-04T08:00:00Z'),
      durationMinutes: 30,
      breakMinutes: 5,
      applicantCount: 2,
    };
    expect(() => planInterviewSlots(valid)).not.toThrow();
    for (const wrong of [
      { durationMinutes: 4 },
      { durationMinutes: 481 },
      { durationMinutes: 30.5 },
      { breakMinutes: -1 },
      { breakMinutes: 2.5 },
      { applicantCount: 0 },
      { applicantCount: 1.5 },
      { startsAt: new Date(Number.NaN) },
    ]) {
      expect(() => planInterviewSlots({ ...valid, ...wrong })).toThrow(RangeError);
    }
  });

  it('never plans overlapping slots for one-to-one interviews', () => {
    const oneToOneTypes = INTERVIEW_TYPES.filter((type) => type !== 'group');
    fc.assert(
      fc.property(
        fc.constantFrom(...oneToOneTypes),
        fc.integer({ min: 5, max: 480 }),
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 1, max: 40 }),
        (type, durationMinutes, breakMinutes, applicantCount) => {
          const slots = planInterviewSlots({
            type,
            startsAt: new Date('2026-10-24T20:00:00Z'),
            durationMinutes,
            breakMinutes,
            applicantCount,
          });
          expect(slots).toHaveLength(applicantCount);
          slots.forEach((slot, index) => {
            expect(slot.endsAt.getTime() - slot.startsAt.getTime()).toBe(durationMinutes * MINUTE_MS);
            const next = slots[index + 1];
            if (next) {
              expect(next.startsAt.getTime() - slot.endsAt.getTime()).toBe(breakMinutes * MINUTE_MS);
              expect(slotsOverlap(slot, next)).toBe(false);
            }
          });
        },
      ),
    );
  });
});

describe('slotsOverlap', () => {
  function slot(start: string, end: string): Slot {
    return { startsAt: new Date(`2026-05-04T${start}:00Z`), endsAt: new Date(`2026-05-04T${end}:00Z`) };
  }

  it('sees slots that share part of their time as overlapping, in either order', () => {
    expect(slotsOverlap(slot('09:00', '10:00'), slot('09:30', '10:30'))).toBe(true);
    expect(slotsOverlap(slot('09:30', '10:30'), slot('09:00', '10:00'))).toBe(true);
  });

  it('sees a slot inside another as overlapping it', () => {
    expect(slotsOverlap(slot('09:00', '12:00'), slot('10:00', '10:30'))).toBe(true);
    expect(slotsOverlap(slot('10:00', '10:30'), slot('09:00', '12:00'))).toBe(true);
  });

  it('sees a slot as overlapping an identical one', () => {
    expect(slotsOverlap(slot('09:00', '10:00'), slot('09:00', '10:00'))).toBe(true);
  });

  it('does not see slots that only touch end to start as overlapping', () => {
    expect(slotsOverlap(slot('09:00', '10:00'), slot('10:00', '11:00'))).toBe(false);
    expect(slotsOverlap(slot('10:00', '11:00'), slot('09:00', '10:00'))).toBe(false);
  });

  it('does not see slots with time between them as overlapping', () => {
    expect(slotsOverlap(slot('09:00', '10:00'), slot('13:00', '14:00'))).toBe(false);
  });

  it('agrees whichever slot comes first', () => {
    const instant = fc.integer({ min: 0, max: 24 * 60 }).map((minute) => new Date(minute * MINUTE_MS));
    const slotArb = fc
      .tuple(instant, instant)
      .map(([x, y]) => (x <= y ? { startsAt: x, endsAt: y } : { startsAt: y, endsAt: x }));
    fc.assert(fc.property(slotArb, slotArb, (a, b) => slotsOverlap(a, b) === slotsOverlap(b, a)));
  });
});

describe('overlapsAnyOf', () => {
  const instant = fc.integer({ min: 0, max: 24 * 60 }).map((minute) => new Date(minute * MINUTE_MS));
  const slotArb = fc.tuple(instant, instant).map(([x, y]) => (x <= y ? { startsAt: x, endsAt: y } : { startsAt: y, endsAt: x }));

  it('says a slot overlaps the set exactly when it overlaps one of its slots, in any order', () => {
    fc.assert(
      fc.property(fc.array(slotArb, { maxLength: 30 }), slotArb, (slots, slot) => overlapsAnyOf(slots)(slot) === slots.some((other) => slotsOverlap(other, slot))),
      { numRuns: 2000 },
    );
  });

  it('sees an overlap with an early long slot behind later short ones', () => {
    const at = (minute: number) => new Date(minute * MINUTE_MS);
    const overlaps = overlapsAnyOf([
      { startsAt: at(0), endsAt: at(600) },
      { startsAt: at(100), endsAt: at(110) },
      { startsAt: at(200), endsAt: at(210) },
    ]);
    expect(overlaps({ startsAt: at(300), endsAt: at(310) })).toBe(true);
    expect(overlaps({ startsAt: at(600), endsAt: at(700) })).toBe(false);
  });

  it('finds nothing in an empty set', () => {
    expect(overlapsAnyOf([])({ startsAt: new Date(0), endsAt: new Date(MINUTE_MS) })).toBe(false);
  });
});
