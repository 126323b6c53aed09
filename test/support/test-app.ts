import { Writable } from 'node:stream';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { loadConfig, type Config } from '../../src/config.js';
import type { Context } from '../../src/context.js';
import type { WorkerStatus } from '../../src/http/routes/options.js';
import { buildServer } from '../../src/http/server.js';
import { createOrganisation, createUser, TEST_PASSWORD } from './factories.js';
import { ManualClock } from './manual-clock.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface TestApp {
  app: FastifyInstance;
  ctx: Context;
  clock: ManualClock;
  database: TestDatabase;
  config: Config;
  /** Every log line the server wrote, as text. */
  logs: () => string;
  close(): Promise<void>;
}

export async function createTestApp(env: Record<string, string> = {}, worker: WorkerStatus | null = null): Promise<TestApp> {
  const database = await createTestDatabase();
  const clock = new ManualClock();
  const config = loadConfig({ SESSION_SECRET: 'test-secret-test-secret-test-secret', SEED_DEMO: 'false', LOG_LEVEL: 'info', ...env });
  const ctx: Context = { db: database.db, clock, secret: config.sessionSecret };
  let logText = '';
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      logText += String(chunk);
      done();
    },
  });
  const app = await buildServer({ config, ctx, logStream, worker });
  await app.ready();
  return {
    app,
    ctx,
    clock,
    database,
    config,
    logs: () => logText,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** The `name=value` part of the session cookie a response set, ready for a Cookie header. */
export function sessionCookieFrom(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'samtale_session');
  if (!cookie) throw new Error(`no session cookie in response ${response.statusCode}: ${response.body}`);
  return `${cookie.name}=${cookie.value}`;
}

export async function logInAs(app: FastifyInstance, email: string, password = TEST_PASSWORD): Promise<string> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  return sessionCookieFrom(response);
}

/** An organisation with one logged-in recruiter: the usual starting point of an API test. */
export async function organisationWithRecruiter(test: TestApp, overrides: Parameters<typeof createUser>[2] = {}) {
  const organisation = await createOrganisation(test.ctx.db);
  const user = await createUser(test.ctx.db, organisation.id, overrides);
  const cookie = await logInAs(test.app, user.email);
  return { organisation, user, cookie };
}
