import { randomUUID } from 'node:crypto';
import type { ApplicationStatus } from '../../domain/application-status.js';
import { isPostgres, type Db } from '../database.js';

/** An application as its ATS knows it: with its project's and candidate's external ids as well as Samtale's. */
export interface ExternalApplication {
  id: string;
  externalId: string | null;
  status: ApplicationStatus;
  submittedAt: string;
  updatedAt: string;
  project: { id: string; externalId: string | null };
  candidate: { id: string; externalId: string | null };
}

function applicationsOf(db: Db, organisationId: string) {
  return db
    .selectFrom('applications')
    .innerJoin('projects', 'projects.id', 'applications.project_id')
    .innerJoin('candidates', 'candidates.id', 'applications.candidate_id')
    .select([
      'applications.id',
      'applications.external_id',
      'applications.status',
      'applications.submitted_at',
      'applications.updated_at',
      'projects.id as project_id',
      'projects.external_id as project_external_id',
      'candidates.id as candidate_id',
      'candidates.external_id as candidate_external_id',
    ])
    .where('applications.organisation_id', '=', organisationId);
}

type Row = Awaited<ReturnType<ReturnType<typeof applicationsOf>['executeTakeFirstOrThrow']>>;

function toExternalApplication(row: Row): ExternalApplication {
  return {
    id: row.id,
    externalId: row.external_id,
    status: row.status,
    submittedAt: row.submitted_at,
    updatedAt: row.updated_at,
    project: { id: row.project_id, externalId: row.project_external_id },
    candidate: { id: row.candidate_id, externalId: row.candidate_external_id },
  };
}

export async function findApplicationByExternalId(db: Db, organisationId: string, externalId: string): Promise<ExternalApplication | undefined> {
  const row = await applicationsOf(db, organisationId).where('applications.external_id', '=', externalId).executeTakeFirst();
  return row && toExternalApplication(row);
}

/**
 * The application with this external id, or else the candidate's application to the project (one a recruiter
 * made by hand, say), locked until the transaction ends on PostgreSQL (SQLite has one writer).
 */
export async function lockApplicationsByExternalIdOrPair(
  db: Db,
  organisationId: string,
  externalId: string,
  pair: { projectId: string; candidateId: string },
): Promise<{ id: string; externalId: string | null; projectId: string; candidateId: string; status: ApplicationStatus }[]> {
  const query = db
    .selectFrom('applications')
    .select(['id', 'external_id as externalId', 'project_id as projectId', 'candidate_id as candidateId', 'status'])
    .where('organisation_id', '=', organisationId)
    .where((eb) =>
      eb.or([eb('external_id', '=', externalId), eb.and([eb('project_id', '=', pair.projectId), eb('candidate_id', '=', pair.candidateId)])]),
    );
  return (isPostgres(db) ? query.forUpdate() : query).execute();
}

/** Inserts the application unless one with this external id exists (made meanwhile by a concurrent request): its id, or undefined. */
export async function insertApplicationIfNew(
  db: Db,
  application: { organisationId: string; externalId: string; projectId: string; candidateId: string; status: ApplicationStatus; submittedAt: Date },
): Promise<string | undefined> {
  const row = await db
    .insertInto('applications')
    .values({
      id: randomUUID(),
      organisation_id: application.organisationId,
      external_id: application.externalId,
      project_id: application.projectId,
      candidate_id: application.candidateId,
      status: application.status,
      submitted_at: application.submittedAt.toISOString(),
      updated_at: application.submittedAt.toISOString(),
    })
    .onConflict((conflict) => conflict.columns(['organisation_id', 'external_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

export async function updateExternalApplication(
  db: Db,
  organisationId: string,
  applicationId: string,
  fields: { externalId?: string; status?: ApplicationStatus },
  now: Date,
): Promise<void> {
  await db
    .updateTable('applications')
    .set({
      ...(fields.externalId !== undefined ? { external_id: fields.externalId } : {}),
      ...(fields.status !== undefined ? { status: fields.status } : {}),
      updated_at: now.toISOString(),
    })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', applicationId)
    .execute();
}
