import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // The name shown beside the default sender address; null means the organisation's own name, which is what an
  // organisation made before it could choose one has always sent as.
  await db.schema.alterTable('organisations').addColumn('default_sender_name', 'text').execute();
}
