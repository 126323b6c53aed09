import { migrateToLatest } from '../../src/db/migrate.js';
import { queueMessages } from '../../src/db/repositories/messages.js';
import { createOrganisation } from '../support/factories.js';
import { newOutboxMessage } from '../support/outbox.js';
import { createProcessDatabase, type ProcessDatabase } from '../support/process-database.js';
import type { ReceivedMessage } from '../support/smtp-sink.js';
import { TEST_ENGINE } from '../support/test-database.js';

/** A migrated database for worker processes, with `count` emails queued and due now. */
export async function databaseWithQueuedEmails(count: number): Promise<{ database: ProcessDatabase; messageIds: string[] }> {
  const database = await createProcessDatabase();
  await migrateToLatest({ db: database.db, engine: TEST_ENGINE, close: async () => {} });
  const organisationId = (await createOrganisation(database.db)).id;
  const now = new Date();
  const messages = Array.from({ length: count }, (_, index) => newOutboxMessage(organisationId, now, { recipient: `candidate${index}@mail.example` }));
  await queueMessages(database.db, messages);
  return { database, messageIds: messages.map((message) => message.message_id) };
}

/** The environment of a worker process that delivers to `smtpUrl`. */
export const workerEnv = (database: ProcessDatabase, smtpUrl: string): Record<string, string> => ({
  DATABASE_URL: database.url,
  SMTP_URL: smtpUrl,
  SESSION_SECRET: 'fault-test-secret-fault-test-secret-0123',
  LOG_LEVEL: 'info',
});

/** How many times the SMTP server received each Message-ID. */
export function deliveriesByMessageId(received: ReceivedMessage[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const message of received) {
    const id = /^Message-ID: (.+?)\r?$/im.exec(message.raw)?.[1] ?? '(none)';
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/**
 * Resolves once `condition` holds, checking every 50 ms; rejects after `timeoutMs`. For waiting on real processes,
 * whose progress no test clock can move.
 */
export async function eventually(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A measurement for the CI log: fault tests print what they measured (recovery time, throughput). */
export function report(line: string): void {
  process.stdout.write(`${line}\n`);
}
