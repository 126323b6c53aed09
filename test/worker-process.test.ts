import { describe, expect, it, vi } from 'vitest';
import { createProcessDatabase, type ProcessDatabase } from './support/process-database.js';
import { endProcessesAfterEach, freePort, startServer, startWorker } from './support/processes.js';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink.js';
import { TEST_ENGINE } from './support/test-database.js';

// Real processes on a loaded two-core machine: every wait is on a condition, under a generous deadline.
const PROCESS_TEST_TIMEOUT_MS = 180_000;
const DELIVERY_DEADLINE_MS = 60_000;

let database: ProcessDatabase | undefined;
let sink: SmtpSink | undefined;
const track = endProcessesAfterEach();

async function environment(): Promise<Record<string, string>> {
  database = track(await createProcessDatabase());
  sink = track(await startSmtpSink());
  const port = await freePort();
  return {
    PORT: String(port),
    PUBLIC_URL: `http://localhost:${port}`,
    DATABASE_URL: database.url,
    SESSION_SECRET: 'x'.repeat(40),
    SMTP_URL: sink.url,
    SEED_DEMO: 'true',
    LOG_LEVEL: 'info',
  };
}

/** The candidates the demo data invites, by the address their invitation email goes to. */
async function invitationRecipients(): Promise<{ recipient: string; status: string }[]> {
  return database!.db.selectFrom('messages').select(['recipient', 'status']).where('kind', '=', 'interview_invitation').orderBy('recipient').execute();
}

/** Every demo invitation has reached the SMTP server, with its confirmation link filled in, and is recorded as sent. */
async function everyInvitationDelivered(publicUrl: string): Promise<void> {
  const invitations = await invitationRecipients();
  expect(invitations.length).toBeGreaterThan(0);
  await vi.waitFor(
    async () => {
      expect((await invitationRecipients()).map((row) => row.status)).toEqual(invitations.map(() => 'sent'));
    },
    { timeout: DELIVERY_DEADLINE_MS, interval: 100 },
  );
  for (const { recipient } of invitations) {
    const received = sink!.received.filter((message) => message.rcptTo.includes(recipient));
    expect(received, recipient).toHaveLength(1);
    expect(received[0]!.raw).toContain(`${publicUrl}/i/`);
  }
}

describe(`background delivery in the real processes on ${TEST_ENGINE}`, () => {
  it(
    "npm start's in-process worker delivers the demo data's invitation emails over SMTP",
    async () => {
      const env = await environment();
      const { process: server } = await startServer(env);

      await everyInvitationDelivered(env.PUBLIC_URL!);
      expect(await server.stop('SIGTERM')).toEqual({ code: 0, signal: null });
    },
    PROCESS_TEST_TIMEOUT_MS,
  );

  it(
    'with RUN_WORKER=false the server leaves the emails queued, npm run worker delivers them, and stops with 0 on SIGTERM',
    async () => {
      const env = await environment();
      const { process: server } = await startServer({ ...env, RUN_WORKER: 'false' });
      const queued = await invitationRecipients();
      expect(queued.length).toBeGreaterThan(0);
      expect(queued.every((row) => row.status === 'queued')).toBe(true);
      expect(sink!.received).toEqual([]);

      const worker = await startWorker(env);
      await everyInvitationDelivered(env.PUBLIC_URL!);

      expect(await worker.stop('SIGTERM')).toEqual({ code: 0, signal: null });
      expect(worker.output()).toContain('"msg":"stopped"');
      expect(await server.stop('SIGTERM')).toEqual({ code: 0, signal: null });
    },
    PROCESS_TEST_TIMEOUT_MS,
  );
});
