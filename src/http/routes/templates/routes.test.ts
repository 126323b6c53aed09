import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_INVITATION_TEMPLATES } from '../../../domain/invitation-templates.js';
import { DEFAULT_REMINDER_EMAIL_TEMPLATES, DEFAULT_REMINDER_SMS_TEMPLATES } from '../../../domain/reminder-templates.js';
import { createOrganisation, createUser } from '../../../../test/support/factories.js';
import { createTestApp, logInAs, type TestApp } from '../../../../test/support/test-app.js';
import { TEST_ENGINE } from '../../../../test/support/test-database.js';

let test: TestApp;
beforeEach(async () => {
  test = await createTestApp();
});
afterEach(() => test.close());

async function organisation() {
  const org = await createOrganisation(test.ctx.db, { languages: ['da', 'en'] });
  const admin = await createUser(test.ctx.db, org.id, { role: 'admin' });
  const recruiter = await createUser(test.ctx.db, org.id, { role: 'recruiter' });
  return { adminCookie: await logInAs(test.app, admin.email), recruiterCookie: await logInAs(test.app, recruiter.email) };
}

describe(`message templates on ${TEST_ENGINE}`, () => {
  it("pre-fill every enabled language with Samtale's wording until the organisation saves its own", async () => {
    const { adminCookie } = await organisation();
    const get = async (kind: string) => (await test.app.inject({ url: `/api/templates/${kind}`, headers: { cookie: adminCookie } })).json().items;
    expect(await get('interview-invitation')).toEqual([
      { language: 'da', ...DEFAULT_INVITATION_TEMPLATES.da, customised: false },
      { language: 'en', ...DEFAULT_INVITATION_TEMPLATES.en, customised: false },
    ]);
    expect((await get('reminder-email'))[0]).toEqual({ language: 'da', ...DEFAULT_REMINDER_EMAIL_TEMPLATES.da, customised: false });
    expect((await get('reminder-sms'))[1]).toEqual({ language: 'en', ...DEFAULT_REMINDER_SMS_TEMPLATES.en, customised: false });

    const put = (kind: string, language: string, payload: object) =>
      test.app.inject({ method: 'PUT', url: `/api/templates/${kind}/${language}`, headers: { cookie: adminCookie }, payload });
    expect((await put('interview-invitation', 'da', { subject: 'Samtale: {jobtitle}', body: 'Kære {firstname}' })).statusCode).toBe(200);
    expect((await put('reminder-email', 'da', { subject: 'Husk {interviewdate}', body: 'Hej {firstname}', signature: '' })).statusCode).toBe(200);
    expect((await put('reminder-sms', 'en', { text: 'Hi {firstname}, see you {interviewdate}. {confirmlink}' })).statusCode).toBe(200);

    expect((await get('interview-invitation'))[0]).toEqual({ language: 'da', subject: 'Samtale: {jobtitle}', body: 'Kære {firstname}', customised: true });
    expect((await get('reminder-email'))[0]).toEqual({ language: 'da', subject: 'Husk {interviewdate}', body: 'Hej {firstname}', signature: '', customised: true });
    expect((await get('reminder-sms'))[1]).toEqual({ language: 'en', text: 'Hi {firstname}, see you {interviewdate}. {confirmlink}', customised: true });
    expect((await get('reminder-sms'))[0]).toMatchObject({ language: 'da', customised: false });
  });

  it('let only administrators save, and refuse unknown variables, other kinds’ parts and languages not enabled', async () => {
    const { adminCookie, recruiterCookie } = await organisation();
    const put = (cookie: string, url: string, payload: object) => test.app.inject({ method: 'PUT', url, headers: { cookie }, payload });
    expect((await put(recruiterCookie, '/api/templates/reminder-sms/da', { text: 'Hej' })).statusCode).toBe(403);
    const unknown = await put(adminCookie, '/api/templates/reminder-sms/da', { text: 'Hej {navn}' });
    expect(unknown.json().error.message).toBe('body.text uses the unknown variable {navn}.');
    const wrongPart = await put(adminCookie, '/api/templates/reminder-sms/da', { subject: 'Hej', text: 'Hej' });
    expect(wrongPart.json().error.message).toBe('body.subject is not a known field.');
    const notEnabled = await put(adminCookie, '/api/templates/reminder-sms/sv', { text: 'Hej' });
    expect(notEnabled.statusCode).toBe(400);
    expect(notEnabled.json().error.message).toBe('The language sv is not enabled for your organisation.');
  });

  it('refuse a NUL character in a part with 400 naming it, and keep the wording unchanged', async () => {
    const { adminCookie } = await organisation();
    const response = await test.app.inject({
      method: 'PUT',
      url: '/api/templates/interview-invitation/da',
      headers: { cookie: adminCookie },
      payload: { subject: '\u0000', body: 'Kære {firstname}' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'validation_failed', message: 'body.subject must not contain the NUL character (U+0000).' });
    const saved = await test.app.inject({ url: '/api/templates/interview-invitation', headers: { cookie: adminCookie } });
    expect(saved.json().items[0]).toMatchObject({ language: 'da', customised: false });
  });
});
