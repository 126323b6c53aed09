import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOrganisation, createUser, TEST_PASSWORD } from '../../../../test/support/factories.js';
import { createTestApp, logInAs, sessionCookieFrom, type TestApp } from '../../../../test/support/test-app.js';
import { TEST_ENGINE } from '../../../../test/support/test-database.js';
import { SESSION_LIFETIME_MS } from '../../../use-cases/log-in.js';

let test: TestApp;
beforeEach(async () => {
  test = await createTestApp();
});
afterEach(() => test.close());

const login = (payload: unknown) => test.app.inject({ method: 'POST', url: '/api/auth/login', payload: payload as object });

describe(`auth on ${TEST_ENGINE}`, () => {
  it('logs a recruiter in with a session cookie that scripts cannot read and other sites do not send', async () => {
    const organisation = await createOrganisation(test.ctx.db);
    const user = await createUser(test.ctx.db, organisation.id, { email: 'Mette@Firma.example', role: 'admin', smsAccess: true });

    const response = await login({ email: ' mette@firma.example ', password: TEST_PASSWORD });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: user.id, email: 'mette@firma.example', role: 'admin', smsAccess: true, organisation: { id: organisation.id, timeZone: 'Europe/Copenhagen' } });
    const cookie = response.cookies.find((c) => c.name === 'samtale_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie.secure).toBeFalsy();
    expect(Buffer.from(cookie.value, 'base64url').length).toBeGreaterThanOrEqual(16);
  });

  it('marks the cookie Secure when the service is reached over https', async () => {
    await test.close();
    test = await createTestApp({ PUBLIC_URL: 'https://jobs.example' });
    const organisation = await createOrganisation(test.ctx.db);
    const user = await createUser(test.ctx.db, organisation.id);
    const response = await login({ email: user.email, password: TEST_PASSWORD });
    expect(response.cookies.find((c) => c.name === 'samtale_session')!.secure).toBe(true);
  });

  it('stores only a keyed hash of the session token', async () => {
    const organisation = await createOrganisation(test.ctx.db);
    const user = await createUser(test.ctx.db, organisation.id);
    const token = sessionCookieFrom(await login({ email: user.email, password: TEST_PASSWORD })).split('=')[1]!;
    const rows = await test.ctx.db.selectFrom('sessions').select('token_hash').execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.token_hash).not.toContain(token);
  });

  it('answers a wrong password and an unknown email with the same 401', async () => {
    const organisation = await createOrganisation(test.ctx.db);
    const user = await createUser(test.ctx.db, organisation.id);
    const wrongPassword = await login({ email: user.email, password: 'not it' });
    const unknownUser = await login({ email: 'nobody@nowhere.example', password: TEST_PASSWORD });
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknownUser.statusCode).toBe(401);
    expect(wrongPassword.json()).toEqual(unknownUser.json());
    expect(wrongPassword.json().error.code).toBe('unauthenticated');
    expect(wrongPassword.cookies).toHaveLength(0);
  });

  it.each([
    [{ email: 'a@b.example' }, 'body.password'],
    [{ email: 'a@b.example', password: 42 }, 'body.password'],
    [{ email: 'a@b.example', password: 'x', remember: true }, 'body.remember'],
  ])('refuses a malformed login body %j naming %s', async (payload, field) => {
    const response = await login(payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation_failed');
    expect(response.json().error.message).toContain(field);
  });

  it('slows down guessing: the eleventh attempt within a minute is refused, and a minute later one may try again', async () => {
    const guess = () => login({ email: 'x@y.example', password: 'guess' });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 10; attempt++) statuses.push((await guess()).statusCode);
    expect(statuses.every((status) => status === 401)).toBe(true);
    const refused = await guess();
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('rate_limited');

    test.clock.advance(59_999);
    expect((await guess()).statusCode).toBe(429);
    test.clock.advance(1);
    expect((await guess()).statusCode).toBe(401);
  });

  it('records the login in the audit trail', async () => {
    const organisation = await createOrganisation(test.ctx.db);
    const user = await createUser(test.ctx.db, organisation.id);
    await logInAs(test.app, user.email);
    const events = await test.ctx.db.selectFrom('audit_events').selectAll().execute();
    expect(events).toMatchObject([{ organisation_id: organisation.id, actor_type: 'user', actor_id: user.id, action: 'user.logged_in' }]);
  });
});

