import { randomBytes, randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { CompiledQuery, sql, type KyselyPlugin, type PluginTransformQueryArgs, type PluginTransformResultArgs, type QueryResult, type RootOperationNode, type UnknownRow } from 'kysely';
import { loadConfig } from '../src/config.js';
import type { Context } from '../src/context.js';
import { insertInChunks, isPostgres, type Db } from '../src/db/database.js';
import type { NewMessage } from '../src/db/repositories/messages.js';
import { APPLICATION_STATUSES } from '../src/domain/application-status.js';
import { candidateSearchText } from '../src/domain/candidate.js';
import { buildServer } from '../src/http/server.js';
import { createOrganisation, createUser, TEST_PASSWORD } from '../test/support/factories.js';
import { ManualClock } from '../test/support/manual-clock.js';
import { newOutboxMessage } from '../test/support/outbox.js';
import { createTestDatabase, TEST_ENGINE } from '../test/support/test-database.js';
import { report } from './load.js';

/**
 * Issue 14, benchmark 4: a big organisation. 100,000 candidates, 1,000 projects, one of them with 10,000 applications
 * (the others about 90 each), 8,000 interviews from January to November and 500 more in the busy month (December), an invitation for
 * each, three outbox messages per invitation (25,500) and an audit event per application of the big project.
 * Each screen a recruiter waits for is asked for `BENCH_REQUESTS` times in a row (200, after 20 to warm up) through
 * the signed-in API, in process (`app.inject`): p50 and p99 per endpoint, target p99 under 50 ms. The
 * SQL each endpoint runs is captured and EXPLAINed (ANALYZE; on SQLite EXPLAIN QUERY PLAN), and any sequential scan of
 * applications, messages, candidates, invitations or interviews is flagged: "index only: yes" means none (`BENCH_PLANS`
 * prints the plans). Run: `npm run bench:big`.
 */
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const WARM_UP = 20;
const TARGET_P99_MS = 50;
const CANDIDATES = 100_000;
const PROJECTS = 1_000;
const BIG_PROJECT_APPLICATIONS = 10_000;
const OTHER_PROJECT_APPLICATIONS = 90;
const INTERVIEWS = 8_500;
const BUSY_MONTH_INTERVIEWS = 500;
const WATCHED_TABLES = ['applications', 'messages', 'candidates', 'invitations', 'interviews'];

const database = await createTestDatabase();
const clock = new ManualClock('2026-11-30T08:00:00Z');
const config = loadConfig({ SESSION_SECRET: 'bench-secret-bench-secret-bench-secret', SEED_DEMO: 'false', LOG_LEVEL: 'info' });

/** Records the SQL of every query while `capturing` is set, to EXPLAIN it afterwards. */
class CaptureQueries implements KyselyPlugin {
  capturing = false;
  readonly captured: CompiledQuery[] = [];
  constructor(private readonly db: Db) {}
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (this.capturing) this.captured.push(this.db.getExecutor().compileQuery(args.node, args.queryId));
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}
const capture = new CaptureQueries(database.db);
const db = database.db.withPlugin(capture);

// The seed: rows straight through Kysely, in chunks, one transaction per table.
const seedStart = performance.now();
const organisation = await createOrganisation(db, { name: 'Stor Organisation A/S' });
const organisationId = organisation.id;
const recruiter = await createUser(db, organisationId, { name: 'Anna Rekrutter', email: 'anna@stor.example', role: 'admin' });
const at = (instant: number) => new Date(instant).toISOString();
const YEAR_START = Date.parse('2026-01-01T00:00:00Z');
const DAY = 86_400_000;
let seed = 42;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

async function insertAll(table: Parameters<typeof insertInChunks>[1], rows: unknown[], rowsPerStatement: number): Promise<void> {
  await db.transaction().execute((trx) => insertInChunks(trx, table, rows as never[], undefined, rowsPerStatement));
}

const projectIds = Array.from({ length: PROJECTS }, () => randomUUID());
const bigProjectId = projectIds[0]!;
await insertAll(
  'projects',
  projectIds.map((id, index) => ({
    id,
    organisation_id: organisationId,
    title: index === 0 ? 'Sygeplejersker, Region Hovedstaden' : `Projekt ${index}`,
    reference: `REF-${index}`,
    status: index % 10 === 0 ? 'closed' : 'open',
    owner_id: recruiter.id,
    created_at: at(YEAR_START + index * 3_600_000),
  })),
  1000,
);

const FIRST_NAMES = ['Mette', 'Lars', 'Anne', 'Jens', 'Sofie', 'Peter', 'Ida', 'Mikkel', 'Freja', 'Rasmus', 'Åse', 'Søren', 'Emma', 'Oliver', 'Karen', 'Niels'];
const LAST_NAMES = ['Hansen', 'Nielsen', 'Jensen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen', 'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Kjær'];
const candidateIds = Array.from({ length: CANDIDATES }, () => randomUUID());
await insertAll(
  'candidates',
  candidateIds.map((id, index) => {
    const candidate = { firstName: pick(FIRST_NAMES), lastName: `${pick(LAST_NAMES)}${index % 7 === 0 ? '-' + pick(LAST_NAMES) : ''}`, email: `kandidat${index}@mail.example`, mobile: index % 3 === 0 ? `+45${20_000_000 + index}` : null };
    return {
      id,
      organisation_id: organisationId,
      first_name: candidate.firstName,
      last_name: candidate.lastName,
      email: candidate.email,
      mobile: candidate.mobile,
      language: index % 5 === 0 ? 'en' : 'da',
      search_text: candidateSearchText(candidate),
      created_at: at(YEAR_START + index * 60_000),
    };
  }),
  2000,
);

type ApplicationRow = { id: string; organisation_id: string; project_id: string; candidate_id: string; status: string; submitted_at: string; updated_at: string };
const applications: ApplicationRow[] = [];
const applicationsOf = new Map<string, ApplicationRow[]>();
function apply(projectId: string, candidateIndex: number): void {
  const submitted = at(YEAR_START + Math.floor(random() * 330 * DAY));
  const row = { id: randomUUID(), organisation_id: organisationId, project_id: projectId, candidate_id: candidateIds[candidateIndex]!, status: pick(APPLICATION_STATUSES), submitted_at: submitted, updated_at: submitted };
  applications.push(row);
  const list = applicationsOf.get(projectId) ?? [];
  list.push(row);
  applicationsOf.set(projectId, list);
}
for (let index = 0; index < BIG_PROJECT_APPLICATIONS; index++) apply(bigProjectId, index);
projectIds.slice(1).forEach((projectId, p) => {
  for (let k = 0; k < OTHER_PROJECT_APPLICATIONS; k++) apply(projectId, (BIG_PROJECT_APPLICATIONS + p * OTHER_PROJECT_APPLICATIONS + k) % CANDIDATES);
});
await insertAll('applications', applications, 2000);

// Interviews from January to November, and 500 in December (the busy month); half of them the big project's. One invitation
// each, and the invitation email with an email and an SMS reminder in the outbox.
const BUSY_FROM = Date.parse('2026-12-01T00:00:00Z');
const interviews: Record<string, unknown>[] = [];
const interviewRecruiters: Record<string, unknown>[] = [];
const invitations: Record<string, unknown>[] = [];
const messages: Record<string, unknown>[] = [];
const auditEvents: Record<string, unknown>[] = [];
const invitedApplications = new Set<string>();
/** An outbox row as `queueMessages` writes it, sent already when its time has passed. */
function messageRow({ calendar, ...message }: NewMessage, sent: boolean): Record<string, unknown> {
  return {
    ...message,
    calendar_json: calendar === null ? null : JSON.stringify(calendar),
    status: sent ? 'sent' : 'queued',
    attempts: sent ? 1 : 0,
    due_at: message.next_attempt_at,
    sent_at: sent ? message.next_attempt_at : null,
    updated_at: message.created_at,
  };
}
for (let index = 0; index < INTERVIEWS; index++) {
  const busy = index < BUSY_MONTH_INTERVIEWS;
  const starts = busy ? BUSY_FROM + Math.floor(random() * 31) * DAY + (8 + Math.floor(random() * 9)) * 3_600_000 : YEAR_START + Math.floor(random() * 334) * DAY + (8 + Math.floor(random() * 9)) * 3_600_000;
  const projectId = index % 2 === 0 ? bigProjectId : projectIds[1 + Math.floor(random() * (PROJECTS - 1))]!;
  const candidates = applicationsOf.get(projectId)!;
  let application = pick(candidates);
  for (let tries = 0; invitedApplications.has(application.id) && tries < 20; tries++) application = pick(candidates);
  invitedApplications.add(application.id);
  const interviewId = randomUUID();
  const invitationId = randomUUID();
  const created = at(starts - 14 * DAY);
  interviews.push({
    id: interviewId, organisation_id: organisationId, project_id: projectId, type: pick(['phone', 'in_person', 'video'] as const), starts_at: at(starts), ends_at: at(starts + 45 * 60_000),
    duration_minutes: 45, location: 'Kongens Nytorv 1', meeting_url: null, sequence: 0, status: index % 25 === 0 ? 'cancelled' : 'scheduled', created_by: recruiter.id, created_at: created, updated_at: created,
  });
  interviewRecruiters.push({ interview_id: interviewId, user_id: recruiter.id, organisation_id: organisationId });
  invitations.push({
    id: invitationId, organisation_id: organisationId, interview_id: interviewId, application_id: application.id, response_status: pick(['awaiting', 'accepted', 'accepted', 'declined'] as const),
    language: 'da', link_hash: randomBytes(16).toString('hex'), created_by: recruiter.id, created_at: created, updated_at: created,
  });
  const about = { application_id: application.id, invitation_id: invitationId, interview_id: interviewId, recipient: `kandidat@mail.example` };
  const sentAt = new Date(Date.parse(created));
  messages.push(messageRow(newOutboxMessage(organisationId, sentAt, about), true));
  for (const channel of ['email', 'sms'] as const) {
    const due = new Date(starts - DAY);
    messages.push(messageRow(newOutboxMessage(organisationId, due, { ...about, kind: 'reminder', channel, subject: 'Påmindelse', html_body: null }), due < clock.now()));
  }
}
for (const application of applicationsOf.get(bigProjectId)!) {
  auditEvents.push({
    id: randomUUID(), organisation_id: organisationId, actor_type: 'user', actor_id: recruiter.id, subject_type: 'application', subject_id: application.id,
    action: 'status_changed', before_json: JSON.stringify({ status: 'received' }), after_json: JSON.stringify({ status: application.status }), at: application.submitted_at,
  });
}
await insertAll('interviews', interviews, 1000);
await insertAll('interview_recruiters', interviewRecruiters, 2000);
await insertAll('invitations', invitations, 2000);
await insertAll('messages', messages, 1000);
await insertAll('audit_events', auditEvents, 2000);
if (isPostgres(db)) await sql`vacuum analyze`.execute(db);
else await sql`analyze`.execute(db);
const seedSeconds = (performance.now() - seedStart) / 1000;
process.stdout.write(
  `seeded on ${TEST_ENGINE} in ${seedSeconds.toFixed(1)} s: ${CANDIDATES} candidates, ${PROJECTS} projects, ${applications.length} applications (${BIG_PROJECT_APPLICATIONS} in one), ` +
    `${interviews.length} interviews (${BUSY_MONTH_INTERVIEWS} in December), ${invitations.length} invitations, ${messages.length} messages, ${auditEvents.length} audit events\n`,
);

// The server as in production, logging to nowhere, and a signed-in recruiter.
const ctx: Context = { db, clock, secret: config.sessionSecret };
const nowhere = new Writable({ write: (_chunk, _encoding, done) => done() });
const app = await buildServer({ config, ctx, logStream: nowhere, worker: null });
const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: recruiter.email, password: TEST_PASSWORD } });
if (login.statusCode !== 200) throw new Error(`signing in answered ${login.statusCode}: ${login.body}`);
const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');

