import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '../src/db/database.js';
import { SHUTDOWN_GRACE_MS } from '../src/http/shutdown.js';
import { createApplication } from './support/factories.js';
import { createProcessDatabase, type ProcessDatabase } from './support/process-database.js';
import { killAll, startServer, type Exit, type RunningServer } from './support/processes.js';
import { RawConnection, requestText, type Ended, type RawResponse } from './support/raw-http.js';
import { TEST_ENGINE } from './support/test-database.js';

/**
 * One SIGTERM to a real server under load, observed from outside: idle keep-alive connections, requests on their
 * way in, a client sending its body a byte at a time, and invitations of hundreds of applicants, one of them
 * holding the event loop (on SQLite a transaction does not yield) while other clients send, with the outbox worker
 * busy delivering an earlier one. Each test below reads one part of what happened.
 */

// Starting, preparing hundreds of applicants and the grace period, on a loaded two-core machine.
const SCENARIO_TIMEOUT_MS = 240_000;
/** What a loaded machine may add to the grace period before the process has exited. */
const EXIT_MARGIN_MS = 20_000;
const CONCURRENT_CLIENTS = 16;
const DEMO_PROJECT = 'NB-2026-031';

interface Observed {
  killedAt: number;
  /** Null if it had not exited by the deadline (it is SIGKILLed then, so that the other observations are made). */
  exit: Exit | null;
  exitedAt: number;
  refusedBeforeExit: boolean;
  idle: Ended[];
  concurrent: { response: RawResponse | Error; ended: Ended }[];
  login: RawResponse | Error;
  blocking: { applicationIds: string[]; response: RawResponse | Error };
  finishedDuringShutdown: { applicationIds: string[]; response: RawResponse | Error };
  slow: Ended;
}

let database: ProcessDatabase;
let observed: Observed;

const settle = <T>(promise: Promise<T>): Promise<T | Error> => promise.catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));

async function addApplicants(db: Db, count: number): Promise<string[]> {
  const project = await db.selectFrom('projects').select(['id', 'organisation_id']).where('reference', '=', DEMO_PROJECT).executeTakeFirstOrThrow();
  return db.transaction().execute(async (trx) => {
    const ids: string[] = [];
    for (let n = 0; n < count; n++) ids.push((await createApplication(trx, project.organisation_id, project.id, { language: 'da' })).applicationId);
    return ids;
  });
}