describe(`GET /api/me on ${TEST_ENGINE}`, () => {
  it('returns the logged-in user with organisation, role and SMS access', async () => {
    const organisation = await createOrganisation(test.ctx.db, { name: 'Fjord A/S' });
    const user = await createUser(test.ctx.db, organisation.id, { name: 'Carl', smsAccess: false });
    const cookie = await logInAs(test.app, user.email);
    const response = await test.app.inject({ url: '/api/me', headers: { cookie } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      id: user.id,
      name: 'Carl',
      email: user.email,
      role: 'recruiter',
      smsAccess: false,
      organisation: {
        id: organisation.id,
        name: 'Fjord A/S',
        timeZone: 'Europe/Copenhagen',
        defaultLanguage: 'da',
        languages: ['da', 'en', 'sv', 'nb'],
        smsEnabled: true,
        defaultSenderAddress: organisation.defaultSenderAddress,
      },
      developmentTransports: { mailbox: true, sms: true },
    });
    expect(response.json()).not.toHaveProperty('passwordHash');
  });

  const SMTP = { SMTP_URL: 'smtp://mail.example:587' };
  const TWILIO = { TWILIO_ACCOUNT_SID: `AC${'0'.repeat(32)}`, TWILIO_AUTH_TOKEN: 'twilio-token', TWILIO_FROM: '+4512345678' };
  it.each([
    ['neither SMTP nor Twilio', {}, { mailbox: true, sms: true }],
    ['SMTP only', SMTP, { mailbox: false, sms: true }],
    ['Twilio only', TWILIO, { mailbox: true, sms: false }],
    ['SMTP and Twilio', { ...SMTP, ...TWILIO }, { mailbox: false, sms: false }],
  ])('tells with %s which development boxes are active, exactly those whose addresses answer', async (_label, env, expected) => {
    await test.close();
    test = await createTestApp(env);
    const organisation = await createOrganisation(test.ctx.db);
    const cookie = await logInAs(test.app, (await createUser(test.ctx.db, organisation.id)).email);

    const response = await test.app.inject({ url: '/api/me', headers: { cookie } });

    expect(response.json().developmentTransports).toEqual(expected);
    const answers = async (url: string) => (await test.app.inject({ url, headers: { cookie } })).statusCode === 200;
    expect({ mailbox: await answers('/api/dev-mailbox'), sms: await answers('/api/dev-sms') }).toEqual(expected);
  });

  it.each([
    ['no cookie', {}],
    ['a made-up token', { cookie: 'samtale_session=bm90LWEtcmVhbC10b2tlbi1ub3QtYS1yZWFsLXRva2Vu' }],
    ['an empty token', { cookie: 'samtale_session=' }],
  ])('is 401 with %s', async (_label, headers) => {
    const response = await test.app.inject({ url: '/api/me', headers });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('unauthenticated');
  });

  it('is 401 once the session has expired', async () => {
    const organisation = await createOrganisation(test.ctx.db);
    const user = await createUser(test.ctx.db, organisation.id);
    const cookie = await logInAs(test.app, user.email);
    test.clock.advance(SESSION_LIFETIME_MS - 1000);
    expect((await test.app.inject({ url: '/api/me', headers: { cookie } })).statusCode).toBe(200);
    test.clock.advance(1000);
    expect((await test.app.inject({ url: '/api/me', headers: { cookie } })).statusCode).toBe(401);
  });
});

describe(`POST /api/auth/logout on ${TEST_ENGINE}`, () => {
  it('ends the session on the server and clears the cookie', async () => {
    const organisation = await createOrganisation(test.ctx.db);
    const user = await createUser(test.ctx.db, organisation.id);
    const cookie = await logInAs(test.app, user.email);

    const response = await test.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });

    expect(response.statusCode).toBe(204);
    const cleared = response.cookies.find((c) => c.name === 'samtale_session')!;
    expect(cleared.value).toBe('');
    expect((await test.app.inject({ url: '/api/me', headers: { cookie } })).statusCode).toBe(401);
    const actions = (await test.ctx.db.selectFrom('audit_events').select('action').orderBy('at').execute()).map((e) => e.action);
    expect(actions).toContain('user.logged_out');
  });

  it('is harmless without a session', async () => {
    expect((await test.app.inject({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(204);
  });
});
