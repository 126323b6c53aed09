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

async function organisation(name?: string) {
  const org = await createOrganisation(test.ctx.db, { languages: ['da', 'en'], ...(name && { name }) });
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

  it('reset one language to Samtale’s wording for administrators only, recording what was there, and leave another organisation’s alone', async () => {
    const { adminCookie, recruiterCookie } = await organisation();
    const other = await organisation();
    const own = { subject: 'Samtale: {jobtitle}', body: 'Kære {firstname}' };
    for (const cookie of [adminCookie, other.adminCookie]) {
      await test.app.inject({ method: 'PUT', url: '/api/templates/interview-invitation/da', headers: { cookie }, payload: own });
    }
    const reset = (cookie: string) => test.app.inject({ method: 'DELETE', url: '/api/templates/interview-invitation/da', headers: { cookie } });

    expect((await reset(recruiterCookie)).statusCode).toBe(403);
    const response = await reset(adminCookie);

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ language: 'da', ...DEFAULT_INVITATION_TEMPLATES.da, customised: false });
    const get = async (cookie: string) => (await test.app.inject({ url: '/api/templates/interview-invitation', headers: { cookie } })).json().items[0];
    expect(await get(adminCookie)).toEqual({ language: 'da', ...DEFAULT_INVITATION_TEMPLATES.da, customised: false });
    expect(await get(other.adminCookie)).toEqual({ language: 'da', ...own, customised: true });
    // A second reset finds nothing saved: no event for it.
    expect((await reset(adminCookie)).statusCode).toBe(200);
    const events = await test.ctx.db.selectFrom('audit_events').selectAll().where('action', '=', 'message_template.reset').execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ subject_id: 'interview_invitation:da' });
    expect(JSON.parse(events[0]!.before_json!)).toEqual(own);
  });

  it('preview an invitation with a sample candidate, as sent: the link sentence appended, values escaped in HTML only, nothing stored', async () => {
    const { recruiterCookie } = await organisation('Smith & Søn <A/S>');
    const response = await test.app.inject({
      method: 'POST',
      url: '/api/templates/interview-invitation/da/preview',
      headers: { cookie: recruiterCookie },
      payload: { subject: 'Samtale hos {companyname}', body: 'Kære {firstname} <b>\n\n{interviewdate} kl. {interviewtime}, {location}\n\n{ukendt}' },
    });

    expect(response.statusCode).toBe(200);
    const preview = response.json();
    expect(preview.candidate).toEqual({ name: 'Mette Sørensen', email: 'mette.sorensen@example.dk', mobile: '+4520123456' });
    expect(preview.subject).toBe('Samtale hos Smith & Søn <A/S>');
    expect(preview.text).toBe(
      'Kære Mette <b>\n\nmandag den 9. marts 2026 kl. 10.00–10.45 CET, Hovedkontoret, 2. sal\n\n{ukendt}\n\nSvar venligst på invitationen her: http://localhost:3000/i/%E2%80%A6',
    );
    expect(preview.html).toContain('>Smith &amp; Søn &lt;A/S&gt;</div>');
    expect(preview.html).toContain('<p style="margin:0 0 16px;">Kære Mette &lt;b&gt;</p>');
    expect(preview.html).toContain('<a href="http://localhost:3000/i/%E2%80%A6" style="display:inline-block;');
    expect(preview.html).not.toContain('urn:samtale');
    expect(await test.ctx.db.selectFrom('email_templates').selectAll().execute()).toEqual([]);
    expect(await test.ctx.db.selectFrom('messages').selectAll().execute()).toEqual([]);
  });

  it('preview a reminder email with its signature and an SMS with its cost', async () => {
    const { adminCookie } = await organisation('Smith & Søn');
    const preview = (kind: string, payload: object) =>
      test.app.inject({ method: 'POST', url: `/api/templates/${kind}/en/preview`, headers: { cookie: adminCookie }, payload });

    const email = (await preview('reminder-email', { subject: 'See you {interviewdate}', body: 'Dear {firstname}\n\n{confirmlink}', signature: '{sender}\n{companyname}' })).json();
    expect(email.candidate.name).toBe('Emma Walker');
    expect(email.text).toMatch(/^Dear Emma\n\nhttp:\/\/localhost:3000\/i\/%E2%80%A6\n\nRecruiter \d+\nSmith & Søn$/);
    expect(email.html).toContain('Smith &amp; Søn');
    const sms = (await preview('reminder-sms', { text: 'Hi {firstname}, {confirmlink}' })).json();
    expect(sms).toMatchObject({ text: 'Hi Emma, http://localhost:3000/i/%E2%80%A6', sms: { segments: 1, encoding: 'GSM-7' } });
    expect(sms.subject).toBeUndefined();
  });
});
