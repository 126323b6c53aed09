import type { Kysely } from 'kysely';
import type { ColumnTypes } from './column-types.js';

export async function up(db: Kysely<unknown>, t: ColumnTypes): Promise<void> {
  // A deactivated user keeps their row, so the history and past interviews still name them.
  await db.schema.alterTable('users').addColumn('deactivated_at', t.instant).execute();

  // One-time links sent by email: an invitation to choose a first password, or a forgotten password's reset. Found
  // by the keyed hash of the link's token; the token itself is derived from the server secret and never stored.
  await db.schema
    .createTable('user_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('expires_at', t.instant, (c) => c.notNull())
    .addColumn('used_at', t.instant)
    .addForeignKeyConstraint('user_tokens_user_fk', ['organisation_id', 'user_id'], 'users', ['organisation_id', 'id'], (c) => c.onDelete('cascade'))
    .execute();
  await db.schema.createIndex('user_tokens_user_idx').on('user_tokens').columns(['user_id', 'purpose']).execute();
}
