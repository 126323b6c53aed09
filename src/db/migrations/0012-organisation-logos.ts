import { sql, type Kysely } from 'kysely';
import type { ColumnTypes } from './column-types.js';

export async function up(db: Kysely<unknown>, t: ColumnTypes): Promise<void> {
  // Every logo an organisation uploaded, kept in the database so that every process (and a backup) has it. The one
  // not retired heads its emails; a replaced or removed one stays, since emails already sent or queued show it.
  await db.schema
    .createTable('organisation_logos')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('bytes', t.bytes, (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('uploaded_at', t.instant, (c) => c.notNull())
    .addColumn('retired_at', t.instant)
    .addForeignKeyConstraint('organisation_logos_uploaded_by_fk', ['organisation_id', 'uploaded_by'], 'users', ['organisation_id', 'id'])
    .execute();
  await db.schema.createIndex('organisation_logos_current_key').unique().on('organisation_logos').column('organisation_id').where(sql.ref('retired_at'), 'is', null).execute();
  // Email clients fetch a logo by its hash alone; two organisations may upload the same bytes, so not unique.
  await db.schema.createIndex('organisation_logos_content_hash_idx').on('organisation_logos').column('content_hash').execute();
}
