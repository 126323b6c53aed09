import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import type { OutboxMessage } from '../db/repositories/messages.js';
import { liveWebhookUrl } from '../db/repositories/webhook-endpoints.js';
import { webhookSignature, webhookSigningSecret } from '../security/webhook-signature.js';
import { PermanentDeliveryError } from './email-transport.js';

/** How long a receiver may take to answer: well within the worker's lease, and no receiver holds the queue up long. */
export const WEBHOOK_TIMEOUT_MS = 10_000;

/**
 * Posts a queued event to its endpoint, signed for this attempt (a fresh timestamp each time, so a retry is not
 * refused as old). Any 2xx is delivered; anything else, or no answer in time, is an error the worker retries with
 * its usual backoff. Redirects are not followed: the registered address is where the event may go.
 */
export async function postWebhook(deps: { db: Db; clock: Clock; secret: string }, row: OutboxMessage): Promise<void> {
  const url = await liveWebhookUrl(deps.db, row.organisation_id, row.recipient);
  if (url === undefined) throw new PermanentDeliveryError('The endpoint was removed.');
  const signature = webhookSignature(webhookSigningSecret(row.recipient, deps.secret), row.text_body, deps.clock.now());
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Samtale-Webhooks/1',
        'samtale-event-id': row.message_id,
        'samtale-event-type': row.subject,
        'samtale-signature': signature,
      },
      body: row.text_body,
      redirect: 'manual',
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
  } catch (error) {
    throw new Error(`The endpoint could not be reached: ${reason(error)}.`);
  }
  // The answer's body is not wanted; reading it to the end lets the connection be reused or closed.
  await response.body?.cancel();
  if (response.status < 200 || response.status > 299) throw new Error(`The endpoint answered ${response.status}.`);
}

function reason(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') return `no answer within ${WEBHOOK_TIMEOUT_MS / 1000} s`;
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  return typeof cause?.code === 'string' ? cause.code : 'network error';
}
