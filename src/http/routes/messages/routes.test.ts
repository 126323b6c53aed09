import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApplication, createOrganisation, createProject, createUser } from '../../../../test/support/factories.js';
import { invitedApplicants } from '../../../../test/support/invited-applicant.js';
import { deliverDue, newOutboxMessage, refusingServer } from '../../../../test/support/outbox.js';
import { createTestApp, logInAs, type TestApp } from '../../../../test/support/test-app.js';
import { TEST_ENGINE } from '../../../../test/support/test-database.js';
import { queueMessages } from '../../../db/repositories/messages.js';
import { MAX_DELIVERY_ATTEMPTS, retryDelayMs } from '../../../delivery/retry-policy.js';
import { CONFIRM_LINK_PLACEHOLDER } from '../../../security/confirm-link-token.js';

let test: TestApp;
let organisationId: string;
beforeEach(async () => {
  test = await createTestApp();
  test.clock.set('2026-03-02T08:00:00Z');
  organisationId = (await createOrganisation(test.ctx.db)).id;
});
afterEach(() => test.close());

describe(`POST /api/messages/:messageId/retry on ${TEST_ENGINE}`, () => {
  async function failedInvitationEmail() {
    const recruiter = await createUser(test.ctx.db, organisationId);
    const projectId = await createProject(test.ctx.db, organisationId, recruiter.id);
    const { applicationId } = await createApplication(test.ctx.db, organisationId, projectId);
    const message = newOutboxMessage(organisationId, test.clock.now(), { application_id: applicationId });
    await queueMessages(test.ctx.db, [message]);
    const outage = refusingServer(() => new Error('421 4.3.2 Service not available'));
    for (let attempt = 1; attempt <= MAX_DELIVERY_ATTEMPTS; attempt++) {
      await deliverDue(test, { email: outage });
      test.clock.advance(retryDelayMs(attempt));
    }
    const cookie = await logInAs(test.app, recruiter.email);
    return { message, applicationId, cookie, outage };
  }
  const retry = (id: string, cookie: string) => test.app.inject({ method: 'POST', url: `/api/messages/${id}/retry`, headers: { cookie } });

  it('sends a message that failed after its last retry again, at once, and notes who asked in the history', async () => {
    const { message, applicationId, cookie, outage } = await failedInvitationEmail();
    expect(outage.tries).toBe(MAX_DELIVERY_ATTEMPTS);
    const before = (await test.app.inject({ url: `/api/applications/${applicationId}`, headers: { cookie } })).json();
    expect(before.messages[0]).toMatchObject({ status: 'failed', attempts: MAX_DELIVERY_ATTEMPTS, error: '421 4.3.2 Service not available' });

    const response = await retry(message.id, cookie);

    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: message.id, status: 'queued', attempts: 0, error: null, dueAt: test.clock.now().toISOString() });
    expect(await deliverDue(test)).toMatchObject({ sent: 1 });
    const after = (await test.app.inject({ url: `/api/applications/${applicationId}`, headers: { cookie } })).json();
    expect(after.messages[0]).toMatchObject({ status: 'sent' });
    expect(after.history.map((event: { action: string }) => event.action)).toContain('message.retried');
  });

  it('refuses with 409 to send again a message that has not failed', async () => {
    const { message, cookie } = await failedInvitationEmail();
    await retry(message.id, cookie);

    const again = await retry(message.id, cookie);

    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('Only a message that failed can be sent again; this one is queued.');
  });

  it("answers 404 for another organisation's message, and changes nothing", async () => {
    const { message } = await failedInvitationEmail();
    const otherOrganisation = await createOrganisation(test.ctx.db);
    const stranger = await createUser(test.ctx.db, otherOrganisation.id);

    const response = await retry(message.id, await logInAs(test.app, stranger.email));

    expect(response.statusCode).toBe(404);
    expect(await test.ctx.db.selectFrom('messages').select('status').where('id', '=', message.id).executeTakeFirst()).toEqual({ status: 'failed' });
  });
});

describe(`GET /api/messages/:messageId on ${TEST_ENGINE}`, () => {
  async function invitationEmail() {
    const setup = await invitedApplicants(test, {
      organisation: { defaultSenderAddress: 'jobs@nordhavn.example' },
      applicants: [{ firstName: 'Åse' }],
      email: { action: 'send_email', variants: { da: { subject: 'Samtale hos os', body: 'Kære {firstname}\n\nSvar her: {confirmlink}' } } },
    });
    const { applicationId, confirmPath } = setup.invited[0]!;
    const page = await test.app.inject({ url: `/api/applications/${applicationId}`, headers: { cookie: setup.cookie } });
    const [listed] = page.json().messages;
    return { ...setup, applicationId, confirmPath, listed };
  }
  const read = (id: string, cookie: string) => test.app.inject({ url: `/api/messages/${id}`, headers: { cookie } });

  it('shows the message as the candidate\'s page lists it, with its application, sender and text', async () => {
    const { applicationId, listed, cookie } = await invitationEmail();

    const response = await read(listed.id, cookie);

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ ...listed, applicationId, sender: expect.stringContaining('jobs@nordhavn.example'), text: expect.stringContaining('Kære Åse') });
  });

  it('shows the confirmation link as the variable {confirmlink}, never as a working link', async () => {
    const { listed, cookie, confirmPath } = await invitationEmail();

    const { text } = (await read(listed.id, cookie)).json();

    expect(text).toContain('Svar her: {confirmlink}');
    expect(text).not.toContain(CONFIRM_LINK_PLACEHOLDER);
    expect(text).not.toContain(confirmPath.slice('/i/'.length));
  });

  it("answers another organisation's message with the same 404 as a message that does not exist", async () => {
    const { listed } = await invitationEmail();
    const stranger = await createUser(test.ctx.db, organisationId);
    const cookie = await logInAs(test.app, stranger.email);

    const foreign = await read(listed.id, cookie);
    const missing = await read('00000000-0000-4000-8000-000000000000', cookie);

    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual(missing.json());
    expect(foreign.json().error.code).toBe('not_found');
  });
});

