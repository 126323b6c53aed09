import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { candidateSearchText, type Candidate } from '../../domain/candidate.js';
import { isPostgres, type Db } from '../database.js';

/** A candidate's fields an ATS sets, with its id for them (null until an ATS takes a hand-entered candidate over). */
export type ExternalCandidateFields = Omit<Candidate, 'id'> & { externalId: string | null };

function candidatesOf(db: Db, organisationId: string) {
  return db
    .selectFrom('candidates')
    .select(['id', 'external_id as externalId', 'first_name as firstName', 'last_name as lastName', 'email', 'mobile', 'language'])
    .where('organisation_id', '=', organisationId);
}

/** The candidate with this external id, locked until the transaction ends on PostgreSQL (SQLite has one writer). */
export async function lockCandidateByExternalId(
  db: Db,
  organisationId: string,
  externalId: string,
): Promise<(ExternalCandidateFields & { id: string }) | undefined> {
  const query = candidatesOf(db, organisationId).where('external_id', '=', externalId);
  return (isPostgres(db) ? query.forUpdate() : query).executeTakeFirst();
}

/**
 * The oldest candidate with this email (in any case) whom no ATS knows yet, locked like the above: a recruiter
 * entered them by hand or imported them, and the ATS now takes them over instead of making a second.
 */
export async function lockUnlinkedCandidateByEmail(
  db: Db,
  organisationId: string,
  email: string,
): Promise<(ExternalCandidateFields & { id: string }) | undefined> {
  const query = candidatesOf(db, organisationId)
    .where(sql<string>`lower(email)`, '=', email.toLowerCase())
    .where('external_id', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .limit(1);
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
      external_id: fields.externalId,
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
