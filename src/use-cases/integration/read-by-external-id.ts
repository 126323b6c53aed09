import type { Context } from '../../context.js';
import { findApplicationByExternalId, type ExternalApplication } from '../../db/repositories/external-applications.js';
import { findCandidateByExternalId } from '../../db/repositories/external-candidates.js';
import { projectIdByExternalId } from '../../db/repositories/external-projects.js';
import { findProject } from '../../db/repositories/projects.js';
import type { Candidate } from '../../domain/candidate.js';
import type { Project } from '../../domain/project.js';
import { notFound } from '../../errors.js';

/** The organisation's records by the ids its ATS gave them; another organisation's external id is simply not found. */

export async function projectByExternalId(ctx: Context, organisationId: string, externalId: string): Promise<Project & { externalId: string }> {
  const id = await projectIdByExternalId(ctx.db, organisationId, externalId);
  const project = id && (await findProject(ctx.db, organisationId, id));
  if (!project) throw notFound('The project');
  return { ...project, externalId };
}

export async function candidateByExternalId(ctx: Context, organisationId: string, externalId: string): Promise<Candidate & { externalId: string }> {
  const candidate = await findCandidateByExternalId(ctx.db, organisationId, externalId);
  if (!candidate) throw notFound('The candidate');
  return candidate;
}

export async function applicationByExternalId(ctx: Context, organisationId: string, externalId: string): Promise<ExternalApplication> {
  const application = await findApplicationByExternalId(ctx.db, organisationId, externalId);
  if (!application) throw notFound('The application');
  return application;
}
