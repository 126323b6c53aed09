import { afterEach, describe, expect, it } from 'vitest';
import { createOrganisation } from '../../../../test/support/factories.js';
import { createTestApp, sessionCookieFrom, type TestApp } from '../../../../test/support/test-app.js';
import { TEST_ENGINE } from '../../../../test/support/test-database.js';
import { setupToken } from '../../../security/setup-token.js';

let test: TestApp;
afterEach(() => test.close());

const setup = (overrides: Record<string, unknown> = {}) => ({
  organisationName: 'Fjordside Tømrer ApS',
  timeZone: 'Europe/Copenhagen',
  language: 'da',
  adminName: 'Signe Dahl',
  adminEmail: 'Signe@Fjordside.example',
  password: 'a long enough passphrase',
  setupToken: setupToken(test.config.sessionSecret),
  ...overrides,
});

const postSetup = (body: object) => test.app.inject({ method: 'POST', url: '/api/setup', payload: body });

async function organisationCount(): Promise<number> {
  const row = await test.ctx.db.selectFrom('organisations').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  return Number(row.count);
}

describe(`first-run setup on ${TEST_ENGINE}`, () => {
  it('is needed, with a token, while no organisation exists', async () => {
    test = await createTestApp({ NODE_ENV: 'production', PUBLIC_URL: 'https://samtale.example' });

    const response = await test.app.inject({ url: '/api/setup' });

    expect(response.json()).toEqual({ needed: true, tokenRequired: true });
  });

  it('creates the organisation and its administrator, signs the administrator in, and records both in the audit trail', async () => {
    test = await createTestApp();

    const response = await postSetup(setup({ timeZone: 'europe/copenhagen' }));

    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      name: 'Signe Dahl',
      email: 'signe@fjordside.example',
      role: 'admin',
      organisation: { name: 'Fjordside Tømrer ApS', timeZone: 'Europe/Copenhagen', defaultLanguage: 'da', languages: ['da', 'en', 'sv', 'nb'], smsEnabled: false, defaultSenderAddress: 'Signe@Fjordside.example' },
    });
    const me = await test.app.inject({ url: '/api/me', headers: { cookie: sessionCookieFrom(response) } });
    expect(me.json()).toMatchObject({ email: 'signe@fjordside.example', role: 'admin' });
    const events = await test.ctx.db.selectFrom('audit_events').select(['action', 'actor_id']).orderBy('id').execute();
    expect(events).toEqual([
      { action: 'organisation.set_up', actor_id: response.json().id },
      { action: 'user.created', actor_id: response.json().id },
    ]);
    expect((await test.app.inject({ url: '/api/setup' })).json()).toMatchObject({ needed: false });
  });

  it('happens only once: afterwards it is a conflict and nothing changes', async () => {
    test = await createTestApp();
    await postSetup(setup());

    const again = await postSetup(setup({ organisationName: 'Someone Else A/S', adminEmail: 'intruder@else.example' }));

    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('conflict');
    expect(again.cookies).toEqual([]);
    expect(await organisationCount()).toBe(1);
  });

  it('is a conflict on a server that already has an organisation, such as the demo', async () => {
    test = await createTestApp();
    await createOrganisation(test.ctx.db);

    expect((await postSetup(setup())).statusCode).toBe(409);
  });

  it('of two racing, makes exactly one organisation', async () => {
    test = await createTestApp();

    const responses = await Promise.all([postSetup(setup()), postSetup(setup({ adminEmail: 'other@fjordside.example' }))]);

    expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409]);
    expect(await organisationCount()).toBe(1);
  });

  it('refuses a missing or wrong token with 403, and creates nothing', async () => {
    test = await createTestApp();

    const { setupToken: _omitted, ...withoutToken } = setup();
    const missing = await postSetup(withoutToken);
    const wrong = await postSetup(setup({ setupToken: 'not-the-token' }));

    expect([missing.statusCode, wrong.statusCode]).toEqual([403, 403]);
    expect(await organisationCount()).toBe(0);
  });

  it('needs no token when REQUIRE_SETUP_TOKEN is false', async () => {
    test = await createTestApp({ REQUIRE_SETUP_TOKEN: 'false' });
    const { setupToken: _omitted, ...withoutToken } = setup();

    expect((await test.app.inject({ url: '/api/setup' })).json()).toEqual({ needed: true, tokenRequired: false });
    expect((await postSetup(withoutToken)).statusCode).toBe(201);
  });

  it.each([
    ['timeZone', { timeZone: 'Europe/Aarhus' }],
    ['password', { password: 'too short' }],
    ['adminEmail', { adminEmail: 'signe-at-fjordside' }],
    ['adminName', { adminName: '   ' }],
    ['organisationName', { organisationName: '  ' }],
    ['language', { language: 'de' }],
  ])('refuses a bad %s with 400 naming it', async (field, overrides) => {
    test = await createTestApp();

    const response = await postSetup(setup(overrides));

    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json().error)).toContain(field);
    expect(await organisationCount()).toBe(0);
  });

  it('never writes the password or the token to the log', async () => {
    test = await createTestApp();

    await postSetup(setup());

    expect(test.logs()).not.toContain('a long enough passphrase');
    expect(test.logs()).not.toContain(setupToken(test.config.sessionSecret));
  });
});
