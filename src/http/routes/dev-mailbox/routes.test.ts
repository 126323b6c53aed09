import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invitedApplicants } from '../../../../test/support/invited-applicant.js';
import { deliverDue } from '../../../../test/support/outbox.js';
import { createUser } from '../../../../test/support/factories.js';
import { createTestApp, logInAs, organisationWithRecruiter, type TestApp } from '../../../../test/support/test-app.js';
import { TEST_ENGINE } from '../../../../test/support/test-database.js';
import { insertDevMail } from '../../../db/repositories/dev-mailbox.js';

let test: TestApp;
beforeEach(async () => {
  test = await createTestApp();
  test.clock.set('2026-03-02T08:00:00Z');
});
afterEach(() => test.close());

/** A mail as SMTP would have carried it, with the given Content-Type and body. */
async function deliveredMail(organisationId: string, contentType: string, body: string): Promise<string> {
  const raw = ['From: jobs@org.example', 'To: aase@mail.example', 'Subject: Samtale', 'MIME-Version: 1.0', `Content-Type: ${contentType}; charset=utf-8`, '', body, ''].join('\r\n');
  await insertDevMail(test.ctx.db, { organisationId, outboxId: randomUUID(), recipient: 'aase@mail.example', subject: 'Samtale', raw }, test.clock.now());
  return (await test.ctx.db.selectFrom('dev_mailbox').select('id').where('raw', '=', raw).executeTakeFirstOrThrow()).id;
}

describe(`GET /api/dev-mailbox/:mailId/html on ${TEST_ENGINE}`, () => {
  async function invitationMail() {
    const setup = await invitedApplicants(test, {
      email: { action: 'send_email', variants: { da: { subject: 'Samtale', body: 'Kære {firstname}\n\nSvar her: {confirmlink}' } } },
    });
    const { candidate, confirmPath } = setup.invited[0]!;
    const mail = await test.ctx.db.selectFrom('dev_mailbox').select('id').where('recipient', '=', candidate.email).executeTakeFirstOrThrow();
    return { ...setup, mailId: mail.id, confirmUrl: new URL(confirmPath, test.config.publicUrl).href };
  }
  const html = (mailId: string, cookie: string) => test.app.inject({ url: `/api/dev-mailbox/${mailId}/html`, headers: { cookie } });

  it('serves the HTML part as a document that only the web app may frame, sandboxed, without scripts', async () => {
    const { mailId, cookie } = await invitationMail();

    const response = await html(mailId, cookie);

    expect(response.statusCode).toBe(200);
    expect(response.headers).toMatchObject({
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy':
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'self'; sandbox allow-popups allow-popups-to-escape-sandbox",
      'x-frame-options': 'SAMEORIGIN',
      'x-content-type-options': 'nosniff',
    });
  });

  it('opens the links in a new tab through a base target in the head, and leaves the links as they were sent', async () => {
    const { mailId, cookie, confirmUrl } = await invitationMail();

    const { body } = await html(mailId, cookie);

    expect(body).toMatch(/<head>\s*<base target="_blank">/);
    expect(body.match(/<base /g)).toHaveLength(1);
    expect(body).toContain(`<a href="${confirmUrl}" style="color:#1f5f5b;word-break:break-all;">${confirmUrl}</a>`);
  });

  it('puts the base target first in an HTML part that has no head', async () => {
    const { organisation, cookie } = await organisationWithRecruiter(test);
    const mailId = await deliveredMail(organisation.id, 'text/html', '<p>Se <a href="https://jobs.example/job/7">stillingen</a></p>');

    const { body } = await html(mailId, cookie);

    expect(body).toMatch(/^<base target="_blank"><p>Se <a href="https:\/\/jobs.example\/job\/7">stillingen<\/a><\/p>/);
  });

  it('answers 404 for an email that has no HTML part', async () => {
    const { organisation, cookie } = await organisationWithRecruiter(test);
    const mailId = await deliveredMail(organisation.id, 'text/plain', 'Kun tekst.');

    const response = await html(mailId, cookie);

    expect(response.statusCode).toBe(404);
    expect(response.json().error).toEqual({ code: 'not_found', message: 'The HTML part of the email was not found.' });
  });

  it("answers another organisation's email with the same 404 as an email that does not exist", async () => {
    const { mailId } = await invitationMail();
    const { cookie } = await organisationWithRecruiter(test);

    const foreign = await html(mailId, cookie);
    const missing = await html('00000000-0000-4000-8000-000000000000', cookie);

    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual(missing.json());
    expect(foreign.headers['x-frame-options']).toBe('DENY');
  });

  it('leaves every other response unframeable', async () => {
    const { mailId, cookie } = await invitationMail();

    const json = await test.app.inject({ url: `/api/dev-mailbox/${mailId}`, headers: { cookie } });

    expect(json.headers['x-frame-options']).toBe('DENY');
    expect(json.headers['content-security-policy']).toBeUndefined();
  });
});

describe(`users' one-time links in the development mailbox on ${TEST_ENGINE}`, () => {
  it('are shown to administrators only: a recruiter reading another user’s link could choose their password', async () => {
    const { organisation, cookie: adminCookie } = await organisationWithRecruiter(test, { role: 'admin' });
    const recruiter = { cookie: await logInAs(test.app, (await createUser(test.ctx.db, organisation.id)).email) };
    await test.app.inject({ method: 'POST', url: '/api/users', headers: { cookie: adminCookie }, payload: { name: 'Bo Berg', email: 'bo@fjord.example', role: 'admin', smsAccess: false } });
    await deliverDue(test);
    const mail = await test.ctx.db.selectFrom('dev_mailbox').select('id').where('recipient', '=', 'bo@fjord.example').executeTakeFirstOrThrow();
    const read = (url: string, cookie: string) => test.app.inject({ url, headers: { cookie } });

    expect((await read('/api/dev-mailbox', adminCookie)).json().items.map((item: { id: string }) => item.id)).toEqual([mail.id]);
    expect((await read(`/api/dev-mailbox/${mail.id}`, adminCookie)).json().text).toContain('/choose-password#');

    expect((await read('/api/dev-mailbox', recruiter.cookie)).json().items).toEqual([]);
    expect((await read(`/api/dev-mailbox/${mail.id}`, recruiter.cookie)).statusCode).toBe(404);
  });
});
