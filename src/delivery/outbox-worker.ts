import type { Db } from '../db/database.js';
import {
  claimDueMessages,
  confirmStillWanted,
  extendLease,
  markMessageCancelled,
  markMessageFailed,
  markMessageForRetry,
  markMessageSent,
  releaseClaim,
  type OutboxMessage,
} from '../db/repositories/messages.js';
import { senderNames } from '../db/repositories/organisations.js';
import { buildCalendarInvitation } from '../domain/calendar-invitation.js';
import { USER_LINK_KINDS } from '../domain/message.js';
import { withDisplayName } from '../domain/mailbox.js';
import { bookingLinkToken, CONFIRM_LINK_PLACEHOLDER, confirmLinkToken, confirmLinkUrl } from '../security/confirm-link-token.js';
import { fillUserLinks } from '../security/user-link-token.js';
import { queueInvitationEvents } from '../use-cases/webhook-events.js';
import { PermanentDeliveryError, type EmailTransport, type OutgoingEmail } from './email-transport.js';
import { MAX_DELIVERY_ATTEMPTS, retryDelayMs } from './retry-policy.js';
import type { OutgoingSms, SmsTransport } from './sms-transport.js';
import { postWebhook, type WebhookDeps } from './webhook-transport.js';

export interface WorkerLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface OutboxDeps extends WebhookDeps {
  publicUrl: URL;
  email: EmailTransport;
  sms: SmsTransport;
  log: WorkerLog;
  /** Messages delivered at once (1 when not given); to one recipient always one after another, in queue order. */
  concurrency?: number;
}

export interface DeliveryReport {
  sent: number;
  retried: number;
  failed: number;
  /**
   * Not sent because no longer wanted: too late to be of use (a reminder after its interview began), or cancelled,
   * moved or declined since the worker claimed it.
   */
  cancelled: number;
}

const emptyReport = (): DeliveryReport => ({ sent: 0, retried: 0, failed: 0, cancelled: 0 });

/**
 * How long a claim holds its messages without a word from its worker. A live worker renews it every
 * LEASE_RENEWAL_MS and before each message, however slow the server; so this only bounds how long a crashed
 * worker's batch waits before another worker takes it over.
 */
export const DELIVERY_LEASE_MS = 30_000;
export const LEASE_RENEWAL_MS = 10_000;
const BATCH_SIZE = 25;

/**
 * Puts the link absent from the stored row into a text as the message leaves: the booking page's link for an email
 * about a booking, else the confirmation link, or a user's one-time link. The latter only into Samtale's own emails to users, never into text a recruiter wrote.
 */
function linkFiller(row: OutboxMessage, secret: string, publicUrl: URL): (text: string) => string {
  if (USER_LINK_KINDS.includes(row.kind)) return (text) => fillUserLinks(text, secret, publicUrl);
  const link = row.booking_invitation_id
    ? confirmLinkUrl(publicUrl, bookingLinkToken(row.booking_invitation_id, secret))
    : row.invitation_id
      ? confirmLinkUrl(publicUrl, confirmLinkToken(row.invitation_id, secret))
      : null;
  return (text) => (link ? text.replaceAll(CONFIRM_LINK_PLACEHOLDER, link) : text);
}

/** `fromName`: the organisation's sender name, for a message stored with a bare sender address. */
export function composeEmail(row: OutboxMessage, secret: string, publicUrl: URL, fromName?: string): OutgoingEmail {
  const withLink = linkFiller(row, secret, publicUrl);
  return {
    organisationId: row.organisation_id,
    outboxId: row.id,
    messageId: row.message_id,
    from: withDisplayName(row.sender, fromName),
    to: row.recipient,
    replyTo: row.reply_to,
    subject: row.subject,
    text: withLink(row.text_body),
    html: row.html_body === null ? null : withLink(row.html_body),
    calendar: row.calendar && { method: row.calendar.method, content: buildCalendarInvitation(row.calendar) },
  };
}

export function composeSms(row: OutboxMessage, secret: string, publicUrl: URL): OutgoingSms {
  return { organisationId: row.organisation_id, outboxId: row.id, to: row.recipient, body: linkFiller(row, secret, publicUrl)(row.text_body) };
}

