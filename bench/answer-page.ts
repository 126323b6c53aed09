import { Writable } from 'node:stream';
import { loadConfig } from '../src/config.js';
import type { Context } from '../src/context.js';
import { buildServer } from '../src/http/server.js';
import { answerFormToken } from '../src/use-cases/candidate-invitation.js';
import { sendInvitations } from '../src/use-cases/invite-to-interview/send.js';
import { createApplication, createOrganisation, createProject, createUser } from '../test/support/factories.js';
import { ManualClock } from '../test/support/manual-clock.js';
import { createTestDatabase, TEST_ENGINE } from '../test/support/test-database.js';
import { bareRoute, load, report, type LoadRequest } from './load.js';

/**
 * Issue 14, benchmark 3: the candidate's answer page under a burst. `GET /i/:token` and the answer `POST` over many
 * distinct links (`BENCH_LINKS`, default 2000), 50 connections for 10 s each (`BENCH_SECONDS`), each request from a
 * client address of its own (TRUST_PROXY, X-Forwarded-For), against a bare Fastify route answering with the same
 * bytes. The per-link limits count on the server's clock, which the benchmark moves a minute on every quarter of a
 * second: what is measured is the page, not the limiter refusing it. Targets: ratio above 0.5, p99 under 50 ms.
 * Run: `npm run bench:answer`.
 */
const LINKS = Number(process.env.BENCH_LINKS ?? 2000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;

const database = await createTestDatabase();
const clock = new ManualClock('2026-03-02T08:00:00Z');
const config = loadConfig({ SESSION_SECRET: 'bench-secret-bench-secret-bench-secret', SEED_DEMO: 'false', LOG_LEVEL: 'info', TRUST_PROXY: 'true' });
const ctx: Context = { db: database.db, clock, secret: config.sessionSecret };
const organisation = await createOrganisation(ctx.db);
const recruiter = await createUser(ctx.db, organisation.id);
const projectId = await createProject(ctx.db, organisation.id, recruiter.id);
const applicationIds: string[] = [];
for (let n = 0; n < LINKS; n++) applicationIds.push((await createApplication(ctx.db, organisation.id, projectId, { language: n % 2 ? 'en' : 'da' })).applicationId);
const sent = await sendInvitations(ctx, config.publicUrl, { user: recruiter, organisation }, projectId, {
  applicationIds,
  // An interview each, back to back, a year ahead: every link stays open however far the clock moves. (One group
  // interview of 2,000 would make every answer wait for the one before on PostgreSQL, which holds the interview's
  // row while an answer is recorded; a real group is tens of candidates.)
  interview: { type: 'in_person', recruiterIds: [recruiter.id], date: '2027-03-01', time: '10:00', durationMinutes: 15 },
  email: { action: 'no_email' },
});
const paths = sent.invitations.map((invitation) => new URL(invitation.confirmUrl).pathname);

const nowhere = new Writable({ write: (_chunk, _encoding, done) => done() });
const app = await buildServer({ config, ctx, logStream: nowhere, worker: null });
const url = await app.listen({ host: '127.0.0.1', port: 0 });
// The form's token, as the page shows it: fetching 2,000 pages from one address first would meet its limit.
const forms = sent.invitations.map((invitation, index) => ({ path: paths[index]!, csrf: answerFormToken(invitation.id, ctx.secret) }));

// Each request's link and client address, made here and taken in turn by the load generator's process: as many as
// 100,000 distinct addresses over a run, each link drawn at random.
const REQUESTS = 100_000;
const address = (n: number) => ({ 'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` });
const anyLink = () => forms[Math.floor(Math.random() * forms.length)]!;
const views: LoadRequest[] = Array.from({ length: REQUESTS }, (_, n) => ({ path: anyLink().path, headers: address(n + 1) }));
const answers: LoadRequest[] = Array.from({ length: REQUESTS }, (_, n) => {
  const form = anyLink();
  return { path: form.path, method: 'POST', headers: { ...address(n + 1), 'content-type': 'application/x-www-form-urlencoded' }, body: `answer=accepted&csrf=${form.csrf}` };
});
const minutes = setInterval(() => clock.advance(61_000), 250);

const view = await app.inject({ url: paths[0]! });
const answer = await app.inject({
  method: 'POST',
  url: forms[0]!.path,
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  payload: `answer=accepted&csrf=${forms[0]!.csrf}`,
});
for (const [name, sample, requests] of [
  ['GET /i/:token', view, views],
  ['POST /i/:token (accept)', answer, answers],
] as const) {
  const bare = await bareRoute(sample.body, String(sample.headers['content-type']), sample.statusCode);
  const baseline = await load({ url: bare.url, connections: CONNECTIONS, durationSeconds: SECONDS, requests });
  await bare.close();
  const samtale = await load({ url, connections: CONNECTIONS, durationSeconds: SECONDS, requests });
  const ratio = samtale.requestsPerSecond / baseline.requestsPerSecond;
  report(
    { benchmark: 'answer-page', engine: TEST_ENGINE, endpoint: name, links: LINKS, status: sample.statusCode, bytes: sample.body.length, connections: CONNECTIONS, samtale, baseline, ratio: Number(ratio.toFixed(2)), targets: { ratio: 0.5, p99Ms: 50 } },
    `answer page on ${TEST_ENGINE}, ${name} (${sample.statusCode}, ${sample.body.length} bytes, ${LINKS} links): Samtale ${Math.round(samtale.requestsPerSecond)}/s (p50 ${samtale.p50Ms} ms, p99 ${samtale.p99Ms} ms, ${samtale.non2xx} not 2xx), bare Fastify ${Math.round(baseline.requestsPerSecond)}/s, ratio ${ratio.toFixed(2)} (targets 0.5, p99 < 50 ms)`,
  );
}
clearInterval(minutes);
await app.close();
await database.close();
