import type { Context } from '../context.js';
import { recordAuditEvent } from '../db/repositories/audit-events.js';
import { findProject, updateProject, type ProjectChanges } from '../db/repositories/projects.js';
import type { Actor } from '../domain/audit-event.js';
import { fieldChanges } from '../domain/field-changes.js';
import type { Project, ProjectStatus } from '../domain/project.js';
import { notFound } from '../errors.js';
import { assertOwner } from './project-owner.js';

interface ProjectRequest {
  organisationId: string;
  actor: Actor;
  projectId: string;
}

async function changeProject(ctx: Context, request: ProjectRequest, wanted: ProjectChanges, action: string): Promise<Project> {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const project = await findProject(trx, request.organisationId, request.projectId);
    if (!project) throw notFound('The recruitment project');
    if (wanted.ownerId !== undefined && wanted.ownerId !== project.owner.id) await assertOwner(trx, request.organisationId, wanted.ownerId);
    const current: Required<ProjectChanges> = { title: project.title, reference: project.reference, ownerId: project.owner.id, status: project.status };
    const changes = fieldChanges(current, wanted);
    // The same request twice changes nothing the second time, and says nothing in the history.
    if (!changes) return project;
    await updateProject(trx, request.organisationId, request.projectId, changes.after);
    await recordAuditEvent(
      trx,
      { organisationId: request.organisationId, actor: request.actor, subject: { type: 'project', id: request.projectId }, action, ...changes },
      now,
    );
    return (await findProject(trx, request.organisationId, request.projectId))!;
  });
}

/** A project's title, reference or owner; a field left out keeps its value. */
export function editProject(ctx: Context, request: ProjectRequest & { changes: Omit<ProjectChanges, 'status'> }): Promise<Project> {
  const { title, reference, ownerId } = request.changes;
  const changes = { ...(title === undefined ? {} : { title: title.trim() }), ...(reference === undefined ? {} : { reference: reference.trim() }), ...(ownerId === undefined ? {} : { ownerId }) };
  return changeProject(ctx, request, changes, 'project.changed');
}

/** Closes a project (no applicants can be added to it) or opens it again; either twice is the same as once. */
export function setProjectStatus(ctx: Context, request: ProjectRequest & { status: ProjectStatus }): Promise<Project> {
  return changeProject(ctx, request, { status: request.status }, request.status === 'closed' ? 'project.closed' : 'project.reopened');
}
