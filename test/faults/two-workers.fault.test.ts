import { describe, expect, it } from 'vitest';
import type { ProcessDatabase } from '../support/process-database.js';
import { endProcessesAfterEach, startWorker } from '../support/processes.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { TEST_ENGINE } from '../support/test-database.js';
import { databaseWithQueuedEmails, deliveriesByMessageId, eventually, report, workerEnv } from './outbox-processes.js';

let database: ProcessDatabase | undefined;
let sink: SmtpSink | undefined;
const track = endProcessesAfterEach();

const MESSAGES = 5_000;

describe(`two worker processes on one ${TEST_ENGINE} database`, () => {
  it(`deliver each of ${MESSAGES} messages exactly once between them`, async () => {
    const queued = await databaseWithQueuedEmails(MESSAGES);
    database = track(queued.database);
    sink = track(await startSmtpSink());
    const startedAt = Date.now();
    const workers = await Promise.all([startWorker(workerEnv(database, sink.url)), startWorker(workerEnv(database, sink.url))]);
    await eventually(() => sink!.received.length >= MESSAGES, 400_000, `${MESSAGES} messages delivered`);
    // Any duplicate would arrive by now: both workers are idle once nothing is due.
    await eventually(
      async () => (await database!.db.selectFrom('messages').select('id').where('status', '!=', 'sent').limit(1).execute()).length === 0,
      30_000,
      'every message recorded as sent',
    );
    report(`${MESSAGES} messages delivered by two workers in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
    await Promise.all(workers.map((worker) => worker.stop('SIGTERM')));

    const deliveries = deliveriesByMessageId(sink.received);
    expect(deliveries.size).toBe(MESSAGES);
    expect([...deliveries.values()].every((times) => times === 1)).toBe(true);
    const attempts = await database.db.selectFrom('messages').select('attempts').where('attempts', '!=', 1).execute();
    expect(attempts).toEqual([]);
    // Both took part, so their claims really met in the database, and neither stumbled over the other's.
    const sentBy = workers.map((worker) => worker.logLines().filter((line) => line.msg === 'message sent').length);
    report(`sent by each worker: ${sentBy.join(' and ')}`);
    expect(sentBy.every((count) => count > 0)).toBe(true);
    expect(sentBy[0]! + sentBy[1]!).toBe(MESSAGES);
    expect(workers.flatMap((worker) => worker.logLines()).filter((line) => line.msg === 'outbox pass failed')).toEqual([]);
  });
});
