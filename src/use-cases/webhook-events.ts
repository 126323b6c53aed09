import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database.js';
import { endpointsWanting, invitationSnapshots, queueWebhookDeliveries } from '../db/repositories/webhook-events.js';
import type { WebhookEventType } from '../domain/webhook.js';

/**
 * Tells the organisation's webhooks of something that happened to invitations, in the caller's transaction and as it
 * stands after the change: one event per invitation, for each endpoint that wants the type. Three queries however
 * many invitations a bulk change touches, and one when no endpoint wants the type.
 */
export async function queueInvitationEvents(
  db: Db,
  organisationId: string,
  type: WebhookEventType,
  items: { invitationId: string; details?: object }[],
  now: Date,
): Promise<void> {
  if (items.length === 0) return;
  const endpointIds = await endpointsWanting(db, organisationId, type);
  if (endpointIds.length === 0) return;
  const snapshots = await invitationSnapshots(db, organisationId, items.map((item) => item.invitationId));
  const events = items.flatMap(({ invitationId, details }) => {
    const snapshot = snapshots.get(invitationId);
    return snapshot ? [{ id: randomUUID(), type, occurredAt: now.toISOString(), data: { ...snapshot, ...details } }] : [];
  });
  await queueWebhookDeliveries(db, organisationId, endpointIds, events, now);
}
