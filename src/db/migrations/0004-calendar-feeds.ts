import type { Kysely } from 'kysely';
import type { ColumnTypes } from './column-types.js';

export async function up(db: Kysely<unknown>, t: ColumnTypes): Promise<void> {
  // A recruiter's personal iCalendar feed: one per user, found by the keyed hash of its secret token.
  await db.schema
    .createTable('calendar_feeds')
    .addColumn('user_id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addForeignKeyConstraint('calendar_feeds_user_fk', ['organisation_id', 'user_id'], 'users', ['organisation_id', 'id'], (c) => c.onDelete('cascade'))
    .execute();

  // The recruitment calendar reads the reminders of many invitations at once.
  await db.schema.createIndex('messages_invitation_idx').on('messages').column('invitation_id').execute();
}
