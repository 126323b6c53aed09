import { sql, type Kysely } from 'kysely';
import type { ColumnTypes } from './column-types.js';

export async function up(db: Kysely<unknown>, t: ColumnTypes): Promise<void> {
  // Where an organisation's ATS wants to hear of what happens. No signing secret: it is derived from the server's
  // secret and the id, shown once, and never stored.
  await db.schema
    .createTable('webhook_endpoints')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('events_json', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('removed_at', t.instant)
    .addForeignKeyConstraint('webhook_endpoints_created_by_fk', ['organisation_id', 'created_by'], 'users', ['organisation_id', 'id'])
    .execute();
  await db.schema.createIndex('webhook_endpoints_organisation_idx').on('webhook_endpoints').columns(['organisation_id', 'created_at']).execute();

  // An endpoint's deliveries are outbox rows addressed to it: its list shows the latest of them.
  await db.schema
    .createIndex('messages_webhook_idx')
    .on('messages')
    .columns(['recipient', 'created_at'])
    .where(sql.ref('channel'), '=', 'webhook')
    .execute();
}
