import nodemailer from 'nodemailer';
import { queueMessages, claimDueMessages, releaseClaim, type OutboxMessage } from '../src/db/repositories/messages.js';
import { DEFAULT_OUTBOX_CONCURRENCY } from '../src/config.js';
import { toMailOptions } from '../src/delivery/email-transport.js';
import { composeEmail, deliverDueMessages, type OutboxDeps } from '../src/delivery/outbox-worker.js';
import { smtpTransport } from '../src/delivery/smtp-transport.js';
import type { SmsTransport } from '../src/delivery/sms-transport.js';
import { createOrganisation } from '../test/support/factories.js';
import { ManualClock } from '../test/support/manual-clock.js';
import { newOutboxMessage, silentLog } from '../test/support/outbox.js';
import { startSmtpSink } from '../test/support/smtp-sink.js';
import { createTestDatabase, TEST_ENGINE } from '../test/support/test-database.js';
import { deliverWithWorkerProcesses, type WorkerProcessesFigures } from './worker-processes.js';

/**
 * Issue 14, benchmark 2: the 09:00 reminder burst. Every reminder of the day falls due at once and goes to a mail
 * server that takes 20 ms a message (an SMTP server in this process, accepting and discarding). Samtale's worker
 * delivers them; the baseline is nodemailer alone sending the same rendered messages over the same number of
 * connections, in the same run. Only the ratio compares across machines.
 *
 * On PostgreSQL it then scales out as an operator would: `npm run worker` as one process and then as two, on the
 * same database and mail server, each with the same connections; messages/s, and any message sent twice or lost.
 *
 * `BENCH_REMINDERS` (default 20000), `BENCH_PROCESS_REMINDERS` (default 5000, per process run) and
 * `OUTBOX_CONCURRENCY` (default 5) set the size; the engine follows TEST_DATABASE_URL as in the tests.
 * Run: `npm run bench:reminders`.
 */
const REMINDERS = Number(process.env.BENCH_REMINDERS ?? 20_000);
const PROCESS_REMINDERS = Number(process.env.BENCH_PROCESS_REMINDERS ?? 5_000);
const CONNECTIONS = Number(process.env.OUTBOX_CONCURRENCY ?? DEFAULT_OUTBOX_CONCURRENCY);
const ANSWER_DELAY_MS = 20;
const SECRET = 'bench-secret-bench-secret-bench-secret';
const PUBLIC_URL = new URL('https://samtale.example');

const noSms: SmsTransport = { send: () => Promise.reject(new Error('no SMS in this benchmark')), close: async () => {} };

const database = await createTestDatabase();
const { db } = database;
const clock = new ManualClock('2026-03-09T08:00:00Z');
const organisation = await createOrganisation(db);
const reminders = (count: number, dueAt: Date) =>
  Array.from({ length: count }, (_, index) =>
    newOutboxMessage(organisation.id, dueAt, {
      kind: 'reminder',
      recipient: `kandidat${index}@mail.example`,
      subject: 'Påmindelse: Samtale om Tømrer i morgen',
      text_body: `Kære kandidat ${index}\n\nHusk din samtale i morgen, tirsdag den 10. marts 2026 kl. 10.00–10.45 CET, Havnegade 1.\n\nVenlig hilsen\nAnna Holm\nNordhavn Byg A/S\n`,
      html_body: `<p>Kære kandidat ${index}</p><p>Husk din samtale i morgen, tirsdag den 10. marts 2026 kl. 10.00–10.45 CET, Havnegade 1.</p><p>Venlig hilsen<br>Anna Holm<br>Nordhavn Byg A/S</p>`,
    }),
  );
await queueMessages(db, reminders(REMINDERS, clock.now()));

/** The very messages the worker will send, rendered as it renders them, read before either run is timed. */
async function renderedMessages(): Promise<ReturnType<typeof composeEmail>[]> {
  const rows: OutboxMessage[] = await claimDueMessages(db, clock.now(), new Date(clock.now().getTime() + 60_000), REMINDERS);
  await releaseClaim(db, rows, clock.now());
  return rows.map((row) => composeEmail(row, SECRET, PUBLIC_URL, 'Nordhavn Byg A/S'));
}

