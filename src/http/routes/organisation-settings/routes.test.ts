import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOrganisation, createUser } from '../../../../test/support/factories.js';
import { createTestApp, logInAs, organisationWithRecruiter, type TestApp } from '../../../../test/support/test-app.js';
import { TEST_ENGINE } from '../../../../test/support/test-database.js';

let test: TestApp;
beforeEach(async () => {
  test = await createTestApp();
});
afterEach(() => test.close());

const URL = '/api/organisation/settings';

async function administrator() {
  return organisationWithRecruiter(test, { role: 'admin', name: 'Signe Dahl' });
}

const patch = (cookie: string, payload: object) => test.app.inject({ method: 'PATCH', url: URL, headers: { cookie }, payload });

describe(`organisation settings on ${TEST_ENGINE}`, () => {
  it('shows an administrator the settings', async () => {
    const { organisation, cookie } = await administrator();

    const response = await test.app.inject({ url: URL, headers: { cookie } });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      name: organisation.name,
      timeZone: 'Europe/Copenhagen',
      defaultLanguage: 'da',
      languages: ['da', 'en', 'sv', 'nb'],
      defaultSenderAddress: organisation.defaultSenderAddress,
      defaultSenderName: null,
      smsEnabled: true,
    });
  });

  it('lets an administrator change them, seen at once by everyone of the organisation, with an audit event of what changed', async () => {
    const { organisation, user, cookie } = await administrator();
    const colleague = await createUser(test.ctx.db, organisation.id);

    const response = await patch(cookie, {
      name: 'Fjordside Tømrer ApS',
      timeZone: 'america/new_york',
      languages: ['en', 'da'],
      defaultLanguage: 'en',
      defaultSenderAddress: 'job@fjordside.example',
      defaultSenderName: 'Fjordside Rekruttering',
      smsEnabled: false,
    });

    expect(response.statusCode).toBe(200);
    const changed = {
      name: 'Fjordside Tømrer ApS',
      timeZone: 'America/New_York',
      defaultLanguage: 'en',
      languages: ['en', 'da'],
      defaultSenderAddress: 'job@fjordside.example',
      defaultSenderName: 'Fjordside Rekruttering',
      smsEnabled: false,
    };
    expect(response.json()).toEqual(changed);
    const me = await test.app.inject({ url: '/api/me', headers: { cookie: await logInAs(test.app, colleague.email) } });
    expect(me.json().organisation).toMatchObject({ name: 'Fjordside Tømrer ApS', timeZone: 'America/New_York', defaultLanguage: 'en', smsEnabled: false });
    const events = await test.ctx.db.selectFrom('audit_events').selectAll().where('action', '=', 'organisation.settings_changed').execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ organisation_id: organisation.id, actor_id: user.id, subject_id: organisation.id });
    expect(JSON.parse(events[0]!.after_json!)).toEqual(changed);
    expect(JSON.parse(events[0]!.before_json!)).toMatchObject({ name: organisation.name, timeZone: 'Europe/Copenhagen', smsEnabled: true });
  });

  it('records only the fields that changed, and nothing for a change that changes nothing', async () => {
    const { organisation, cookie } = await administrator();

    await patch(cookie, { smsEnabled: false, name: organisation.name });
    await patch(cookie, { smsEnabled: false });

    const events = await test.ctx.db.selectFrom('audit_events').select(['before_json', 'after_json']).where('action', '=', 'organisation.settings_changed').execute();
    expect(events).toEqual([{ before_json: '{"smsEnabled":true}', after_json: '{"smsEnabled":false}' }]);
  });

  it('reads a blank sender name as none', async () => {
    const { cookie } = await administrator();
    await patch(cookie, { defaultSenderName: 'Rekruttering' });

    expect((await patch(cookie, { defaultSenderName: '  ' })).json().defaultSenderName).toBeNull();
  });

  it.each([
    ['timeZone', { timeZone: 'Europe/Aarhus' }],
    ['defaultLanguage', { defaultLanguage: 'sv', languages: ['da', 'en'] }],
    ['defaultLanguage', { languages: ['en'] }],
    ['languages', { languages: [] }],
    ['defaultSenderAddress', { defaultSenderAddress: 'not an address' }],
    ['name', { name: '   ' }],
    ['favouriteColour', { favouriteColour: 'blue' }],
  ])('refuses a bad %s with 400 naming it, changing nothing', async (field, body) => {
    const { organisation, cookie } = await administrator();

    const response = await patch(cookie, body);

    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json().error)).toContain(field);
    expect((await test.app.inject({ url: URL, headers: { cookie } })).json()).toMatchObject({ name: organisation.name, languages: ['da', 'en', 'sv', 'nb'] });
  });

  it('is 403 for a recruiter, who can neither see nor change them', async () => {
    const { cookie } = await organisationWithRecruiter(test);

    expect((await test.app.inject({ url: URL, headers: { cookie } })).statusCode).toBe(403);
    expect((await patch(cookie, { name: 'Taken over' })).statusCode).toBe(403);
  });

  it('is 401 without a session', async () => {
    expect((await test.app.inject({ url: URL })).statusCode).toBe(401);
  });

  it("changes only the administrator's own organisation, never another's", async () => {
    const other = await createOrganisation(test.ctx.db, { name: 'Another Company A/S' });
    const { cookie } = await administrator();

    await patch(cookie, { name: 'Fjordside Tømrer ApS', smsEnabled: false });

    const untouched = await test.ctx.db.selectFrom('organisations').select(['name', 'sms_enabled']).where('id', '=', other.id).executeTakeFirstOrThrow();
    expect(untouched).toEqual({ name: 'Another Company A/S', sms_enabled: 1 });
  });
});
