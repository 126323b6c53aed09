import type { PhoneAnswer } from './queries';

/** The answers a recruiter may record by hand: those `PATCH /api/invitations/{id}` accepts, in the API's order. */
export const PHONE_ANSWERS = ['accepted', 'declined', 'new_time_requested', 'not_relevant'] as const satisfies readonly PhoneAnswer[];

/** Declining, or cancelling the application, cancels the candidate's pending reminders for the interview. */
export function cancelsReminders(answer: PhoneAnswer): boolean {
  return answer === 'declined' || answer === 'not_relevant';
}

/** The answer to start from: the current one when it is one a recruiter may record, else none. */
export function preselectedAnswer(current: string): PhoneAnswer | null {
  return (PHONE_ANSWERS as readonly string[]).includes(current) ? (current as PhoneAnswer) : null;
}
