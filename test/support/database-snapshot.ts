import { sql } from 'kysely';
import type { Db } from '../../src/db/database.js';

/**
 * Every row of every table (Kysely's migration bookkeeping aside), tables by name and rows in a fixed order, so
 * that two snapshots are equal exactly when nothing in the database changed in between.
 */
export async function databaseSnapshot(db: Db): Promise<Record<string, unknown[]>> {
  const tables = (await db.introspection.getTables()).filter((table) => !table.isView).map((table) => table.name).sort();
  const snapshot: Record<string, unknown[]> = {};
  for (const table of tables) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db);
    snapshot[table] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return snapshot;
}