function send(deps: OutboxDeps, row: OutboxMessage, fromName: string | undefined): Promise<void> {
  if (row.channel === 'webhook') return postWebhook(deps, row);
  return row.channel === 'sms'
    ? deps.sms.send(composeSms(row, deps.secret, deps.publicUrl))
    : deps.email.send(composeEmail(row, deps.secret, deps.publicUrl, fromName));
}

async function deliverOne(deps: OutboxDeps, row: OutboxMessage, fromName: string | undefined): Promise<keyof DeliveryReport> {
  const where = { outboxId: row.id, kind: row.kind, attempt: row.attempts };
  if (row.attempts > MAX_DELIVERY_ATTEMPTS) {
    // Claimed again and again without an outcome: each try ended the worker itself. Stop before it does again.
    await recordFailure(deps, row, deps.clock.now(), 'Delivery was interrupted too many times.');
    deps.log.warn(where, 'message failed for good: interrupted too often');
    return 'failed';
  }
  if (row.not_after !== null && deps.clock.now().getTime() >= new Date(row.not_after).getTime()) {
    await markMessageCancelled(deps.db, row, deps.clock.now(), 'Not sent: the interview had already started.');
    deps.log.info(where, 'message dropped: too late');
    return 'cancelled';
  }
  if (!(await confirmStillWanted(deps.db, row, leaseFrom(deps.clock.now())))) {
    // Cancelled, moved or taken over since the claim (then this records nothing), or a reminder whose candidate has
    // said no meanwhile.
    await markMessageCancelled(deps.db, row, deps.clock.now(), 'Not sent: no longer wanted.');
    deps.log.info(where, 'message dropped: no longer wanted');
    return 'cancelled';
  }
  try {
    await send(deps, row, fromName);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const now = deps.clock.now();
    if (error instanceof PermanentDeliveryError || row.attempts >= MAX_DELIVERY_ATTEMPTS) {
      if (!(await recordFailure(deps, row, now, reason))) return claimLost(deps, where);
      // The reason may quote the recipient's address: it goes to the message row, not to the log.
      deps.log.warn(where, 'message failed for good');
      return 'failed';
    }
    if (!(await markMessageForRetry(deps.db, row, now, new Date(now.getTime() + retryDelayMs(row.attempts)), reason))) return claimLost(deps, where);
    deps.log.info(where, 'message delivery failed; will retry');
    return 'retried';
  }
  // Outside the try: if recording the success fails, the message was still sent and must not be put back as a
  // failure. It stays claimed; after the lease another worker sends it again, under the same Message-ID.
  await recordSent(deps, row, deps.clock.now());
  deps.log.info(where, 'message sent');
  return 'sent';
}

/** A reminder's outcome is news to the organisation's webhooks, told in the transaction that records it. */
function reminderEvent(db: Db, row: OutboxMessage, type: 'reminder.sent' | 'reminder.failed', now: Date, error: string | null): Promise<void> {
  const reminder = { id: row.id, channel: row.channel, dueAt: row.due_at, ...(error === null ? {} : { error }) };
  return queueInvitationEvents(db, row.organisation_id, type, [{ invitationId: row.invitation_id!, details: { reminder } }], now);
}

const isReminder = (row: OutboxMessage) => row.kind === 'reminder' && row.invitation_id !== null;

function recordSent(deps: OutboxDeps, row: OutboxMessage, now: Date): Promise<boolean> {
  if (!isReminder(row)) return markMessageSent(deps.db, row, now);
  return deps.db.transaction().execute(async (trx) => {
    const recorded = await markMessageSent(trx, row, now);
    if (recorded) await reminderEvent(trx, row, 'reminder.sent', now, null);
    return recorded;
  });
}

function recordFailure(deps: OutboxDeps, row: OutboxMessage, now: Date, reason: string): Promise<boolean> {
  if (!isReminder(row)) return markMessageFailed(deps.db, row, now, reason);
  return deps.db.transaction().execute(async (trx) => {
    const recorded = await markMessageFailed(trx, row, now, reason);
    if (recorded) await reminderEvent(trx, row, 'reminder.failed', now, reason);
    return recorded;
  });
}

/** The try failed, but the message was cancelled, moved or taken over meanwhile: not ours to retry. */
function claimLost(deps: OutboxDeps, where: object): 'cancelled' {
  deps.log.info(where, 'message delivery failed; no longer ours to retry');
  return 'cancelled';
}

