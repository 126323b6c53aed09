import SqliteDatabase from 'better-sqlite3';
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import type { Context } from '../src/context.js';
import { openDatabase, type DatabaseHandle } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { seedDemoData } from '../src/demo/seed-demo.js';
import { DEFAULT_INVITATION_TEMPLATES } from '../src/domain/invitation-templates.js';
import { DEFAULT_REMINDER_EMAIL_TEMPLATES, DEFAULT_REMINDER_SMS_TEMPLATES } from '../src/domain/reminder-templates.js';
import { buildServer } from '../src/http/server.js';
import { createApplication, createProject } from '../test/support/factories.js';
import { ManualClock } from '../test/support/manual-clock.js';
import { createTestDatabase, TEST_ENGINE } from '../test/support/test-database.js';
import { report } from './load.js';

/**
 * Issue 14, benchmark 1: "Send" of one bulk invitation of 1,000 applicants (`BENCH_APPLICANTS`) in two languages,
 * with an email and an SMS reminder, through the HTTP API end to end, on the demo organisation. Three rounds, each on
 * a day of its own, and a fourth with another recruiter busy meanwhile. Alongside:
 * - the preview of the same request;
 * - the baseline: the very rows that round wrote, of every table, inserted again in one transaction straight through
 *   the driver (better-sqlite3 or pg, with the foreign keys and indexes in place), after the round's rows are removed;
 * - in the fourth round, another recruiter asking for Recruitment overview again and again: its slowest answer must stay
 *   under 100 ms.
 * Targets: send under 1 s and under 3× the baseline; preview under 500 ms. Run: `npm run bench:invite`.
 */
const APPLICANTS = Number(process.env.BENCH_APPLICANTS ?? 1000);
const ROUNDS = 3;
/** The tables a bulk invitation writes; the applications' new status is written as one update. */
const WRITTEN_TABLES = ['interviews', 'interview_recruiters', 'invitations', 'messages', 'audit_events'] as const;

interface RawDriver {
  /** Inserts the rows of each table, and sets the applications' status, in one transaction; its time in ms. */
  insertAll(rows: Map<string, Record<string, unknown>[]>, applicationIds: string[], status: string, at: string): Promise<number>;
  close(): Promise<void>;
}

async function benchDatabase(): Promise<{ handle: DatabaseHandle; raw: RawDriver; cleanUp: () => void }> {
  if (TEST_ENGINE === 'postgres') {
    const handle = await createTestDatabase();
    const client = new pg.Client({ connectionString: handle.url });
    await client.connect();
    return { handle, raw: postgresDriver(client), cleanUp: () => {} };
  }
  // A file, as in production, so that the baseline's own connection reaches the same database.
  const dir = mkdtempSync(path.join(tmpdir(), 'samtale-bench-'));
  const filename = path.join(dir, 'samtale.sqlite');
  const handle = openDatabase({ engine: 'sqlite', filename });
  await migrateToLatest(handle);
  const raw = new SqliteDatabase(filename);
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  return { handle, raw: sqliteDriver(raw), cleanUp: () => rmSync(dir, { recursive: true, force: true }) };
}

/** One prepared statement per table, run for each row: the fastest way better-sqlite3 offers. */
function sqliteDriver(raw: SqliteDatabase.Database): RawDriver {
  return {
    insertAll: async (rows, applicationIds, status, at) => {
      const started = performance.now();
      raw.transaction(() => {
        for (const [table, tableRows] of rows) {
          if (tableRows.length === 0) continue;
          const columns = Object.keys(tableRows[0]!);
          const insert = raw.prepare(`insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`);
          for (const row of tableRows) insert.run(...columns.map((column) => row[column]));
        }
        raw.prepare(`update applications set status = ?, updated_at = ? where id in (${applicationIds.map(() => '?').join(', ')})`).run(status, at, ...applicationIds);
      })();
      return performance.now() - started;
    },
    close: async () => {
      raw.close();
    },
  };
}

