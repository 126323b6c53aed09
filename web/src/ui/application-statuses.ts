import type { ApplicationStatus } from '../api/types';

/**
 * The statuses in the order a recruiter follows them. A Record keyed by the API's own type: when the server adds
 * a status, this stops compiling until the screens know it.
 */
const ORDER: Record<ApplicationStatus, number> = {
  received: 0,
  in_review: 1,
  invited_to_interview: 2,
  interviewed: 3,
  offer: 4,
  hired: 5,
  rejected: 6,
  withdrawn: 7,
};

export const APPLICATION_STATUSES = (Object.keys(ORDER) as ApplicationStatus[]).sort((a, b) => ORDER[a] - ORDER[b]);

export function isApplicationStatus(value: string): value is ApplicationStatus {
  return value in ORDER;
}
