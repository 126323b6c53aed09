import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApplicationStatus } from '../../../domain/application-status.js';
import { createApplication, createOrganisation, createProject, createUser } from '../../../../test/support/factories.js';
import { createTestApp, organisationWithRecruiter, type TestApp } from '../../../../test/support/test-app.js';
import { TEST_ENGINE } from '../../../../test/support/test-database.js';

let test: TestApp;
beforeEach(async () => {
  test = await createTestApp();
});
afterEach(() => test.close());

async function applicationsIn(statuses: ApplicationStatus[]) {
  const { organisation, user, cookie } = await organisationWithRecruiter(test);
  const projectId = await createProject(test.ctx.db, organisation.id, user.id);
  const ids: string[] = [];
  for (const status of statuses) ids.push((await createApplication(test.ctx.db, organisation.id, projectId, { status })).applicationId);
  return { organisation, user, cookie, ids };
}

const changeStatus = (cookie: string, payload: object) =>
  test.app.inject({ method: 'POST', url: '/api/applications/status', headers: { cookie }, payload });

const statusesOf = async (ids: string[]) =>
  (await test.ctx.db.selectFrom('applications').select(['id', 'status']).where('id', 'in', ids).execute())
    .sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id))
    .map((row) => row.status);

const statusEvents = (ids: string[]) =>
  test.ctx.db
    .selectFrom('audit_events')
    .select(['subject_id', 'actor_type', 'actor_id', 'before_json', 'after_json'])
    .where('action', '=', 'application.status_changed')
    .where('subject_id', 'in', ids)
    .execute();

describe(`POST /api/applications/status on ${TEST_ENGINE}`, () => {
  it('marks every invitee of a group interview as interviewed in one request, recording who changed what', async () => {
    const { user, cookie, ids } = await applicationsIn(['invited_to_interview', 'invited_to_interview', 'in_review']);

    const response = await changeStatus(cookie, { applicationIds: ids, status: 'interviewed' });

    expect(response.statusCode).toBe(200);
    expect(response.json().items).toEqual(ids.map((id) => ({ id, status: 'interviewed', outcome: 'changed' })));
    expect(await statusesOf(ids)).toEqual(['interviewed', 'interviewed', 'interviewed']);
    const events = await statusEvents(ids);
    expect(events).toHaveLength(3);
    expect(events.find((event) => event.subject_id === ids[2])).toEqual({
      subject_id: ids[2],
      actor_type: 'user',
      actor_id: user.id,
      before_json: JSON.stringify({ status: 'in_review' }),
      after_json: JSON.stringify({ status: 'interviewed' }),
    });
  });

  it('leaves an application already in the status alone, without an event', async () => {
    const { cookie, ids } = await applicationsIn(['offer', 'interviewed']);

    const response = await changeStatus(cookie, { applicationIds: ids, status: 'offer' });

    expect(response.json().items).toEqual([
      { id: ids[0], status: 'offer', outcome: 'unchanged' },
      { id: ids[1], status: 'offer', outcome: 'changed' },
    ]);
    expect((await statusEvents(ids)).map((event) => event.subject_id)).toEqual([ids[1]]);
  });

  it("keeps a candidate's withdrawal when the others are marked, and says so", async () => {
    const { cookie, ids } = await applicationsIn(['withdrawn', 'invited_to_interview']);

    const response = await changeStatus(cookie, { applicationIds: ids, status: 'interviewed' });

    expect(response.json().items).toEqual([
      { id: ids[0], status: 'withdrawn', outcome: 'kept_withdrawn' },
      { id: ids[1], status: 'interviewed', outcome: 'changed' },
    ]);
    expect(await statusesOf(ids)).toEqual(['withdrawn', 'interviewed']);
    expect((await statusEvents(ids)).map((event) => event.subject_id)).toEqual([ids[1]]);
  });

  it('reopens a withdrawn application when the recruiter asks for it explicitly', async () => {
    const { cookie, ids } = await applicationsIn(['withdrawn']);

    const response = await changeStatus(cookie, { applicationIds: ids, status: 'in_review', reopenWithdrawn: true });

    expect(response.json().items).toEqual([{ id: ids[0], status: 'in_review', outcome: 'changed' }]);
    expect((await statusEvents(ids))[0]).toMatchObject({ before_json: JSON.stringify({ status: 'withdrawn' }) });
  });

  it("changes nothing and answers 404 when one id is another organisation's or does not exist", async () => {
    const { cookie, ids } = await applicationsIn(['invited_to_interview']);
    const other = await createOrganisation(test.ctx.db, { name: 'Andet Firma' });
    const otherUser = await createUser(test.ctx.db, other.id);
    const theirs = await createApplication(test.ctx.db, other.id, await createProject(test.ctx.db, other.id, otherUser.id));

    for (const stranger of [theirs.applicationId, '00000000-0000-4000-8000-000000000000']) {
      const response = await changeStatus(cookie, { applicationIds: [...ids, stranger], status: 'rejected' });
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('not_found');
    }
    expect(await statusesOf([...ids, theirs.applicationId])).toEqual(['invited_to_interview', 'received']);
    expect(await statusEvents([...ids, theirs.applicationId])).toEqual([]);
  });

  it('refuses an empty list, a repeated id, an unknown status, and a caller without a session', async () => {
    const { cookie, ids } = await applicationsIn(['in_review']);
    expect((await changeStatus(cookie, { applicationIds: [], status: 'offer' })).statusCode).toBe(400);
    expect((await changeStatus(cookie, { applicationIds: [ids[0], ids[0]], status: 'offer' })).statusCode).toBe(400);
    expect((await changeStatus(cookie, { applicationIds: ids, status: 'promoted' })).statusCode).toBe(400);
    expect((await test.app.inject({ method: 'POST', url: '/api/applications/status', payload: { applicationIds: ids, status: 'offer' } })).statusCode).toBe(401);
    expect(await statusesOf(ids)).toEqual(['in_review']);
  });
});
