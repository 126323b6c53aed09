import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Adding applicants finds the organisation's candidates by email without regard to case: one lookup by hand,
  // a few of a thousand emails each for a CSV import.
  await db.schema
    .createIndex('candidates_organisation_email_idx')
    .on('candidates')
    .expression(sql`organisation_id, lower(email)`)
    .execute();
}
