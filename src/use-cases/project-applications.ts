import type { Context } from '../context.js';
import { listProjectApplications } from '../db/repositories/applications.js';
import { findProject } from '../db/repositories/projects.js';
import type { ApplicationQuery, ApplicationWithCandidate } from '../domain/application.js';
import type { Project } from '../domain/project.js';
import { notFound } from '../errors.js';

export async function getProject(ctx: Context, organisationId: string, projectId: string): Promise<Project> {
  const project = await findProject(ctx.db, organisationId, projectId);
  if (!project) throw notFound('The recruitment project');
  return project;
}

/** "All applications" of a project, filtered, searched, sorted and paged. */
export async function projectApplications(
  ctx: Context,
  organisationId: string,
  projectId: string,
  query: ApplicationQuery,
): Promise<{ items: ApplicationWithCandidate[]; total: number }> {
  await getProject(ctx, organisationId, projectId);
  return listProjectApplications(ctx.db, organisationId, projectId, query);
}