const leaseFrom = (now: Date) => new Date(now.getTime() + DELIVERY_LEASE_MS);

/** Keeps a claim's lease fresh while its batch is worked through, then stops. */
function renewLeaseWhileWorking(deps: OutboxDeps, claimToken: string): () => void {
  const timer = setInterval(() => {
    extendLease(deps.db, claimToken, leaseFrom(deps.clock.now())).catch((error: unknown) =>
      deps.log.warn({ error: error instanceof Error ? error.name : 'unknown' }, 'renewing the delivery lease failed'),
    );
  }, LEASE_RENEWAL_MS);
  return () => clearInterval(timer);
}

export interface PassOptions {
  limit?: number;
  /** Asked before each message: once true, the rest of the batch is handed back unsent for another worker. */
  stopping?: () => boolean;
}

/**
 * A batch's messages in lanes, one per recipient, each in queue order: a candidate sent an invitation and then its
 * replacement must get them in that order, while different recipients need not wait for each other.
 */
export function deliveryLanes(rows: OutboxMessage[]): OutboxMessage[][] {
  const lanes = new Map<string, OutboxMessage[]>();
  for (const row of rows) {
    const key = `${row.channel}\u0000${row.recipient}`;
    lanes.set(key, [...(lanes.get(key) ?? []), row]);
  }
  return [...lanes.values()];
}

/**
 * One pass of the worker: claims what is due and delivers it, `deps.concurrency` messages at once, so that a slow
 * mail server or a slow message holds up only its own lane of the batch.
 */
export async function deliverDueMessages(deps: OutboxDeps, { limit = BATCH_SIZE, stopping = () => false }: PassOptions = {}): Promise<DeliveryReport> {
  const rows = await claimDueMessages(deps.db, deps.clock.now(), leaseFrom(deps.clock.now()), limit);
  const report = emptyReport();
  if (rows.length === 0) return report;
  const stopRenewing = renewLeaseWhileWorking(deps, rows[0]!.claim_token!);
  try {
    const fromNames = await senderNames(deps.db, [...new Set(rows.map((row) => row.organisation_id))]);
    const lanes = deliveryLanes(rows);
    const unsent: OutboxMessage[] = [];
    const work = async () => {
      for (let lane = lanes.shift(); lane; lane = lanes.shift()) {
        for (const [index, row] of lane.entries()) {
          if (stopping()) {
            unsent.push(...lane.slice(index));
            break;
          }
          report[await deliverOne(deps, row, fromNames.get(row.organisation_id))] += 1;
        }
      }
    };
    // Every lane runs to its end before the pass does, even when one fails: a message is never left mid-send.
    const outcomes = await Promise.allSettled(Array.from({ length: Math.min(deps.concurrency ?? 1, lanes.length) }, work));
    if (unsent.length > 0) await releaseClaim(deps.db, unsent, deps.clock.now());
    const failure = outcomes.find((outcome) => outcome.status === 'rejected');
    if (failure) throw failure.reason;
  } finally {
    stopRenewing();
  }
  return report;
}

export interface RunningWorker {
  stop(): Promise<void>;
  /** When the worker last finished a pass, for the health check. */
  lastTickAt(): Date | null;
}

/**
 * Runs passes every `intervalMs`, and straight away again while passes come back full. Started inside the
 * server by default, so nobody has to remember a cron job; `npm run worker` runs it as a process of its own.
 */
export function startOutboxWorker(deps: OutboxDeps, intervalMs = 1000): RunningWorker {
  let stopped = false;
  let lastTick: Date | null = null;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();

  const pass = async () => {
    try {
      let report: DeliveryReport;
      do {
        report = await deliverDueMessages(deps, { stopping: () => stopped });
      } while (!stopped && Object.values(report).reduce((sum, count) => sum + count, 0) === BATCH_SIZE);
      lastTick = deps.clock.now();
    } catch (error) {
      // Only the kind of error: a database error's details can quote the row's values (addresses, subjects).
      deps.log.error({ error: error instanceof Error ? error.name : 'unknown', code: (error as { code?: unknown }).code }, 'outbox pass failed');
    }
    if (!stopped) timer = setTimeout(run, intervalMs);
  };
  const run = () => {
    current = pass();
  };
  run();

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
    lastTickAt: () => lastTick,
  };
}
