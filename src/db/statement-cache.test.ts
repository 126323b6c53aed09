import SqliteDatabase from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from './statement-cache.js';

describe('the SQLite statement cache', () => {
  it('prepares a statement once and gives it again for the same SQL', () => {
    const database = withStatementCache(new SqliteDatabase(':memory:'));
    const first = database.prepare('select 1 as one');
    expect(database.prepare('select 1 as one')).toBe(first);
    expect(database.prepare('select 2 as two')).not.toBe(first);
    database.close();
  });

  it('lets the least recently used statement go when full', () => {
    const database = withStatementCache(new SqliteDatabase(':memory:'), 2);
    const one = database.prepare('select 1');
    const two = database.prepare('select 2');
    // Used again, "select 1" is the most recent: "select 2" goes when a third comes.
    expect(database.prepare('select 1')).toBe(one);
    database.prepare('select 3');
    expect(database.prepare('select 1')).toBe(one);
    expect(database.prepare('select 2')).not.toBe(two);
    database.close();
  });

  it('answers a cached query by the table as it is after a change of schema', () => {
    const sqlite = new SqliteDatabase(':memory:');
    const database = withStatementCache(sqlite);
    sqlite.exec('create table t (a integer); insert into t values (1)');
    expect(database.prepare('select * from t').all([])).toEqual([{ a: 1 }]);
    sqlite.exec('alter table t add column b text');
    sqlite.exec("update t set b = 'x'");
    expect(database.prepare('select * from t').all([])).toEqual([{ a: 1, b: 'x' }]);
    database.close();
  });
});
