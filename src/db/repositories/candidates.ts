import { randomUUID } from 'node:crypto';
import { candidateSearchText, type Candidate } from '../../domain/candidate.js';
import type { Db } from '../database.js';

export async function insertCandidate(
  db: Db,
  organisationId: string,
  candidate: Omit<Candidate, 'id'>,
  now: Date,
): Promise<Candidate> {
  const created: Candidate = { id: randomUUID(), ...candidate };
  await db
    .insertInto('candidates')
    .values({
      id: created.id,
      organisation_id: organisationId,
      first_name: created.firstName,
      last_name: created.lastName,
      email: created.email,
      mobile: created.mobile,
      language: created.language,
      search_text: candidateSearchText(created),
      created_at: now.toISOString(),
    })
    .execute();
  return created;
}
