import type { Context } from '../context.js';
import { recordAuditEvent } from '../db/repositories/audit-events.js';
import { requeueFailedWebhookDelivery } from '../db/repositories/messages.js';
import { findWebhookDelivery, insertWebhookEndpoint, listWebhookEndpoints, liveWebhookUrl, removeWebhookEndpoint } from '../db/repositories/webhook-endpoints.js';
import { webhookUrlProblem, type WebhookDelivery, type WebhookEndpoint, type WebhookEventType } from '../domain/webhook.js';
import { AppError, invalidField, notFound } from '../errors.js';
import { webhookSigningSecret } from '../security/webhook-signature.js';
import type { Session } from './authenticate.js';

function requireAdministrator(session: Session): void {
  if (session.user.role !== 'admin') throw new AppError('forbidden', 'Only an administrator can manage webhooks.');
}

/**
 * Registers an endpoint and returns its signing secret this once. The secret is derived from the server's secret and
 * the endpoint's id, never stored, and so kept out of the audit event too.
 */
export async function addWebhookEndpoint(
  ctx: Context,
  session: Session,
  request: { url: string; events: WebhookEventType[] },
  { loopback }: { loopback: boolean },
): Promise<WebhookEndpoint & { signingSecret: string }> {
  requireAdministrator(session);
  const problem = webhookUrlProblem(request.url, { loopback });
  if (problem) throw invalidField('url', problem);
  const events = [...new Set(request.events)];
  const now = ctx.clock.now();
  const organisationId = session.organisation.id;
  const id = await ctx.db.transaction().execute(async (trx) => {
    const created = await insertWebhookEndpoint(trx, { organisationId, url: request.url, events, createdBy: session.user.id }, now);
    await recordAuditEvent(
      trx,
      { organisationId, actor: { type: 'user', id: session.user.id }, subject: { type: 'webhook_endpoint', id: created }, action: 'webhook_endpoint.added', after: { url: request.url, events } },
      now,
    );
    return created;
  });
  const [endpoint] = await listWebhookEndpoints(ctx.db, organisationId, id);
  return { ...endpoint!, signingSecret: webhookSigningSecret(id, ctx.secret) };
}

export async function organisationWebhookEndpoints(ctx: Context, session: Session): Promise<WebhookEndpoint[]> {
  requireAdministrator(session);
  return listWebhookEndpoints(ctx.db, session.organisation.id);
}

/** Stops an endpoint at once: nothing more is posted to it, including what was waiting. */
export async function removeOrganisationWebhookEndpoint(ctx: Context, session: Session, endpointId: string): Promise<void> {
  requireAdministrator(session);
  const now = ctx.clock.now();
  const organisationId = session.organisation.id;
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await removeWebhookEndpoint(trx, organisationId, endpointId, now))) throw notFound('The webhook endpoint');
    await recordAuditEvent(
      trx,
      { organisationId, actor: { type: 'user', id: session.user.id }, subject: { type: 'webhook_endpoint', id: endpointId }, action: 'webhook_endpoint.removed' },
      now,
    );
  });
}

/**
 * "Send again" on a delivery that failed for good (the receiver was down past the last try, or its host name led
 * inside the network and has been fixed): queued again, due now, with a fresh set of tries and the same body and
 * event id, so a receiver that did get it once can tell. Only to an endpoint still registered.
 */
export async function retryWebhookDelivery(ctx: Context, session: Session, endpointId: string, deliveryId: string): Promise<WebhookDelivery> {
  requireAdministrator(session);
  const now = ctx.clock.now();
  const organisationId = session.organisation.id;
  return ctx.db.transaction().execute(async (trx) => {
    const delivery = (await liveWebhookUrl(trx, organisationId, endpointId)) === undefined ? undefined : await findWebhookDelivery(trx, organisationId, endpointId, deliveryId);
    if (!delivery) throw notFound('The delivery');
    if (!(await requeueFailedWebhookDelivery(trx, organisationId, endpointId, deliveryId, now))) {
      throw new AppError('conflict', `Only a delivery that failed can be sent again; this one is ${delivery.status}.`);
    }
    await recordAuditEvent(
      trx,
      {
        organisationId,
        actor: { type: 'user', id: session.user.id },
        subject: { type: 'webhook_endpoint', id: endpointId },
        action: 'webhook_delivery.retried',
        before: { deliveryId, eventType: delivery.eventType, status: 'failed', error: delivery.error },
        after: { deliveryId, status: 'queued' },
      },
      now,
    );
    return (await findWebhookDelivery(trx, organisationId, endpointId, deliveryId))!;
  });
}
