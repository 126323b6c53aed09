import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOrganisation, createUser } from '../../../../test/support/factories.js';
import { createTestApp, organisationWithRecruiter, type TestApp } from '../../../../test/support/test-app.js';
import { TEST_ENGINE } from '../../../../test/support/test-database.js';

let test: TestApp;
beforeEach(async () => {
  test = await createTestApp();
});
afterEach(() => test.close());

describe(`GET /api/recruiters on ${TEST_ENGINE}`, () => {
  it("lists the organisation's recruiters and administrators by name, and nobody of another organisation", async () => {
    const { organisation, user, cookie } = await organisationWithRecruiter(test, { name: 'Mia Holm' });
    const colleague = await createUser(test.ctx.db, organisation.id, { name: 'Anders Berg', role: 'admin', smsAccess: true });
    const other = await createOrganisation(test.ctx.db);
    await createUser(test.ctx.db, other.id, { name: 'Aase Andersen' });

    const response = await test.app.inject({ url: '/api/recruiters', headers: { cookie } });

    expect(response.statusCode).toBe(200);
    expect(response.json().items).toEqual([
      { id: colleague.id, name: 'Anders Berg', email: colleague.email, role: 'admin', smsAccess: true },
      { id: user.id, name: 'Mia Holm', email: user.email, role: user.role, smsAccess: user.smsAccess },
    ]);
  });

  it('is 401 without a session', async () => {
    expect((await test.app.inject({ url: '/api/recruiters' })).statusCode).toBe(401);
  });
});