// Application and CV: an application of the big project with an invitation, its messages and its history.
const shownApplicationId = (invitations.find((invitation) => applicationsOf.get(bigProjectId)!.some((a) => a.id === invitation.application_id)) as { application_id: string }).application_id;
const applicationsPath = `/api/projects/${bigProjectId}/applications`;
const ENDPOINTS = [
  ['Recruitment overview', '/api/projects'],
  ['All applications, first page', `${applicationsPath}?page=1&pageSize=50`],
  ['All applications, status filter', `${applicationsPath}?status=interviewed&status=offer&page=1&pageSize=50`],
  ['All applications, name search', `${applicationsPath}?q=${encodeURIComponent('mette lars')}&page=1&pageSize=50`],
  ['All applications, sorted by name', `${applicationsPath}?sort=name&page=1&pageSize=50`],
  ['Application and CV', `/api/applications/${shownApplicationId}`],
  ['Recruitment calendar, busy month', `/api/calendar?from=${encodeURIComponent('2026-11-30T23:00:00Z')}&to=${encodeURIComponent('2026-12-31T23:00:00Z')}`],
] as const;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
const round = (ms: number) => Number(ms.toFixed(2));

/**
 * The plan of each query an endpoint ran (its session lookup included): EXPLAIN ANALYZE on PostgreSQL, EXPLAIN QUERY PLAN
 * on SQLite, with the watched tables read by a sequential scan (no index).
 */
