import { sql, type Kysely } from 'kysely';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from './database.js';

interface Notes {
  notes: { id: number; text: string };
}

let dir: string;
let handle: DatabaseHandle;
let db: Kysely<Notes>;

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'samtale-rw-'));
  handle = openDatabase({ engine: 'sqlite', filename: path.join(dir, 'samtale.sqlite') });
  db = handle.db as unknown as Kysely<Notes>;
  await sql`create table notes (id integer primary key, text text not null)`.execute(db);
  await db.insertInto('notes').values({ id: 1, text: 'committed' }).execute();
});
afterEach(async () => {
  await handle.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A transaction that writes a note and then stays open until `finish` is called. */
function openTransaction(): { written: Promise<void>; finish: () => void; done: Promise<void> } {
  let finish!: () => void;
  let markWritten!: () => void;
  const written = new Promise<void>((resolve) => (markWritten = resolve));
  const held = new Promise<void>((resolve) => (finish = resolve));
  const done = db.transaction().execute(async (trx) => {
    await trx.insertInto('notes').values({ id: 2, text: 'uncommitted' }).execute();
    markWritten();
    await held;
  });
  return { written, finish, done };
}

const texts = async (on: Kysely<Notes> = db) => (await on.selectFrom('notes').select('text').orderBy('id').execute()).map((row) => row.text);

/** Whether a promise has settled once everything already queued has run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let result = false;
  void promise.then(() => (result = true));
  await new Promise((resolve) => setImmediate(resolve));
  return result;
}

describe('SQLite with a reader beside the writer', () => {
  it('answers a read while another transaction is open, with what was committed before it', async () => {
    const transaction = openTransaction();
    await transaction.written;
    expect(await texts()).toEqual(['committed']);
    transaction.finish();
    await transaction.done;
    expect(await texts()).toEqual(['committed', 'uncommitted']);
  });

  it('lets a write outside the transaction wait its turn until the transaction ends', async () => {
    const transaction = openTransaction();
    await transaction.written;
    const update = db.updateTable('notes').set({ text: 'updated' }).where('id', '=', 1).execute();
    expect(await settled(update)).toBe(false);
    transaction.finish();
    await Promise.all([transaction.done, update]);
    expect(await texts()).toEqual(['updated', 'uncommitted']);
  });

  it('lets a transaction read its own writes before it commits', async () => {
    const seen = await db.transaction().execute(async (trx) => {
      await trx.insertInto('notes').values({ id: 3, text: 'mine' }).execute();
      return texts(trx);
    });
    expect(seen).toEqual(['committed', 'mine']);
  });

  it('rolls back a failed transaction and gives the writer to the next one', async () => {
    const failing = db.transaction().execute(async (trx) => {
      await trx.insertInto('notes').values({ id: 4, text: 'lost' }).execute();
      throw new Error('refused');
    });
    await expect(failing).rejects.toThrow('refused');
    await db.insertInto('notes').values({ id: 5, text: 'next' }).execute();
    expect(await texts()).toEqual(['committed', 'next']);
  });

  it('sees a write the moment it is committed', async () => {
    await db.insertInto('notes').values({ id: 6, text: 'just now' }).execute();
    expect(await texts()).toEqual(['committed', 'just now']);
  });
});
