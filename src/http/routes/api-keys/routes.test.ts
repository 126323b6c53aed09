import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiKey } from '../../../../test/support/api-keys.js';
import { createOrganisation } from '../../../../test/support/factories.js';
import { createTestApp, organisationWithRecruiter, type TestApp } from '../../../../test/support/test-app.js';
import { TEST_ENGINE } from '../../../../test/support/test-database.js';

let test: TestApp;
beforeEach(async () => {
  test = await createTestApp();
});
afterEach(() => test.close());

const project = { title: 'Tømrer', reference: 'T-1' };

describe(`API keys on ${TEST_ENGINE}`, () => {
  it('are shown once at creation and kept only as a keyed hash', async () => {
    const organisation = await createOrganisation(test.ctx.db);
    const { id, key, adminCookie } = await createApiKey(test, organisation.id, 'write', 'Workday');
    expect(key).toMatch(/^samtale_[A-Za-z0-9_-]{43}$/);

    const listed = await test.app.inject({ url: '/api/api-keys', headers: { cookie: adminCookie } });
    expect(listed.json().items).toEqual([expect.objectContaining({ id, name: 'Workday', scope: 'write', lastUsedAt: null, revokedAt: null })]);
    expect(listed.body).not.toContain(key);
    const rows = await test.ctx.db.selectFrom('api_keys').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(key.slice('samtale_'.length));
  });

  it('note when they were last used', async () => {
    const organisation = await createOrganisation(test.ctx.db);
    const { authorization, adminCookie } = await createApiKey(test, organisation.id);
    await test.app.inject({ method: 'PUT', url: '/api/integration/projects/p-1', headers: { authorization }, payload: project });
    const listed = await test.app.inject({ url: '/api/api-keys', headers: { cookie: adminCookie } });
    expect(listed.json().items[0].lastUsedAt).toBe(test.clock.now().toISOString());
  });

  it('are created, listed and revoked by administrators only: a recruiter gets 403', async () => {
    const { organisation, cookie } = await organisationWithRecruiter(test);
    const { id } = await createApiKey(test, organisation.id);
    const asRecruiter = [
      await test.app.inject({ method: 'POST', url: '/api/api-keys', headers: { cookie }, payload: { name: 'Mine', scope: 'write' } }),
      await test.app.inject({ url: '/api/api-keys', headers: { cookie } }),
      await test.app.inject({ method: 'DELETE', url: `/api/api-keys/${id}`, headers: { cookie } }),
    ];
    expect(asRecruiter.map((response) => response.statusCode)).toEqual([403, 403, 403]);
  });

  it('cannot manage keys themselves, nor do what needs a signed-in user', async () => {
    const organisation = await createOrganisation(test.ctx.db);
    const { authorization } = await createApiKey(test, organisation.id);
    const create = await test.app.inject({ method: 'POST', url: '/api/api-keys', headers: { authorization }, payload: { name: 'Another', scope: 'write' } });
    expect(create.statusCode).toBe(403);
    expect((await test.app.inject({ url: '/api/me', headers: { authorization } })).statusCode).toBe(403);
  });

  it('once revoked get 401 at once, and revoking again finds no live key', async () => {
    const organisation = await createOrganisation(test.ctx.db);
    const { id, authorization, adminCookie } = await createApiKey(test, organisation.id);
    const revoke = () => test.app.inject({ method: 'DELETE', url: `/api/api-keys/${id}`, headers: { cookie: adminCookie } });
    expect((await revoke()).statusCode).toBe(204);
    const refused = await test.app.inject({ method: 'PUT', url: '/api/integration/projects/p-1', headers: { authorization }, payload: project });
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error.code).toBe('unauthenticated');
    expect((await revoke()).statusCode).toBe(404);
    const listed = await test.app.inject({ url: '/api/api-keys', headers: { cookie: adminCookie } });
    expect(listed.json().items[0].revokedAt).toBe(test.clock.now().toISOString());
  });

  it("of another organisation cannot be revoked: 404, as for a key that never existed", async () => {
    const ours = await createApiKey(test, (await createOrganisation(test.ctx.db)).id);
    const theirs = await createApiKey(test, (await createOrganisation(test.ctx.db)).id);
    const response = await test.app.inject({ method: 'DELETE', url: `/api/api-keys/${ours.id}`, headers: { cookie: theirs.adminCookie } });
    expect(response.statusCode).toBe(404);
    expect((await test.app.inject({ url: '/api/integration/projects/none', headers: { authorization: ours.authorization } })).statusCode).toBe(404);
    const listed = await test.app.inject({ url: '/api/api-keys', headers: { cookie: theirs.adminCookie } });
    expect(listed.json().items.map((key: { id: string }) => key.id)).toEqual([theirs.id]);
  });

  it('that are unknown or malformed get 401', async () => {
    for (const authorization of ['Bearer samtale_not-a-key', 'Bearer ', 'Basic dXNlcjpwYXNz']) {
      const response = await test.app.inject({ url: '/api/integration/projects/p-1', headers: { authorization } });
      expect(response.statusCode).toBe(401);
    }
  });

  it('are audited: created and revoked by the administrator', async () => {
    const organisation = await createOrganisation(test.ctx.db);
    const { id, adminCookie, admin } = await createApiKey(test, organisation.id);
    await test.app.inject({ method: 'DELETE', url: `/api/api-keys/${id}`, headers: { cookie: adminCookie } });
    const events = await test.ctx.db.selectFrom('audit_events').select(['action', 'actor_id']).where('subject_id', '=', id).orderBy('id').execute();
    expect(events).toEqual([
      { action: 'api_key.created', actor_id: admin.id },
      { action: 'api_key.revoked', actor_id: admin.id },
    ]);
  });

  it('never appear in the logs', async () => {
    const organisation = await createOrganisation(test.ctx.db);
    const { key, authorization, id, adminCookie } = await createApiKey(test, organisation.id);
    await test.app.inject({ method: 'PUT', url: '/api/integration/projects/p-1', headers: { authorization }, payload: project });
    await test.app.inject({ url: '/api/integration/projects/p-1', headers: { authorization: `Bearer ${key}x` } });
    await test.app.inject({ method: 'DELETE', url: `/api/api-keys/${id}`, headers: { cookie: adminCookie } });
    await test.app.inject({ url: '/api/integration/projects/p-1', headers: { authorization } });
    expect(test.logs()).toContain('/api/integration/projects/:externalId');
    expect(test.logs()).not.toContain(key.slice('samtale_'.length));
  });
});
