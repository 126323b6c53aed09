import { MAX_OFFERED_SLOTS, offeredSlots, pickedSlots, type OfferedSlotsResult, type WindowProblem } from '../../domain/booking-offer.js';
import { interviewDateProblem } from '../../domain/interview-date-range.js';
import { slotsOverlap as overlaps, type Slot } from '../../domain/interview-schedule.js';
import { AppError, invalidField } from '../../errors.js';
import type { SlotsRequest } from './request.js';

const PROBLEM_WORDS: Record<WindowProblem, string> = {
  invalid: 'is not a real date and time span: "to" must be after "from".',
  nonexistent: 'holds a time the clocks skip when summer time begins. Choose another time.',
  too_short: 'is too short to hold one slot of the chosen length.',
  in_past: 'is in the past.',
  overlaps: 'overlaps another of the offered times.',
};

function refused(result: Exclude<OfferedSlotsResult, { ok: true }>, field: string): AppError {
  if ('tooMany' in result) {
    return invalidField(field, `would offer ${result.tooMany} slots; at most ${MAX_OFFERED_SLOTS} can be offered at once.`);
  }
  const details = result.problems.map(({ window, problem }) => ({ field: `${field}[${window}]`, in: 'body', message: PROBLEM_WORDS[problem] }));
  return new AppError('validation_failed', `body.${details[0]!.field} ${details[0]!.message}`, details);
}

/**
 * The slots a request asks for, from its windows and its single slots together, in time order. Every window's and
 * slot's problem is told at once, at its own field (`offer.windows[1]`), so a recruiter fixes them in one go; a
 * window that overlaps a picked slot, or an existing slot of the offer (`existing`), is refused as well.
 */
export function requestedSlots(request: SlotsRequest, slotMinutes: number, timeZone: string, now: Date, within: string | null, existing: Slot[] = []): Slot[] {
  // The request's fields by name: inside the offer (`offer.windows`), or the body itself (adding times).
  const field = (name: string) => (within ? `${within}.${name}` : name);
  const windows = request.windows ?? [];
  const picks = request.slots ?? [];
  if (windows.length + picks.length === 0) throw invalidField(field('windows'), 'or slots must offer at least one time.');
  for (const [index, { date }] of [...windows, ...picks].entries()) {
    const tooFar = interviewDateProblem(date, now, timeZone);
    const at = index < windows.length ? field(`windows[${index}]`) : field(`slots[${index - windows.length}]`);
    if (tooFar) throw invalidField(at, tooFar);
  }
  const fromWindows = offeredSlots({ windows, slotMinutes, breakMinutes: request.breakMinutes ?? 0, timeZone, now });
  if (!fromWindows.ok) throw refused(fromWindows, field('windows'));
  const fromPicks = pickedSlots({ picks, slotMinutes, timeZone, now });
  if (!fromPicks.ok) throw refused(fromPicks, field('slots'));

  const overlapping = fromPicks.slots.findIndex((pick) => [...fromWindows.slots, ...existing].some((other) => overlaps(pick, other)));
  if (overlapping >= 0) throw invalidField(field(`slots[${overlapping}]`), PROBLEM_WORDS.overlaps);
  const windowOverExisting = fromWindows.slots.find((slot) => existing.some((other) => overlaps(slot, other)));
  if (windowOverExisting) throw invalidField(field('windows'), 'overlap times already offered.');

  const slots = [...fromWindows.slots, ...fromPicks.slots].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  if (slots.length + existing.length > MAX_OFFERED_SLOTS) {
    throw invalidField(within ?? 'slots', `would offer ${slots.length + existing.length} slots; at most ${MAX_OFFERED_SLOTS} can be offered at once.`);
  }
  return slots;
}
