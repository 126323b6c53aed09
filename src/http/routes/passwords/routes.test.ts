import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../../../../test/support/factories.js';
import { createTestApp, logInAs, organisationWithRecruiter, type TestApp } from '../../../../test/support/test-app.js';
import { TEST_ENGINE } from '../../../../test/support/test-database.js';
import { deliverAndRead, linkTokenIn } from '../../../../test/support/user-links.js';

let test: TestApp;
beforeEach(async () => {
  test = await createTestApp();
});
afterEach(() => test.close());

const forgot = (email: string) => test.app.inject({ method: 'POST', url: '/api/auth/forgot-password', payload: { email } });
const choose = (token: string, password: string) => test.app.inject({ method: 'POST', url: '/api/auth/choose-password', payload: { token, password } });
const me = (cookie: string) => test.app.inject({ url: '/api/me', headers: { cookie } });

describe(`forgotten password on ${TEST_ENGINE}`, () => {
  it('answers a known and an unknown address alike, and emails a link only to the known one', async () => {
    const { user } = await organisationWithRecruiter(test, { email: 'mia@fjord.example' });

    const known = await forgot(' MIA@fjord.example ');
    const unknown = await forgot('nobody@fjord.example');

    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(known.json()).toEqual(unknown.json());
    const sent = await deliverAndRead(test);
    expect(sent.map((email) => [email.to, email.subject])).toEqual([[user.email, 'Vælg en ny adgangskode til Samtale']]);
    expect(sent[0]!.text).toContain('en time');
  });

  it('sets a new password from the link, which ends every session of the user, and works once', async () => {
    const { user, cookie } = await organisationWithRecruiter(test);
    await forgot(user.email);
    const token = linkTokenIn((await deliverAndRead(test))[0]!);

    expect((await test.app.inject({ method: 'POST', url: '/api/auth/password-link', payload: { token } })).json()).toMatchObject({ purpose: 'password_reset' });
    expect((await choose(token, 'en helt ny adgangskode')).statusCode).toBe(204);

    expect((await me(cookie)).statusCode).toBe(401);
    await expect(logInAs(test.app, user.email, 'en helt ny adgangskode')).resolves.toContain('samtale_session=');
    expect((await test.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: TEST_PASSWORD } })).statusCode).toBe(401);
    expect((await choose(token, 'endnu en adgangskode')).statusCode).toBe(404);
    const actions = (await test.ctx.db.selectFrom('audit_events').select('action').orderBy('id').execute()).map((e) => e.action);
    expect(actions).toEqual(['user.logged_in', 'user.password_reset_requested', 'user.password_reset', 'user.logged_in']);
  });

  it('lets the link work for an hour only', async () => {
    const { user } = await organisationWithRecruiter(test);
    await forgot(user.email);
    const token = linkTokenIn((await deliverAndRead(test))[0]!);
    test.clock.advance(60 * 60 * 1000);
    expect((await choose(token, 'en helt ny adgangskode')).statusCode).toBe(404);
  });

  it('ends the earlier link when another is asked for', async () => {
    const { user } = await organisationWithRecruiter(test);
    await forgot(user.email);
    const first = linkTokenIn((await deliverAndRead(test))[0]!);
    test.clock.advance(60_000);
    await forgot(user.email);
    const second = linkTokenIn((await deliverAndRead(test))[0]!);
    expect((await choose(first, 'en helt ny adgangskode')).statusCode).toBe(404);
    expect((await choose(second, 'en helt ny adgangskode')).statusCode).toBe(204);
  });

  it('emails one user at most one link a minute, however often and from wherever it is asked', async () => {
    const { user } = await organisationWithRecruiter(test);
    expect((await forgot(user.email)).statusCode).toBe(202);
    test.clock.advance(59_999);
    expect((await forgot(user.email)).statusCode).toBe(202);
    expect(await deliverAndRead(test)).toHaveLength(1);
    test.clock.advance(1);
    await forgot(user.email);
    expect(await deliverAndRead(test)).toHaveLength(1);
  });

  it('answers unknown and malformed links with the same 404', async () => {
    const unknown = await choose('bm90LWEtcmVhbC10b2tlbg', 'en helt ny adgangskode');
    expect(unknown.statusCode).toBe(404);
    expect((await test.app.inject({ method: 'POST', url: '/api/auth/password-link', payload: { token: 'x' } })).json()).toEqual(unknown.json());
  });

  it('refuses a password shorter than 12 characters', async () => {
    const { user } = await organisationWithRecruiter(test);
    await forgot(user.email);
    const token = linkTokenIn((await deliverAndRead(test))[0]!);
    const response = await choose(token, 'kort');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain('body.password');
  });

  it('slows down requests: the sixth from one address within 15 minutes is refused', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++) statuses.push((await forgot(`someone${attempt}@fjord.example`)).statusCode);
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
    test.clock.advance(15 * 60_000);
    expect((await forgot('someone@fjord.example')).statusCode).toBe(202);
  });

  it('sends no link to a deactivated user', async () => {
    const { user } = await organisationWithRecruiter(test);
    await test.ctx.db.updateTable('users').set({ deactivated_at: test.clock.now().toISOString() }).where('id', '=', user.id).execute();
    expect((await forgot(user.email)).statusCode).toBe(202);
    expect(await deliverAndRead(test)).toEqual([]);
  });
});

describe(`PUT /api/me/password on ${TEST_ENGINE}`, () => {
  const change = (cookie: string, body: object) => test.app.inject({ method: 'PUT', url: '/api/me/password', headers: { cookie }, payload: body });

  it('changes the password given the current one, keeps this session and ends the others', async () => {
    const { user, cookie } = await organisationWithRecruiter(test);
    const elsewhere = await logInAs(test.app, user.email);

    const response = await change(cookie, { currentPassword: TEST_PASSWORD, newPassword: 'min nye adgangskode' });

    expect(response.statusCode).toBe(204);
    expect((await me(cookie)).statusCode).toBe(200);
    expect((await me(elsewhere)).statusCode).toBe(401);
    await expect(logInAs(test.app, user.email, 'min nye adgangskode')).resolves.toContain('samtale_session=');
    const actions = (await test.ctx.db.selectFrom('audit_events').select('action').orderBy('id').execute()).map((e) => e.action);
    expect(actions).toContain('user.password_changed');
  });

  it('refuses a wrong current password at that field, changing nothing', async () => {
    const { user, cookie } = await organisationWithRecruiter(test);
    const response = await change(cookie, { currentPassword: 'not it', newPassword: 'min nye adgangskode' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([{ field: 'currentPassword', in: 'body', message: 'is not your current password.' }]);
    await expect(logInAs(test.app, user.email)).resolves.toContain('samtale_session=');
  });

  it('is 401 without a session', async () => {
    expect((await test.app.inject({ method: 'PUT', url: '/api/me/password', payload: { currentPassword: 'x', newPassword: 'min nye adgangskode' } })).statusCode).toBe(401);
  });
});
