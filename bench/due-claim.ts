import { sql } from 'kysely';
import { isPostgres } from '../src/db/database.js';
import { claimDueMessages, queueMessages, releaseClaim } from '../src/db/repositories/messages.js';
import { createOrganisation } from '../test/support/factories.js';
import { ManualClock } from '../test/support/manual-clock.js';
import { newOutboxMessage } from '../test/support/outbox.js';
import { createTestDatabase, TEST_ENGINE } from '../test/support/test-database.js';

/**
 * Issue 14, benchmark 6: a worker claiming its batch of due messages while the outbox holds many scheduled for
 * later (the reminders of the weeks ahead). 1,000 messages are due; the scheduled ones grow from 10k to 1M
 * (`BENCH_SCHEDULED`, comma-separated). The claim must stay fast and flat as they grow: it must read the due ones
 * by index, not scan the rest. Prints the median and worst of 50 claims of a batch of 25 at each size, and the
 * query plan. The engine follows TEST_DATABASE_URL as in the tests. Run: `npm run bench:claim`.
 */
const SIZES = (process.env.BENCH_SCHEDULED ?? '10000,100000,1000000').split(',').map(Number);
const DUE = 1000;
const CLAIMS = 50;
const BATCH = 25;
const TARGET_MS = 20;

const database = await createTestDatabase();
const { db } = database;
const clock = new ManualClock('2026-03-09T08:00:00Z');
const organisationId = (await createOrganisation(db)).id;
const later = new Date(clock.now().getTime() + 14 * 24 * 60 * 60 * 1000);

/** Small rows: the claim reads ids and times, and a benchmark of a million must not need gigabytes. */
const message = (at: Date, index: number) =>
  newOutboxMessage(organisationId, at, { kind: 'reminder', recipient: `kandidat${index}@mail.example`, subject: 'Påmindelse', text_body: '…', html_body: null });

async function queueInChunks(count: number, at: Date, offset: number): Promise<void> {
  for (let start = 0; start < count; start += 10_000) {
    const size = Math.min(10_000, count - start);
    await queueMessages(db, Array.from({ length: size }, (_, index) => message(at, offset + start + index)));
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function queryPlan(): Promise<string> {
  const at = clock.now().toISOString();
  const where = sql`(status = 'queued' and next_attempt_at <= ${at}) or (status = 'sending' and locked_until <= ${at})`;
  if (isPostgres(db)) {
    const plan = await sql<{ 'QUERY PLAN': string }>`explain select id from messages where ${where} order by next_attempt_at, id limit ${BATCH}`.execute(db);
    return plan.rows.map((row) => row['QUERY PLAN'].trim()).join(' | ');
  }
  const plan = await sql<{ detail: string }>`explain query plan select id from messages where ${where} order by next_attempt_at, id limit ${BATCH}`.execute(db);
  return plan.rows.map((row) => row.detail).join(' | ');
}

await queueInChunks(DUE, clock.now(), 0);
let scheduled = 0;
for (const size of SIZES) {
  await queueInChunks(size - scheduled, later, DUE + scheduled);
  scheduled = size;
  if (isPostgres(db)) await sql`analyze messages`.execute(db);
  const times: number[] = [];
  for (let n = 0; n < CLAIMS; n++) {
    const started = performance.now();
    const rows = await claimDueMessages(db, clock.now(), new Date(clock.now().getTime() + 30_000), BATCH);
    times.push(performance.now() - started);
    if (rows.length !== BATCH) throw new Error(`claimed ${rows.length} of ${BATCH}`);
    await releaseClaim(db, rows, clock.now());
  }
  times.sort((a, b) => a - b);
  const result = {
    benchmark: 'due-claim',
    engine: TEST_ENGINE,
    scheduled: size,
    due: DUE,
    batch: BATCH,
    p50Ms: Number(percentile(times, 50).toFixed(2)),
    maxMs: Number(times.at(-1)!.toFixed(2)),
    targetMs: TARGET_MS,
    plan: await queryPlan(),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.stdout.write(
    `due claim on ${TEST_ENGINE}: ${size} scheduled, ${DUE} due: a batch of ${BATCH} in ${result.p50Ms} ms (median of ${CLAIMS}), worst ${result.maxMs} ms (target < ${TARGET_MS} ms)\n`,
  );
}
await database.close();
