import type { LookupAddress } from 'node:dns';
import { beforeEach, describe, expect, it } from 'vitest';
import { invitedApplicants } from '../../../../test/support/invited-applicant.js';
import { deliverDue } from '../../../../test/support/outbox.js';
import { createUser } from '../../../../test/support/factories.js';
import { logInAs } from '../../../../test/support/test-app.js';
import { TEST_ENGINE } from '../../../../test/support/test-database.js';
import { webhookTestApp } from '../../../../test/support/webhook-test-app.js';
import { insertWebhookEndpoint } from '../../../db/repositories/webhook-endpoints.js';
import { REFUSED_HOST } from '../../../delivery/webhook-transport.js';

const webhooks = webhookTestApp();

const HOST = 'hooks.ats.example';
/** What the ATS's host name resolves to: first an address inside the network, until the ATS fixes its DNS. */
let resolvesTo: string;
const lookup = async (): Promise<LookupAddress[]> => [{ address: resolvesTo, family: 4 }];

/**
 * An administrator's organisation with an endpoint at the ATS's host name (registered as it was before Samtale
 * checked names: the receiver speaks plain http) and one "invitation.answered" event queued for it.
 */
async function endpointWithOneDelivery() {
  const setup = await invitedApplicants(webhooks.test, { recruiter: { role: 'admin' } });
  const url = new URL(webhooks.receiver.url);
  url.hostname = HOST;
  const endpointId = await insertWebhookEndpoint(webhooks.test.ctx.db, { organisationId: setup.organisation.id, url: url.href, events: ['invitation.answered'], createdBy: setup.recruiter.id }, webhooks.test.clock.now());
  const answered = await webhooks.test.app.inject({
    method: 'PATCH',
    url: `/api/invitations/${setup.invited[0]!.invitationId}`,
    headers: { cookie: setup.cookie },
    payload: { responseStatus: 'accepted' },
  });
  expect(answered.statusCode).toBe(200);
  return { ...setup, endpointId, deliveries: () => listedDeliveries(setup.cookie) };
}

async function listedDeliveries(cookie: string) {
  const listed = await webhooks.test.app.inject({ url: '/api/webhook-endpoints', headers: { cookie } });
  return listed.json().items[0].recentDeliveries as { id: string; status: string; attempts: number; error: string | null }[];
}

const retry = (cookie: string, endpointId: string, deliveryId: string) =>
  webhooks.test.app.inject({ method: 'POST', url: `/api/webhook-endpoints/${endpointId}/deliveries/${deliveryId}/retry`, headers: { cookie } });

beforeEach(() => {
  resolvesTo = '10.0.0.7';
});