async function explain(path: string): Promise<{ plans: string[]; seqScans: string[] }> {
  capture.captured.length = 0;
  capture.capturing = true;
  await app.inject({ url: path, headers: { cookie } });
  capture.capturing = false;
  const plans: string[] = [];
  const seqScans = new Set<string>();
  for (const query of capture.captured.filter((q) => /^\s*select/i.test(q.sql))) {
    let lines: string[];
    if (isPostgres(db)) {
      const result = await database.db.executeQuery<{ 'QUERY PLAN': string }>(CompiledQuery.raw(`explain (analyze, costs off) ${query.sql}`, [...query.parameters]));
      lines = result.rows.map((row) => row['QUERY PLAN']);
    } else {
      const result = await database.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]));
      lines = result.rows.map((row) => row.detail);
    }
    for (const line of lines) {
      // PostgreSQL's "Seq Scan on t"; SQLite's "SCAN t" without an index (a scan of an index reads "SCAN t USING …").
      const scanned = /Seq Scan on (\w+)/.exec(line)?.[1] ?? /^SCAN (\w+)(?: AS \w+)?$/.exec(line.trim())?.[1];
      if (scanned && WATCHED_TABLES.includes(scanned)) seqScans.add(scanned);
    }
    plans.push(`${query.sql}\n${lines.map((line) => `    ${line}`).join('\n')}`);
  }
  return { plans, seqScans: [...seqScans] };
}

