import type { ResponseStatus } from './invitation.js';

/** The answers a candidate (on the confirmation page) or a recruiter (by hand) can give to an invitation. */
export const ANSWERS = ['accepted', 'declined', 'new_time_requested', 'not_relevant'] as const;
export type Answer = (typeof ANSWERS)[number];

export type AnswerOutcome =
  | { ok: false; reason: 'withdrawn' | 'cancelled' | 'interview_started' }
  | {
      ok: true;
      /** False when the answer is the one already given: nothing changes, nothing is sent. */
      changed: boolean;
      /** Declining or withdrawing makes reminders pointless. */
      cancelReminders: boolean;
      /** Coming back from a decline: the reminders that the decline cancelled are wanted again. */
      restoreReminders: boolean;
      /** "Cancel my application": the application's status becomes withdrawn. */
      withdrawApplication: boolean;
    };

/**
 * Whether an answer may replace the current response status, and what follows from it. An answer may change
 * until the interview starts, except a withdrawal, which is final; a cancelled interview takes no answers.
 * A recruiter recording an answer given by phone may do so after the start too.
 */
export function answerInvitation(
  current: ResponseStatus,
  answer: Answer,
  context: { interviewStarted: boolean; byRecruiter: boolean },
): AnswerOutcome {
  if (current === 'not_relevant') return current === answer ? unchanged() : { ok: false, reason: 'withdrawn' };
  if (current === 'cancelled') return { ok: false, reason: 'cancelled' };
  if (context.interviewStarted && !context.byRecruiter) return { ok: false, reason: 'interview_started' };
  if (current === answer) return unchanged();
  return {
    ok: true,
    changed: true,
    cancelReminders: answer === 'declined' || answer === 'not_relevant',
    restoreReminders: current === 'declined' && (answer === 'accepted' || answer === 'new_time_requested'),
    withdrawApplication: answer === 'not_relevant',
  };
}

function unchanged(): AnswerOutcome {
  return { ok: true, changed: false, cancelReminders: false, restoreReminders: false, withdrawApplication: false };
}
