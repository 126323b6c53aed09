import type { ApplicationStatus } from './application-status.js';

export type ProjectStatus = 'open' | 'closed';

/** A recruitment project: one position being filled, with its applications. */
export interface Project {
  id: string;
  title: string;
  reference: string;
  status: ProjectStatus;
  owner: { id: string; name: string };
  createdAt: string;
}

export interface ProjectOverview extends Project {
  applicationCounts: Record<ApplicationStatus, number> & { total: number };
}
