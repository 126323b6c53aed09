import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOrganisation, createUser } from '../../../test/support/factories.js';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../../../test/support/test-database.js';
import { listAuditEvents, recordAuditEvent, recordAuditEvents } from './audit-events.js';

let database: TestDatabase;
beforeEach(async () => {
  database = await createTestDatabase();
});
afterEach(() => database.close());

describe(`audit events on ${TEST_ENGINE}`, () => {
  it('reads back events of one instant in the order they were recorded, one by one or many at once', async () => {
    const { db } = database;
    const organisation = await createOrganisation(db);
    const user = await createUser(db, organisation.id);
    const at = new Date('2026-03-02T08:00:00Z');
    const subject = { type: 'application', id: 'a1' };
    const event = (step: number) => ({ organisationId: organisation.id, actor: { type: 'user' as const, id: user.id }, subject, action: `step.${step}` });
    for (let step = 0; step < 30; step++) await recordAuditEvent(db, event(step), at);
    await recordAuditEvents(db, Array.from({ length: 30 }, (_, i) => event(30 + i)), at);

    const history = await listAuditEvents(db, organisation.id, [subject]);

    expect(history.map((e) => e.action)).toEqual(Array.from({ length: 60 }, (_, step) => `step.${step}`));
  });
});