/** `BENCH_ONLY`: a comma-separated list of words, to measure only the endpoints whose names contain one (for a profile). */
const only = process.env.BENCH_ONLY?.split(',').map((word) => word.trim().toLowerCase());
for (const [name, path] of ENDPOINTS.filter(([name]) => !only || only.some((word) => name.toLowerCase().includes(word)))) {
  const sample = await app.inject({ url: path, headers: { cookie } });
  if (sample.statusCode !== 200) throw new Error(`${path} answered ${sample.statusCode}: ${sample.body}`);
  for (let index = 0; index < WARM_UP; index++) await app.inject({ url: path, headers: { cookie } });
  const times: number[] = [];
  for (let index = 0; index < REQUESTS; index++) {
    const start = performance.now();
    const response = await app.inject({ url: path, headers: { cookie } });
    times.push(performance.now() - start);
    if (response.statusCode !== 200) throw new Error(`${path} answered ${response.statusCode}`);
  }
  times.sort((a, b) => a - b);
  const p50Ms = round(percentile(times, 50));
  const p99Ms = round(percentile(times, 99));
  const plan = await explain(path);
  if (plan && process.env.BENCH_PLANS) process.stdout.write(`${name}:\n${plan.plans.join('\n')}\n`);
  const indexOnly = plan ? (plan.seqScans.length === 0 ? 'yes' : `no (a sequential scan of ${plan.seqScans.join(', ')})`) : undefined;
  report(
    {
      benchmark: 'big-organisation',
      engine: TEST_ENGINE,
      endpoint: name,
      bytes: sample.body.length,
      requests: REQUESTS,
      p50Ms,
      p99Ms,
      ...(plan && { indexOnly: plan.seqScans.length === 0, seqScans: plan.seqScans }),
      targets: { p99Ms: TARGET_P99_MS },
    },
    `big organisation on ${TEST_ENGINE}, ${name} (${sample.body.length} bytes): p50 ${p50Ms} ms, p99 ${p99Ms} ms (target p99 < ${TARGET_P99_MS} ms)${indexOnly ? `; index only: ${indexOnly}` : ''}`,
  );
}
await app.close();
await database.close();
