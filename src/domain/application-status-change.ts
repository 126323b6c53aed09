import type { ApplicationStatus } from './application-status.js';

/** What a recruiter's change of "Status for the project" does to one application. */
export type StatusChangeOutcome = 'changed' | 'unchanged' | 'kept_withdrawn';

/**
 * Any status may be chosen, so that a mistaken change can be undone. Only the candidate's withdrawal is kept unless
 * the recruiter says to reopen it: marking a whole group interview as interviewed must not quietly bring back an
 * applicant who cancelled their application.
 */
export function statusChangeOutcome(current: ApplicationStatus, wanted: ApplicationStatus, options: { reopenWithdrawn: boolean }): StatusChangeOutcome {
  if (current === wanted) return 'unchanged';
  if (current === 'withdrawn' && !options.reopenWithdrawn) return 'kept_withdrawn';
  return 'changed';
}
