import { createHmac, timingSafeEqual } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { invitedApplicants, inviteApplicants, recruitingProject } from '../../../../test/support/invited-applicant.js';
import { deliverDue, refusingServer } from '../../../../test/support/outbox.js';
import { createUser } from '../../../../test/support/factories.js';
import { createTestApp, logInAs } from '../../../../test/support/test-app.js';
import { TEST_ENGINE } from '../../../../test/support/test-database.js';
import { PermanentDeliveryError } from '../../../delivery/email-transport.js';
import { WEBHOOK_EVENT_TYPES } from '../../../domain/webhook.js';
import { startWebhookReceiver, type ReceivedWebhook } from '../../../../test/support/webhook-receiver.js';
import { webhookTestApp } from '../../../../test/support/webhook-test-app.js';

const webhooks = webhookTestApp();

/** An organisation whose administrator has invited one applicant to an interview on 10 March 2026. */
const invitedByAdministrator = () => invitedApplicants(webhooks.test, { recruiter: { role: 'admin' } });

async function addEndpoint(cookie: string, url = webhooks.receiver.url, events = ['invitation.answered']) {
  const response = await webhooks.test.app.inject({ method: 'POST', url: '/api/webhook-endpoints', headers: { cookie }, payload: { url, events } });
  expect(response.statusCode).toBe(201);
  return response.json() as { id: string; signingSecret: string };
}

async function answerAsCandidate(confirmPath: string, fields: Record<string, string>) {
  const page = (await webhooks.test.app.inject({ url: confirmPath })).body;
  const csrf = /name="csrf" value="([^"]+)"/.exec(page)![1]!;
  return webhooks.test.app.inject({
    method: 'POST',
    url: confirmPath,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ csrf, ...fields }).toString(),
  });
}