function invitationRequest(projectId: string, recruiterId: string, applicationIds: string[], daysAhead: number, cookie: string): string {
  const date = new Date(Date.now() + daysAhead * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  const body = JSON.stringify({
    applicationIds,
    interview: { type: 'phone', recruiterIds: [recruiterId], date, time: '09:00', durationMinutes: 5 },
    email: { action: 'send_email', variants: { da: { subject: 'Samtale om {jobtitle}', body: 'Kære {firstname}' } } },
  });
  return requestText('POST', `/api/projects/${projectId}/interview-invitations`, { 'content-type': 'application/json', cookie }, body);
}

/** The server has read the headers of `count` invitation requests (at `debug` it logs each request as it begins). */
const invitationsBegun = (count: number) => (output: string) => output.split('"route":"/api/projects/:projectId/interview-invitations"}').length > count;

async function connections(port: number, count: number): Promise<RawConnection[]> {
  return Promise.all(Array.from({ length: count }, () => RawConnection.open(port)));
}

/** Whether a new connection was refused at some moment before the process had stopped. */
async function refusedWhileRunning(server: RunningServer): Promise<boolean> {
  const refused = await settle(
    vi.waitFor(async () => expect(await settle(RawConnection.open(server.port))).toMatchObject({ code: 'ECONNREFUSED' }), {
      timeout: SHUTDOWN_GRACE_MS,
      interval: 20,
    }),
  );
  return !(refused instanceof Error) && !server.process.output().includes('"msg":"stopped"');
}

async function runScenario(): Promise<Observed> {
  database = await createProcessDatabase();
  const server = await startServer({ DATABASE_URL: database.url, SESSION_SECRET: 'x'.repeat(40), SEED_DEMO: 'true', LOG_LEVEL: 'debug' });
  const { db } = database;
  const anna = await db.selectFrom('users').select('id').where('email', '=', 'anna@demo.example').executeTakeFirstOrThrow();
  const project = await db.selectFrom('projects').select('id').where('reference', '=', DEMO_PROJECT).executeTakeFirstOrThrow();
  const [earlier, blocking, lastByte] = [await addApplicants(db, 200), await addApplicants(db, 400), await addApplicants(db, 100)];

  const [setup] = await connections(server.port, 1);
  const credentials = JSON.stringify({ email: 'anna@demo.example', password: 'samtale-demo' });
  setup!.send(requestText('POST', '/api/auth/login', { 'content-type': 'application/json' }, credentials));
  const cookie = (await setup!.response()).headers['set-cookie']!.split(';')[0]!;
  // Gives the outbox worker two hundred emails to deliver while the server stops.
  setup!.send(invitationRequest(project.id, anna.id, earlier, 40, cookie));
  expect((await setup!.response()).status).toBe(201);

  const idle = await connections(server.port, 3);
  for (const connection of idle) {
    connection.send(requestText('GET', '/api/health'));
    expect((await connection.response()).headers.connection).toBe('keep-alive');
  }
  const [slow, login, partialInvitation, blocker] = await connections(server.port, 4);
  slow!.send(`${requestText('POST', '/api/auth/login', { 'content-type': 'application/json', 'content-length': '100' })}{`);
  login!.send(requestText('POST', '/api/auth/login', { 'content-type': 'application/json' }, credentials).slice(0, -10));
  const lastByteText = invitationRequest(project.id, anna.id, lastByte, 50, cookie);
  partialInvitation!.send(lastByteText.slice(0, -1));
  await server.process.waitFor(invitationsBegun(2));
  const concurrent = await connections(server.port, CONCURRENT_CLIENTS);

  blocker!.send(invitationRequest(project.id, anna.id, blocking, 60, cookie));
  await server.process.waitFor(invitationsBegun(3));
  for (const connection of concurrent) connection.send(requestText('GET', '/api/projects', { cookie }));
  const concurrentResults = concurrent.map(async (connection) => ({ response: await settle(connection.response()), ended: await connection.ended }));
  const blockingResponse = blocker!.response();
  const killedAt = Date.now();
  server.process.kill('SIGTERM');

  await server.process.waitFor(/"msg":"stopping/);
  login!.send(credentials.slice(-10));
  partialInvitation!.send(lastByteText.slice(-1));
  const refusedBeforeExit = await refusedWhileRunning(server);
  const exit = await settle(server.process.exitWithin(SHUTDOWN_GRACE_MS + EXIT_MARGIN_MS));
  const exitedAt = Date.now();
  if (exit instanceof Error) await server.process.stop('SIGKILL');
  return {
    killedAt,
    exit: exit instanceof Error ? null : exit,
    exitedAt,
    refusedBeforeExit,
    idle: await Promise.all(idle.map((connection) => connection.ended)),
    concurrent: await Promise.all(concurrentResults),
    login: await settle(login!.response()),
    blocking: { applicationIds: blocking, response: await settle(blockingResponse) },
    finishedDuringShutdown: { applicationIds: lastByte, response: await settle(partialInvitation!.response()) },
    slow: await slow!.ended,
  };
}

beforeAll(async () => {
  observed = await runScenario();
}, SCENARIO_TIMEOUT_MS);

afterAll(async () => {
  await killAll();
  await database?.close();
});

async function storedInFull(applicationIds: string[]) {
  const { db } = database;
  const invitations = await db.selectFrom('invitations').select('application_id').where('application_id', 'in', applicationIds).execute();
  const invited = await db
    .selectFrom('applications')
    .select('id')
    .where('id', 'in', applicationIds)
    .where('status', '=', 'invited_to_interview')
    .execute();
  const emails = await db
    .selectFrom('messages')
    .innerJoin('invitations', 'invitations.id', 'messages.invitation_id')
    .select('messages.id')
    .where('invitations.application_id', 'in', applicationIds)
    .execute();
  return { invitations: invitations.length, invited: invited.length, emails: emails.length };
}

describe(`SIGTERM to a busy server on ${TEST_ENGINE}`, () => {
  it('answers in full the requests clients had sent before it, without resetting any', () => {
    expect(observed.concurrent).toHaveLength(CONCURRENT_CLIENTS);
    for (const { response, ended } of observed.concurrent) {
      expect(response).toMatchObject({ status: 200 });
      expect((JSON.parse((response as RawResponse).body) as { items: unknown[] }).items).toHaveLength(3);
      expect(ended.error).toBeUndefined();
    }
  });

  it('finishes a request whose body was still arriving, answering with Connection: close', () => {
    expect(observed.login).toMatchObject({ status: 200, headers: { connection: 'close' } });
    expect((observed.login as RawResponse).headers['set-cookie']).toMatch(/^samtale_session=/);
  });

  it('stores in full an invitation of hundreds of applicants that was running when the signal came', async () => {
    const { applicationIds, response } = observed.blocking;
    expect(response).toMatchObject({ status: 201 });
    expect((JSON.parse((response as RawResponse).body) as { invitations: unknown[] }).invitations).toHaveLength(applicationIds.length);
    expect(await storedInFull(applicationIds)).toEqual({ invitations: 400, invited: 400, emails: 400 });
  });

  it('stores in full an invitation that arrived in full only after the signal, answering it with Connection: close', async () => {
    const { applicationIds, response } = observed.finishedDuringShutdown;
    expect(response).toMatchObject({ status: 201, headers: { connection: 'close' } });
    expect(await storedInFull(applicationIds)).toEqual({ invitations: 100, invited: 100, emails: 100 });
  });

  it('closes idle keep-alive connections at once, long before the grace period ends', () => {
    for (const ended of observed.idle) {
      expect(ended.error).toBeUndefined();
      expect(ended.at).toBeLessThan(observed.slow.at);
    }
  });

  it('refuses new connections while it finishes the requests it has', () => {
    expect(observed.refusedBeforeExit).toBe(true);
  });

  it('cuts a client sending its body too slowly once the grace period is over', () => {
    const cutAfter = observed.slow.at - observed.killedAt;
    expect(cutAfter).toBeGreaterThanOrEqual(SHUTDOWN_GRACE_MS - 1);
    expect(cutAfter).toBeLessThan(SHUTDOWN_GRACE_MS + EXIT_MARGIN_MS);
  });

  it('exits 0 within the grace period and a margin', () => {
    expect(observed.exit).toEqual({ code: 0, signal: null });
    expect(observed.exitedAt - observed.killedAt).toBeLessThan(SHUTDOWN_GRACE_MS + EXIT_MARGIN_MS);
  });

  it('stops the outbox worker between messages: each message in the mailbox is recorded as sent, and only those', async () => {
    const { db } = database;
    const delivered = await db.selectFrom('dev_mailbox').select('outbox_id').orderBy('outbox_id').execute();
    const sent = await db.selectFrom('messages').select('id').where('status', '=', 'sent').orderBy('id').execute();
    expect(delivered.length).toBeGreaterThan(0);
    expect(delivered.map((row) => row.outbox_id)).toEqual(sent.map((row) => row.id));
  });
});