describe(`Sending a failed webhook delivery again, on ${TEST_ENGINE}`, () => {
  it('fails a delivery for good, at the first try, when the host name resolves inside the network, and says why', async () => {
    const { deliveries } = await endpointWithOneDelivery();
    expect(await deliverDue(webhooks.test, { lookup })).toMatchObject({ failed: 1, retried: 0 });
    expect(await deliveries()).toEqual([expect.objectContaining({ status: 'failed', attempts: 1, error: REFUSED_HOST })]);
    expect(webhooks.receiver.received).toEqual([]);
    webhooks.test.clock.advance(3 * 60 * 60_000);
    expect(await deliverDue(webhooks.test, { lookup })).toMatchObject({ failed: 0, retried: 0, sent: 0 });
  });

  it('queues it again with a fresh set of tries once the name is fixed, posts the same event, and audits who asked', async () => {
    const { cookie, endpointId, deliveries, recruiter } = await endpointWithOneDelivery();
    await deliverDue(webhooks.test, { lookup });
    const [failed] = await deliveries();

    resolvesTo = '127.0.0.1';
    const response = await retry(cookie, endpointId, failed!.id);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: failed!.id, status: 'queued', attempts: 0, error: null, nextAttemptAt: webhooks.test.clock.now().toISOString() });
    expect(await deliverDue(webhooks.test, { lookup })).toMatchObject({ sent: 1 });
    expect(webhooks.receiver.received).toHaveLength(1);
    expect(JSON.parse(webhooks.receiver.received[0]!.body)).toMatchObject({ type: 'invitation.answered', data: { invitation: { responseStatus: 'accepted' } } });
    expect(await deliveries()).toEqual([expect.objectContaining({ id: failed!.id, status: 'sent', attempts: 1 })]);

    const events = await webhooks.test.ctx.db.selectFrom('audit_events').select(['action', 'actor_id', 'before_json']).where('subject_id', '=', endpointId).execute();
    expect(events).toEqual([expect.objectContaining({ action: 'webhook_delivery.retried', actor_id: recruiter.id })]);
    expect(JSON.parse(events[0]!.before_json!)).toMatchObject({ deliveryId: failed!.id, status: 'failed', error: REFUSED_HOST });
  });

  it('answers 409 for a delivery that did not fail, and leaves it as it was', async () => {
    const { cookie, endpointId, deliveries } = await endpointWithOneDelivery();
    const [queued] = await deliveries();
    expect((await retry(cookie, endpointId, queued!.id)).statusCode).toBe(409);
    resolvesTo = '127.0.0.1';
    await deliverDue(webhooks.test, { lookup });
    const refused = await retry(cookie, endpointId, queued!.id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('conflict');
    expect(await deliveries()).toEqual([expect.objectContaining({ status: 'sent', attempts: 1 })]);
  });

  it("answers 404 for another organisation's delivery, as for one that never existed, and changes nothing", async () => {
    const ours = await endpointWithOneDelivery();
    await deliverDue(webhooks.test, { lookup });
    const [failed] = await ours.deliveries();
    const theirs = await invitedApplicants(webhooks.test, { recruiter: { role: 'admin' } });
    expect((await retry(theirs.cookie, ours.endpointId, failed!.id)).statusCode).toBe(404);
    expect((await retry(ours.cookie, ours.endpointId, '01900000-0000-7000-8000-000000000000')).statusCode).toBe(404);
    expect(await ours.deliveries()).toEqual([expect.objectContaining({ status: 'failed' })]);
  });

  it('answers 404 for a delivery to another endpoint, or to one removed', async () => {
    const { cookie, endpointId, deliveries, organisation, recruiter } = await endpointWithOneDelivery();
    await deliverDue(webhooks.test, { lookup });
    const [failed] = await deliveries();
    const other = await insertWebhookEndpoint(webhooks.test.ctx.db, { organisationId: organisation.id, url: 'https://other.ats.example/', events: ['invitation.sent'], createdBy: recruiter.id }, webhooks.test.clock.now());
    expect((await retry(cookie, other, failed!.id)).statusCode).toBe(404);
    expect((await webhooks.test.app.inject({ method: 'DELETE', url: `/api/webhook-endpoints/${endpointId}`, headers: { cookie } })).statusCode).toBe(204);
    expect((await retry(cookie, endpointId, failed!.id)).statusCode).toBe(404);
  });

  it('is for administrators only: a recruiter gets 403; nor does the messages’ "send again" reach a delivery', async () => {
    const { endpointId, deliveries, organisation, cookie: adminCookie } = await endpointWithOneDelivery();
    await deliverDue(webhooks.test, { lookup });
    const [failed] = await deliveries();
    const recruiter = await createUser(webhooks.test.ctx.db, organisation.id, { role: 'recruiter' });
    const cookie = await logInAs(webhooks.test.app, recruiter.email);
    expect((await retry(cookie, endpointId, failed!.id)).statusCode).toBe(403);
    expect((await webhooks.test.app.inject({ method: 'POST', url: `/api/messages/${failed!.id}/retry`, headers: { cookie: adminCookie } })).statusCode).toBe(404);
    expect(await deliveries()).toEqual([expect.objectContaining({ status: 'failed' })]);
  });
});