/** The README's receiver, as an ATS would write it: the HMAC over "<t>.<raw body>", and old timestamps refused. */
function verifiedEvent(rawBody: string, header: string, signingSecret: string, now = Date.now()): unknown {
  const { t, v1 } = Object.fromEntries(header.split(',').map((part) => part.split('=', 2)));
  const expected = createHmac('sha256', signingSecret).update(`${t}.${rawBody}`).digest();
  const given = Buffer.from(v1 ?? '', 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new Error('bad signature');
  if (Math.abs(now / 1000 - Number(t)) > 300) throw new Error('timestamp too old');
  return JSON.parse(rawBody);
}

const verifiedBody = (delivery: ReceivedWebhook, signingSecret: string, now: Date) =>
  verifiedEvent(delivery.body, String(delivery.headers['samtale-signature']), signingSecret, now.getTime());

describe(`Webhooks on ${TEST_ENGINE}`, () => {
  it('post a signed "invitation.answered" event with the answer and message, which verifies with the secret shown at registration', async () => {
    const { cookie, organisation, invited } = await invitedByAdministrator();
    const { signingSecret } = await addEndpoint(cookie);
    expect(signingSecret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);

    expect((await answerAsCandidate(invited[0]!.confirmPath, { answer: 'new_time_requested', message: 'Efter kl. 14, tak' })).statusCode).toBe(200);
    await deliverDue(webhooks.test);

    expect(webhooks.receiver.received).toHaveLength(1);
    const event = verifiedBody(webhooks.receiver.received[0]!, signingSecret, webhooks.test.clock.now());
    expect(event).toEqual({
      id: webhooks.receiver.received[0]!.headers['samtale-event-id'],
      type: 'invitation.answered',
      occurredAt: webhooks.test.clock.now().toISOString(),
      organisationId: organisation.id,
      data: expect.objectContaining({
        invitation: { id: invited[0]!.invitationId, responseStatus: 'new_time_requested' },
        application: expect.objectContaining({ id: invited[0]!.applicationId, externalId: null }),
        interview: expect.objectContaining({ id: invited[0]!.interviewId, startsAt: '2026-03-10T09:00:00.000Z' }),
        answer: { responseStatus: 'new_time_requested', previousResponseStatus: 'awaiting', message: 'Efter kl. 14, tak', by: 'candidate' },
      }),
    });
    expect(() => verifiedBody({ ...webhooks.receiver.received[0]!, body: webhooks.receiver.received[0]!.body.replace('14', '15') }, signingSecret, webhooks.test.clock.now())).toThrow('bad signature');
    webhooks.test.clock.advance(6 * 60_000);
    expect(() => verifiedBody(webhooks.receiver.received[0]!, signingSecret, webhooks.test.clock.now())).toThrow('timestamp too old');
  });

  it('tell of an invitation sent, its interview moved, its reminder sent and the interview cancelled, with the ATS ids of each', async () => {
    const project = await recruitingProject(webhooks.test, { recruiter: { role: 'admin' } });
    await addEndpoint(project.cookie, webhooks.receiver.url, [...WEBHOOK_EVENT_TYPES]);
    const reminder = { channel: 'email', daysBefore: 1, email: { variants: { da: { subject: 'Husk', body: 'Hej {firstname}', signature: '' }, en: { subject: 'Reminder', body: 'Hi', signature: '' } } } };
    const [invited] = await inviteApplicants(webhooks.test, project, { reminder });
    const { interviewId, invitationId } = invited!;
    const headers = { cookie: project.cookie };
    expect((await webhooks.test.app.inject({ method: 'PATCH', url: `/api/interviews/${interviewId}`, headers, payload: { date: '2026-03-11', message: 'Ny dag' } })).statusCode).toBe(200);
    await deliverDue(webhooks.test);
    webhooks.test.clock.set('2026-03-10T08:00:00.000Z');
    await deliverDue(webhooks.test);
    await deliverDue(webhooks.test);
    // A session lasts 12 hours; eight days have passed.
    const later = { cookie: await logInAs(webhooks.test.app, project.recruiter.email) };
    expect((await webhooks.test.app.inject({ method: 'POST', url: `/api/interviews/${interviewId}/cancel`, headers: later, payload: { message: 'Stillingen er besat' } })).statusCode).toBe(200);
    await deliverDue(webhooks.test);

    const events = webhooks.receiver.received.map((delivery) => JSON.parse(delivery.body) as { type: string; data: Record<string, unknown> });
    expect(events.map((event) => event.type)).toEqual(['invitation.sent', 'interview.moved', 'reminder.sent', 'interview.cancelled']);
    for (const event of events) expect(event.data).toMatchObject({ invitation: { id: invitationId }, interview: { id: interviewId }, application: { id: invited!.applicationId } });
    expect(events[1]!.data).toMatchObject({ interview: { startsAt: '2026-03-11T09:00:00.000Z' }, previous: { startsAt: '2026-03-10T09:00:00.000Z' }, message: 'Ny dag' });
    expect(events[2]!.data).toMatchObject({ reminder: { channel: 'email' } });
    expect(events[3]!.data).toMatchObject({ invitation: { responseStatus: 'cancelled' }, interview: { status: 'cancelled' }, message: 'Stillingen er besat' });
  });

  it('tell of a reminder that failed for good, with the reason', async () => {
    const project = await recruitingProject(webhooks.test, { recruiter: { role: 'admin' } });
    await addEndpoint(project.cookie, webhooks.receiver.url, ['reminder.failed']);
    const reminder = { channel: 'email', daysBefore: 1, email: { variants: { da: { subject: 'Husk', body: 'Hej {firstname}', signature: '' }, en: { subject: 'Reminder', body: 'Hi', signature: '' } } } };
    const [invited] = await inviteApplicants(webhooks.test, project, { reminder });
    webhooks.test.clock.set('2026-03-09T08:00:00.000Z');
    expect(await deliverDue(webhooks.test, { email: refusingServer(() => new PermanentDeliveryError('550 mailbox unavailable')) })).toMatchObject({ failed: 1 });
    await deliverDue(webhooks.test);
    expect(webhooks.receiver.received.map((delivery) => JSON.parse(delivery.body))).toEqual([
      expect.objectContaining({
        type: 'reminder.failed',
        data: expect.objectContaining({ invitation: { id: invited!.invitationId, responseStatus: 'awaiting' }, reminder: expect.objectContaining({ channel: 'email', error: '550 mailbox unavailable' }) }),
      }),
    ]);
  });

  it('reach a webhooks.receiver that was down once it is back, after the usual wait, and lose nothing; the health check stays ok', async () => {
    const { cookie, invited } = await invitedByAdministrator();
    const { id, signingSecret } = await addEndpoint(cookie);
    webhooks.receiver.answerWith(500);
    await answerAsCandidate(invited[0]!.confirmPath, { answer: 'accepted' });
    expect(await deliverDue(webhooks.test)).toMatchObject({ retried: 1 });

    const listed = await webhooks.test.app.inject({ url: '/api/webhook-endpoints', headers: { cookie } });
    expect(listed.json().items).toEqual([
      expect.objectContaining({ id, recentDeliveries: [expect.objectContaining({ eventType: 'invitation.answered', status: 'queued', attempts: 1, error: 'The endpoint answered 500.' })] }),
    ]);
    const health = await webhooks.test.app.inject({ url: '/api/health' });
    expect(health.json()).toMatchObject({ status: 'ok', problems: [] });

    webhooks.receiver.answerWith(204);
    webhooks.test.clock.advance(30_000);
    expect(await deliverDue(webhooks.test)).toMatchObject({ sent: 1 });
    expect(webhooks.receiver.received).toHaveLength(2);
    expect(webhooks.receiver.received[1]!.body).toBe(webhooks.receiver.received[0]!.body);
    expect(verifiedBody(webhooks.receiver.received[1]!, signingSecret, webhooks.test.clock.now())).toMatchObject({ type: 'invitation.answered' });
    const after = await webhooks.test.app.inject({ url: '/api/webhook-endpoints', headers: { cookie } });
    expect(after.json().items[0].recentDeliveries).toEqual([expect.objectContaining({ status: 'sent', attempts: 2, sentAt: webhooks.test.clock.now().toISOString() })]);
  });

  it('say why a webhooks.receiver that refuses connections was not reached, and try it again later', async () => {
    const { cookie, invited } = await invitedByAdministrator();
    const closed = webhooks.receiver.url;
    await webhooks.receiver.close();
    webhooks.receiver = await startWebhookReceiver();
    await addEndpoint(cookie, closed);
    await answerAsCandidate(invited[0]!.confirmPath, { answer: 'declined' });
    expect(await deliverDue(webhooks.test)).toMatchObject({ retried: 1 });
    const listed = await webhooks.test.app.inject({ url: '/api/webhook-endpoints', headers: { cookie } });
    expect(listed.json().items[0].recentDeliveries[0]).toMatchObject({ status: 'queued', error: 'The endpoint could not be reached: ECONNREFUSED.' });
  });

  it("never post one organisation's events to another's endpoints", async () => {
    const other = await invitedByAdministrator();
    await addEndpoint(other.cookie);
    const { invited } = await invitedByAdministrator();
    await answerAsCandidate(invited[0]!.confirmPath, { answer: 'accepted' });
    await deliverDue(webhooks.test);
    expect(webhooks.receiver.received).toEqual([]);
  });

  it('post nothing more to a removed endpoint, not even what was waiting for it', async () => {
    const { cookie, invited } = await invitedByAdministrator();
    const { id } = await addEndpoint(cookie);
    await answerAsCandidate(invited[0]!.confirmPath, { answer: 'accepted' });
    expect((await webhooks.test.app.inject({ method: 'DELETE', url: `/api/webhook-endpoints/${id}`, headers: { cookie } })).statusCode).toBe(204);
    await deliverDue(webhooks.test);
    expect(webhooks.receiver.received).toEqual([]);
    expect((await webhooks.test.app.inject({ url: '/api/webhook-endpoints', headers: { cookie } })).json().items).toEqual([]);
    expect((await webhooks.test.app.inject({ method: 'DELETE', url: `/api/webhook-endpoints/${id}`, headers: { cookie } })).statusCode).toBe(404);
  });

  it('are added, listed and removed by administrators only: a recruiter gets 403', async () => {
    const admin = await invitedByAdministrator();
    const { id } = await addEndpoint(admin.cookie);
    const recruiter = await createUser(webhooks.test.ctx.db, admin.organisation.id, { role: 'recruiter' });
    const cookie = await logInAs(webhooks.test.app, recruiter.email);
    const asRecruiter = [
      await webhooks.test.app.inject({ method: 'POST', url: '/api/webhook-endpoints', headers: { cookie }, payload: { url: webhooks.receiver.url, events: ['invitation.sent'] } }),
      await webhooks.test.app.inject({ url: '/api/webhook-endpoints', headers: { cookie } }),
      await webhooks.test.app.inject({ method: 'DELETE', url: `/api/webhook-endpoints/${id}`, headers: { cookie } }),
    ];
    expect(asRecruiter.map((response) => response.statusCode)).toEqual([403, 403, 403]);
  });

  it('take https addresses, and http://127.0.0.1 only where the configuration lets tests use it', async () => {
    const { cookie } = await invitedByAdministrator();
    const add = (url: string) => webhooks.test.app.inject({ method: 'POST', url: '/api/webhook-endpoints', headers: { cookie }, payload: { url, events: ['invitation.sent'] } });
    expect((await add('http://ats.example/hook')).json().error.details).toEqual([expect.objectContaining({ field: 'url', message: 'must be an https:// address' })]);
    expect((await add('https://user:pw@ats.example/hook')).statusCode).toBe(400);
    expect((await add('https://ats.example/hook')).statusCode).toBe(201);

    const strict = await createTestApp();
    try {
      const { cookie: strictCookie } = await invitedApplicants(strict, { recruiter: { role: 'admin' } });
      const refused = await strict.app.inject({ method: 'POST', url: '/api/webhook-endpoints', headers: { cookie: strictCookie }, payload: { url: webhooks.receiver.url, events: ['invitation.sent'] } });
      expect(refused.statusCode).toBe(400);
    } finally {
      await strict.close();
    }
  });

  it('keep the signing secret out of the database, the audit trail and the logs', async () => {
    const { cookie, invited } = await invitedByAdministrator();
    const { signingSecret } = await addEndpoint(cookie);
    await answerAsCandidate(invited[0]!.confirmPath, { answer: 'accepted' });
    await deliverDue(webhooks.test);
    const tables = await Promise.all(
      (['webhook_endpoints', 'messages', 'audit_events'] as const).map((table) => webhooks.test.ctx.db.selectFrom(table).selectAll().execute()),
    );
    expect(JSON.stringify(tables)).not.toContain(signingSecret.slice('whsec_'.length));
    expect(webhooks.test.logs()).not.toContain(signingSecret.slice('whsec_'.length));
    expect(String(webhooks.receiver.received[0]!.headers['samtale-signature'])).not.toContain(signingSecret);
  });
});
