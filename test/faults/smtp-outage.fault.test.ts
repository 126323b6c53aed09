import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { queueMessages } from '../../src/db/repositories/messages.js';
import type { EmailTransport } from '../../src/delivery/email-transport.js';
import { MAX_DELIVERY_ATTEMPTS, retryDelayMs } from '../../src/delivery/retry-policy.js';
import { smtpTransport } from '../../src/delivery/smtp-transport.js';
import { createOrganisation, createUser } from '../support/factories.js';
import { deliverDue, newOutboxMessage } from '../support/outbox.js';
import { freePort } from '../support/processes.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { createTestApp, logInAs, type TestApp } from '../support/test-app.js';
import { TEST_ENGINE } from '../support/test-database.js';
import { deliveriesByMessageId } from './outbox-processes.js';

/** Short client timeouts, so that a server that never answers costs the test a second, not the minutes it would. */
const IMPATIENT = 'connectionTimeout=1000&greetingTimeout=1000&socketTimeout=1000';

/** A server that accepts connections and never says a word: the SMTP greeting never comes. */
async function silentServer(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${port}?${IMPATIENT}`,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** One SMTP client whose server can be swapped: down, refusing, silent, then back. */
function switchableTransport(initialUrl: string): EmailTransport & { use(url: string): void } {
  let current = smtpTransport(initialUrl);
  const retired: EmailTransport[] = [];
  return {
    use(url) {
      retired.push(current);
      current = smtpTransport(url);
    },
    send: (email) => current.send(email),
    close: async () => {
      await Promise.all([current, ...retired].map((transport) => transport.close()));
    },
  };
}

let test: TestApp;
let sink: SmtpSink;
let transport: ReturnType<typeof switchableTransport>;
const closers: (() => Promise<void>)[] = [];
beforeEach(async () => {
  test = await createTestApp();
  test.clock.set('2026-03-02T08:00:00Z');
  sink = await startSmtpSink();
  closers.push(() => sink.close());
});
afterEach(async () => {
  await transport?.close();
  for (const close of closers.splice(0).reverse()) await close();
  await test.close();
});

const health = async () => (await test.app.inject({ url: '/api/health' })).json();
const statuses = async () => (await test.ctx.db.selectFrom('messages').select('status').execute()).map((row) => row.status);

async function queueEmails(count: number) {
  const organisation = await createOrganisation(test.ctx.db);
  const recruiter = await createUser(test.ctx.db, organisation.id);
  const messages = Array.from({ length: count }, (_, index) => newOutboxMessage(organisation.id, test.clock.now(), { recipient: `candidate${index}@mail.example` }));
  await queueMessages(test.ctx.db, messages);
  return { messages, recruiter };
}

describe(`an SMTP outage, on ${TEST_ENGINE}`, () => {
  it('loses nothing while the server refuses connections, answers 451 and then hangs, reports the outage while it lasts, and delivers each message once when it is back', async () => {
    const { messages } = await queueEmails(10);
    transport = switchableTransport(`smtp://127.0.0.1:${await freePort()}?${IMPATIENT}`);

    // Down: nothing listens.
    expect(await deliverDue(test, { email: transport })).toMatchObject({ sent: 0, retried: 10, failed: 0 });
    expect(await health()).toMatchObject({ status: 'degraded', problems: ['delivery_failing'], outbox: { waitingForRetry: 10 } });
    expect((await health()).outbox.lastError.message).toMatch(/ECONNREFUSED/);

    // Refusing: 451 to every message.
    test.clock.advance(retryDelayMs(1));
    transport.use(sink.url);
    sink.refuseNext(10, 451, '4.3.2 System not accepting network messages');
    expect(await deliverDue(test, { email: transport })).toMatchObject({ sent: 0, retried: 10, failed: 0 });
    expect(await health()).toMatchObject({ status: 'degraded', outbox: { waitingForRetry: 10, oldestOverdueSeconds: retryDelayMs(1) / 1000 } });
    expect((await health()).outbox.lastError.message).toMatch(/451/);

    // Silent: connections accepted, no greeting ever.
    test.clock.advance(retryDelayMs(2));
    const silent = await silentServer();
    closers.push(silent.close);
    transport.use(silent.url);
    expect(await deliverDue(test, { email: transport })).toMatchObject({ sent: 0, retried: 10, failed: 0 });
    expect(await health()).toMatchObject({ status: 'degraded', outbox: { waitingForRetry: 10 } });
    // nodemailer's word for a server that never greets; under load its connection timer may fire first.
    expect((await health()).outbox.lastError.message).toMatch(/Greeting never received|timeout/i);

    // Back.
    test.clock.advance(retryDelayMs(3));
    transport.use(sink.url);
    expect(await deliverDue(test, { email: transport })).toMatchObject({ sent: 10, retried: 0, failed: 0 });

    const deliveries = deliveriesByMessageId(sink.received);
    expect([...deliveries.keys()].sort()).toEqual(messages.map((message) => message.message_id).sort());
    expect([...deliveries.values()].every((times) => times === 1)).toBe(true);
    expect(await statuses()).toEqual(Array(10).fill('sent'));
    expect(await health()).toMatchObject({ status: 'ok', problems: [], outbox: { waitingForRetry: 0, oldestOverdueSeconds: null } });
  });

  it('marks a message failed only after its last retry, and delivers it once a recruiter sends it again from the API', async () => {
    const { messages, recruiter } = await queueEmails(1);
    transport = switchableTransport(sink.url);
    sink.refuseNext(MAX_DELIVERY_ATTEMPTS, 421, '4.3.2 Service shutting down');

    for (let attempt = 1; attempt < MAX_DELIVERY_ATTEMPTS; attempt++) {
      expect(await deliverDue(test, { email: transport })).toMatchObject({ retried: 1, failed: 0 });
      expect(await statuses()).toEqual(['queued']);
      test.clock.advance(retryDelayMs(attempt));
    }
    expect(await deliverDue(test, { email: transport })).toMatchObject({ retried: 0, failed: 1 });
    expect(await statuses()).toEqual(['failed']);
    expect(sink.refused).toHaveLength(MAX_DELIVERY_ATTEMPTS);
    expect(await health()).toMatchObject({ status: 'ok', outbox: { failedLastHour: 1, waitingForRetry: 0 } });

    const cookie = await logInAs(test.app, recruiter.email);
    const retry = await test.app.inject({ method: 'POST', url: `/api/messages/${messages[0]!.id}/retry`, headers: { cookie } });
    expect(retry.statusCode).toBe(200);
    expect(await deliverDue(test, { email: transport })).toMatchObject({ sent: 1 });
    expect([...deliveriesByMessageId(sink.received).keys()]).toEqual([messages[0]!.message_id]);
  });
});
