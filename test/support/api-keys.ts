import { createUser } from './factories.js';
import { logInAs, type TestApp } from './test-app.js';

/** An API key of the organisation, created by one of its administrators through the API. */
export async function createApiKey(test: TestApp, organisationId: string, scope: 'read' | 'write' = 'write', name = 'Test ATS') {
  const admin = await createUser(test.ctx.db, organisationId, { role: 'admin' });
  const adminCookie = await logInAs(test.app, admin.email);
  const response = await test.app.inject({ method: 'POST', url: '/api/api-keys', headers: { cookie: adminCookie }, payload: { name, scope } });
  if (response.statusCode !== 201) throw new Error(`creating an API key answered ${response.statusCode}: ${response.body}`);
  const { id, key } = response.json() as { id: string; key: string };
  return { id, key, admin, adminCookie, authorization: `Bearer ${key}` };
}
