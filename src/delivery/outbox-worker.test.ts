import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApplication, createOrganisation, createProject, createUser } from '../../test/support/factories.js';
import { ManualClock } from '../../test/support/manual-clock.js';
import { addressesOf, parseMail, startSmtpSink, type SmtpSink } from '../../test/support/smtp-sink.js';
import { newOutboxMessage } from '../../test/support/outbox.js';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../../test/support/test-database.js';
import { openDatabase, type Db } from '../db/database.js';
import { findDevMailRaw, listDevMail } from '../db/repositories/dev-mailbox.js';
import { insertInterviews } from '../db/repositories/interviews.js';
import { insertInvitations } from '../db/repositories/invitations.js';
import {
  CANCELLED_BY_DECLINE,
  cancelPendingReminders,
  claimDueMessages,
  queueMessages,
  type MessageRow,
  type NewMessage,
  type OutboxMessage,
} from '../db/repositories/messages.js';
import { buildCalendarInvitation, type CalendarInvitationInput } from '../domain/calendar-invitation.js';
import { CONFIRM_LINK_PLACEHOLDER, confirmLinkToken, confirmLinkUrl } from '../security/confirm-link-token.js';
import { devMailboxTransport } from './dev-mailbox-transport.js';
import { PermanentDeliveryError, type EmailTransport, type OutgoingEmail } from './email-transport.js';
import {
  composeEmail,
  deliverDueMessages,
  DELIVERY_LEASE_MS,
  LEASE_RENEWAL_MS,
  startOutboxWorker,
  type DeliveryReport,
  type OutboxDeps,
  type WorkerLog,
} from './outbox-worker.js';
import { MAX_DELIVERY_ATTEMPTS, retryDelayMs } from './retry-policy.js';
import type { SmsTransport } from './sms-transport.js';
import { smtpTransport } from './smtp-transport.js';

const SECRET = 'outbox-worker-test-secret-0123456789abcdef';
// Published under a path prefix: the link must keep it.
const PUBLIC_URL = new URL('https://jobs.example/samtale/');
const DAY_MS = 24 * 60 * 60 * 1000;

/** The data of a calendar invitation as the invitation use case queues it; the worker writes the .ics. */
const CALENDAR_DATA: CalendarInvitationInput = {
  method: 'REQUEST',
  uid: 'interview-1@jobs.example',
  sequence: 0,
  stamp: new Date('2026-03-02T08:00:00Z'),
  start: new Date('2026-03-10T09:00:00Z'),
  end: new Date('2026-03-10T09:30:00Z'),
  timeZone: 'Europe/Copenhagen',
  summary: 'Samtale: Tømrer – Nordhavn Byg A/S',
  description: 'Havnegade 1',
  location: 'Havnegade 1',
  url: null,
  organizer: { name: 'Nordhavn Byg A/S', email: 'jobs@nordhavn.example' },
  attendees: [{ name: 'Åse Kandidat', email: 'aase.kandidat@mail.example', role: 'candidate' }],
};
const CALENDAR = buildCalendarInvitation(CALENDAR_DATA);

let database: TestDatabase;
let db: Db;
let clock: ManualClock;
let organisationId: string;
const cleanups: (() => Promise<void>)[] = [];

beforeEach(async () => {
  database = await createTestDatabase();
  db = database.db;
  clock = new ManualClock('2026-03-02T08:00:00.000Z');
  organisationId = (await createOrganisation(db)).id;
});

afterEach(async () => {
  vi.useRealTimers();
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  await database.close();
});

// ---------------------------------------------------------------------------------------------------------------
// Helpers

/** An outbox row due now, as the invitation use case queues it; override what a test is about. */
const outboxMessage = (overrides: Partial<NewMessage> = {}): NewMessage => newOutboxMessage(organisationId, clock.now(), overrides);

async function queue(...messages: NewMessage[]): Promise<void> {
  await queueMessages(db, messages);
}

function readRow(id: string, from: Db = db): Promise<MessageRow> {
  return from.selectFrom('messages').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

const inMs = (ms: number) => new Date(clock.now().getTime() + ms).toISOString();
const NOTHING: DeliveryReport = { sent: 0, retried: 0, failed: 0, cancelled: 0 };

interface LogLine {
  level: 'info' | 'warn' | 'error';
  details: object;
  message: string;
}

function recordingLog(): WorkerLog & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  return {
    lines,
    info: (details, message) => void lines.push({ level: 'info', details, message }),
    warn: (details, message) => void lines.push({ level: 'warn', details, message }),
    error: (details, message) => void lines.push({ level: 'error', details, message }),
  };
}

/** A transport that keeps what it is given and then does what `behaviour` says (succeeds by default). */
function recordingTransport(behaviour: (email: OutgoingEmail) => Promise<void> | void = () => {}): EmailTransport & { sent: OutgoingEmail[] } {
  const sent: OutgoingEmail[] = [];
  return {
    sent,
    async send(email) {
      sent.push(email);
      await behaviour(email);
    },
    async close() {},
  };
}

/** These tests are about email; an SMS reaching the SMS transport here is a bug. */
const noSms: SmsTransport = {
  send: () => Promise.reject(new Error('no SMS expected in this test')),
  close: async () => {},
};

