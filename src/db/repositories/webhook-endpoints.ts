import { randomUUID } from 'node:crypto';
import type { WebhookDelivery, WebhookEndpoint, WebhookEventType } from '../../domain/webhook.js';
import type { Db } from '../database.js';
import type { MessageRow } from './messages.js';

/** How many of its latest deliveries an endpoint is listed with. */
const RECENT_DELIVERIES = 10;

export async function insertWebhookEndpoint(
  db: Db,
  endpoint: { organisationId: string; url: string; events: WebhookEventType[]; createdBy: string },
  now: Date,
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('webhook_endpoints')
    .values({
      id,
      organisation_id: endpoint.organisationId,
      url: endpoint.url,
      events_json: JSON.stringify(endpoint.events),
      created_by: endpoint.createdBy,
      created_at: now.toISOString(),
      removed_at: null,
    })
    .execute();
  return id;
}

/** The organisation's endpoints that are not removed, newest first, each with its latest deliveries. */
export async function listWebhookEndpoints(db: Db, organisationId: string, onlyId?: string): Promise<WebhookEndpoint[]> {
  let query = db
    .selectFrom('webhook_endpoints')
    .innerJoin('users as creator', 'creator.id', 'webhook_endpoints.created_by')
    .select([
      'webhook_endpoints.id',
      'webhook_endpoints.url',
      'webhook_endpoints.events_json',
      'webhook_endpoints.created_at',
      'creator.id as creator_id',
      'creator.name as creator_name',
    ])
    .where('webhook_endpoints.organisation_id', '=', organisationId)
    .where('webhook_endpoints.removed_at', 'is', null);
  if (onlyId !== undefined) query = query.where('webhook_endpoints.id', '=', onlyId);
  const rows = await query.orderBy('webhook_endpoints.created_at', 'desc').orderBy('webhook_endpoints.id').execute();
  const deliveries = await Promise.all(rows.map((row) => recentDeliveries(db, organisationId, row.id)));
  return rows.map((row, index) => ({
    id: row.id,
    url: row.url,
    events: JSON.parse(row.events_json) as WebhookEventType[],
    createdBy: { id: row.creator_id, name: row.creator_name },
    createdAt: row.created_at,
    recentDeliveries: deliveries[index]!,
  }));
}

function deliveriesTo(db: Db, organisationId: string, endpointId: string) {
  return db
    .selectFrom('messages')
    .select(['id', 'subject', 'status', 'attempts', 'next_attempt_at', 'sent_at', 'last_error', 'created_at'])
    .where('channel', '=', 'webhook')
    .where('recipient', '=', endpointId)
    .where('organisation_id', '=', organisationId);
}

async function recentDeliveries(db: Db, organisationId: string, endpointId: string): Promise<WebhookDelivery[]> {
  const rows = await deliveriesTo(db, organisationId, endpointId).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(RECENT_DELIVERIES).execute();
  return rows.map(toDelivery);
}

/** One delivery to one of the organisation's endpoints, or undefined. */
export async function findWebhookDelivery(db: Db, organisationId: string, endpointId: string, deliveryId: string): Promise<WebhookDelivery | undefined> {
  const row = await deliveriesTo(db, organisationId, endpointId).where('id', '=', deliveryId).executeTakeFirst();
  return row && toDelivery(row);
}

function toDelivery(row: Pick<MessageRow, 'id' | 'subject' | 'status' | 'attempts' | 'next_attempt_at' | 'sent_at' | 'last_error' | 'created_at'>): WebhookDelivery {
  return {
    id: row.id,
    eventType: row.subject as WebhookEventType,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    sentAt: row.sent_at,
    error: row.last_error,
    createdAt: row.created_at,
  };
}

/**
 * Removes an endpoint: it is sent nothing more, and what still waits for it is cancelled. False when the
 * organisation has no such endpoint.
 */
export async function removeWebhookEndpoint(db: Db, organisationId: string, endpointId: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('webhook_endpoints')
    .set({ removed_at: now.toISOString() })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', endpointId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return false;
  await db
    .updateTable('messages')
    .set({ status: 'cancelled', last_error: 'Not sent: the endpoint was removed.', updated_at: now.toISOString() })
    .where('channel', '=', 'webhook')
    .where('recipient', '=', endpointId)
    .where('organisation_id', '=', organisationId)
    .where('status', 'in', ['queued', 'sending'])
    .execute();
  return true;
}

/** Where the worker posts a delivery: the endpoint's address while it is registered, else undefined. */
export async function liveWebhookUrl(db: Db, organisationId: string, endpointId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('webhook_endpoints')
    .select('url')
    .where('organisation_id', '=', organisationId)
    .where('id', '=', endpointId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return row?.url;
}
