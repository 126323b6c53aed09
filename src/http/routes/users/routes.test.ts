import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApplication, createOrganisation, createProject, createUser, TEST_PASSWORD } from '../../../../test/support/factories.js';
import { createTestApp, logInAs, organisationWithRecruiter, type TestApp } from '../../../../test/support/test-app.js';
import { TEST_ENGINE } from '../../../../test/support/test-database.js';
import { deliverAndRead, linkTokenIn } from '../../../../test/support/user-links.js';

let test: TestApp;
beforeEach(async () => {
  test = await createTestApp({ PUBLIC_URL: 'https://jobs.example' });
});
afterEach(() => test.close());

const adminOf = (overrides: Parameters<typeof organisationWithRecruiter>[1] = {}) =>
  organisationWithRecruiter(test, { name: 'Mette Holm', role: 'admin', smsAccess: true, ...overrides });
const invite = (cookie: string, body: object) => test.app.inject({ method: 'POST', url: '/api/users', headers: { cookie }, payload: body });
const bo = { name: 'Bo Berg', email: 'Bo@Fjord.example', role: 'recruiter', smsAccess: false };
const auditActions = async () => (await test.ctx.db.selectFrom('audit_events').select(['action', 'subject_id']).orderBy('id').execute()).map((e) => e.action);

describe(`POST /api/users on ${TEST_ENGINE}`, () => {
  it('invites a user, who gets a link in the organisation’s language to choose a password, and can then sign in', async () => {
    const { organisation, user: admin, cookie } = await adminOf();

    const response = await invite(cookie, bo);

    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ name: 'Bo Berg', email: 'bo@fjord.example', role: 'recruiter', smsAccess: false, status: 'invited' });
    const [email] = await deliverAndRead(test);
    expect(email).toMatchObject({ to: 'bo@fjord.example', from: expect.stringContaining(organisation.defaultSenderAddress), replyTo: admin.email, subject: `Du er inviteret til Samtale hos ${organisation.name}` });
    expect(email!.text).toContain('https://jobs.example/choose-password#');
    expect((await test.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'bo@fjord.example', password: '' } })).statusCode).toBe(400);

    const token = linkTokenIn(email!);
    const chosen = await test.app.inject({ method: 'POST', url: '/api/auth/choose-password', payload: { token, password: 'bo har en god adgangskode' } });
    expect(chosen.statusCode).toBe(204);
    await expect(logInAs(test.app, 'bo@fjord.example', 'bo har en god adgangskode')).resolves.toContain('samtale_session=');
    expect(await auditActions()).toEqual(['user.logged_in', 'user.invited', 'user.password_chosen', 'user.logged_in']);
  });

  it('keeps only a keyed hash of the link’s token, and no working link in the stored email', async () => {
    const { cookie } = await adminOf();
    await invite(cookie, bo);
    const stored = await test.ctx.db.selectFrom('messages').select('text_body').where('kind', '=', 'user_invitation').executeTakeFirstOrThrow();
    const token = linkTokenIn((await deliverAndRead(test))[0]!);
    const tokens = await test.ctx.db.selectFrom('user_tokens').selectAll().execute();
    expect(tokens).toHaveLength(1);
    expect(JSON.stringify(tokens)).not.toContain(token);
    expect(stored.text_body).not.toContain(token);
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
  });

  it('lets the link work for 72 hours and no longer', async () => {
    const { cookie } = await adminOf();
    await invite(cookie, bo);
    const token = linkTokenIn((await deliverAndRead(test))[0]!);
    const lookUp = () => test.app.inject({ method: 'POST', url: '/api/auth/password-link', payload: { token } });

    test.clock.advance(72 * 60 * 60 * 1000 - 1);
    expect((await lookUp()).json()).toEqual({ purpose: 'invitation', name: 'Bo Berg', email: 'bo@fjord.example' });
    test.clock.advance(1);
    expect((await lookUp()).statusCode).toBe(404);
    const late = await test.app.inject({ method: 'POST', url: '/api/auth/choose-password', payload: { token, password: 'for sent, desværre' } });
    expect(late.statusCode).toBe(404);
  });

  it('lets a link be used once', async () => {
    const { cookie } = await adminOf();
    await invite(cookie, bo);
    const token = linkTokenIn((await deliverAndRead(test))[0]!);
    const choose = (password: string) => test.app.inject({ method: 'POST', url: '/api/auth/choose-password', payload: { token, password } });
    expect((await choose('den første adgangskode')).statusCode).toBe(204);
    expect((await choose('en anden adgangskode')).statusCode).toBe(404);
    await expect(logInAs(test.app, 'bo@fjord.example', 'den første adgangskode')).resolves.toContain('samtale_session=');
  });

  it('refuses an address that already belongs to a user, of any organisation', async () => {
    const { cookie } = await adminOf();
    const other = await createOrganisation(test.ctx.db);
    await createUser(test.ctx.db, other.id, { email: 'bo@fjord.example' });
    const response = await invite(cookie, bo);
    expect(response.statusCode).toBe(409);
    expect(await test.ctx.db.selectFrom('messages').select('id').execute()).toEqual([]);
  });

  it('is for administrators only: a recruiter gets 403 and nothing is invited', async () => {
    const { cookie } = await organisationWithRecruiter(test, { role: 'recruiter' });
    const response = await invite(cookie, bo);
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
    expect(await test.ctx.db.selectFrom('users').select('id').where('email', '=', 'bo@fjord.example').execute()).toEqual([]);
  });
});

