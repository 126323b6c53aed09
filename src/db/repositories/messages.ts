import { randomUUID } from 'node:crypto';
import type { ExpressionBuilder, Selectable } from 'kysely';
import type { CalendarInvitationInput } from '../../domain/calendar-invitation.js';
import { RESPONSES_WANTING_REMINDERS } from '../../domain/invitation.js';
import type { Channel, MessageKind, MessageSummary } from '../../domain/message.js';
import type { OutboxBacklog } from '../../domain/outbox-health.js';
import { insertInChunks, isPostgres, type Db } from '../database.js';
import type { Database, MessageTable } from '../schema.js';

export type MessageRow = Selectable<MessageTable>;

/** An outbox message as the worker handles it, its calendar invitation's data parsed. */
export type OutboxMessage = Omit<MessageRow, 'calendar_json'> & { calendar: CalendarInvitationInput | null };

export type NewMessage = Omit<
  MessageTable,
  | 'status'
  | 'attempts'
  | 'locked_until'
  | 'claim_token'
  | 'due_at'
  | 'last_error'
  | 'sent_at'
  | 'updated_at'
  | 'calendar_json'
  | 'not_after'
  | 'source_json'
  | 'booking_invitation_id'
> & { calendar: CalendarInvitationInput | null; not_after?: string | null; source_json?: string | null; booking_invitation_id?: string | null };

const INSTANT_FIELDS = new Set(['stamp', 'start', 'end']);

function parseCalendar(json: string | null): CalendarInvitationInput | null {
  if (json === null) return null;
  return JSON.parse(json, (key, value: unknown) => (INSTANT_FIELDS.has(key) && typeof value === 'string' ? new Date(value) : value));
}

function toOutboxMessage({ calendar_json, ...row }: MessageRow): OutboxMessage {
  return { ...row, calendar: parseCalendar(calendar_json) };
}

/**
 * Queues messages in the caller's transaction. A calendar invitation is stored as its data, not as an .ics: the
 * file is written when the message leaves, so a bulk invitation spends its request on deciding, not on formatting.
 */
export async function queueMessages(db: Db, messages: NewMessage[]): Promise<void> {
  await insertInChunks(
    db,
    'messages',
    messages,
    ({ calendar, ...message }) => ({
      ...message,
      calendar_json: calendar === null ? null : JSON.stringify(calendar),
      status: 'queued' as const,
      attempts: 0,
      due_at: message.next_attempt_at,
      locked_until: null,
      claim_token: null,
      last_error: null,
      sent_at: null,
      updated_at: message.created_at,
    }),
  );
}

/** Messages not yet delivered that a worker may still send: waiting in the queue, or claimed and in flight. */
const UNDELIVERED = ['queued', 'sending'] as const;

/**
 * Takes up to `limit` messages that are due, or whose sender crashed mid-delivery (lease expired), and marks
 * them as being sent until `leaseUntil` under one new claim token. On PostgreSQL, SKIP LOCKED lets several workers
 * claim at once without waiting on or taking each other's rows; SQLite has a single writer, so the statement alone
 * is enough.
 */
export async function claimDueMessages(db: Db, now: Date, leaseUntil: Date, limit: number): Promise<OutboxMessage[]> {
  const at = now.toISOString();
  let due = db
    .selectFrom('messages')
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'queued'), eb('next_attempt_at', '<=', at)]),
        eb.and([eb('status', '=', 'sending'), eb('locked_until', '<=', at)]),
      ]),
    )
    // Ids are time-ordered: messages due at one instant (an invitation sent again at once, say) go in queue order.
    .orderBy('next_attempt_at')
    .orderBy('id')
    .limit(limit);
  if (isPostgres(db)) due = due.forUpdate().skipLocked();
  const claimed = await db
    .updateTable('messages')
    .set((eb) => ({ status: 'sending', locked_until: leaseUntil.toISOString(), claim_token: randomUUID(), attempts: eb('attempts', '+', 1), updated_at: at }))
    .where('id', 'in', due)
    .returningAll()
    .execute();
  // RETURNING promises no order.
  const inQueueOrder = (a: MessageRow, b: MessageRow) => a.next_attempt_at.localeCompare(b.next_attempt_at) || a.id.localeCompare(b.id);
  return claimed.sort(inQueueOrder).map(toOutboxMessage);
}