async function baseline(emails: ReturnType<typeof composeEmail>[]): Promise<number> {
  const sink = await startSmtpSink({ answerDelayMs: ANSWER_DELAY_MS });
  const transporter = nodemailer.createTransport(`${sink.url}?pool=true&maxConnections=${CONNECTIONS}`);
  const queue = [...emails];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      for (let email = queue.shift(); email; email = queue.shift()) await transporter.sendMail(toMailOptions(email));
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  transporter.close();
  await sink.close();
  return emails.length / seconds;
}

async function samtale(): Promise<number> {
  const sink = await startSmtpSink({ answerDelayMs: ANSWER_DELAY_MS });
  const email = smtpTransport(sink.url, CONNECTIONS);
  const deps: OutboxDeps = { db, clock, secret: SECRET, publicUrl: PUBLIC_URL, webhooksToLoopback: false, email, sms: noSms, log: silentLog, concurrency: CONNECTIONS };
  const started = performance.now();
  let delivered = 0;
  for (;;) {
    const report = await deliverDueMessages(deps);
    const passed = report.sent + report.retried + report.failed + report.cancelled;
    if (passed === 0) break;
    delivered += report.sent;
  }
  const seconds = (performance.now() - started) / 1000;
  await email.close();
  await sink.close();
  if (delivered !== REMINDERS) throw new Error(`Samtale sent ${delivered} of ${REMINDERS} reminders`);
  return REMINDERS / seconds;
}

const baselinePerSecond = await baseline(await renderedMessages());
const samtalePerSecond = await samtale();
const ratio = samtalePerSecond / baselinePerSecond;
const result = {
  benchmark: 'reminder-burst',
  engine: TEST_ENGINE,
  reminders: REMINDERS,
  connections: CONNECTIONS,
  answerDelayMs: ANSWER_DELAY_MS,
  samtalePerSecond: Math.round(samtalePerSecond),
  baselinePerSecond: Math.round(baselinePerSecond),
  ratio: Number(ratio.toFixed(2)),
  target: 0.7,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
process.stdout.write(
  `reminder burst on ${TEST_ENGINE}: ${REMINDERS} reminders over ${CONNECTIONS} connections to a 20 ms server: Samtale ${result.samtalePerSecond}/s, nodemailer alone ${result.baselinePerSecond}/s, ratio ${result.ratio} (target > 0.7)\n`,
);

/** The worker processes read the real clock: their reminders fall due as they are queued. */
async function scaledOut(processes: number): Promise<WorkerProcessesFigures> {
  const figures = await deliverWithWorkerProcesses({
    processes,
    databaseUrl: database.url!,
    connections: CONNECTIONS,
    answerDelayMs: ANSWER_DELAY_MS,
    secret: SECRET,
    queue: async () => {
      await queueMessages(db, reminders(PROCESS_REMINDERS, new Date()));
      return PROCESS_REMINDERS;
    },
  });
  const line = { benchmark: 'reminder-burst-processes', engine: TEST_ENGINE, reminders: PROCESS_REMINDERS, connectionsPerProcess: CONNECTIONS, ...figures };
  process.stdout.write(`${JSON.stringify(line)}\n`);
  process.stdout.write(
    `reminder burst on ${TEST_ENGINE}, ${processes} worker process${processes === 1 ? '' : 'es'} of ${CONNECTIONS} connections: ${figures.messagesPerSecond} messages/s, ${figures.duplicates} sent twice, ${figures.lost} lost\n`,
  );
  if (figures.duplicates > 0 || figures.lost > 0) throw new Error(`${processes} worker processes sent ${figures.duplicates} reminders twice and lost ${figures.lost}`);
  return figures;
}

if (database.url) {
  const one = await scaledOut(1);
  const two = await scaledOut(2);
  process.stdout.write(`reminder burst on ${TEST_ENGINE}: two worker processes deliver ${(two.messagesPerSecond / one.messagesPerSecond).toFixed(2)}× what one does\n`);
}
await database.close();