describe(`POST /api/users/:userId/invitation on ${TEST_ENGINE}`, () => {
  it('sends an invited user a fresh link for another 72 hours, and the earlier link stops working', async () => {
    const { user: admin, cookie } = await adminOf();
    const invited = (await invite(cookie, bo)).json();
    const first = linkTokenIn((await deliverAndRead(test))[0]!);
    test.clock.advance(72 * 60 * 60 * 1000);

    const response = await test.app.inject({ method: 'POST', url: `/api/users/${invited.id}/invitation`, headers: { cookie: await logInAs(test.app, admin.email) } });

    expect(response.json()).toMatchObject({ id: invited.id, status: 'invited' });
    const second = linkTokenIn((await deliverAndRead(test))[0]!);
    expect((await test.app.inject({ method: 'POST', url: '/api/auth/choose-password', payload: { token: first, password: 'den gamle invitation' } })).statusCode).toBe(404);
    expect((await test.app.inject({ method: 'POST', url: '/api/auth/choose-password', payload: { token: second, password: 'den nye invitation' } })).statusCode).toBe(204);
    expect(await auditActions()).toContain('user.invited_again');
  });

  it('is refused for a user who has chosen a password, and for a recruiter', async () => {
    const { organisation, user: admin, cookie } = await adminOf();
    expect((await test.app.inject({ method: 'POST', url: `/api/users/${admin.id}/invitation`, headers: { cookie } })).statusCode).toBe(409);
    const recruiter = await createUser(test.ctx.db, organisation.id);
    const recruiterCookie = await logInAs(test.app, recruiter.email);
    expect((await test.app.inject({ method: 'POST', url: `/api/users/${admin.id}/invitation`, headers: { cookie: recruiterCookie } })).statusCode).toBe(403);
  });
});

describe(`GET /api/users on ${TEST_ENGINE}`, () => {
  it('lists the organisation’s users with role, SMS access and status, and no one else', async () => {
    const { organisation, user: admin, cookie } = await adminOf();
    const carl = await createUser(test.ctx.db, organisation.id, { name: 'Carl Dahl' });
    await invite(cookie, bo);
    await test.app.inject({ method: 'POST', url: `/api/users/${carl.id}/deactivate`, headers: { cookie } });
    await createUser(test.ctx.db, (await createOrganisation(test.ctx.db)).id, { name: 'Anders And' });

    const response = await test.app.inject({ url: '/api/users', headers: { cookie } });

    expect(response.json().items.map((u: { name: string; status: string; role: string }) => [u.name, u.role, u.status])).toEqual([
      ['Bo Berg', 'recruiter', 'invited'],
      ['Carl Dahl', 'recruiter', 'deactivated'],
      [admin.name, 'admin', 'active'],
    ]);
  });

  it('is 403 for a recruiter', async () => {
    const { cookie } = await organisationWithRecruiter(test);
    expect((await test.app.inject({ url: '/api/users', headers: { cookie } })).statusCode).toBe(403);
  });
});

