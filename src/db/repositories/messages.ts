import type { Selectable } from 'kysely';
import type { CalendarInvitationInput } from '../../domain/calendar-invitation.js';
import type { MessageSummary } from '../../domain/message.js';
import { insertInChunks, isPostgres, type Db } from '../database.js';
import type { MessageTable } from '../schema.js';

export type MessageRow = Selectable<MessageTable>;

/** An outbox message as the worker handles it, its calendar invitation's data parsed. */
export type OutboxMessage = Omit<MessageRow, 'calendar_json'> & { calendar: CalendarInvitationInput | null };

export type NewMessage = Omit<
  MessageTable,
  'status' | 'attempts' | 'locked_until' | 'last_error' | 'sent_at' | 'updated_at' | 'calendar_json' | 'not_after' | 'source_json'
> & { calendar: CalendarInvitationInput | null; not_after?: string | null; source_json?: string | null };

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
    messages.map(({ calendar, ...message }) => ({
      ...message,
      calendar_json: calendar === null ? null : JSON.stringify(calendar),
      status: 'queued' as const,
      attempts: 0,
      locked_until: null,
      last_error: null,
      sent_at: null,
      updated_at: message.created_at,
    })),
  );
}

/**
 * Takes up to `limit` messages that are due, or whose sender crashed mid-delivery (lease expired), and marks
 * them as being sent until `leaseUntil`. On PostgreSQL, SKIP LOCKED lets several workers claim at once without
 * waiting on or taking each other's rows; SQLite has a single writer, so the statement alone is enough.
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
    .orderBy('next_attempt_at')
    .limit(limit);
  if (isPostgres(db)) due = due.forUpdate().skipLocked();
  const claimed = await db
    .updateTable('messages')
    .set((eb) => ({ status: 'sending', locked_until: leaseUntil.toISOString(), attempts: eb('attempts', '+', 1), updated_at: at }))
    .where('id', 'in', due)
    .returningAll()
    .execute();
  return claimed.map(toOutboxMessage);
}

/**
 * A message as a worker claimed it. Every claim counts an attempt, so `attempts` tells this claim from a later
 * one: a worker whose lease ran out while another worker took the message over records nothing, instead of
 * overwriting the newer outcome (putting a sent message back in the queue, say).
 */
export type Claim = Pick<MessageRow, 'id' | 'attempts'>;

export async function markMessageSent(db: Db, claim: Claim, now: Date): Promise<void> {
  await db
    .updateTable('messages')
    .set({ status: 'sent', sent_at: now.toISOString(), locked_until: null, last_error: null, updated_at: now.toISOString() })
    .where('id', '=', claim.id)
    .where('attempts', '=', claim.attempts)
    .execute();
}

export async function markMessageForRetry(db: Db, claim: Claim, now: Date, nextAttemptAt: Date, error: string): Promise<void> {
  await db
    .updateTable('messages')
    .set({ status: 'queued', next_attempt_at: nextAttemptAt.toISOString(), locked_until: null, last_error: error, updated_at: now.toISOString() })
    .where('id', '=', claim.id)
    .where('attempts', '=', claim.attempts)
    .execute();
}

export async function markMessageFailed(db: Db, claim: Claim, now: Date, error: string): Promise<void> {
  await db
    .updateTable('messages')
    .set({ status: 'failed', locked_until: null, last_error: error, updated_at: now.toISOString() })
    .where('id', '=', claim.id)
    .where('attempts', '=', claim.attempts)
    .execute();
}

export async function markMessageCancelled(db: Db, claim: Claim, now: Date, reason: string): Promise<void> {
  await db
    .updateTable('messages')
    .set({ status: 'cancelled', locked_until: null, last_error: reason, updated_at: now.toISOString() })
    .where('id', '=', claim.id)
    .where('attempts', '=', claim.attempts)
    .execute();
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
    .set({ status: 'queued', last_error: null, updated_at: now.toISOString() })
    .where('organisation_id', '=', organisationId)
    .where((eb) => ('invitationId' in of ? eb('invitation_id', '=', of.invitationId) : eb('interview_id', '=', of.interviewId)))
    .where('kind', '=', 'reminder')
    .where('status', '=', 'cancelled')
    .where('last_error', '=', CANCELLED_BY_DECLINE);
  if (stillDue) query = query.where('next_attempt_at', '>', now.toISOString());
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Cancels the reminders of one invitation, or of every invitation to an interview, that have not gone out. */
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
    .where('status', '=', 'queued')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The reminders of an interview that have not gone out yet, with what they were made from. */
export async function pendingInterviewReminders(db: Db, organisationId: string, interviewId: string) {
  return db
    .selectFrom('messages')
    .select(['id', 'invitation_id', 'channel', 'source_json'])
    .where('organisation_id', '=', organisationId)
    .where('interview_id', '=', interviewId)
    .where('kind', '=', 'reminder')
    .where('status', '=', 'queued')
    .execute();
}

/** A pending reminder made again for a moved interview: new text, new due time, new latest sending time. */
export async function rescheduleReminder(
  db: Db,
  id: string,
  content: { subject: string; text_body: string; html_body: string | null; next_attempt_at: string; not_after: string },
  now: Date,
): Promise<void> {
  await db
    .updateTable('messages')
    .set({ ...content, updated_at: now.toISOString() })
    .where('id', '=', id)
    .where('status', '=', 'queued')
    .execute();
}

export async function cancelQueuedMessage(db: Db, id: string, reason: string, now: Date): Promise<void> {
  await db
    .updateTable('messages')
    .set({ status: 'cancelled', last_error: reason, updated_at: now.toISOString() })
    .where('id', '=', id)
    .where('status', '=', 'queued')
    .execute();
}

/** How long the longest-waiting due message has waited, in seconds; null when none is due. Reads the due index. */
export async function oldestOverdueSeconds(db: Db, now: Date): Promise<number | null> {
  const row = await db
    .selectFrom('messages')
    .select((eb) => eb.fn.min('next_attempt_at').as('oldest'))
    .where('status', '=', 'queued')
    .where('next_attempt_at', '<=', now.toISOString())
    .executeTakeFirst();
  return row?.oldest ? Math.round((now.getTime() - new Date(row.oldest).getTime()) / 1000) : null;
}

export async function listApplicationMessages(db: Db, organisationId: string, applicationId: string): Promise<MessageSummary[]> {
  const rows = await db
    .selectFrom('messages')
    .select(['id', 'kind', 'channel', 'recipient', 'subject', 'status', 'attempts', 'next_attempt_at', 'sent_at', 'last_error', 'created_at'])
    .where('organisation_id', '=', organisationId)
    .where('application_id', '=', applicationId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    channel: row.channel,
    recipient: row.recipient,
    subject: row.subject,
    status: row.status,
    attempts: row.attempts,
    dueAt: row.next_attempt_at,
    sentAt: row.sent_at,
    error: row.last_error,
    createdAt: row.created_at,
  }));
}
