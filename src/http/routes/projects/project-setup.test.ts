import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProject, createUser } from '../../../../test/support/factories.js';
import { createTestApp, organisationWithRecruiter, type TestApp } from '../../../../test/support/test-app.js';
import { TEST_ENGINE } from '../../../../test/support/test-database.js';

let test: TestApp;
beforeEach(async () => {
  test = await createTestApp();
});
afterEach(() => test.close());

const projectEvents = (projectId: string) =>
  test.ctx.db
    .selectFrom('audit_events')
    .select(['action', 'actor_id', 'before_json', 'after_json'])
    .where('subject_type', '=', 'project')
    .where('subject_id', '=', projectId)
    .orderBy('id')
    .execute();

describe(`New project (POST /api/projects) on ${TEST_ENGINE}`, () => {
  it('creates an open project owned by the caller, shown in the overview, with an audit event', async () => {
    const { user, cookie } = await organisationWithRecruiter(test);
    const response = await test.app.inject({ method: 'POST', url: '/api/projects', headers: { cookie }, payload: { title: '  Tømrer til Aarhus ', reference: 'TØ-12' } });

    expect(response.statusCode).toBe(201);
    const project = response.json();
    expect(project).toMatchObject({ title: 'Tømrer til Aarhus', reference: 'TØ-12', status: 'open', owner: { id: user.id, name: user.name } });
    const overview = (await test.app.inject({ url: '/api/projects', headers: { cookie } })).json();
    expect(overview.items.map((item: { id: string }) => item.id)).toEqual([project.id]);
    expect(await projectEvents(project.id)).toEqual([
      { action: 'project.created', actor_id: user.id, before_json: null, after_json: JSON.stringify({ title: 'Tømrer til Aarhus', reference: 'TØ-12', ownerId: user.id, status: 'open' }) },
    ]);
  });

  it('takes another recruiter of the organisation as owner, and refuses one of another organisation', async () => {
    const { organisation, cookie } = await organisationWithRecruiter(test);
    const colleague = await createUser(test.ctx.db, organisation.id);
    const { user: stranger } = await organisationWithRecruiter(test);
    const owned = await test.app.inject({ method: 'POST', url: '/api/projects', headers: { cookie }, payload: { title: 'Elektriker', ownerId: colleague.id } });
    expect(owned.json()).toMatchObject({ reference: '', owner: { id: colleague.id } });

    const refused = await test.app.inject({ method: 'POST', url: '/api/projects', headers: { cookie }, payload: { title: 'Elektriker', ownerId: stranger.id } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toBe('body.ownerId is not a user of your organisation.');
  });

  it.each([
    [{}, 'body.title is required.'],
    [{ title: '   ' }, 'body.title'],
    [{ title: 'x'.repeat(201) }, 'body.title'],
    [{ title: 'Tømrer', reference: 'x'.repeat(51) }, 'body.reference'],
    [{ title: 'Tømrer', status: 'closed' }, 'body.status is not a known field.'],
  ])('refuses %j naming the field', async (payload, message) => {
    const { cookie } = await organisationWithRecruiter(test);
    const response = await test.app.inject({ method: 'POST', url: '/api/projects', headers: { cookie }, payload });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain(message);
  });
});

describe(`Editing, closing and reopening a project on ${TEST_ENGINE}`, () => {
  async function project() {
    const { organisation, user, cookie } = await organisationWithRecruiter(test);
    const projectId = await createProject(test.ctx.db, organisation.id, user.id, { title: 'Lagerchef', reference: 'LC-1' });
    const send = (method: 'PATCH' | 'POST', url: string, payload?: object) =>
      test.app.inject({ method, url: `/api/projects/${projectId}${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });
    return { organisation, user, projectId, send };
  }

  it('changes the fields given, keeps the others, and records what changed', async () => {
    const { organisation, user, projectId, send } = await project();
    const colleague = await createUser(test.ctx.db, organisation.id, { name: 'Bo Berg' });
    const response = await send('PATCH', '', { title: 'Lagerchef, Køge', ownerId: colleague.id });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ title: 'Lagerchef, Køge', reference: 'LC-1', owner: { id: colleague.id, name: 'Bo Berg' } });
    expect(await projectEvents(projectId)).toEqual([
      {
        action: 'project.changed',
        actor_id: user.id,
        before_json: JSON.stringify({ title: 'Lagerchef', ownerId: user.id }),
        after_json: JSON.stringify({ title: 'Lagerchef, Køge', ownerId: colleague.id }),
      },
    ]);
  });

  it('records nothing when an edit changes nothing, and refuses an empty edit', async () => {
    const { projectId, send } = await project();
    expect((await send('PATCH', '', { title: 'Lagerchef', reference: 'LC-1' })).statusCode).toBe(200);
    expect(await projectEvents(projectId)).toEqual([]);
    expect((await send('PATCH', '', {})).statusCode).toBe(400);
  });

  it('closes and reopens a project, each once in the history however often asked', async () => {
    const { projectId, send } = await project();
    expect((await send('POST', '/close')).json()).toMatchObject({ status: 'closed' });
    expect((await send('POST', '/close')).json()).toMatchObject({ status: 'closed' });
    expect((await send('POST', '/reopen')).json()).toMatchObject({ status: 'open' });
    expect((await send('POST', '/reopen')).json()).toMatchObject({ status: 'open' });
    const events = await projectEvents(projectId);
    expect(events.map((event) => [event.action, event.before_json, event.after_json])).toEqual([
      ['project.closed', '{"status":"open"}', '{"status":"closed"}'],
      ['project.reopened', '{"status":"closed"}', '{"status":"open"}'],
    ]);
  });

  it('refuses applicants for a closed project until it is reopened', async () => {
    const { send } = await project();
    await send('POST', '/close');
    const applicant = { firstName: 'Søren', lastName: 'Ågård', email: 'soren@mail.example' };
    const refused = await send('POST', '/applications', applicant);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toBe('The recruitment project is closed; reopen it to add applicants.');
    await send('POST', '/reopen');
    expect((await send('POST', '/applications', applicant)).statusCode).toBe(201);
  });

  it('is 404 for a project that does not exist', async () => {
    const { cookie } = await organisationWithRecruiter(test);
    for (const [method, url, payload] of [['PATCH', '', { title: 'x' }], ['POST', '/close', undefined], ['POST', '/reopen', undefined]] as const) {
      const response = await test.app.inject({ method, url: `/api/projects/00000000-0000-4000-8000-000000000000${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });
      expect(response.statusCode).toBe(404);
    }
  });
});