function depsWith(email: EmailTransport, overrides: Partial<OutboxDeps> = {}): OutboxDeps {
  return { db, clock, secret: SECRET, publicUrl: PUBLIC_URL, email, sms: noSms, log: recordingLog(), ...overrides };
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/**
 * Waits, turn by turn of the event loop, until every message's lease ends at `until`: a renewal fired by a timer
 * reaches PostgreSQL over the network, after the timer's callback has returned.
 */
async function leasesReach(until: string): Promise<void> {
  for (let turn = 0; turn < 10_000; turn++) {
    const leases = await db.selectFrom('messages').select('locked_until').execute();
    if (leases.every((row) => row.locked_until === until)) return;
    await oneTurnOfTheEventLoop();
  }
  throw new Error(`the leases never reached ${until}`);
}

/** Lets every callback already queued run once (one turn of the event loop; no time passes on any clock). */
const oneTurnOfTheEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

async function smtpSinkWithTransport(): Promise<{ sink: SmtpSink; transport: EmailTransport }> {
  const sink = await startSmtpSink();
  const transport = smtpTransport(sink.url);
  cleanups.push(async () => {
    await transport.close();
    await sink.close();
  });
  return { sink, transport };
}

/** Every value of every table, as one text: what a copy of the database would give away. */
async function wholeDatabaseAsText(): Promise<string> {
  const tables = await db.introspection.getTables();
  const dumps = await Promise.all(
    tables
      .filter((table) => !table.isView)
      .map(async (table) => {
        const result = await sql<Record<string, unknown>>`select * from ${sql.table(table.name)}`.execute(db);
        return JSON.stringify({ table: table.name, rows: result.rows });
      }),
  );
  expect(dumps.join('\n')).toContain('aase.kandidat@mail.example'); // the dump does reach the outbox
  return dumps.join('\n');
}

// ---------------------------------------------------------------------------------------------------------------

describe(`the outbox worker on ${TEST_ENGINE}`, () => {
  describe('delivering over SMTP', () => {
    let sink: SmtpSink;
    let deps: OutboxDeps;
    beforeEach(async () => {
      const smtp = await smtpSinkWithTransport();
      sink = smtp.sink;
      deps = depsWith(smtp.transport);
    });

    it('delivers a queued email with its stored Message-ID, addresses, subject, text, HTML and calendar invitation, and marks it sent at the time of sending', async () => {
      const row = outboxMessage({ calendar: CALENDAR_DATA });
      await queue(row);
      clock.advance(90_000);

      expect(await deliverDueMessages(deps)).toEqual({ sent: 1, retried: 0, failed: 0, cancelled: 0 });

      expect(sink.received).toHaveLength(1);
      const received = sink.received[0]!;
      expect(received.mailFrom).toBe('jobs@nordhavn.example');
      expect(received.rcptTo).toEqual(['aase.kandidat@mail.example']);
      const mail = await parseMail(received);
      expect(mail.messageId).toBe(row.message_id);
      expect(mail.from?.value).toEqual([{ name: 'Nordhavn Byg A/S', address: 'jobs@nordhavn.example' }]);
      expect(addressesOf(mail.to)).toEqual(['aase.kandidat@mail.example']);
      expect(addressesOf(mail.replyTo)).toEqual(['mette.rekrutter@nordhavn.example']);
      expect(mail.subject).toBe('Invitation til samtale: Tømrer hos Nordhavn Byg');
      expect(mail.text?.trim()).toBe(row.text_body.trim());
      expect(mail.html).toBe(row.html_body);
      expect(received.raw).toMatch(/^Content-Type: text\/calendar; charset=utf-8; method=REQUEST\r?$/m);
      const calendarPart = mail.attachments.find((part) => part.contentType === 'text/calendar');
      expect(calendarPart?.content.toString('utf8')).toBe(CALENDAR);

      const stored = await readRow(row.id);
      expect(stored).toMatchObject({ status: 'sent', sent_at: clock.now().toISOString(), attempts: 1, locked_until: null, last_error: null });
    });

    it("sends a message stored with a bare sender address from the organisation's sender name, or else its name", async () => {
      const named = await createOrganisation(db, { name: 'Fjordside Tømrer ApS', defaultSenderName: 'Fjordside Rekruttering' });
      const unnamed = await createOrganisation(db, { name: 'Nordhavn Byg A/S' });
      await queue(
        newOutboxMessage(named.id, clock.now(), { sender: 'job@fjordside.example', recipient: 'first@mail.example' }),
        newOutboxMessage(unnamed.id, clock.now(), { sender: 'jobs@nordhavn.example', recipient: 'second@mail.example' }),
      );

      expect(await deliverDueMessages(deps)).toMatchObject({ sent: 2 });

      const froms = await Promise.all(sink.received.map(async (received) => (await parseMail(received)).from?.value));
      expect(froms).toEqual(
        expect.arrayContaining([
          [{ name: 'Fjordside Rekruttering', address: 'job@fjordside.example' }],
          [{ name: 'Nordhavn Byg A/S', address: 'jobs@nordhavn.example' }],
        ]),
      );
    });

    it('sends a message without HTML, calendar or Reply-To as plain text alone', async () => {
      const row = outboxMessage({ html_body: null, calendar: null, reply_to: null });
      await queue(row);

      expect(await deliverDueMessages(deps)).toEqual({ sent: 1, retried: 0, failed: 0, cancelled: 0 });

      const received = sink.received[0]!;
      const mail = await parseMail(received);
      expect(mail.text?.trim()).toBe(row.text_body.trim());
      expect(mail.html).toBe(false);
      expect(mail.replyTo).toBeUndefined();
      expect(mail.attachments).toEqual([]);
      expect(received.raw).not.toMatch(/text\/calendar|text\/html/);
    });

    it("puts the real confirmation link into both parts as the email leaves, while the database keeps only the placeholder", async () => {
      const invitationId = randomUUID();
      const token = confirmLinkToken(invitationId, SECRET);
      const link = confirmLinkUrl(PUBLIC_URL, token);
      expect(link).toBe(`https://jobs.example/samtale/i/${token}`);
      const row = outboxMessage({
        invitation_id: invitationId,
        text_body: `Kære Åse\n\nSvar her: ${CONFIRM_LINK_PLACEHOLDER}\n`,
        html_body: `<p>Kære Åse</p><p><a href="${CONFIRM_LINK_PLACEHOLDER}">Svar på invitationen</a></p>`,
      });
      await queue(row);

      expect(await deliverDueMessages(deps)).toEqual({ sent: 1, retried: 0, failed: 0, cancelled: 0 });

      const mail = await parseMail(sink.received[0]!);
      expect(mail.text).toContain(`Svar her: ${link}`);
      expect(mail.html).toContain(`<a href="${link}">Svar på invitationen</a>`);
      expect(sink.received[0]!.raw).not.toContain(CONFIRM_LINK_PLACEHOLDER);

      const stored = await readRow(row.id);
      expect(stored.status).toBe('sent');
      expect(stored.text_body).toBe(row.text_body);
      expect(stored.html_body).toBe(row.html_body);
      const copy = await wholeDatabaseAsText();
      expect(copy).toContain(CONFIRM_LINK_PLACEHOLDER);
      expect(copy).not.toContain(token);
    });

    it('puts a message answered with 451 back in the queue with the reason, and tries it again only once the retry delay has passed', async () => {
      const row = outboxMessage();
      await queue(row);
      sink.refuseNext(1, 451, '4.3.0 Mailbox temporarily unavailable');

      expect(await deliverDueMessages(deps)).toEqual({ sent: 0, retried: 1, failed: 0, cancelled: 0 });

      const afterFailure = await readRow(row.id);
      expect(afterFailure).toMatchObject({ status: 'queued', attempts: 1, locked_until: null, sent_at: null, next_attempt_at: inMs(retryDelayMs(1)) });
      expect(afterFailure.last_error).toContain('451');
      expect(afterFailure.last_error).toContain('Mailbox temporarily unavailable');

      clock.advance(retryDelayMs(1) - 1);
      expect(await deliverDueMessages(deps)).toEqual(NOTHING);
      expect(sink.refused).toHaveLength(1);
      expect(sink.received).toHaveLength(0);
      expect((await readRow(row.id)).status).toBe('queued');

      clock.advance(1);
      expect(await deliverDueMessages(deps)).toEqual({ sent: 1, retried: 0, failed: 0, cancelled: 0 });
      expect(sink.received).toHaveLength(1);
      expect((await parseMail(sink.received[0]!)).messageId).toBe(row.message_id);
      expect(await readRow(row.id)).toMatchObject({ status: 'sent', attempts: 2, sent_at: clock.now().toISOString(), last_error: null });
    });

    it("marks a message answered with 550 failed at once with the server's reason, and never tries it again", async () => {
      const row = outboxMessage();
      await queue(row);
      sink.refuseNext(1, 550, '5.1.1 Recipient address rejected: user unknown');

      expect(await deliverDueMessages(deps)).toEqual({ sent: 0, retried: 0, failed: 1, cancelled: 0 });

      const failed = await readRow(row.id);
      expect(failed).toMatchObject({ status: 'failed', attempts: 1, locked_until: null, sent_at: null });
      expect(failed.last_error).toContain('550');
      expect(failed.last_error).toContain('Recipient address rejected');

      clock.advance(7 * DAY_MS);
      expect(await deliverDueMessages(deps)).toEqual(NOTHING);
      expect(sink.refused).toHaveLength(1);
      expect(sink.received).toHaveLength(0);
      expect((await readRow(row.id)).status).toBe('failed');
    });

    it(`gives a message up as failed after ${MAX_DELIVERY_ATTEMPTS} transient failures`, async () => {
      const row = outboxMessage();
      await queue(row);
      sink.refuseNext(MAX_DELIVERY_ATTEMPTS + 1, 451);

      for (let attempt = 1; attempt < MAX_DELIVERY_ATTEMPTS; attempt++) {
        expect(await deliverDueMessages(deps)).toEqual({ sent: 0, retried: 1, failed: 0, cancelled: 0 });
        expect(await readRow(row.id)).toMatchObject({ status: 'queued', attempts: attempt, next_attempt_at: inMs(retryDelayMs(attempt)) });
        clock.advance(retryDelayMs(attempt));
      }
      expect(await deliverDueMessages(deps)).toEqual({ sent: 0, retried: 0, failed: 1, cancelled: 0 });

      const failed = await readRow(row.id);
      expect(failed).toMatchObject({ status: 'failed', attempts: MAX_DELIVERY_ATTEMPTS, sent_at: null });
      expect(failed.last_error).toContain('451');
      expect(sink.refused).toHaveLength(MAX_DELIVERY_ATTEMPTS);

      clock.advance(7 * DAY_MS);
      expect(await deliverDueMessages(deps)).toEqual(NOTHING);
      expect(sink.refused).toHaveLength(MAX_DELIVERY_ATTEMPTS);
    });

    it('leaves a message claimed by a crashed worker alone until its lease ends, then delivers it again under the same Message-ID', async () => {
      const row = outboxMessage({ calendar: CALENDAR_DATA });
      await queue(row);
      // The crashed worker claimed the message and the server accepted it; the worker died before recording that.
      const claimedAt = clock.now();
      const [claimed] = await claimDueMessages(db, claimedAt, new Date(claimedAt.getTime() + DELIVERY_LEASE_MS), 25);
      await deps.email.send(composeEmail(claimed!, SECRET, PUBLIC_URL));
      expect(await readRow(row.id)).toMatchObject({ status: 'sending', attempts: 1, locked_until: inMs(DELIVERY_LEASE_MS) });

      clock.advance(DELIVERY_LEASE_MS - 1);
      expect(await deliverDueMessages(deps)).toEqual(NOTHING);
      expect(sink.received).toHaveLength(1);
      expect((await readRow(row.id)).status).toBe('sending');

      clock.advance(1);
      expect(await deliverDueMessages(deps)).toEqual({ sent: 1, retried: 0, failed: 0, cancelled: 0 });
      expect(sink.received).toHaveLength(2);
      const copies = await Promise.all(sink.received.map(parseMail));
      expect(copies.map((copy) => copy.messageId)).toEqual([row.message_id, row.message_id]);
      expect(await readRow(row.id)).toMatchObject({ status: 'sent', attempts: 2, locked_until: null, sent_at: clock.now().toISOString() });
    });
  });

  describe('claiming', () => {
    it('claims only messages that are due, and leaves one scheduled for later in the queue', async () => {
      const due = outboxMessage();
      const later = outboxMessage({ next_attempt_at: inMs(60_000) });
      await queue(due, later);
      const transport = recordingTransport();

      expect(await deliverDueMessages(depsWith(transport))).toEqual({ sent: 1, retried: 0, failed: 0, cancelled: 0 });

      expect(transport.sent.map((email) => email.outboxId)).toEqual([due.id]);
      expect(await readRow(later.id)).toMatchObject({ status: 'queued', attempts: 0, locked_until: null });

      clock.advance(60_000);
      expect(await deliverDueMessages(depsWith(transport))).toEqual({ sent: 1, retried: 0, failed: 0, cancelled: 0 });
      expect(transport.sent.map((email) => email.outboxId)).toEqual([due.id, later.id]);
    });

    it('sends messages due at one instant in the order they were queued', async () => {
      const queued: NewMessage[] = [];
      for (let n = 0; n < 12; n++) {
        const message = outboxMessage({ subject: `Besked ${n}` });
        queued.push(message);
        await queue(message);
      }
      const transport = recordingTransport();

      await deliverDueMessages(depsWith(transport));

      expect(transport.sent.map((email) => email.outboxId)).toEqual(queued.map((message) => message.id));
    });

    it('claims no more than its limit, the longest-waiting first, and leases them', async () => {
      const waiting = [5, 1, 4, 2, 3].map((minutesAgo) => outboxMessage({ next_attempt_at: inMs(-minutesAgo * 60_000) }));
      await queue(...waiting);
      const now = clock.now();
      const leaseUntil = new Date(now.getTime() + DELIVERY_LEASE_MS);

      const claimed = await claimDueMessages(db, now, leaseUntil, 2);

      expect(claimed.map((row) => row.id).sort()).toEqual([waiting[0]!.id, waiting[2]!.id].sort());
      for (const row of claimed) expect(row).toMatchObject({ status: 'sending', attempts: 1, locked_until: leaseUntil.toISOString() });
      const statuses = await db.selectFrom('messages').select(['id', 'status', 'attempts']).execute();
      expect(statuses.filter((row) => row.status === 'sending').map((row) => row.id).sort()).toEqual(claimed.map((row) => row.id).sort());
      expect(statuses.filter((row) => row.status === 'queued' && row.attempts === 0)).toHaveLength(3);
    });

    it('delivers no more messages in one pass than it is asked to', async () => {
      await queue(...Array.from({ length: 4 }, () => outboxMessage()));
      const transport = recordingTransport();

      expect(await deliverDueMessages(depsWith(transport), { limit: 3 })).toEqual({ sent: 3, retried: 0, failed: 0, cancelled: 0 });
      expect(await deliverDueMessages(depsWith(transport), { limit: 3 })).toEqual({ sent: 1, retried: 0, failed: 0, cancelled: 0 });
      expect(new Set(transport.sent.map((email) => email.outboxId)).size).toBe(4);
    });

    it('never claims a message that is sent, failed or cancelled, however long ago it was due', async () => {
      const rows = (['sent', 'failed', 'cancelled'] as const).map((status) => ({ status, row: outboxMessage({ next_attempt_at: inMs(-DAY_MS) }) }));
      await queue(...rows.map(({ row }) => row));
      for (const { status, row } of rows) await db.updateTable('messages').set({ status }).where('id', '=', row.id).execute();
      const transport = recordingTransport();

      expect(await deliverDueMessages(depsWith(transport))).toEqual(NOTHING);
      expect(transport.sent).toEqual([]);
      for (const { status, row } of rows) expect((await readRow(row.id)).status).toBe(status);
    });

    it('keeps the outcome recorded by the worker that took a message over, when the worker whose lease ran out finishes later', async () => {
      const row = outboxMessage();
      await queue(row);
      const slowStarted = deferred<void>();
      const slowAnswer = deferred<void>();
      const slow = recordingTransport(async () => {
        slowStarted.resolve();
        await slowAnswer.promise;
        throw new Error('451 4.4.2 Connection timed out');
      });
      const slowPass = deliverDueMessages(depsWith(slow));
      await slowStarted.promise;

      clock.advance(DELIVERY_LEASE_MS);
      const other = recordingTransport();
      expect(await deliverDueMessages(depsWith(other))).toEqual({ sent: 1, retried: 0, failed: 0, cancelled: 0 });
      expect(await readRow(row.id)).toMatchObject({ status: 'sent', attempts: 2 });

      slowAnswer.resolve();
      await slowPass;

      expect(await readRow(row.id)).toMatchObject({ status: 'sent', attempts: 2, sent_at: clock.now().toISOString(), last_error: null });
      clock.advance(DAY_MS);
      expect(await deliverDueMessages(depsWith(other))).toEqual(NOTHING);
      expect(other.sent).toHaveLength(1);
    });
  });

  describe.skipIf(TEST_ENGINE !== 'postgres')('two workers on PostgreSQL', () => {
    /** A second handle on the test database, as another process would open. It gives up waiting on a row lock. */
    function secondHandle(): Db {
      const url = new URL(database.url!);
      url.searchParams.set('options', '-c lock_timeout=2000');
      const handle = openDatabase({ engine: 'postgres', connectionString: url.toString() });
      cleanups.push(() => handle.close());
      return handle.db;
    }

    it('deliver each of 50 queued messages exactly once when they run at the same time over separate connections', async () => {
      const otherDb = secondHandle();
      const messages = Array.from({ length: 50 }, () => outboxMessage());
      await queue(...messages);
      const deliveries = new Map<string, number>();
      const count = (email: OutgoingEmail) => void deliveries.set(email.messageId, (deliveries.get(email.messageId) ?? 0) + 1);
      const handled = (report: DeliveryReport) => report.sent + report.retried + report.failed;
      // Small passes, so that the two workers claim often and their claims meet in the database.
      const runUntilEmpty = async (deps: OutboxDeps) => {
        let total = 0;
        for (let report = await deliverDueMessages(deps, { limit: 2 }); handled(report) > 0; report = await deliverDueMessages(deps, { limit: 2 })) {
          total += handled(report);
        }
        return total;
      };

      const [byFirst, bySecond] = await Promise.all([
        runUntilEmpty(depsWith(recordingTransport(count))),
        runUntilEmpty(depsWith(recordingTransport(count), { db: otherDb })),
      ]);

      expect(byFirst + bySecond).toBe(50);
      expect([...deliveries.keys()].sort()).toEqual(messages.map((message) => message.message_id).sort());
      expect([...deliveries.entries()].filter(([, times]) => times !== 1)).toEqual([]);
      const rows = await db.selectFrom('messages').select(['status', 'attempts']).execute();
      expect(rows.filter((row) => row.status !== 'sent' || row.attempts !== 1)).toEqual([]);
    });

    it('send each of 40 reminders, by email and SMS, exactly once when two workers reach their due time together', async () => {
      const otherDb = secondHandle();
      const dueAt = inMs(DAY_MS);
      const reminders = Array.from({ length: 40 }, (_, i) =>
        i % 2 === 0
          ? outboxMessage({ kind: 'reminder', next_attempt_at: dueAt, not_after: inMs(2 * DAY_MS) })
          : outboxMessage({ kind: 'reminder', channel: 'sms', recipient: `+45201234${String(i).padStart(2, '0')}`, subject: '', html_body: null, next_attempt_at: dueAt, not_after: inMs(2 * DAY_MS) }),
      );
      await queue(...reminders);
      const deliveries = new Map<string, number>();
      const count = (id: string) => void deliveries.set(id, (deliveries.get(id) ?? 0) + 1);
      const email = recordingTransport((sent) => count(sent.outboxId));
      const sms: SmsTransport = { send: async (text) => count(text.outboxId), close: async () => {} };
      expect(await deliverDueMessages(depsWith(email, { sms }))).toEqual(NOTHING);

      clock.set(dueAt);
      const runUntilEmpty = async (deps: OutboxDeps) => {
        while ((await deliverDueMessages(deps, { limit: 3 })).sent > 0);
      };
      await Promise.all([runUntilEmpty(depsWith(email, { sms })), runUntilEmpty(depsWith(email, { sms, db: otherDb }))]);

      expect([...deliveries.keys()].sort()).toEqual(reminders.map((reminder) => reminder.id).sort());
      expect([...deliveries.values()].every((times) => times === 1)).toBe(true);
    });

    it("claims other messages at once, without waiting, while another worker's claim is not yet committed", async () => {
      const otherDb = secondHandle();
      await queue(...[4, 3, 2, 1].map((minutesAgo) => outboxMessage({ next_attempt_at: inMs(-minutesAgo * 60_000) })));
      const now = clock.now();
      const leaseUntil = new Date(now.getTime() + DELIVERY_LEASE_MS);
      const firstClaim = deferred<OutboxMessage[]>();
      const commitFirst = deferred<void>();
      const firstWorker = db.transaction().execute(async (trx) => {
        firstClaim.resolve(await claimDueMessages(trx, now, leaseUntil, 2));
        await commitFirst.promise;
      });
      const claimedByFirst = await firstClaim.promise;

      let claimedBySecond: OutboxMessage[];
      try {
        claimedBySecond = await claimDueMessages(otherDb, now, leaseUntil, 2);
      } finally {
        commitFirst.resolve();
        await firstWorker;
      }

      expect(claimedByFirst).toHaveLength(2);
      expect(claimedBySecond).toHaveLength(2);
      const firstIds = claimedByFirst.map((row) => row.id);
      expect(claimedBySecond.filter((row) => firstIds.includes(row.id))).toEqual([]);
    });
  });

  describe('when delivery is interrupted', () => {
    it('gives up on a message whose deliveries keep ending the worker, without trying it again', async () => {
      const row = outboxMessage();
      await queue(row);
      for (let claim = 0; claim < MAX_DELIVERY_ATTEMPTS; claim++) {
        await claimDueMessages(db, clock.now(), new Date(clock.now().getTime() + DELIVERY_LEASE_MS), 25);
        clock.advance(DELIVERY_LEASE_MS);
      }
      const transport = recordingTransport();

      expect(await deliverDueMessages(depsWith(transport))).toEqual({ sent: 0, retried: 0, failed: 1, cancelled: 0 });

      expect(transport.sent).toEqual([]);
      expect(await readRow(row.id)).toMatchObject({ status: 'failed', last_error: 'Delivery was interrupted too many times.' });
    });

    it('keeps its whole batch while a slow server takes longer than the lease, and sends every message of it once', async () => {
      const rows = [1, 2, 3].map(() => outboxMessage());
      await queue(...rows);
      const slow = recordingTransport(() => clock.advance(DELIVERY_LEASE_MS));

      expect(await deliverDueMessages(depsWith(slow))).toEqual({ sent: 3, retried: 0, failed: 0, cancelled: 0 });

      expect(slow.sent.map((email) => email.outboxId).sort()).toEqual(rows.map((row) => row.id).sort());
      for (const row of rows) expect(await readRow(row.id)).toMatchObject({ status: 'sent', attempts: 1, claim_token: null });
    });

    it('sends nothing of its batch that another worker took over after the lease ran out', async () => {
      const rows = [1, 2].map(() => outboxMessage());
      await queue(...rows);
      const other = recordingTransport();
      // While the first message is with the slow server, its lease runs out unrenewed and another worker takes the rest.
      const slow = recordingTransport(async () => {
        if (other.sent.length > 0) return;
        clock.advance(DELIVERY_LEASE_MS);
        expect(await deliverDueMessages(depsWith(other))).toMatchObject({ sent: 2 });
      });

      expect(await deliverDueMessages(depsWith(slow))).toEqual({ sent: 1, retried: 0, failed: 0, cancelled: 1 });

      expect(slow.sent).toHaveLength(1);
      expect(other.sent.map((email) => email.outboxId).sort()).toEqual(rows.map((row) => row.id).sort());
      for (const row of rows) expect((await readRow(row.id)).status).toBe('sent');
    });

    it('renews the lease of its batch every few seconds while a send hangs, so no other worker takes it over', async () => {
      vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
      const rows = [1, 2].map(() => outboxMessage());
      await queue(...rows);
      const sendStarted = deferred<void>();
      const serverAnswer = deferred<void>();
      const hanging = recordingTransport(async () => {
        sendStarted.resolve();
        await serverAnswer.promise;
      });
      const pass = deliverDueMessages(depsWith(hanging));
      await sendStarted.promise;

      // Three renewals, each as the lease nears its end: the batch is held for far longer than one lease.
      for (let renewal = 0; renewal < 3; renewal++) {
        clock.advance(LEASE_RENEWAL_MS);
        await vi.advanceTimersByTimeAsync(LEASE_RENEWAL_MS);
        await leasesReach(inMs(DELIVERY_LEASE_MS));
      }
      clock.advance(DELIVERY_LEASE_MS - 1);
      const other = recordingTransport();
      expect(await deliverDueMessages(depsWith(other))).toEqual(NOTHING);

      serverAnswer.resolve();
      expect(await pass).toEqual({ sent: 2, retried: 0, failed: 0, cancelled: 0 });
      expect(other.sent).toEqual([]);

      // Once the pass is over, nothing is left to renew a lease.
      expect(vi.getTimerCount()).toBe(0);
    });

    it('is taken over by another worker one lease after a crash, however many messages the crashed worker held', async () => {
      await queue(...Array.from({ length: 25 }, () => outboxMessage()));
      await claimDueMessages(db, clock.now(), new Date(clock.now().getTime() + DELIVERY_LEASE_MS), 25);
      const other = recordingTransport();

      clock.advance(DELIVERY_LEASE_MS - 1);
      expect(await deliverDueMessages(depsWith(other))).toEqual(NOTHING);
      clock.advance(1);
      expect(await deliverDueMessages(depsWith(other))).toMatchObject({ sent: 25 });
    });

    it('does not record a sent message as failed when recording the success fails', async () => {
      const row = outboxMessage();
      await queue(row);
      // The database refuses just the note that the message was sent; any other statement still works.
      const refusingSentNote = db.withPlugin({
        transformQuery(args) {
          if (args.node.kind === 'UpdateQueryNode' && JSON.stringify(args.node).includes('"sent"')) throw new Error('connection lost');
          return args.node;
        },
        async transformResult(args) {
          return args.result;
        },
      });
      const transport = recordingTransport();

      await expect(deliverDueMessages(depsWith(transport, { db: refusingSentNote }))).rejects.toThrow('connection lost');

      expect(transport.sent).toHaveLength(1);
      expect(await readRow(row.id)).toMatchObject({ status: 'sending', attempts: 1, last_error: null });
    });
  });

  describe('when a message is cancelled while a worker sends it', () => {
    const reminderOf = (invitationId: string) =>
      outboxMessage({ kind: 'reminder', invitation_id: invitationId, not_after: inMs(DAY_MS) });

    /** An invitation awaiting an answer to an interview tomorrow: the reminder's worker checks it still wants one. */
    async function awaitingInvitation(): Promise<string> {
      const recruiter = await createUser(db, organisationId);
      const projectId = await createProject(db, organisationId, recruiter.id);
      const { applicationId } = await createApplication(db, organisationId, projectId);
      const [interviewId, invitationId, at] = [randomUUID(), randomUUID(), clock.now().toISOString()];
      const common = { organisation_id: organisationId, created_by: recruiter.id, created_at: at };
      await insertInterviews(db, [
        { ...common, id: interviewId, project_id: projectId, type: 'phone', starts_at: inMs(DAY_MS), ends_at: inMs(DAY_MS + 1_800_000), duration_minutes: 30, location: null, meeting_url: null, sequence: 0, status: 'scheduled', recruiterIds: [recruiter.id] },
      ]);
      await insertInvitations(db, [{ ...common, id: invitationId, interview_id: interviewId, application_id: applicationId, response_status: 'awaiting', language: 'da', link_hash: randomUUID() }]);
      return invitationId;
    }

    it('neither retries nor sends again a reminder the candidate declined while the mail server was answering 451', async () => {
      const invitationId = await awaitingInvitation();
      const reminder = reminderOf(invitationId);
      await queue(reminder);
      const busy = recordingTransport(async () => {
        // The candidate declines while the reminder is with the mail server.
        await cancelPendingReminders(db, organisationId, { invitationId }, CANCELLED_BY_DECLINE, clock.now());
        throw new Error('451 4.3.0 Try again later');
      });

      expect(await deliverDueMessages(depsWith(busy))).toEqual({ sent: 0, retried: 0, failed: 0, cancelled: 1 });
      clock.advance(DAY_MS / 2);
      expect(await deliverDueMessages(depsWith(busy))).toEqual(NOTHING);

      expect(busy.sent).toHaveLength(1);
      expect(await readRow(reminder.id)).toMatchObject({ status: 'cancelled', last_error: CANCELLED_BY_DECLINE, sent_at: null });
    });

    it('does not send a reminder of its batch that was cancelled after the batch was claimed', async () => {
      const [first, second] = [reminderOf(await awaitingInvitation()), reminderOf(await awaitingInvitation())];
      await queue(first!, second!);
      const transport = recordingTransport(async (email) => {
        const other = email.outboxId === first!.id ? second! : first!;
        await cancelPendingReminders(db, organisationId, { invitationId: other.invitation_id! }, CANCELLED_BY_DECLINE, clock.now());
      });

      expect(await deliverDueMessages(depsWith(transport))).toEqual({ sent: 1, retried: 0, failed: 0, cancelled: 1 });

      expect(transport.sent).toHaveLength(1);
      const statuses = await Promise.all([first!, second!].map(async (row) => (await readRow(row.id)).status));
      expect(statuses.sort()).toEqual(['cancelled', 'sent']);
    });

    it('records as sent a reminder the server accepted while it was being cancelled, because it did go out', async () => {
      const invitationId = await awaitingInvitation();
      const reminder = reminderOf(invitationId);
      await queue(reminder);
      const accepting = recordingTransport(async () => {
        await cancelPendingReminders(db, organisationId, { invitationId }, CANCELLED_BY_DECLINE, clock.now());
      });

      expect(await deliverDueMessages(depsWith(accepting))).toEqual({ sent: 1, retried: 0, failed: 0, cancelled: 0 });
      expect(await readRow(reminder.id)).toMatchObject({ status: 'sent', sent_at: clock.now().toISOString(), last_error: null });
    });
  });

  describe('when the worker stops', () => {
    it('sends to as many recipients at once as its concurrency, and to one recipient one message after another, in queue order', async () => {
      const [a1, b1, c1, a2, d1] = ['a', 'b', 'c', 'a', 'd'].map((who, n) => outboxMessage({ recipient: `${who}@mail.example`, subject: `Besked ${n}` }));
      await queue(a1!, b1!, c1!, a2!, d1!);
      const inFlight = new Map<string, Deferred<void>>();
      const started: string[] = [];
      const transport = recordingTransport((email) => {
        const done = deferred<void>();
        inFlight.set(email.outboxId, done);
        started.push(email.outboxId);
        return done.promise.then(() => void inFlight.delete(email.outboxId));
      });
      const finish = async (message: NewMessage) => {
        inFlight.get(message.id)!.resolve();
        for (let turn = 0; turn < 10_000 && inFlight.has(message.id); turn++) await oneTurnOfTheEventLoop();
      };
      const inFlightBecomes = async (ids: string[]) => {
        for (let turn = 0; turn < 10_000 && [...inFlight.keys()].sort().join() !== [...ids].sort().join(); turn++) await oneTurnOfTheEventLoop();
        expect([...inFlight.keys()].sort()).toEqual([...ids].sort());
      };

      const pass = deliverDueMessages(depsWith(transport, { concurrency: 3 }));
      await inFlightBecomes([a1!.id, b1!.id, c1!.id]);
      // b's lane is done: the next lane, d's, takes its place; a's second waits for a's first.
      await finish(b1!);
      await inFlightBecomes([a1!.id, c1!.id, d1!.id]);
      await finish(a1!);
      await inFlightBecomes([c1!.id, d1!.id, a2!.id]);
      for (const message of [c1!, d1!, a2!]) await finish(message);

      expect(await pass).toEqual({ sent: 5, retried: 0, failed: 0, cancelled: 0 });
      expect(started.indexOf(a2!.id)).toBeGreaterThan(started.indexOf(a1!.id));
    });

    it('lets a message whose server never answers hold up only its own lane: the rest of its batch goes out meanwhile, and it is tried again after its timeout', async () => {
      const [hung, ...others] = ['hung', 'b', 'c', 'd', 'e'].map((who) => outboxMessage({ recipient: `${who}@mail.example` }));
      await queue(hung!, ...others);
      const timedOut = deferred<void>();
      const transport = recordingTransport((email) => (email.to === 'hung@mail.example' ? timedOut.promise.then(() => Promise.reject(new Error('Timeout'))) : undefined));

      const pass = deliverDueMessages(depsWith(transport, { concurrency: 2 }));
      for (let turn = 0; turn < 10_000 && transport.sent.length < 5; turn++) await oneTurnOfTheEventLoop();
      expect(transport.sent.map((email) => email.to).sort()).toEqual(['b', 'c', 'd', 'e', 'hung'].map((who) => `${who}@mail.example`));
      for (const row of others) {
        for (let turn = 0; turn < 10_000 && (await readRow(row.id)).status !== 'sent'; turn++) await oneTurnOfTheEventLoop();
        expect((await readRow(row.id)).status).toBe('sent');
      }
      expect((await readRow(hung!.id)).status).toBe('sending');

      timedOut.resolve();
      expect(await pass).toEqual({ sent: 4, retried: 1, failed: 0, cancelled: 0 });
      expect(await readRow(hung!.id)).toMatchObject({ status: 'queued', attempts: 1, last_error: 'Timeout' });
    });

    it('finishes the message in flight and hands the rest of its batch back, due at once and with no try counted', async () => {
      const rows = [1, 2, 3].map(() => outboxMessage());
      await queue(...rows);
      let stopping = false;
      const transport = recordingTransport(() => {
        stopping = true;
      });

      expect(await deliverDueMessages(depsWith(transport), { stopping: () => stopping })).toEqual({ sent: 1, retried: 0, failed: 0, cancelled: 0 });

      const rest = rows.filter((row) => row.id !== transport.sent[0]!.outboxId);
      for (const row of rest) expect(await readRow(row.id)).toMatchObject({ status: 'queued', attempts: 0, locked_until: null, claim_token: null });
      const other = recordingTransport();
      expect(await deliverDueMessages(depsWith(other))).toMatchObject({ sent: 2 });
      expect(other.sent.map((email) => email.outboxId).sort()).toEqual(rest.map((row) => row.id).sort());
    });
  });

  describe('with the development transport', () => {
    it("keeps the complete MIME message in the development mailbox of the message's organisation only", async () => {
      const otherOrganisationId = (await createOrganisation(db)).id;
      const invitationId = randomUUID();
      const link = confirmLinkUrl(PUBLIC_URL, confirmLinkToken(invitationId, SECRET));
      const ours = outboxMessage({
        invitation_id: invitationId,
        text_body: `Svar her: ${CONFIRM_LINK_PLACEHOLDER}`,
        calendar: CALENDAR_DATA,
      });
      const theirs = outboxMessage({ organisation_id: otherOrganisationId, recipient: 'bo.kandidat@mail.example', subject: 'Invitation til samtale: Murer' });
      await queue(ours, theirs);
      clock.advance(5_000);

      expect(await deliverDueMessages(depsWith(devMailboxTransport(db, clock)))).toEqual({ sent: 2, retried: 0, failed: 0, cancelled: 0 });

      const ourMail = await listDevMail(db, organisationId, 10);
      expect(ourMail).toEqual([
        { id: expect.any(String), outboxId: ours.id, recipient: ours.recipient, subject: ours.subject, deliveredAt: clock.now().toISOString() },
      ]);
      expect((await listDevMail(db, otherOrganisationId, 10)).map((mail) => mail.outboxId)).toEqual([theirs.id]);
      expect(await findDevMailRaw(db, otherOrganisationId, ourMail[0]!.id)).toBeUndefined();

      const raw = await findDevMailRaw(db, organisationId, ourMail[0]!.id);
      expect(raw).toMatch(/^MIME-Version: 1\.0\r?$/m);
      const mail = await parseMail({ mailFrom: null, rcptTo: [], raw: raw! });
      expect(mail.messageId).toBe(ours.message_id);
      expect(addressesOf(mail.to)).toEqual([ours.recipient]);
      expect(mail.subject).toBe(ours.subject);
      expect(mail.text).toContain(`Svar her: ${link}`);
      expect(mail.html).toBe(ours.html_body);
      expect(raw).toMatch(/^Content-Type: text\/calendar; charset=utf-8; method=REQUEST\r?$/m);
      expect(mail.attachments.find((part) => part.contentType === 'text/calendar')?.content.toString('utf8')).toBe(CALENDAR);
      for (const row of [ours, theirs]) expect(await readRow(row.id)).toMatchObject({ status: 'sent', sent_at: clock.now().toISOString() });
    });
  });

  describe('logging', () => {
    it('never logs the recipient, subject, body or confirmation link, whether a message is sent, retried or fails', async () => {
      const invitationIds = [randomUUID(), randomUUID(), randomUUID()];
      const [delivered, busy, unknown] = ['delivered', 'busy', 'unknown'].map((who, index) =>
        outboxMessage({
          invitation_id: invitationIds[index]!,
          recipient: `${who}.candidate@private-mail.example`,
          subject: `Interview for ${who} at Hemmelig Byg`,
          text_body: `Private note for ${who}: ${CONFIRM_LINK_PLACEHOLDER}`,
          html_body: `<p>Private note for ${who}: <a href="${CONFIRM_LINK_PLACEHOLDER}">answer</a></p>`,
        }),
      );
      await queue(delivered!, busy!, unknown!);
      // Mail servers quote the envelope and sometimes the message in their answers.
      const transport = recordingTransport((email) => {
        if (email.to.startsWith('busy')) throw new Error(`451 4.2.1 <${email.to}> busy; "${email.subject}" ${email.text}`);
        if (email.to.startsWith('unknown')) throw new PermanentDeliveryError(`550 5.1.1 <${email.to}> unknown; "${email.subject}" ${email.text}`);
      });
      const log = recordingLog();

      expect(await deliverDueMessages(depsWith(transport, { log }))).toEqual({ sent: 1, retried: 1, failed: 1, cancelled: 0 });

      expect(log.lines).toHaveLength(3);
      const logged = JSON.stringify(log.lines);
      for (const row of [delivered!, busy!, unknown!]) expect(logged).toContain(row.id);
      const secrets = [delivered!, busy!, unknown!].flatMap((row, index) => {
        const token = confirmLinkToken(invitationIds[index]!, SECRET);
        return [row.recipient, row.recipient.split('@')[0]!, row.subject, 'Private note', token, confirmLinkUrl(PUBLIC_URL, token)];
      });
      for (const secret of secrets) expect(logged).not.toContain(secret);
      // The reason is kept for the recruiter on the message itself.
      expect((await readRow(unknown!.id)).last_error).toContain('550 5.1.1');
    });
  });

  describe('running in the background', () => {
    it('stop() waits for the delivery in flight to finish, and no pass starts after it', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldClearNativeTimers: true });
      const first = outboxMessage();
      await queue(first);
      const sendStarted = deferred<void>();
      const serverAnswer = deferred<void>();
      const transport = recordingTransport(async () => {
        sendStarted.resolve();
        await serverAnswer.promise;
      });

      const worker = startOutboxWorker(depsWith(transport), 1_000);
      await sendStarted.promise;
      let stopped = false;
      const stopping = worker.stop().then(() => {
        stopped = true;
      });
      await oneTurnOfTheEventLoop();
      expect(stopped).toBe(false);

      serverAnswer.resolve();
      await stopping;
      expect(await readRow(first.id)).toMatchObject({ status: 'sent', sent_at: clock.now().toISOString() });
      expect(worker.lastTickAt()).toEqual(clock.now());

      const second = outboxMessage();
      await queue(second);
      await vi.advanceTimersByTimeAsync(60_000);
      await worker.stop(); // would wait for a pass a forgotten timer had started
      expect(transport.sent.map((email) => email.outboxId)).toEqual([first.id]);
      expect(await readRow(second.id)).toMatchObject({ status: 'queued', attempts: 0 });
    });
  });
});
