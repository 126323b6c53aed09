import type { Context } from '../context.js';
import { listProjectOverviews } from '../db/repositories/projects.js';
import type { ProjectOverview } from '../domain/project.js';

/** Every project of the organisation with its applications counted per status. */
export function recruitmentOverview(ctx: Context, organisationId: string): Promise<ProjectOverview[]> {
  return listProjectOverviews(ctx.db, organisationId);
}
