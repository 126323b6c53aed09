import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import {
  claimDueMessages,
  markMessageCancelled,
  markMessageFailed,
  markMessageForRetry,
  markMessageSent,
  type OutboxMessage,
} from '../db/repositories/messages.js';
import { buildCalendarInvitation } from '../domain/calendar-invitation.js';
import { CONFIRM_LINK_PLACEHOLDER, confirmLinkToken, confirmLinkUrl } from '../security/confirm-link-token.js';
import { PermanentDeliveryError, type EmailTransport, type OutgoingEmail } from './email-transport.js';
import { MAX_DELIVERY_ATTEMPTS, retryDelayMs } from './retry-policy.js';
import type { OutgoingSms, SmsTransport } from './sms-transport.js';

export interface WorkerLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface OutboxDeps {
  db: Db;
  clock: Clock;
  secret: string;
  publicUrl: URL;
  email: EmailTransport;
  sms: SmsTransport;
  log: WorkerLog;
}

export interface DeliveryReport {
  sent: number;
  retried: number;
  failed: number;
  /** Too late to be of use (a reminder after its interview began): dropped, not sent. */
  cancelled: number;
}

const emptyReport = (): DeliveryReport => ({ sent: 0, retried: 0, failed: 0, cancelled: 0 });

/** A worker that crashes mid-delivery holds its messages this long before another worker takes them over. */
export const DELIVERY_LEASE_MS = 5 * 60 * 1000;
const BATCH_SIZE = 25;

/** Puts the confirmation link, absent from the stored row, into a text as the message leaves. */
function linkFiller(row: OutboxMessage, secret: string, publicUrl: URL): (text: string) => string {
  const link = row.invitation_id ? confirmLinkUrl(publicUrl, confirmLinkToken(row.invitation_id, secret)) : null;
  return (text) => (link ? text.replaceAll(CONFIRM_LINK_PLACEHOLDER, link) : text);
}

export function composeEmail(row: OutboxMessage, secret: string, publicUrl: URL): OutgoingEmail {
  const withLink = linkFiller(row, secret, publicUrl);
  return {
    organisationId: row.organisation_id,
    outboxId: row.id,
    messageId: row.message_id,
    from: row.sender,
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

function send(deps: OutboxDeps, row: OutboxMessage): Promise<void> {
  return row.channel === 'sms'
    ? deps.sms.send(composeSms(row, deps.secret, deps.publicUrl))
    : deps.email.send(composeEmail(row, deps.secret, deps.publicUrl));
}

async function deliverOne(deps: OutboxDeps, row: OutboxMessage): Promise<keyof DeliveryReport> {
  const where = { outboxId: row.id, kind: row.kind, attempt: row.attempts };
  if (row.attempts > MAX_DELIVERY_ATTEMPTS) {
    // Claimed again and again without an outcome: each try ended the worker itself. Stop before it does again.
    await markMessageFailed(deps.db, row, deps.clock.now(), 'Delivery was interrupted too many times.');
    deps.log.warn(where, 'message failed for good: interrupted too often');
    return 'failed';
  }
  if (row.not_after !== null && deps.clock.now().getTime() >= new Date(row.not_after).getTime()) {
    await markMessageCancelled(deps.db, row, deps.clock.now(), 'Not sent: the interview had already started.');
    deps.log.info(where, 'message dropped: too late');
    return 'cancelled';
  }
  try {
    await send(deps, row);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const now = deps.clock.now();
    if (error instanceof PermanentDeliveryError || row.attempts >= MAX_DELIVERY_ATTEMPTS) {
      await markMessageFailed(deps.db, row, now, reason);
      // The reason may quote the recipient's address: it goes to the message row, not to the log.
      deps.log.warn(where, 'message failed for good');
      return 'failed';
    }
    await markMessageForRetry(deps.db, row, now, new Date(now.getTime() + retryDelayMs(row.attempts)), reason);
    deps.log.info(where, 'message delivery failed; will retry');
    return 'retried';
  }
  // Outside the try: if recording the success fails, the message was still sent and must not be put back as a
  // failure. It stays claimed; after the lease another worker sends it again, under the same Message-ID.
  await markMessageSent(deps.db, row, deps.clock.now());
  deps.log.info(where, 'message sent');
  return 'sent';
}

/** One pass of the worker: claims what is due and tries to deliver each. */
export async function deliverDueMessages(deps: OutboxDeps, limit = BATCH_SIZE): Promise<DeliveryReport> {
  const now = deps.clock.now();
  const leaseUntil = new Date(now.getTime() + DELIVERY_LEASE_MS);
  const rows = await claimDueMessages(deps.db, now, leaseUntil, limit);
  const report = emptyReport();
  for (const row of rows) {
    // A slow server can use up the lease; the rest of the batch then belongs to whichever worker claims it next.
    if (deps.clock.now().getTime() >= leaseUntil.getTime()) break;
    report[await deliverOne(deps, row)] += 1;
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
        report = await deliverDueMessages(deps);
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
