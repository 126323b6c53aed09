import { MAX_DURATION_MINUTES, MIN_DURATION_MINUTES, type InterviewType } from './interview.js';

export interface Slot {
  startsAt: Date;
  endsAt: Date;
}

export interface SlotPlanInput {
  type: InterviewType;
  startsAt: Date;
  durationMinutes: number;
  /** Time between one applicant's slot and the next; not used for a group interview. */
  breakMinutes: number;
  applicantCount: number;
}

const MINUTE_MS = 60_000;

/**
 * The slots of one invitation round. A group interview is one slot that every applicant attends. Any other
 * type gives each applicant a slot of their own, in the order the applicants were given, back to back from
 * `startsAt` with `breakMinutes` between them.
 *
 * Slots are laid out in elapsed time, not on the wall clock: across a change to or from summer time every slot
 * still lasts exactly `durationMinutes`, and the local start times shift by the hour instead.
 *
 * Throws a RangeError on input the caller should have refused (a duration outside the allowed range, a
 * negative break, fewer than one applicant, fractions of minutes): these are bugs, not user errors.
 */
export function planInterviewSlots(input: SlotPlanInput): Slot[] {
  const { type, startsAt, durationMinutes, breakMinutes, applicantCount } = input;
  if (Number.isNaN(startsAt.getTime())) throw new RangeError('startsAt is not a valid date');
  if (
    !Number.isInteger(durationMinutes) ||
    durationMinutes < MIN_DURATION_MINUTES ||
    durationMinutes > MAX_DURATION_MINUTES
  ) {
    const range = `${MIN_DURATION_MINUTES} to ${MAX_DURATION_MINUTES}`;
    throw new RangeError(`durationMinutes must be a whole number from ${range}, got ${durationMinutes}`);
  }
  if (!Number.isInteger(breakMinutes) || breakMinutes < 0) {
    throw new RangeError(`breakMinutes must be a whole number of at least 0, got ${breakMinutes}`);
  }
  if (!Number.isInteger(applicantCount) || applicantCount < 1) {
    throw new RangeError(`applicantCount must be a whole number of at least 1, got ${applicantCount}`);
  }

  const durationMs = durationMinutes * MINUTE_MS;
  const slotCount = type === 'group' ? 1 : applicantCount;
  const strideMs = durationMs + breakMinutes * MINUTE_MS;
  return Array.from({ length: slotCount }, (_, index) => {
    const start = startsAt.getTime() + index * strideMs;
    return { startsAt: new Date(start), endsAt: new Date(start + durationMs) };
  });
}

/** Whether two slots share any moment. One ending exactly when the other starts does not overlap it. */
export function slotsOverlap(a: Slot, b: Slot): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}

/**
 * Whether a slot overlaps any of the given ones, as `slotsOverlap` would say of each pair. A recruiter's busy
 * day is checked against a bulk invitation's thousand slots, so the slots are sorted once and each question
 * is a binary search rather than a walk through them all.
 */
export function overlapsAnyOf(slots: Slot[]): (slot: Slot) => boolean {
  const sorted = slots.map((s) => ({ start: s.startsAt.getTime(), end: s.endsAt.getTime() })).sort((a, b) => a.start - b.start);
  // latestEnd[i]: the latest end among the first i + 1 slots by start.
  const latestEnd: number[] = [];
  sorted.forEach((s, index) => latestEnd.push(Math.max(s.end, latestEnd[index - 1] ?? -Infinity)));
  return (slot) => {
    const end = slot.endsAt.getTime();
    // The slots that start before this one ends are a prefix; one of them overlaps when its end is after this start.
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sorted[middle]!.start < end) low = middle + 1;
      else high = middle;
    }
    return low > 0 && latestEnd[low - 1]! > slot.startsAt.getTime();
  };
}
