import type { Kysely } from 'kysely';
import type { ColumnTypes } from './column-types.js';

export async function up(db: Kysely<unknown>, t: ColumnTypes): Promise<void> {
  // A message that must not leave after this moment (a reminder after the interview has started).
  await db.schema.alterTable('messages').addColumn('not_after', t.instant).execute();

  await db.schema
    .createTable('dev_sms')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('outbox_id', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('sender', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('delivered_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('dev_sms_organisation_idx').on('dev_sms').columns(['organisation_id', 'delivered_at']).execute();

  await db.schema.alterTable('email_templates').addColumn('signature', 'text').execute();
}
