import type { Kysely } from 'kysely';
import type { ColumnTypes } from './column-types.js';

export async function up(db: Kysely<unknown>, t: ColumnTypes): Promise<void> {
  // An ATS's credential: found by the keyed hash of its secret, which is shown once and never stored.
  await db.schema
    .createTable('api_keys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('key_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('last_used_at', t.instant)
    .addColumn('revoked_at', t.instant)
    .addForeignKeyConstraint('api_keys_created_by_fk', ['organisation_id', 'created_by'], 'users', ['organisation_id', 'id'])
    .execute();
  await db.schema.createIndex('api_keys_organisation_idx').on('api_keys').columns(['organisation_id', 'created_at']).execute();

  // The ATS's own ids. Unique per organisation; both engines let any number of rows without one (NULL) coexist,
  // and an upsert's ON CONFLICT names exactly these columns.
  for (const table of ['projects', 'candidates', 'applications']) {
    await db.schema.alterTable(table).addColumn('external_id', 'text').execute();
    await db.schema.createIndex(`${table}_external_id_key`).unique().on(table).columns(['organisation_id', 'external_id']).execute();
  }
}
