import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOrganisation, createUser } from '../../../test/support/factories.js';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../../../test/support/test-database.js';
import { deleteExpiredSessions, findLiveSession, insertSession } from './sessions.js';

let database: TestDatabase;
beforeEach(async () => {
  database = await createTestDatabase();
});
afterEach(() => database.close());

describe(`sessions on ${TEST_ENGINE}`, () => {
  it('removes only the sessions that have expired', async () => {
    const { db } = database;
    const organisation = await createOrganisation(db);
    const user = await createUser(db, organisation.id);
    const now = new Date('2026-03-02T08:00:00Z');
    const session = (tokenHash: string, expiresAt: string) => ({ tokenHash, userId: user.id, organisationId: organisation.id, expiresAt: new Date(expiresAt) });
    await insertSession(db, session('expired', '2026-03-02T07:59:59Z'), now);
    await insertSession(db, session('ends-now', '2026-03-02T08:00:00Z'), now);
    await insertSession(db, session('live', '2026-03-02T08:00:01Z'), now);

    expect(await deleteExpiredSessions(db, now)).toBe(2);
    expect(await findLiveSession(db, 'live', now)).toBeDefined();
    expect((await db.selectFrom('sessions').select('token_hash').execute()).map((row) => row.token_hash)).toEqual(['live']);
  });
});
