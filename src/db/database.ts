import SqliteDatabase from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresAdapter, PostgresDialect, SqliteDialect, sql } from 'kysely';
import { postgresInstantToIso } from './postgres-instant.js';
import { ReadWriteSqliteDialect } from './read-write-sqlite.js';
import { withStatementCache } from './statement-cache.js';
import pg from 'pg';
import type { DatabaseConfig } from '../config.js';
import type { Database } from './schema.js';
import type { Insertable } from 'kysely';

export type Engine = 'sqlite' | 'postgres';
export type Db = Kysely<Database>;

export interface DatabaseHandle {
  db: Db;
  engine: Engine;
  close(): Promise<void>;
}

const PG_INT8 = 20;
const PG_TIMESTAMP = 1114;
const PG_TIMESTAMPTZ = 1184;

/**
 * pg returns Date for timestamptz and strings for bigint (count(*)). This layer hands out ISO strings
 * and numbers on both engines, so the code above never asks which engine it runs on.
 */
const postgresTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === PG_INT8) return (value: string) => Number(value);
    if (oid === PG_TIMESTAMPTZ || oid === PG_TIMESTAMP) {
      return postgresInstantToIso(pg.types.getTypeParser(oid, 'text') as (value: string) => Date);
    }
    return format === 'binary' ? pg.types.getTypeParser(oid, 'binary') : pg.types.getTypeParser(oid, 'text');
  },
} as pg.CustomTypesConfig;

export interface OpenOptions {
  /**
   * Called when PostgreSQL drops an idle pooled connection (a restart, a failover). The pool replaces it on
   * the next query, so this is for the log only; without a listener pg would crash the process.
   */
  onIdleConnectionError?: (error: Error) => void;
}

export function openDatabase(config: DatabaseConfig, options: OpenOptions = {}): DatabaseHandle {
  if (config.engine === 'postgres') {
    const pool = new pg.Pool({ connectionString: config.connectionString, types: postgresTypes, max: 10 });
    pool.on('error', options.onIdleConnectionError ?? (() => {}));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, engine: 'postgres', close: () => db.destroy() };
  }
  if (config.filename !== ':memory:') mkdirSync(path.dirname(config.filename), { recursive: true });
  const sqlite = new SqliteDatabase(config.filename);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // An in-memory database is one connection's alone, so it has no reader of its own.
  const dialect =
    config.filename === ':memory:'
      ? new SqliteDialect({ database: withStatementCache(sqlite) })
      : new ReadWriteSqliteDialect(withStatementCache(sqlite), withStatementCache(readerOf(config.filename)));
  const db = new Kysely<Database>({ dialect });
  return { db, engine: 'sqlite', close: () => db.destroy() };
}

function readerOf(filename: string): SqliteDatabase.Database {
  const reader = new SqliteDatabase(filename, { readonly: true });
  reader.pragma('busy_timeout = 5000');
  return reader;
}

/** True when the database answers a trivial query; used by the health check. */
export async function isReachable(db: Db): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}

/** For the few statements that differ (row locking); everything else is written once for both engines. */
export function isPostgres(db: Db): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * Inserts many rows in a few statements. Both engines cap the parameters of one statement (SQLite at 32,766,
 * PostgreSQL at 65,535), so a bulk invitation of thousands is cut into chunks. `toRow` makes each item a row just
 * before its chunk is written, so that making thousands of rows does not hold up other requests either.
 */
export async function insertInChunks<T extends keyof Database, I = Insertable<Database[T]>>(
  db: Db,
  table: T,
  items: I[],
  toRow: (item: I) => Insertable<Database[T]> = (item) => item as Insertable<Database[T]>,
  rowsPerStatement = 500,
): Promise<void> {
  for (let start = 0; start < items.length; start += rowsPerStatement) {
    // better-sqlite3 answers at once, so a long run of statements would never let other requests in: each chunk
    // waits for their turn first.
    if (start > 0) await new Promise((resolve) => setImmediate(resolve));
    await db.insertInto(table).values(items.slice(start, start + rowsPerStatement).map(toRow) as never).execute();
  }
}

/**
 * Runs a query per chunk of a long list of values (`where id in (…)`), keeping each statement well under both engines'
 * cap on parameters: a lookup for an import of thousands takes a few queries, never one per row.
 */
export async function selectInChunks<T, R>(values: T[], select: (chunk: T[]) => Promise<R[]>, valuesPerStatement = 1000): Promise<R[]> {
  const found: R[] = [];
  for (let start = 0; start < values.length; start += valuesPerStatement) {
    found.push(...(await select(values.slice(start, start + valuesPerStatement))));
  }
  return found;
}
