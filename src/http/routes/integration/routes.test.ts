import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiKey } from '../../../../test/support/api-keys.js';
import { createApplication, createOrganisation, createProject, createUser } from '../../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { TEST_ENGINE } from '../../../../test/support/test-database.js';

let test: TestApp;
beforeEach(async () => {
  test = await createTestApp();
});
afterEach(() => test.close());

const project = { title: 'Tømrer til Nordhavn', reference: 'ATS-17' };
const candidate = { firstName: 'Ida', lastName: 'Møller', email: 'ida@mail.example', mobile: '20 12 34 56', language: 'da' };
const application = { projectExternalId: 'job-17', candidateExternalId: 'person-9' };

async function organisationWithKey(scope: 'read' | 'write' = 'write') {
  const organisation = await createOrganisation(test.ctx.db);
  return { organisation, ...(await createApiKey(test, organisation.id, scope)) };
}

function put(authorization: string, what: 'projects' | 'candidates' | 'applications', externalId: string, payload: object) {
  return test.app.inject({ method: 'PUT', url: `/api/integration/${what}/${encodeURIComponent(externalId)}`, headers: { authorization }, payload });
}

function get(authorization: string, what: 'projects' | 'candidates' | 'applications', externalId: string) {
  return test.app.inject({ url: `/api/integration/${what}/${encodeURIComponent(externalId)}`, headers: { authorization } });
}

async function putAll(authorization: string) {
  return [
    await put(authorization, 'projects', 'job-17', project),
    await put(authorization, 'candidates', 'person-9', candidate),
    await put(authorization, 'applications', 'app-3', application),
  ];
}

async function rowCount(table: 'projects' | 'candidates' | 'applications', organisationId: string) {
  const rows = await test.ctx.db.selectFrom(table).select('id').where('organisation_id', '=', organisationId).execute();
  return rows.length;
}

