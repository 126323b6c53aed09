import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../../src/db/database.js';
import { createTestDatabase, TEST_ENGINE } from './test-database.js';

/** A database for processes started by a test: a SQLite file in a fresh directory, or a fresh PostgreSQL database. */
export interface ProcessDatabase {
  /** For DATABASE_URL. */
  url: string;
  /** A handle of the test's own on the same database, to look at what the processes stored (or to prepare data). */
  db: Db;
  /** Closes the handle and removes the database. */
  close(): Promise<void>;
}

export async function createProcessDatabase(): Promise<ProcessDatabase> {
  if (TEST_ENGINE === 'postgres') {
    const database = await createTestDatabase({ migrate: false });
    return { url: database.url!, db: database.db, close: database.close };
  }
  const directory = mkdtempSync(path.join(tmpdir(), 'samtale-'));
  const filename = path.join(directory, 'samtale.sqlite');
  const handle = openDatabase({ engine: 'sqlite', filename });
  return {
    url: `sqlite:${filename}`,
    db: handle.db,
    close: async () => {
      await handle.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
