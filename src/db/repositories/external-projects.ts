import { randomUUID } from 'node:crypto';
import type { ProjectStatus } from '../../domain/project.js';
import { normaliseEmail } from '../../domain/user.js';
import { isPostgres, type Db } from '../database.js';

/** A project's fields an ATS sets. */
export interface ExternalProjectFields {
  title: string;
  reference: string;
  status: ProjectStatus;
  ownerId: string;
}

/** The project with this external id, locked until the transaction ends on PostgreSQL (SQLite has one writer). */
export async function lockProjectByExternalId(
  db: Db,
  organisationId: string,
  externalId: string,
): Promise<(ExternalProjectFields & { id: string }) | undefined> {
  const query = db
    .selectFrom('projects')
    .select(['id', 'title', 'reference', 'status', 'owner_id as ownerId'])
    .where('organisation_id', '=', organisationId)
    .where('external_id', '=', externalId);
  return (isPostgres(db) ? query.forUpdate() : query).executeTakeFirst();
}

/** Inserts the project unless one with this external id exists (made meanwhile by a concurrent request): its id, or undefined. */
export async function insertProjectIfNew(
  db: Db,
  organisationId: string,
  externalId: string,
  fields: ExternalProjectFields,
  now: Date,
): Promise<string | undefined> {
  const row = await db
    .insertInto('projects')
    .values({
      id: randomUUID(),
      organisation_id: organisationId,
      external_id: externalId,
      title: fields.title,
      reference: fields.reference,
      status: fields.status,
      owner_id: fields.ownerId,
      created_at: now.toISOString(),
    })
    .onConflict((conflict) => conflict.columns(['organisation_id', 'external_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

export async function updateProjectFields(db: Db, organisationId: string, projectId: string, fields: Partial<ExternalProjectFields>): Promise<void> {
  await db
    .updateTable('projects')
    .set({
      ...(fields.title !== undefined ? { title: fields.title } : {}),
      ...(fields.reference !== undefined ? { reference: fields.reference } : {}),
      ...(fields.status !== undefined ? { status: fields.status } : {}),
      ...(fields.ownerId !== undefined ? { owner_id: fields.ownerId } : {}),
    })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', projectId)
    .execute();
}

/** The project's id for an external id, or undefined when the organisation has none. */
export async function projectIdByExternalId(db: Db, organisationId: string, externalId: string): Promise<string | undefined> {
  const row = await db.selectFrom('projects').select('id').where('organisation_id', '=', organisationId).where('external_id', '=', externalId).executeTakeFirst();
  return row?.id;
}

/** The user of the organisation with this email, who may own a project; undefined when there is none. */
export async function ownerIdByEmail(db: Db, organisationId: string, email: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('email', '=', normaliseEmail(email))
    .executeTakeFirst();
  return row?.id;
}
