import type { StatusChangeResult } from './queries';

export interface StatusChangeSummary {
  changed: number;
  unchanged: number;
  keptWithdrawn: number;
}

/** How a change went, counted for the sentence that tells the recruiter. */
export function summariseStatusChange(items: readonly Pick<StatusChangeResult, 'outcome'>[]): StatusChangeSummary {
  const count = (outcome: StatusChangeResult['outcome']) => items.filter((item) => item.outcome === outcome).length;
  return { changed: count('changed'), unchanged: count('unchanged'), keptWithdrawn: count('kept_withdrawn') };
}

/** The status a form offers first: the one all the applications share, else none until the recruiter picks. */
export function sharedStatus<Status extends string>(statuses: readonly Status[]): Status | null {
  const [first] = statuses;
  return first !== undefined && statuses.every((status) => status === first) ? first : null;
}
