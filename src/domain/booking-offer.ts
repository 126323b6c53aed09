import { MAX_DURATION_MINUTES, MIN_DURATION_MINUTES } from './interview.js';
import { slotsOverlap, type Slot } from './interview-schedule.js';
import { localDate, localDateTimeToInstant } from './local-time.js';

/**
 * Candidates book their own time (issue 13): the recruiter offers slots, from windows of time or one by one, and
 * each candidate books a seat in one from the link in their email until the booking deadline.
 */

/** An offer takes bookings while `open`, until its deadline; a recruiter may close it sooner. */
export const BOOKING_OFFER_STATUSES = ['open', 'closed'] as const;
export type BookingOfferStatus = (typeof BOOKING_OFFER_STATUSES)[number];

/**
 * Where an applicant's invitation to book stands: not booked yet, booked (the slot's own invitation then holds the
 * answer), asked for another time ("none of these times suit me"), or withdrew the application.
 */
export const BOOKING_INVITATION_STATUSES = ['awaiting', 'booked', 'new_time_requested', 'not_relevant'] as const;
export type BookingInvitationStatus = (typeof BOOKING_INVITATION_STATUSES)[number];

/** A stretch of a day, in the organisation's zone, filled with slots back to back: "10 March, 09:00 to 12:00". */
export interface OfferWindow {
  /** YYYY-MM-DD and HH:MM, as a recruiter types them. */
  date: string;
  from: string;
  to: string;
}

export interface OfferedSlotsInput {
  windows: OfferWindow[];
  slotMinutes: number;
  /** Between one slot and the next in a window. */
  breakMinutes: number;
  timeZone: string;
  now: Date;
}

/** More would be a page no candidate reads on a phone, and a calendar no recruiter keeps. */
export const MAX_OFFERED_SLOTS = 200;
/** What the booking deadline is, unless the recruiter says otherwise: a day before the first slot. */
export const DEFAULT_DEADLINE_BEFORE_FIRST_SLOT_MS = 24 * 60 * 60 * 1000;

export type WindowProblem =
  /** Not a real date or time, or "to" not after "from". */
  | 'invalid'
  /** A time the clocks skip when summer time begins. */
  | 'nonexistent'
  | 'too_short'
  | 'in_past'
  | 'overlaps';

export type OfferedSlotsResult =
  | { ok: true; slots: Slot[] }
  | { ok: false; problems: { window: number; problem: WindowProblem }[] }
  | { ok: false; tooMany: number };

const MINUTE_MS = 60_000;

/**
 * The slots of an offer: each window filled from its start with slots of `slotMinutes` and `breakMinutes` between
 * them, as many as end by the window's end. Slots are laid out in elapsed time like back-to-back interviews
 * (interview-schedule.ts), so a window across a change of summer time holds its real length's worth.
 *
 * Every window's problem is told (by its index), not only the first: a recruiter fixes them all in one go. Throws a
 * RangeError for a slot length or break the caller should have refused.
 */
export function offeredSlots(input: OfferedSlotsInput): OfferedSlotsResult {
  const { slotMinutes, breakMinutes } = input;
  if (!Number.isInteger(slotMinutes) || slotMinutes < MIN_DURATION_MINUTES || slotMinutes > MAX_DURATION_MINUTES) {
    throw new RangeError(`slotMinutes must be a whole number from ${MIN_DURATION_MINUTES} to ${MAX_DURATION_MINUTES}, got ${slotMinutes}`);
  }
  if (!Number.isInteger(breakMinutes) || breakMinutes < 0) throw new RangeError(`breakMinutes must be a whole number of at least 0, got ${breakMinutes}`);

  const problems: { window: number; problem: WindowProblem }[] = [];
  const spans: (Slot | null)[] = input.windows.map((window, index) => {
    const span = windowSpan(window, input.timeZone);
    if (!span.ok) problems.push({ window: index, problem: span.problem });
    return span.ok ? span.span : null;
  });
  const slotsOf = spans.map((span) => (span === null ? [] : fill(span, slotMinutes, breakMinutes)));
  spans.forEach((span, index) => {
    if (span === null) return;
    if (slotsOf[index]!.length === 0) problems.push({ window: index, problem: 'too_short' });
    else if (span.startsAt.getTime() <= input.now.getTime()) problems.push({ window: index, problem: 'in_past' });
    else if (spans.some((other, otherIndex) => otherIndex !== index && other !== null && slotsOverlap(span, other))) {
      problems.push({ window: index, problem: 'overlaps' });
    }
  });
  if (problems.length > 0) return { ok: false, problems: problems.sort((a, b) => a.window - b.window) };

  const slots = slotsOf.flat().sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  if (slots.length > MAX_OFFERED_SLOTS) return { ok: false, tooMany: slots.length };
  return { ok: true, slots };
}