describe(`PATCH /api/users/:userId on ${TEST_ENGINE}`, () => {
  it('grants SMS access, which the user’s /api/me then says, and records the change', async () => {
    const { organisation, cookie } = await adminOf();
    const carl = await createUser(test.ctx.db, organisation.id, { smsAccess: false });
    const carlCookie = await logInAs(test.app, carl.email);

    const response = await test.app.inject({ method: 'PATCH', url: `/api/users/${carl.id}`, headers: { cookie }, payload: { smsAccess: true } });

    expect(response.json()).toMatchObject({ id: carl.id, smsAccess: true, role: 'recruiter' });
    expect((await test.app.inject({ url: '/api/me', headers: { cookie: carlCookie } })).json().smsAccess).toBe(true);
    const event = await test.ctx.db.selectFrom('audit_events').selectAll().where('action', '=', 'user.access_changed').executeTakeFirstOrThrow();
    expect(JSON.parse(event.before_json!)).toEqual({ role: 'recruiter', smsAccess: false });
    expect(JSON.parse(event.after_json!)).toEqual({ role: 'recruiter', smsAccess: true });
  });

  it('keeps the last active administrator one, and demotes an administrator when another remains', async () => {
    const { organisation, user: admin, cookie } = await adminOf();
    const demote = (id: string) => test.app.inject({ method: 'PATCH', url: `/api/users/${id}`, headers: { cookie }, payload: { role: 'recruiter' } });

    const refused = await demote(admin.id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('last active administrator');

    const other = await createUser(test.ctx.db, organisation.id, { role: 'admin' });
    expect((await demote(other.id)).json().role).toBe('recruiter');
    await test.app.inject({ method: 'PATCH', url: `/api/users/${other.id}`, headers: { cookie }, payload: { role: 'admin' } });
    expect((await demote(admin.id)).json().role).toBe('recruiter');
  });

  it('is 403 for a recruiter, 404 for a user of another organisation, and 400 for an empty change', async () => {
    const { organisation, user: recruiter, cookie } = await organisationWithRecruiter(test);
    const patch = (c: string, id: string, payload: object) => test.app.inject({ method: 'PATCH', url: `/api/users/${id}`, headers: { cookie: c }, payload });
    expect((await patch(cookie, recruiter.id, { role: 'admin' })).statusCode).toBe(403);

    const admin = await createUser(test.ctx.db, organisation.id, { role: 'admin' });
    const adminCookie = await logInAs(test.app, admin.email);
    const stranger = await createUser(test.ctx.db, (await createOrganisation(test.ctx.db)).id);
    expect((await patch(adminCookie, stranger.id, { smsAccess: true })).statusCode).toBe(404);
    expect((await patch(adminCookie, recruiter.id, {})).statusCode).toBe(400);
  });
});

describe(`deactivating and reactivating on ${TEST_ENGINE}`, () => {
  it('ends the user’s sessions at once, refuses their sign-in, keeps their name in the history and no longer offers them as a recruiter', async () => {
    const { organisation, cookie } = await adminOf();
    const carl = await createUser(test.ctx.db, organisation.id, { name: 'Carl Dahl' });
    const carlCookie = await logInAs(test.app, carl.email);

    const response = await test.app.inject({ method: 'POST', url: `/api/users/${carl.id}/deactivate`, headers: { cookie } });

    expect(response.json()).toMatchObject({ id: carl.id, status: 'deactivated' });
    expect((await test.app.inject({ url: '/api/me', headers: { cookie: carlCookie } })).statusCode).toBe(401);
    const login = await test.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: carl.email, password: TEST_PASSWORD } });
    expect(login.statusCode).toBe(401);
    const recruiters = (await test.app.inject({ url: '/api/recruiters', headers: { cookie } })).json().items.map((r: { name: string }) => r.name);
    expect(recruiters).not.toContain('Carl Dahl');
    expect((await test.app.inject({ url: '/api/users', headers: { cookie } })).json().items.map((u: { name: string }) => u.name)).toContain('Carl Dahl');
    expect(await auditActions()).toContain('user.deactivated');
  });

  it('refuses a deactivated user as a recruiter of a new interview', async () => {
    const { organisation, user: admin, cookie } = await adminOf();
    const carl = await createUser(test.ctx.db, organisation.id);
    const projectId = await createProject(test.ctx.db, organisation.id, admin.id);
    const { applicationId } = await createApplication(test.ctx.db, organisation.id, projectId);
    await test.app.inject({ method: 'POST', url: `/api/users/${carl.id}/deactivate`, headers: { cookie } });

    const response = await test.app.inject({
      method: 'POST',
      url: `/api/projects/${projectId}/interview-invitations`,
      headers: { cookie },
      payload: {
        applicationIds: [applicationId],
        interview: { type: 'phone', recruiterIds: [admin.id, carl.id], date: '2026-03-10', time: '10:00', durationMinutes: 30 },
        email: { action: 'no_email' },
      },
    });

    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toBe('body.interview.recruiterIds[1] is deactivated and can no longer take part in interviews.');
  });

  it('shuts out a session of a deactivated user that outlived the deactivation, as one made by a racing sign-in would', async () => {
    const { organisation } = await adminOf();
    const carl = await createUser(test.ctx.db, organisation.id);
    const carlCookie = await logInAs(test.app, carl.email);
    await test.ctx.db.updateTable('users').set({ deactivated_at: test.clock.now().toISOString() }).where('id', '=', carl.id).execute();
    expect((await test.app.inject({ url: '/api/me', headers: { cookie: carlCookie } })).statusCode).toBe(401);
  });

  it('lets a reactivated user sign in again with their password', async () => {
    const { organisation, cookie } = await adminOf();
    const carl = await createUser(test.ctx.db, organisation.id);
    await test.app.inject({ method: 'POST', url: `/api/users/${carl.id}/deactivate`, headers: { cookie } });

    const response = await test.app.inject({ method: 'POST', url: `/api/users/${carl.id}/reactivate`, headers: { cookie } });

    expect(response.json().status).toBe('active');
    await expect(logInAs(test.app, carl.email)).resolves.toContain('samtale_session=');
    expect(await auditActions()).toContain('user.reactivated');
  });

  it('ends an invited user’s link, so a deactivated invitee cannot get in by it', async () => {
    const { cookie } = await adminOf();
    const invited = (await invite(cookie, bo)).json();
    const token = linkTokenIn((await deliverAndRead(test))[0]!);
    await test.app.inject({ method: 'POST', url: `/api/users/${invited.id}/deactivate`, headers: { cookie } });
    const response = await test.app.inject({ method: 'POST', url: '/api/auth/choose-password', payload: { token, password: 'ind ad bagdøren' } });
    expect(response.statusCode).toBe(404);
  });

  it('refuses to deactivate the last active administrator', async () => {
    const { user: admin, cookie } = await adminOf();
    const response = await test.app.inject({ method: 'POST', url: `/api/users/${admin.id}/deactivate`, headers: { cookie } });
    expect(response.statusCode).toBe(409);
    expect((await test.app.inject({ url: '/api/me', headers: { cookie } })).statusCode).toBe(200);
  });

  it('is 403 for a recruiter', async () => {
    const { organisation, cookie } = await organisationWithRecruiter(test);
    const colleague = await createUser(test.ctx.db, organisation.id);
    expect((await test.app.inject({ method: 'POST', url: `/api/users/${colleague.id}/deactivate`, headers: { cookie } })).statusCode).toBe(403);
    expect((await test.app.inject({ method: 'POST', url: `/api/users/${colleague.id}/reactivate`, headers: { cookie } })).statusCode).toBe(403);
  });
});
