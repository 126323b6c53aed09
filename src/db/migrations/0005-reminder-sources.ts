import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // What a reminder was made from (its text with variables, language, days before), so that a moved interview
  // gets its reminders made again for the new time.
  await db.schema.alterTable('messages').addColumn('source_json', 'text').execute();
}