/** A slot the recruiter picks on its own: a date and a start in the organisation's zone, lasting the offer's slot length. */
export interface PickedSlot {
  date: string;
  time: string;
}

/**
 * The slots a recruiter picked one by one, each checked like a window (its problem told by its index): a real
 * time that the clocks do not skip, ahead of now, and not overlapping another picked slot.
 */
export function pickedSlots(input: { picks: PickedSlot[]; slotMinutes: number; timeZone: string; now: Date }): OfferedSlotsResult {
  const length = input.slotMinutes * MINUTE_MS;
  const spans = input.picks.map((pick) => {
    const start = localDateTimeToInstant(pick.date, pick.time, input.timeZone);
    return start.ok ? { ok: true as const, slot: { startsAt: start.instant, endsAt: new Date(start.instant.getTime() + length) } } : start;
  });
  const problems: { window: number; problem: WindowProblem }[] = [];
  spans.forEach((span, index) => {
    if (!span.ok) problems.push({ window: index, problem: span.reason });
    else if (span.slot.startsAt.getTime() <= input.now.getTime()) problems.push({ window: index, problem: 'in_past' });
    else if (spans.some((other, otherIndex) => otherIndex !== index && other.ok && slotsOverlap(span.slot, other.slot))) {
      problems.push({ window: index, problem: 'overlaps' });
    }
  });
  if (problems.length > 0) return { ok: false, problems };
  // In the order picked, so that a later check can name a pick by its index.
  const slots = spans.flatMap((span) => (span.ok ? [span.slot] : []));
  if (slots.length > MAX_OFFERED_SLOTS) return { ok: false, tooMany: slots.length };
  return { ok: true, slots };
}

function windowSpan(window: OfferWindow, timeZone: string): { ok: true; span: Slot } | { ok: false; problem: WindowProblem } {
  const from = localDateTimeToInstant(window.date, window.from, timeZone);
  const to = localDateTimeToInstant(window.date, window.to, timeZone);
  if (!from.ok) return { ok: false, problem: from.reason };
  if (!to.ok) return { ok: false, problem: to.reason };
  if (to.instant.getTime() <= from.instant.getTime()) return { ok: false, problem: 'invalid' };
  return { ok: true, span: { startsAt: from.instant, endsAt: to.instant } };
}

function fill(span: Slot, slotMinutes: number, breakMinutes: number): Slot[] {
  const slots: Slot[] = [];
  const length = slotMinutes * MINUTE_MS;
  const stride = length + breakMinutes * MINUTE_MS;
  for (let start = span.startsAt.getTime(); start + length <= span.endsAt.getTime(); start += stride) {
    slots.push({ startsAt: new Date(start), endsAt: new Date(start + length) });
  }
  return slots;
}

/** Until when candidates may book, change or cancel: the recruiter's choice, or a day before the first slot. */
export function bookingDeadline(slots: Slot[], chosen: Date | null): Date {
  if (chosen !== null) return chosen;
  const first = Math.min(...slots.map((slot) => slot.startsAt.getTime()));
  return new Date(first - DEFAULT_DEADLINE_BEFORE_FIRST_SLOT_MS);
}

/** Why a deadline cannot be kept, or null: it must still be ahead, and no later than the first slot begins. */
export function bookingDeadlineProblem(deadline: Date, slots: Slot[], now: Date): 'in_past' | 'after_first_slot' | null {
  if (deadline.getTime() <= now.getTime()) return 'in_past';
  const first = Math.min(...slots.map((slot) => slot.startsAt.getTime()));
  return deadline.getTime() > first ? 'after_first_slot' : null;
}

/** A slot as a candidate's booking page sees it. */
export interface SlotSeats extends Slot {
  id: string;
  seats: number;
  booked: number;
}

/** Whether the candidate can still book a seat in this slot at `now`. */
export function hasFreeSeat(slot: SlotSeats, now: Date): boolean {
  return slot.booked < slot.seats && slot.startsAt.getTime() > now.getTime();
}

/**
 * The slots a candidate may choose from, grouped by day on the organisation's calendar and in time order: the ones
 * with a free seat that have not begun. `keep` (the candidate's own booking) stays listed even when full.
 */
export function freeSlotsByDay<T extends SlotSeats>(slots: T[], timeZone: string, now: Date, keep: string | null = null): { date: string; slots: T[] }[] {
  const days = new Map<string, T[]>();
  const open = slots
    .filter((slot) => slot.id === keep || hasFreeSeat(slot, now))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  for (const slot of open) {
    const date = localDate(slot.startsAt, timeZone);
    days.set(date, [...(days.get(date) ?? []), slot]);
  }
  return [...days].map(([date, daySlots]) => ({ date, slots: daySlots }));
}
