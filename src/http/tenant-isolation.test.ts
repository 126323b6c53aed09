import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApplication, createOrganisation, createProject, createUser } from '../../test/support/factories.js';
import { createTestApp, logInAs, type TestApp } from '../../test/support/test-app.js';
import { TEST_ENGINE } from '../../test/support/test-database.js';

/**
 * Another organisation's recruiter tries every route with ids of this organisation's records, and gets the
 * same 404 as for ids that never existed. The list below must name every documented route: a new route
 * that is not added here fails the last test.
 */
type Ids = { projectId: string; applicationId: string };
const ROUTES_WITH_IDS: { method: 'GET'; path: string; url: (ids: Ids) => string }[] = [
  { method: 'GET', path: '/api/projects/{projectId}', url: (ids) => `/api/projects/${ids.projectId}` },
  { method: 'GET', path: '/api/projects/{projectId}/applications', url: (ids) => `/api/projects/${ids.projectId}/applications` },
  { method: 'GET', path: '/api/applications/{applicationId}', url: (ids) => `/api/applications/${ids.applicationId}` },
];
/** Routes that take no id: they read only the caller's own organisation (checked below) or nothing of any. */
const ROUTES_WITHOUT_IDS = ['/api/auth/login', '/api/auth/logout', '/api/me', '/api/projects', '/api/health'];

let test: TestApp;
let ours: Ids;
let ourCookie: string;
let theirCookie: string;
let theirOrganisationId: string;

beforeAll(async () => {
  test = await createTestApp();
  const db = test.ctx.db;
  const organisation = await createOrganisation(db, { name: 'Vores Firma' });
  const recruiter = await createUser(db, organisation.id);
  const projectId = await createProject(db, organisation.id, recruiter.id, { title: 'Hemmelig stilling' });
  const { applicationId } = await createApplication(db, organisation.id, projectId, { firstName: 'Fortrolig', lastName: 'Kandidat' });
  ours = { projectId, applicationId };
  ourCookie = await logInAs(test.app, recruiter.email);

  const other = await createOrganisation(db, { name: 'Deres Firma' });
  theirOrganisationId = other.id;
  const otherRecruiter = await createUser(db, other.id, { role: 'admin', smsAccess: true });
  await createProject(db, other.id, otherRecruiter.id, { title: 'Deres stilling' });
  theirCookie = await logInAs(test.app, otherRecruiter.email);
});
afterAll(() => test.close());

describe(`tenant isolation on ${TEST_ENGINE}`, () => {
  it.each(ROUTES_WITH_IDS)('$method $path answers another organisation with 404, as for an id that never existed', async (route) => {
    const own = await test.app.inject({ method: route.method, url: route.url(ours), headers: { cookie: ourCookie } });
    expect(own.statusCode).toBe(200);

    const foreign = await test.app.inject({ method: route.method, url: route.url(ours), headers: { cookie: theirCookie } });
    const missing = await test.app.inject({
      method: route.method,
      url: route.url({ projectId: '00000000-0000-4000-8000-000000000000', applicationId: '00000000-0000-4000-8000-000000000000' }),
      headers: { cookie: theirCookie },
    });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual(missing.json());
    expect(foreign.body).not.toMatch(/Hemmelig|Fortrolig|Vores/);
  });

  it('lists only the caller’s own projects in the recruitment overview', async () => {
    const response = await test.app.inject({ url: '/api/projects', headers: { cookie: theirCookie } });
    expect(response.json().items.map((project: { title: string }) => project.title)).toEqual(['Deres stilling']);
  });

  it('tells the caller only about their own organisation', async () => {
    const response = await test.app.inject({ url: '/api/me', headers: { cookie: theirCookie } });
    expect(response.json().organisation.id).toBe(theirOrganisationId);
  });

  it('covers every documented route', async () => {
    const documented = Object.keys((test.app.swagger() as { paths: Record<string, unknown> }).paths);
    const covered = [...ROUTES_WITH_IDS.map((route) => route.path), ...ROUTES_WITHOUT_IDS];
    expect(documented.sort()).toEqual(covered.sort());
  });
});
