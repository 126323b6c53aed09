import { isPastInZone } from '../application-and-cv/interview-form';
import { placeProblems, type InterviewProblem } from './interview-step';
import type { InterviewStep, OfferSlot, OfferStep, OfferWindow } from './wizard-state';

/**
 * Step 1 when times are offered: what each field may hold. A field is named as the server names it in a refusal,
 * without the leading `offer.` ("windows[1]", "deadline"), so the server's word and this one land in one place.
 * Problems are catalog keys under `invite-to-interview:errors`.
 */
export type OfferProblem =
  | InterviewProblem
  | 'timesMissing'
  | 'windowIncomplete'
  | 'windowInPast'
  | 'windowEndsFirst'
  | 'slotIncomplete'
  | 'slotInPast'
  | 'deadlineIncomplete'
  | 'deadlineInPast';

/** In the order the form shows its fields, which is the order Next names them in. */
export type OfferProblems = Record<string, OfferProblem>;

/** The most seats a group slot can have (the API's bound). */
export const MAX_SEATS_PER_SLOT = 50;

export const windowField = (index: number) => `windows[${index}]`;
export const slotField = (index: number) => `slots[${index}]`;

function windowProblem(window: OfferWindow, timeZone: string, now: Date): OfferProblem | null {
  if (!window.date || !window.from || !window.to) return 'windowIncomplete';
  if (window.to <= window.from) return 'windowEndsFirst';
  // A window is in the past when it has begun: slots left in a begun window would be offered at no notice.
  if (isPastInZone(window.date, window.from, timeZone, now)) return 'windowInPast';
  return null;
}

function slotProblem(slot: OfferSlot, timeZone: string, now: Date): OfferProblem | null {
  if (!slot.date || !slot.time) return 'slotIncomplete';
  return isPastInZone(slot.date, slot.time, timeZone, now) ? 'slotInPast' : null;
}

function deadlineProblem({ date, time }: OfferStep['deadline'], timeZone: string, now: Date): OfferProblem | null {
  if (!date && !time) return null;
  if (!date || !time) return 'deadlineIncomplete';
  return isPastInZone(date, time, timeZone, now) ? 'deadlineInPast' : null;
}

/**
 * Everything standing in the way of going on, checked in the organisation's zone at `now`. What only the whole
 * offer shows (windows that overlap, one too short for a slot, a deadline after the first slot) is the server's to
 * say, in the preview, at the same fields.
 */
export function offerProblems(interview: InterviewStep, offer: OfferStep, timeZone: string, now: Date): OfferProblems {
  const problems: OfferProblems = {};
  if (interview.recruiterIds.length === 0) problems.recruiterIds = 'recruitersMissing';
  if (offer.windows.length + offer.slots.length === 0) problems.times = 'timesMissing';
  offer.windows.forEach((window, index) => {
    const problem = windowProblem(window, timeZone, now);
    if (problem) problems[windowField(index)] = problem;
  });
  offer.slots.forEach((slot, index) => {
    const problem = slotProblem(slot, timeZone, now);
    if (problem) problems[slotField(index)] = problem;
  });
  const deadline = deadlineProblem(offer.deadline, timeZone, now);
  if (deadline) problems.deadline = deadline;
  return { ...problems, ...placeProblems(interview) };
}

/** The list without the item at `index`. */
export function without<Item>(items: readonly Item[], index: number): Item[] {
  return items.filter((_, at) => at !== index);
}
