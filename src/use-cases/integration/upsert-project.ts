import type { Context } from '../../context.js';
import type { Db } from '../../db/database.js';
import {
  insertProjectIfNew,
  lockProjectByExternalId,
  ownerIdByEmail,
  updateProjectFields,
  type ExternalProjectFields,
} from '../../db/repositories/external-projects.js';
import { findProject } from '../../db/repositories/projects.js';
import type { Project, ProjectStatus } from '../../domain/project.js';
import { invalidField } from '../../errors.js';
import type { Caller } from '../caller.js';
import { upsertByExternalId } from './upsert-by-external-id.js';

export interface ProjectUpsert {
  title: string;
  reference: string;
  status?: ProjectStatus;
  /** A user of the organisation; left out, a new project is the caller's responsible user's and an existing one keeps its owner. */
  ownerEmail?: string;
}

async function ownerId(trx: Db, caller: Caller, email: string | undefined): Promise<string | undefined> {
  if (email === undefined) return undefined;
  const id = await ownerIdByEmail(trx, caller.organisation.id, email);
  if (!id) throw invalidField('ownerEmail', 'is not the email of a user of your organisation.');
  return id;
}

/** Creates or updates the project the ATS knows by `externalId`, in one transaction. */
export async function upsertProject(
  ctx: Context,
  caller: Caller,
  externalId: string,
  request: ProjectUpsert,
): Promise<{ project: Project & { externalId: string }; created: boolean }> {
  const now = ctx.clock.now();
  const organisationId = caller.organisation.id;
  const { id, created } = await ctx.db.transaction().execute(async (trx) => {
    const owner = await ownerId(trx, caller, request.ownerEmail);
    const update: Partial<ExternalProjectFields> = { title: request.title, reference: request.reference, status: request.status, ownerId: owner };
    const create: ExternalProjectFields = { title: request.title, reference: request.reference, status: request.status ?? 'open', ownerId: owner ?? caller.responsibleUserId };
    return upsertByExternalId(trx, caller, now, externalId, { create, update }, {
      subjectType: 'project',
      lock: (db) => lockProjectByExternalId(db, organisationId, externalId),
      insert: (db) => insertProjectIfNew(db, organisationId, externalId, create, now),
      update: (db, current, changes) => updateProjectFields(db, organisationId, current.id, changes.after),
    });
  });
  return { project: { ...(await findProject(ctx.db, organisationId, id))!, externalId }, created };
}
