import { randomUUID } from 'node:crypto';
import { candidateSearchText, type Candidate } from '../../domain/candidate.js';
import { isPostgres, type Db } from '../database.js';

/** A candidate's fields an ATS sets. */
export type ExternalCandidateFields = Omit<Candidate, 'id'>;

function candidatesOf(db: Db, organisationId: string) {
  return db
    .selectFrom('candidates')
    .select(['id', 'external_id as externalId', 'first_name as firstName', 'last_name as lastName', 'email', 'mobile', 'language'])
    .where('organisation_id', '=', organisationId);
}

/** The candidate with this external id, locked until the transaction ends on PostgreSQL (SQLite has one writer). */
export async function lockCandidateByExternalId(db: Db, organisationId: string, externalId: string): Promise<Candidate | undefined> {
  const query = candidatesOf(db, organisationId).where('external_id', '=', externalId);
  return (isPostgres(db) ? query.forUpdate() : query).executeTakeFirst();
}

export async function findCandidateByExternalId(
  db: Db,
  organisationId: string,
  externalId: string,
): Promise<(Candidate & { externalId: string }) | undefined> {
  const row = await candidatesOf(db, organisationId).where('external_id', '=', externalId).executeTakeFirst();
  return row && { ...row, externalId };
}

/** Inserts the candidate unless one with this external id exists (made meanwhile by a concurrent request): its id, or undefined. */
export async function insertCandidateIfNew(
  db: Db,
  organisationId: string,
  externalId: string,
  fields: ExternalCandidateFields,
  now: Date,
): Promise<string | undefined> {
  const row = await db
    .insertInto('candidates')
    .values({
      id: randomUUID(),
      organisation_id: organisationId,
      external_id: externalId,
      first_name: fields.firstName,
      last_name: fields.lastName,
      email: fields.email,
      mobile: fields.mobile,
      language: fields.language,
      search_text: candidateSearchText(fields),
      created_at: now.toISOString(),
    })
    .onConflict((conflict) => conflict.columns(['organisation_id', 'external_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** Writes the candidate's fields, all of them: the search text is made from several. */
export async function updateCandidateFields(db: Db, organisationId: string, candidateId: string, fields: ExternalCandidateFields): Promise<void> {
  await db
    .updateTable('candidates')
    .set({
      first_name: fields.firstName,
      last_name: fields.lastName,
      email: fields.email,
      mobile: fields.mobile,
      language: fields.language,
      search_text: candidateSearchText(fields),
    })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', candidateId)
    .execute();
}
