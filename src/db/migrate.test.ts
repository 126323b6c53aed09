import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../../test/support/test-database.js';
import { openDatabase } from './database.js';
import { MIGRATION_NAMES, migrateToLatest } from './migrate.js';
import { insertOrganisation } from './repositories/organisations.js';

const TABLES = ['organisations', 'users', 'sessions', 'projects', 'candidates', 'applications', 'audit_events'];
let database: TestDatabase | undefined;

afterEach(async () => {
  await database?.close();
  database = undefined;
});

describe(`migrations on ${TEST_ENGINE}`, () => {
  it('create every table on an empty database', async () => {
    database = await createTestDatabase({ migrate: false });
    await migrateToLatest(database);
    const tables = (await database.db.introspection.getTables()).map((table) => table.name);
    expect(tables).toEqual(expect.arrayContaining(TABLES));
  });

  it('do nothing the second time', async () => {
    database = await createTestDatabase();
    await expect(migrateToLatest(database)).resolves.toBeUndefined();
  });

  it('store instants as UTC and give them back as the same ISO string', async () => {
    database = await createTestDatabase();
    const created = new Date('2026-03-29T00:59:59.123Z');
    const organisation = await insertOrganisation(
      database.db,
      { name: 'Tid A/S', timeZone: 'Europe/Copenhagen', defaultLanguage: 'da', languages: ['da'], smsEnabled: false, defaultSenderAddress: 'a@b.example' },
      created,
    );
    const row = await database.db.selectFrom('organisations').select('created_at').where('id', '=', organisation.id).executeTakeFirstOrThrow();
    expect(row.created_at).toBe('2026-03-29T00:59:59.123Z');
  });

  it('refuse an application whose project belongs to another organisation', async () => {
    database = await createTestDatabase();
    const { db } = database;
    const now = new Date().toISOString();
    const org = (id: string) => ({ id, name: id, time_zone: 'Europe/Copenhagen', default_language: 'da', languages_json: '["da"]', sms_enabled: 0 as const, default_sender_address: 'x@y.example', created_at: now });
    await db.insertInto('organisations').values([org('org-a'), org('org-b')]).execute();
    await db.insertInto('users').values({ id: 'user-a', organisation_id: 'org-a', name: 'A', email: 'a@a.example', password_hash: 'x', role: 'admin', sms_access: 0, created_at: now }).execute();
    await db.insertInto('projects').values({ id: 'project-a', organisation_id: 'org-a', title: 'T', reference: 'R', status: 'open', owner_id: 'user-a', created_at: now }).execute();
    await db.insertInto('candidates').values({ id: 'cand-b', organisation_id: 'org-b', first_name: 'B', last_name: 'B', email: 'b@b.example', mobile: null, language: 'da', search_text: 'b', created_at: now }).execute();
    await expect(
      db.insertInto('applications').values({ id: 'app-x', organisation_id: 'org-b', project_id: 'project-a', candidate_id: 'cand-b', status: 'received', submitted_at: now, updated_at: now }).execute(),
    ).rejects.toThrow();
  });

  // Several processes share a database only on PostgreSQL; SQLite is one process's embedded file.
  it.skipIf(TEST_ENGINE !== 'postgres')('run once when several processes start together on one PostgreSQL', async () => {
    database = await createTestDatabase({ migrate: false });
    const others = [1, 2, 3].map(() => openDatabase({ engine: 'postgres', connectionString: database!.url! }));
    try {
      await Promise.all([database, ...others].map((handle) => migrateToLatest(handle)));
      const result = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(database.db);
      expect(result.rows.map((row) => row.name)).toEqual(MIGRATION_NAMES);
    } finally {
      await Promise.all(others.map((handle) => handle.close()));
    }
  });
});
