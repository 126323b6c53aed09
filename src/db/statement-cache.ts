import type SqliteDatabase from 'better-sqlite3';
import type { SqliteDatabase as KyselySqliteDatabase } from 'kysely';

/** Enough for every query the app writes; a bulk insert's chunks of other sizes come and go. */
const CAPACITY = 500;

/**
 * A better-sqlite3 database that prepares each distinct statement once. Kysely prepares every query afresh, and on
 * a hot path such as the Recruitment overview preparing took about a tenth of the server's time; SQLite re-prepares
 * a cached statement by itself after a schema change. The least recently used statement goes when it is full.
 */
export function withStatementCache(database: SqliteDatabase.Database, capacity = CAPACITY): KyselySqliteDatabase {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (statement) {
        // Map keeps insertion order: moving it to the end keeps the least recently used first.
        statements.delete(sql);
      } else {
        statement = database.prepare(sql);
        if (statements.size >= capacity) statements.delete(statements.keys().next().value!);
      }
      statements.set(sql, statement);
      return statement;
    },
  };
}
