import type { Context } from '../context.js';
import { recordAuditEvent } from '../db/repositories/audit-events.js';
import { findProject, insertProject } from '../db/repositories/projects.js';
import type { Actor } from '../domain/audit-event.js';
import type { Project } from '../domain/project.js';
import { assertOwner } from './project-owner.js';

export interface NewProject {
  organisationId: string;
  actor: Actor;
  title: string;
  reference: string;
  ownerId: string;
}

/** "New project": an open recruitment project, owned by the recruiter named (the one creating it, usually). */
export async function createProject(ctx: Context, request: NewProject): Promise<Project> {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    await assertOwner(trx, request.organisationId, request.ownerId);
    const fields = { title: request.title.trim(), reference: request.reference.trim(), ownerId: request.ownerId };
    const id = await insertProject(trx, { organisationId: request.organisationId, status: 'open', ...fields }, now);
    await recordAuditEvent(
      trx,
      { organisationId: request.organisationId, actor: request.actor, subject: { type: 'project', id }, action: 'project.created', after: { ...fields, status: 'open' } },
      now,
    );
    return (await findProject(trx, request.organisationId, id))!;
  });
}
