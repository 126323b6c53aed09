/** Where an application stands in its recruitment project ("Status for the project"). */
export const APPLICATION_STATUSES = [
  'received',
  'in_review',
  'invited_to_interview',
  'interviewed',
  'offer',
  'hired',
  'rejected',
  'withdrawn',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export function emptyStatusCounts(): Record<ApplicationStatus, number> {
  return Object.fromEntries(APPLICATION_STATUSES.map((status) => [status, 0])) as Record<ApplicationStatus, number>;
}
