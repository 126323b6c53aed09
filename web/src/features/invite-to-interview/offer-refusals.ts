/**
 * The server's refusal of an offer's times, field by field: it names every window's and slot's problem at once
 * (`offer.windows[1]`), in English sentences. Each is sorted here into what step 1 can say in the recruiter's
 * language, at the field it names (as offer-step.ts names fields: "windows[1]", "deadline", "times").
 */
export type OfferRefusalReason =
  | 'inPast'
  | 'overlaps'
  | 'tooShort'
  | 'endsFirst'
  | 'skippedTime'
  | 'tooMany'
  | 'deadlineAfterFirst'
  | 'deadlineNeeded'
  /** Anything else: the server's own sentence is shown. */
  | 'other';

export interface OfferRefusal {
  field: string;
  reason: OfferRefusalReason;
  message: string;
}

const REASONS: [RegExp, OfferRefusalReason][] = [
  [/^is in the past/, 'inPast'],
  [/^overlaps? /, 'overlaps'],
  [/^is too short/, 'tooShort'],
  [/"to" must be after "from"/, 'endsFirst'],
  [/clocks skip/, 'skippedTime'],
  [/at most \d+ can be offered/, 'tooMany'],
  [/^is after the first offered time/, 'deadlineAfterFirst'],
  [/^is needed: a day before the first offered time/, 'deadlineNeeded'],
];

function fieldOf(path: string): string | null {
  const match = /^(?:body\.)?offer\.(.+)$/.exec(path);
  if (!match) return null;
  // "offer.windows" (no time at all, or windows over times already offered) is about the times as a whole.
  return match[1] === 'windows' || match[1] === 'slots' ? 'times' : match[1]!;
}

/** Every field of the offer the error names, with why; empty when it names none (or is no refusal at all). */
export function offerRefusals(error: unknown): OfferRefusal[] {
  if (typeof error !== 'object' || error === null || !('details' in error) || !Array.isArray(error.details)) return [];
  return error.details.flatMap((detail: unknown) => {
    if (typeof detail !== 'object' || detail === null || !('field' in detail) || typeof detail.field !== 'string') return [];
    const field = fieldOf(detail.field);
    if (!field) return [];
    const message = 'message' in detail && typeof detail.message === 'string' ? detail.message : '';
    const reason = REASONS.find(([words]) => words.test(message))?.[1] ?? 'other';
    return [{ field, reason, message }];
  });
}