/**
 * A message as a worker claimed it. Only the claim whose token is on the row may extend its lease or record an
 * outcome: a worker whose lease ran out while another took the message over, or whose message was cancelled or
 * rescheduled meanwhile, records nothing (it would put a sent message back in the queue, or send a cancelled one).
 */
export type Claim = Pick<MessageRow, 'id' | 'claim_token'>;

/* The outcomes below answer false when the claim no longer held the message: nothing was recorded. */

function heldBy(claim: Claim) {
  return (eb: ExpressionBuilder<Database, 'messages'>) => eb.and([eb('id', '=', claim.id), eb('claim_token', '=', claim.claim_token), eb('status', '=', 'sending')]);
}

/**
 * Extends the lease of every message a claim still holds: a live worker keeps its batch while a slow server takes
 * its time, so the lease can be short and a crashed worker's batch is taken over soon.
 */
export async function extendLease(db: Db, claimToken: string, leaseUntil: Date): Promise<number> {
  const result = await db
    .updateTable('messages')
    .set({ locked_until: leaseUntil.toISOString() })
    .where('claim_token', '=', claimToken)
    .where('status', '=', 'sending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Right before a message leaves: true, and its lease renewed, when the claim still holds it and, for a reminder,
 * its invitation still wants one (no decline or withdrawal, interview not cancelled). False when the message was
 * cancelled, rescheduled or taken over since it was claimed, or a reminder's invitation no longer wants it.
 */
export async function confirmStillWanted(db: Db, claim: Claim, leaseUntil: Date): Promise<boolean> {
  const result = await db
    .updateTable('messages')
    .set({ locked_until: leaseUntil.toISOString() })
    .where(heldBy(claim))
    .where((eb) =>
      eb.or([
        eb('kind', '!=', 'reminder'),
        eb('invitation_id', 'is', null),
        eb.exists(
          eb
            .selectFrom('invitations')
            .innerJoin('interviews', 'interviews.id', 'invitations.interview_id')
            .select(eb.lit(1).as('wanted'))
            .whereRef('invitations.id', '=', 'messages.invitation_id')
            .where('invitations.response_status', 'in', [...RESPONSES_WANTING_REMINDERS])
            .where('interviews.status', '=', 'scheduled'),
        ),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Gives back what a stopping worker claimed but did not try: queued again at once, the claim not counted as an
 * attempt, so another worker (or this one after a restart) sends them without waiting for the lease to end.
 */
export async function releaseClaim(db: Db, claims: Claim[], now: Date): Promise<void> {
  if (claims.length === 0) return;
  await db
    .updateTable('messages')
    .set((eb) => ({ status: 'queued', locked_until: null, claim_token: null, attempts: eb('attempts', '-', 1), updated_at: now.toISOString() }))
    .where('id', 'in', claims.map((claim) => claim.id))
    .where('claim_token', 'in', [...new Set(claims.map((claim) => claim.claim_token!))])
    .where('status', '=', 'sending')
    .execute();
}

/**
 * It left: recorded even when the message was cancelled while the server was accepting it, because it did go out
 * and the candidate's page should say so. A message rescheduled meanwhile (new text, new time) is left queued.
 */
export async function markMessageSent(db: Db, claim: Claim, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('messages')
    .set({ status: 'sent', sent_at: now.toISOString(), locked_until: null, claim_token: null, last_error: null, updated_at: now.toISOString() })
    .where('id', '=', claim.id)
    .where('claim_token', '=', claim.claim_token)
    .where('status', 'in', ['sending', 'cancelled'])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function markMessageForRetry(db: Db, claim: Claim, now: Date, nextAttemptAt: Date, error: string): Promise<boolean> {
  const result = await db
    .updateTable('messages')
    .set({ status: 'queued', next_attempt_at: nextAttemptAt.toISOString(), locked_until: null, claim_token: null, last_error: error, updated_at: now.toISOString() })
    .where(heldBy(claim))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function markMessageFailed(db: Db, claim: Claim, now: Date, error: string): Promise<boolean> {
  const result = await db
    .updateTable('messages')
    .set({ status: 'failed', locked_until: null, claim_token: null, last_error: error, updated_at: now.toISOString() })
    .where(heldBy(claim))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function markMessageCancelled(db: Db, claim: Claim, now: Date, reason: string): Promise<boolean> {
  const result = await db
    .updateTable('messages')
    .set({ status: 'cancelled', locked_until: null, claim_token: null, last_error: reason, updated_at: now.toISOString() })
    .where(heldBy(claim))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The reason a decline gives its reminders; only reminders cancelled for it come back when the decline is undone. */
export const CANCELLED_BY_DECLINE = 'Cancelled: the candidate declined.';

/**
 * Brings back the reminders a decline cancelled. With `stillDue`, only those whose time has not passed (an answer
 * changed back); without, all of them (a moved interview, which times them anew right after).
 */
export async function restoreRemindersCancelledByDecline(
  db: Db,
  organisationId: string,
  of: { invitationId: string } | { interviewId: string },
  now: Date,
  { stillDue }: { stillDue: boolean },
): Promise<number> {
  let query = db
    .updateTable('messages')
    .set({ status: 'queued', claim_token: null, locked_until: null, last_error: null, updated_at: now.toISOString() })
    .where('organisation_id', '=', organisationId)
    .where((eb) => ('invitationId' in of ? eb('invitation_id', '=', of.invitationId) : eb('interview_id', '=', of.interviewId)))
    .where('kind', '=', 'reminder')
    .where('status', '=', 'cancelled')
    .where('last_error', '=', CANCELLED_BY_DECLINE);
  if (stillDue) query = query.where('next_attempt_at', '>', now.toISOString());
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Cancels the reminders of one invitation, or of every invitation to an interview, that have not gone out: those
 * waiting and those a worker is sending right now, whose claim can then no longer retry or send them.
 */
export async function cancelPendingReminders(
  db: Db,
  organisationId: string,
  of: { invitationId: string } | { interviewId: string },
  reason: string,
  now: Date,
): Promise<number> {
  const result = await db
    .updateTable('messages')
    .set({ status: 'cancelled', last_error: reason, updated_at: now.toISOString() })
    .where('organisation_id', '=', organisationId)
    .where((eb) => ('invitationId' in of ? eb('invitation_id', '=', of.invitationId) : eb('interview_id', '=', of.interviewId)))
    .where('kind', '=', 'reminder')
    .where('status', 'in', UNDELIVERED)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The reminders of an interview that have not gone out yet (in flight included), with what they were made from. */
export async function pendingInterviewReminders(db: Db, organisationId: string, interviewId: string) {
  return db
    .selectFrom('messages')
    .select(['id', 'invitation_id', 'channel', 'source_json'])
    .where('organisation_id', '=', organisationId)
    .where('interview_id', '=', interviewId)
    .where('kind', '=', 'reminder')
    .where('status', 'in', UNDELIVERED)
    .execute();
}

/**
 * A pending reminder made again for a moved interview: new text, new due time, new latest sending time. One in
 * flight is taken from its worker, which then neither retries nor records the old text.
 */
export async function rescheduleReminder(
  db: Db,
  id: string,
  content: { subject: string; text_body: string; html_body: string | null; next_attempt_at: string; not_after: string },
  now: Date,
): Promise<void> {
  await db
    .updateTable('messages')
    .set({ ...content, due_at: content.next_attempt_at, status: 'queued', claim_token: null, locked_until: null, last_error: null, updated_at: now.toISOString() })
    .where('id', '=', id)
    .where('status', 'in', UNDELIVERED)
    .execute();
}

/** Cancels a message that has not gone out, whether it waits in the queue or a worker is sending it. */
export async function cancelQueuedMessage(db: Db, id: string, reason: string, now: Date): Promise<void> {
  await db
    .updateTable('messages')
    .set({ status: 'cancelled', last_error: reason, updated_at: now.toISOString() })
    .where('id', '=', id)
    .where('status', 'in', UNDELIVERED)
    .execute();
}

const HOUR_MS = 60 * 60 * 1000;

/**
 * What the health check tells of delivery, from small index ranges: the due part of the queue, the messages in
 * flight, those waiting for another try, and the failures of the last hour. Counts and instants only; the last
 * error's text is the server's answer, which the caller must not show unredacted.
 */
export async function outboxBacklog(db: Db, now: Date): Promise<OutboxBacklog> {
  const at = now.toISOString();
  const [due, inFlight, retrying, failed, lastRetryError, lastFailure] = await Promise.all([
    db
      .selectFrom('messages')
      .select((eb) => [eb.fn.min('due_at').as('oldest'), eb.fn.countAll<number>().as('count')])
      .where('status', '=', 'queued')
      .where('next_attempt_at', '<=', at)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('messages')
      .select((eb) => [
        eb.fn.min('due_at').as('oldest'),
        eb.fn.countAll<number>().as('count'),
        eb.fn.count<number>(eb.case().when('locked_until', '<=', at).then(1).end()).as('pastLease'),
      ])
      .where('status', '=', 'sending')
      .executeTakeFirstOrThrow(),
    waitingForRetry(db, at)
      .select((eb) => [eb.fn.min('due_at').as('oldest'), eb.fn.countAll<number>().as('count')])
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('messages')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('status', '=', 'failed')
      .where('channel', '!=', 'webhook')
      .where('updated_at', '>=', new Date(now.getTime() - HOUR_MS).toISOString())
      .executeTakeFirstOrThrow(),
    waitingForRetry(db, at).select(['updated_at', 'last_error']).orderBy('updated_at', 'desc').limit(1).executeTakeFirst(),
    db
      .selectFrom('messages')
      .select(['updated_at', 'last_error'])
      .where('status', '=', 'failed')
      .where('channel', '!=', 'webhook')
      .where('updated_at', '>=', new Date(now.getTime() - HOUR_MS).toISOString())
      .orderBy('updated_at', 'desc')
      .limit(1)
      .executeTakeFirst(),
  ]);
  const oldest = [due.oldest, inFlight.oldest, retrying.oldest].filter((value): value is string => value !== null).sort(byInstant)[0] ?? null;
  const lastError = [lastRetryError, lastFailure]
    .filter((row) => row !== undefined && row.last_error !== null)
    .sort((a, b) => byInstant(b!.updated_at, a!.updated_at))[0];
  return {
    oldestUndeliveredDueAt: oldest,
    overdue: Number(due.count),
    sending: Number(inFlight.count),
    claimedPastLease: Number(inFlight.pastLease),
    waitingForRetry: Number(retrying.count),
    failedLastHour: Number(failed.count),
    lastError: lastError ? { at: lastError.updated_at, message: lastError.last_error! } : null,
  };
}

const byInstant = (a: string, b: string) => new Date(a).getTime() - new Date(b).getTime();

/**
 * Messages whose last try failed and that wait for the next; the partial index messages_retry_idx holds them. Not
 * webhooks: a customer's receiver being down is theirs to see on their endpoint, not a fault of this service.
 */
function waitingForRetry(db: Db, at: string) {
  return db
    .selectFrom('messages')
    .where('channel', '!=', 'webhook')
    .where('status', '=', 'queued')
    .where('attempts', '>', 0)
    .where('last_error', 'is not', null)
    .where('due_at', '<=', at);
}

/**
 * Puts a message that failed for good back in the queue, due now, with its tries counted afresh: the recruiter
 * has fixed the address, or the outage is over. False when there is no such failed message in the organisation.
 */
export async function requeueFailedMessage(db: Db, organisationId: string, messageId: string, now: Date): Promise<boolean> {
  const result = await requeueFailed(db, organisationId, messageId, now).where('channel', '!=', 'webhook').executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The same for an event posted to a webhook endpoint: false unless it is a failed delivery to that endpoint. */
export async function requeueFailedWebhookDelivery(db: Db, organisationId: string, endpointId: string, deliveryId: string, now: Date): Promise<boolean> {
  const result = await requeueFailed(db, organisationId, deliveryId, now).where('channel', '=', 'webhook').where('recipient', '=', endpointId).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

function requeueFailed(db: Db, organisationId: string, messageId: string, now: Date) {
  return db
    .updateTable('messages')
    .set({ status: 'queued', attempts: 0, next_attempt_at: now.toISOString(), locked_until: null, claim_token: null, last_error: null, updated_at: now.toISOString() })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', messageId)
    .where('status', '=', 'failed');
}

/** The organisation's emails and text messages, without the events posted to its webhooks. */
function messagesToPeople(db: Db, organisationId: string) {
  return db.selectFrom('messages').where('organisation_id', '=', organisationId).where('channel', '!=', 'webhook');
}

const SUMMARY_COLUMNS = ['id', 'application_id', 'invitation_id', 'kind', 'channel', 'recipient', 'subject', 'status', 'attempts', 'next_attempt_at', 'sent_at', 'last_error', 'created_at'] as const;

/** Rows read through `messagesToPeople` only: webhook deliveries are the administrators', shown with their endpoint. */
function toSummary(row: Pick<MessageRow, (typeof SUMMARY_COLUMNS)[number]>): MessageSummary {
  return {
    id: row.id,
    invitationId: row.invitation_id,
    kind: row.kind as MessageKind,
    channel: row.channel as Channel,
    recipient: row.recipient,
    subject: row.subject,
    status: row.status,
    attempts: row.attempts,
    dueAt: row.next_attempt_at,
    sentAt: row.sent_at,
    error: row.last_error,
    createdAt: row.created_at,
  };
}

export async function listApplicationMessages(db: Db, organisationId: string, applicationId: string): Promise<MessageSummary[]> {
  const rows = await messagesToPeople(db, organisationId)
    .select(SUMMARY_COLUMNS)
    .where('application_id', '=', applicationId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toSummary);
}

/** One message of the organisation as the recruiter sees it, with the application it concerns (if any). */
export async function findMessage(db: Db, organisationId: string, messageId: string): Promise<(MessageSummary & { applicationId: string | null }) | undefined> {
  const row = await messagesToPeople(db, organisationId).select(SUMMARY_COLUMNS).where('id', '=', messageId).executeTakeFirst();
  return row && { ...toSummary(row), applicationId: row.application_id };
}

/**
 * One message of the organisation with what it said: its sender and its text as stored, where the confirmation link
 * is still the placeholder.
 */
export async function findMessageWithText(
  db: Db,
  organisationId: string,
  messageId: string,
): Promise<(MessageSummary & { applicationId: string | null; sender: string; textBody: string }) | undefined> {
  const row = await messagesToPeople(db, organisationId)
    .select([...SUMMARY_COLUMNS, 'sender', 'text_body'])
    .where('id', '=', messageId)
    .executeTakeFirst();
  return row && { ...toSummary(row), applicationId: row.application_id, sender: row.sender, textBody: row.text_body };
}
