import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { candidateSearchText, type Candidate } from '../../domain/candidate.js';
import { insertInChunks, isPostgres, selectInChunks, type Db } from '../database.js';

export async function insertCandidate(
  db: Db,
  organisationId: string,
  candidate: Omit<Candidate, 'id'>,
  now: Date,
): Promise<Candidate> {
  const [created] = await insertCandidates(db, organisationId, [candidate], now);
  return created!;
}

/** Many candidates in a few statements, for an import of thousands. */
export async function insertCandidates(
  db: Db,
  organisationId: string,
  candidates: Omit<Candidate, 'id'>[],
  now: Date,
): Promise<Candidate[]> {
  const created: Candidate[] = candidates.map((candidate) => ({ id: randomUUID(), ...candidate }));
  await insertInChunks(
    db,
    'candidates',
    created.map((candidate) => ({
      id: candidate.id,
      organisation_id: organisationId,
      first_name: candidate.firstName,
      last_name: candidate.lastName,
      email: candidate.email,
      mobile: candidate.mobile,
      language: candidate.language,
      search_text: candidateSearchText(candidate),
      created_at: now.toISOString(),
    })),
  );
  return created;
}

/**
 * The organisation's candidates with any of these (lower-case) emails, in a few queries whatever their number. An
 * email stored with capitals still matches (SQLite's lower() folds ASCII letters only, which email addresses are).
 */
export function findCandidatesByEmail(db: Db, organisationId: string, emails: string[]): Promise<{ id: string; email: string }[]> {
  return selectInChunks(emails, (chunk) =>
    db
      .selectFrom('candidates')
      .select(['id', sql<string>`lower(email)`.as('email')])
      .where('organisation_id', '=', organisationId)
      .where(sql<string>`lower(email)`, 'in', chunk)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
  );
}

/**
 * Makes adding candidates to an organisation take turns until the transaction ends, on PostgreSQL (SQLite's writers
 * already take turns within the one process): two recruiters adding the same new email at the same moment, to one
 * project or two, make one candidate, the second finding the first's. An advisory lock, so nothing else waits.
 */
export async function lockCandidateEmails(db: Db, organisationId: string): Promise<void> {
  if (isPostgres(db)) await sql`select pg_advisory_xact_lock(hashtext(${`candidates:${organisationId}`}))`.execute(db);
}
