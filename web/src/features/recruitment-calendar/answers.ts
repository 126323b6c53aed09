/**
 * An invitee's answer ("Acc. time") as the source words it, with a tone for its colour. The colour is never the
 * only sign: the words are always shown, and the catalog key is `answer.<status>`.
 */
export const RESPONSE_STATUSES = ['awaiting', 'accepted', 'declined', 'new_time_requested', 'not_relevant', 'cancelled'] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

export type AnswerTone = 'positive' | 'negative' | 'attention' | 'neutral' | 'waiting';

const TONES: Record<ResponseStatus, AnswerTone> = {
  accepted: 'positive',
  declined: 'negative',
  new_time_requested: 'attention',
  not_relevant: 'neutral',
  awaiting: 'waiting',
  cancelled: 'neutral',
};

export interface AnswerLook {
  /** The catalog key of the words. */
  words: `answer.${ResponseStatus}`;
  tone: AnswerTone;
}

export function answerLook(status: ResponseStatus): AnswerLook {
  return { words: `answer.${status}`, tone: TONES[status] };
}

/** How many invitees gave each answer, in the order above, leaving out the answers no one gave: a month's day in brief. */
export function answerCounts(statuses: readonly ResponseStatus[]): { status: ResponseStatus; count: number }[] {
  return RESPONSE_STATUSES.map((status) => ({ status, count: statuses.filter((given) => given === status).length })).filter(({ count }) => count > 0);
}
