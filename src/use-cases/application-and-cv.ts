import type { Context } from '../context.js';
import { findApplication } from '../db/repositories/applications.js';
import { listAuditEvents } from '../db/repositories/audit-events.js';
import { findProject } from '../db/repositories/projects.js';
import type { ApplicationWithCandidate } from '../domain/application.js';
import type { AuditEvent } from '../domain/audit-event.js';
import type { Project } from '../domain/project.js';
import { notFound } from '../errors.js';

export interface ApplicationAndCv {
  application: ApplicationWithCandidate;
  project: Project;
  history: AuditEvent[];
}

/** The candidate's "Application and CV" page: the application, its project and what happened to it. */
export async function applicationAndCv(ctx: Context, organisationId: string, applicationId: string): Promise<ApplicationAndCv> {
  const application = await findApplication(ctx.db, organisationId, applicationId);
  if (!application) throw notFound('The application');
  const [project, history] = await Promise.all([
    findProject(ctx.db, organisationId, application.projectId),
    listAuditEvents(ctx.db, organisationId, [
      { type: 'application', id: application.id },
      { type: 'candidate', id: application.candidate.id },
    ]),
  ]);
  if (!project) throw notFound('The application');
  return { application, project, history };
}
