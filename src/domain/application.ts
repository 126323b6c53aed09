import type { ApplicationStatus } from './application-status.js';
import type { Candidate } from './candidate.js';

/** A candidate's application to one recruitment project. */
export interface Application {
  id: string;
  projectId: string;
  status: ApplicationStatus;
  submittedAt: string;
  updatedAt: string;
}

export interface ApplicationWithCandidate extends Application {
  candidate: Candidate;
}

export const APPLICATION_SORTS = ['name', 'status', 'submittedAt'] as const;
export type ApplicationSort = (typeof APPLICATION_SORTS)[number];

export interface ApplicationQuery {
  statuses?: ApplicationStatus[];
  search?: string;
  sort: ApplicationSort;
  descending: boolean;
  limit: number;
  offset: number;
}