describe(`the integration API on ${TEST_ENGINE}`, () => {
  it('creates the same project, candidate and application once when the ATS sends them twice', async () => {
    const { organisation, authorization } = await organisationWithKey();
    const first = await putAll(authorization);
    const second = await putAll(authorization);

    expect(first.map((response) => response.statusCode)).toEqual([201, 201, 201]);
    expect(second.map((response) => response.statusCode)).toEqual([200, 200, 200]);
    expect(second.map((response) => response.json())).toEqual(first.map((response) => response.json()));
    expect([await rowCount('projects', organisation.id), await rowCount('candidates', organisation.id), await rowCount('applications', organisation.id)]).toEqual([1, 1, 1]);
    expect(first[0]!.json()).toMatchObject({ externalId: 'job-17', ...project, status: 'open' });
    expect(first[1]!.json()).toMatchObject({ externalId: 'person-9', mobile: '+4520123456', language: 'da' });
    expect(first[2]!.json()).toMatchObject({
      externalId: 'app-3',
      status: 'received',
      project: { id: first[0]!.json().id, externalId: 'job-17' },
      candidate: { id: first[1]!.json().id, externalId: 'person-9' },
    });
  });

  it('updates what changed, keeps what is left out, and audits only real changes, naming the key', async () => {
    const { organisation, authorization, id: keyId } = await organisationWithKey();
    const [created] = await putAll(authorization);
    const updated = await put(authorization, 'projects', 'job-17', { ...project, title: 'Tømrer', status: 'closed' });
    expect(updated.json()).toMatchObject({ title: 'Tømrer', reference: 'ATS-17', status: 'closed' });
    expect((await put(authorization, 'projects', 'job-17', project)).json().status).toBe('closed');
    const moved = await put(authorization, 'applications', 'app-3', { ...application, status: 'in_review' });
    expect(moved.json().status).toBe('in_review');
    expect((await put(authorization, 'applications', 'app-3', application)).json().status).toBe('in_review');

    const events = await test.ctx.db
      .selectFrom('audit_events')
      .select(['action', 'actor_type', 'actor_id', 'before_json', 'after_json'])
      .where('organisation_id', '=', organisation.id)
      .where('subject_type', 'in', ['project', 'candidate', 'application'])
      .orderBy('id')
      .execute();
    expect(events.map((event) => event.action)).toEqual([
      'project.created',
      'candidate.created',
      'application.created',
      'project.updated',
      'project.updated',
      'application.status_changed',
    ]);
    expect(events.every((event) => event.actor_type === 'api_key' && event.actor_id === keyId)).toBe(true);
    expect(JSON.parse(events[3]!.before_json!)).toEqual({ title: project.title, status: 'open' });
    expect(created!.json().id).toBe(updated.json().id);
  });

  it("shows the key's name in an application's history", async () => {
    const { authorization, adminCookie } = await organisationWithKey();
    const [, , created] = await putAll(authorization);
    const page = await test.app.inject({ url: `/api/applications/${created!.json().id}`, headers: { cookie: adminCookie } });
    expect(page.json().history.at(-1)).toMatchObject({ action: 'application.created', actor: { type: 'api_key', name: 'Test ATS' } });
  });

  it('lets a read-only key read but not write (403)', async () => {
    const { organisation, authorization: writer } = await organisationWithKey();
    const reader = await createApiKey(test, organisation.id, 'read');
    await putAll(writer);
    const refused = await putAll(reader.authorization);
    expect(refused.map((response) => response.statusCode)).toEqual([403, 403, 403]);
    expect(refused[0]!.json().error.code).toBe('forbidden');
    expect((await get(reader.authorization, 'projects', 'job-17')).json()).toMatchObject({ externalId: 'job-17', title: project.title });
    expect((await get(reader.authorization, 'candidates', 'person-9')).json()).toMatchObject({ externalId: 'person-9', email: candidate.email });
    expect((await get(reader.authorization, 'applications', 'app-3')).json()).toMatchObject({ externalId: 'app-3', status: 'received' });
  });

  it('refuses a revoked key with 401', async () => {
    const { authorization, id, adminCookie } = await organisationWithKey();
    await test.app.inject({ method: 'DELETE', url: `/api/api-keys/${id}`, headers: { cookie: adminCookie } });
    const refused = [...(await putAll(authorization)), await get(authorization, 'projects', 'job-17')];
    expect(refused.map((response) => response.statusCode)).toEqual([401, 401, 401, 401]);
  });

  it("shows another organisation's key nothing of this one: its external ids are not found, and its own upserts stay its own", async () => {
    const ours = await organisationWithKey();
    await putAll(ours.authorization);
    const theirs = await organisationWithKey();

    for (const [what, externalId] of [['projects', 'job-17'], ['candidates', 'person-9'], ['applications', 'app-3']] as const) {
      const foreign = await get(theirs.authorization, what, externalId);
      expect(foreign.statusCode).toBe(404);
      expect(foreign.json()).toEqual((await get(theirs.authorization, what, 'never-existed')).json());
    }
    // The same external ids in the other organisation make records of its own, and change nothing of ours.
    const theirProject = await put(theirs.authorization, 'projects', 'job-17', { title: 'Deres stilling', reference: 'X' });
    expect(theirProject.statusCode).toBe(201);
    expect((await get(ours.authorization, 'projects', 'job-17')).json().title).toBe(project.title);
    const borrowed = await put(theirs.authorization, 'applications', 'app-9', application);
    expect(borrowed.statusCode).toBe(400);
    expect(borrowed.json().error.message).toMatch(/^body\.candidateExternalId names no candidate of your organisation/);
    expect(await rowCount('applications', theirs.organisation.id)).toBe(0);
  });

  it("takes over the candidate's application a recruiter made by hand, and will not move an application", async () => {
    const { organisation, authorization } = await organisationWithKey();
    const [projectResponse, candidateResponse] = await putAll(authorization);
    const otherProject = await put(authorization, 'projects', 'job-18', { title: 'Murer', reference: 'ATS-18' });
    expect(projectResponse!.statusCode).toBe(201);

    const moved = await put(authorization, 'applications', 'app-3', { ...application, projectExternalId: 'job-18' });
    expect(moved.statusCode).toBe(409);

    const recruiter = await createUser(test.ctx.db, organisation.id);
    const byHandProjectId = await createProject(test.ctx.db, organisation.id, recruiter.id);
    await test.ctx.db.updateTable('projects').set({ external_id: 'job-19' }).where('id', '=', byHandProjectId).execute();
    const { applicationId } = await createApplication(test.ctx.db, organisation.id, byHandProjectId);
    await test.ctx.db
      .updateTable('applications')
      .set({ candidate_id: candidateResponse!.json().id })
      .where('id', '=', applicationId)
      .execute();
    const takenOver = await put(authorization, 'applications', 'app-4', { ...application, projectExternalId: 'job-19' });
    expect(takenOver.statusCode).toBe(200);
    expect(takenOver.json()).toMatchObject({ id: applicationId, externalId: 'app-4' });
    const twice = await put(authorization, 'applications', 'app-5', { ...application, projectExternalId: 'job-19' });
    expect(twice.statusCode).toBe(409);
    expect(otherProject.statusCode).toBe(201);
  });

  it('takes over a candidate entered by hand with the same email, but never one another external id already names', async () => {
    const { organisation, authorization } = await organisationWithKey();
    const recruiter = await createUser(test.ctx.db, organisation.id);
    const projectId = await createProject(test.ctx.db, organisation.id, recruiter.id);
    const byHand = await createApplication(test.ctx.db, organisation.id, projectId, { email: 'Ida@Mail.example' });

    const takenOver = await put(authorization, 'candidates', 'person-9', candidate);
    expect(takenOver.statusCode).toBe(200);
    expect(takenOver.json()).toMatchObject({ id: byHand.candidate.id, externalId: 'person-9', email: candidate.email, mobile: '+4520123456' });
    const another = await put(authorization, 'candidates', 'person-10', candidate);
    expect(another.statusCode).toBe(201);
    expect(another.json().id).not.toBe(byHand.candidate.id);
    expect(await rowCount('candidates', organisation.id)).toBe(2);
  });

  it('names the field it cannot use', async () => {
    const { authorization } = await organisationWithKey();
    const cases = [
      await put(authorization, 'projects', 'job-1', { ...project, ownerEmail: 'nobody@org.example' }),
      await put(authorization, 'candidates', 'person-1', { ...candidate, mobile: '+45 1234' }),
      await put(authorization, 'candidates', 'person-1', { ...candidate, mobile: 'ring mig' }),
      await put(authorization, 'applications', 'app-1', application),
      await put(authorization, 'projects', 'job-1', { title: 'Uden reference' }),
    ];
    expect(cases.map((response) => response.statusCode)).toEqual([400, 400, 400, 400, 400]);
    expect(cases.map((response) => response.json().error.details?.[0]?.field)).toEqual(['ownerEmail', 'mobile', 'mobile', 'projectExternalId', 'reference']);
  });

  it("gives a new project the owner named by email, else the key's creator", async () => {
    const { organisation, authorization, admin } = await organisationWithKey();
    const recruiter = await createUser(test.ctx.db, organisation.id, { name: 'Bo Berg' });
    expect((await put(authorization, 'projects', 'job-1', project)).json().owner).toEqual({ id: admin.id, name: admin.name });
    expect((await put(authorization, 'projects', 'job-2', { ...project, ownerEmail: recruiter.email.toUpperCase() })).json().owner).toEqual({ id: recruiter.id, name: 'Bo Berg' });
  });

  it('creates each record once when the same request arrives twice at the same moment', async () => {
    const { organisation, authorization } = await organisationWithKey();
    const responses = await Promise.all([put(authorization, 'projects', 'job-17', project), put(authorization, 'projects', 'job-17', project)]);
    expect(responses.map((response) => response.statusCode).sort()).toEqual([200, 201]);
    expect(await rowCount('projects', organisation.id)).toBe(1);
  });
});
