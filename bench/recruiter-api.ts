import { Writable } from 'node:stream';
import { loadConfig } from '../src/config.js';
import type { Context } from '../src/context.js';
import { seedDemoData } from '../src/demo/seed-demo.js';
import { buildServer } from '../src/http/server.js';
import { ManualClock } from '../test/support/manual-clock.js';
import { createTestDatabase, TEST_ENGINE } from '../test/support/test-database.js';
import { bareRoute, load, report } from './load.js';

/**
 * Issue 14, benchmark 5: the recruiter's API under load, on the demo data. Recruitment overview and All applications
 * (first page of 50) with a signed-in session, 20 connections for 10 s each (`BENCH_SECONDS`), against a bare Fastify
 * route answering with the same bytes in the same run. Targets: 0.5 of the bare route or better, p99 under 20 ms.
 * Logging is on at `info`, as in production, written to nowhere. Run: `npm run bench:api`.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 20;

const database = await createTestDatabase();
const clock = new ManualClock('2026-11-30T08:00:00Z');
const config = loadConfig({ SESSION_SECRET: 'bench-secret-bench-secret-bench-secret', SEED_DEMO: 'false', LOG_LEVEL: 'info' });
const ctx: Context = { db: database.db, clock, secret: config.sessionSecret };
await seedDemoData(ctx, 'samtale-demo', config.publicUrl);
const nowhere = new Writable({ write: (_chunk, _encoding, done) => done() });
const app = await buildServer({ config, ctx, logStream: nowhere, worker: null });
const url = await app.listen({ host: '127.0.0.1', port: 0 });

const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'anna@demo.example', password: 'samtale-demo' } });
const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
const projects = await app.inject({ url: '/api/projects', headers: { cookie } });
const projectId = (projects.json() as { items: { id: string; applicationCount?: number }[] }).items[0]!.id;

for (const [name, path] of [
  ['Recruitment overview', '/api/projects'],
  ['All applications (50 rows)', `/api/projects/${projectId}/applications?page=1&pageSize=50`],
] as const) {
  const sample = await app.inject({ url: path, headers: { cookie } });
  if (sample.statusCode !== 200) throw new Error(`${path} answered ${sample.statusCode}`);
  const bare = await bareRoute(sample.body, String(sample.headers['content-type']));
  const baseline = await load({ url: `${bare.url}${path}`, connections: CONNECTIONS, durationSeconds: SECONDS });
  await bare.close();
  const samtale = await load({ url: `${url}${path}`, connections: CONNECTIONS, durationSeconds: SECONDS, headers: { cookie } });
  if (samtale.non2xx > 0) throw new Error(`${path}: ${samtale.non2xx} answers were not 2xx`);
  const ratio = samtale.requestsPerSecond / baseline.requestsPerSecond;
  report(
    {
      benchmark: 'recruiter-api',
      engine: TEST_ENGINE,
      endpoint: name,
      bytes: sample.body.length,
      connections: CONNECTIONS,
      samtale,
      baseline,
      ratio: Number(ratio.toFixed(2)),
      targets: { ratio: 0.5, p99Ms: 20 },
    },
    `recruiter API on ${TEST_ENGINE}, ${name} (${sample.body.length} bytes): Samtale ${Math.round(samtale.requestsPerSecond)}/s (p50 ${samtale.p50Ms} ms, p99 ${samtale.p99Ms} ms), bare Fastify ${Math.round(baseline.requestsPerSecond)}/s, ratio ${ratio.toFixed(2)} (targets 0.5, p99 < 20 ms)`,
  );
}
await app.close();
await database.close();