/** Multi-row inserts of 500 rows at most, as many round trips as that takes: the fastest plain use of pg. */
function postgresDriver(client: pg.Client): RawDriver {
  return {
    insertAll: async (rows, applicationIds, status, at) => {
      const started = performance.now();
      await client.query('begin');
      for (const [table, tableRows] of rows) {
        if (tableRows.length === 0) continue;
        const columns = Object.keys(tableRows[0]!);
        for (let start = 0; start < tableRows.length; start += 500) {
          const chunk = tableRows.slice(start, start + 500);
          const values = chunk.map((_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`);
          await client.query(`insert into ${table} (${columns.join(', ')}) values ${values.join(', ')}`, chunk.flatMap((row) => columns.map((column) => row[column])));
        }
      }
      await client.query('update applications set status = $1, updated_at = $2 where id = any($3)', [status, at, applicationIds]);
      await client.query('commit');
      return performance.now() - started;
    },
    close: () => client.end(),
  };
}

const { handle, raw, cleanUp } = await benchDatabase();
const db = handle.db;
const clock = new ManualClock('2026-03-02T08:00:00Z');
const config = loadConfig({ SESSION_SECRET: 'bench-secret-bench-secret-bench-secret', SEED_DEMO: 'false', LOG_LEVEL: 'info' });
const ctx: Context = { db, clock, secret: config.sessionSecret };
await seedDemoData(ctx, 'samtale-demo', config.publicUrl);
const nowhere = new Writable({ write: (_chunk, _encoding, done) => done() });
const app = await buildServer({ config, ctx, logStream: nowhere, worker: null });
const url = await app.listen({ host: '127.0.0.1', port: 0 });

async function signIn(email: string): Promise<string> {
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: 'samtale-demo' } });
  return login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}
const anna = await signIn('anna@demo.example');
const bo = await signIn('bo@demo.example');
const me = (await app.inject({ url: '/api/me', headers: { cookie: anna } })).json() as { id: string; organisation: { id: string } };
const annaId = me.id;
const organisationId = me.organisation.id;
const projectId = await createProject(db, organisationId, annaId, { title: 'Sommerferieafløsere' });
const applicationIds: string[] = [];
for (let n = 0; n < APPLICANTS; n++) {
  const mobile = `+4520${String(100000 + n).padStart(6, '0')}`;
  applicationIds.push((await createApplication(db, organisationId, projectId, { language: n % 2 ? 'en' : 'da', mobile })).applicationId);
}

const requestOn = (day: number) => ({
  applicationIds,
  interview: { type: 'phone', recruiterIds: [annaId], date: `2026-03-${String(10 + day).padStart(2, '0')}`, time: '08:00', durationMinutes: 5 },
  email: { action: 'send_email', variants: { da: DEFAULT_INVITATION_TEMPLATES.da, en: DEFAULT_INVITATION_TEMPLATES.en } },
  reminder: {
    channel: 'sms_email',
    daysBefore: 1,
    email: { variants: { da: DEFAULT_REMINDER_EMAIL_TEMPLATES.da, en: DEFAULT_REMINDER_EMAIL_TEMPLATES.en } },
    sms: { variants: { da: DEFAULT_REMINDER_SMS_TEMPLATES.da, en: DEFAULT_REMINDER_SMS_TEMPLATES.en } },
  },
});

async function timedPost(pathname: string, body: unknown): Promise<{ ms: number; status: number }> {
  const started = performance.now();
  const response = await fetch(`${url}${pathname}`, { method: 'POST', headers: { cookie: anna, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status };
}

/**
 * Bo's Recruitment overview, asked for again as soon as it answers until `done` settles, from a process of his own
 * (as another recruiter's browser would be): each answer's ms.
 */
async function overviewWhile(done: Promise<unknown>): Promise<number[]> {
  const poller = fork(fileURLToPath(new URL('./overview-poller.ts', import.meta.url)), { execArgv: ['--import', 'tsx'] });
  const times = new Promise<number[]>((resolve, reject) => {
    poller.once('message', (message) => resolve(message as number[]));
    poller.once('exit', (code) => reject(new Error(`the overview poller stopped with ${code}`)));
  });
  poller.send({ url: `${url}/api/projects`, cookie: bo });
  await done;
  poller.send('stop');
  return times;
}

/** Every row of the written tables, keyed by its whole content, to tell a round's rows from the earlier ones. */
async function snapshot(): Promise<Map<string, Map<string, Record<string, unknown>>>> {
  const tables = new Map<string, Map<string, Record<string, unknown>>>();
  for (const table of WRITTEN_TABLES) {
    const rows = (await db.selectFrom(table).selectAll().execute()) as Record<string, unknown>[];
    tables.set(table, new Map(rows.map((row) => [JSON.stringify(row), row])));
  }
  return tables;
}

function rowsAdded(before: Awaited<ReturnType<typeof snapshot>>, after: Awaited<ReturnType<typeof snapshot>>): Map<string, Record<string, unknown>[]> {
  return new Map(WRITTEN_TABLES.map((table) => [table, [...after.get(table)!].filter(([key]) => !before.get(table)!.has(key)).map(([, row]) => row)]));
}

/** Removes a round's rows, children first, so that the baseline can write the very same ones. */
async function removeRows(rows: Map<string, Record<string, unknown>[]>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const interviewIds = rows.get('interviews')!.map((row) => row.id as string);
    await trx.deleteFrom('audit_events').where('id', 'in', rows.get('audit_events')!.map((row) => row.id as string)).execute();
    for (let start = 0; start < interviewIds.length; start += 500) {
      const chunk = interviewIds.slice(start, start + 500);
      await trx.deleteFrom('messages').where('interview_id', 'in', chunk).execute();
      await trx.deleteFrom('invitations').where('interview_id', 'in', chunk).execute();
      await trx.deleteFrom('interview_recruiters').where('interview_id', 'in', chunk).execute();
      await trx.deleteFrom('interviews').where('id', 'in', chunk).execute();
    }
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const sends: number[] = [];
const previews: number[] = [];
const baselines: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const request = requestOn(round);
  const preview = await timedPost(`/api/projects/${projectId}/interview-invitations/preview`, request);
  if (preview.status !== 200) throw new Error(`the preview answered ${preview.status}`);
  previews.push(preview.ms);

  const before = await snapshot();
  const send = await timedPost(`/api/projects/${projectId}/interview-invitations`, request);
  if (send.status !== 201) throw new Error(`sending answered ${send.status}`);
  sends.push(send.ms);

  const written = rowsAdded(before, await snapshot());
  await removeRows(written);
  baselines.push(await raw.insertAll(written, applicationIds, 'invited_to_interview', clock.now().toISOString()));
}

// One more round with Bo asking for his Recruitment overview all through it.
const sending = timedPost(`/api/projects/${projectId}/interview-invitations`, requestOn(ROUNDS));
const [busySend, overviews] = await Promise.all([sending, overviewWhile(sending)]);
if (busySend.status !== 201) throw new Error(`sending answered ${busySend.status}`);

const send = median(sends);
const baseline = median(baselines);
const ratio = send / baseline;
const slowestOverview = Math.max(...overviews);
report(
  {
    benchmark: 'bulk-invitation',
    engine: TEST_ENGINE,
    applicants: APPLICANTS,
    sendMs: Math.round(send),
    sendRounds: sends.map(Math.round),
    previewMs: Math.round(median(previews)),
    baselineMs: Math.round(baseline),
    ratio: Number(ratio.toFixed(2)),
    overviewDuringSend: { sendMs: Math.round(busySend.ms), answers: overviews.length, slowestMs: Math.round(slowestOverview), medianMs: Math.round(median(overviews)) },
    targets: { sendMs: 1000, ratio: 3, previewMs: 500, overviewMs: 100 },
  },
  `bulk invitation of ${APPLICANTS} on ${TEST_ENGINE}: send ${Math.round(send)} ms (median of ${ROUNDS}), the same rows through the driver ${Math.round(baseline)} ms, ratio ${ratio.toFixed(2)}; preview ${Math.round(median(previews))} ms; Recruitment overview asked for all through another send (${Math.round(busySend.ms)} ms): ${overviews.length} answers, slowest ${Math.round(slowestOverview)} ms (targets: < 1000 ms, ratio < 3, preview < 500 ms, overview < 100 ms)`,
);
await app.close();
await raw.close();
await handle.close();
cleanUp();
