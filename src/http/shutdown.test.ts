import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RawConnection, requestText } from '../../test/support/raw-http.js';
import { prepareShutdown } from './shutdown.js';

/** Longer than any test here takes, so only the test that waits for it sees connections cut. */
const LONG_GRACE_MS = 60_000;

interface Harness {
  app: FastifyInstance;
  port: number;
  close: () => Promise<void>;
  /** Resolves when GET /held has been entered; the handler answers once `release` is called. */
  held: Promise<void>;
  release: () => void;
  /** `METHOD /url` of each request whose headers the server has read. */
  seen: string[];
}

let app: FastifyInstance | undefined;
afterEach(async () => {
  app?.server.closeAllConnections();
  await app?.close();
  app = undefined;
});

async function listening(graceMs = LONG_GRACE_MS): Promise<Harness> {
  app = Fastify({ return503OnClosing: true });
  let entered!: () => void;
  let release!: () => void;
  const held = new Promise<void>((resolve) => (entered = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  const seen: string[] = [];
  app.addHook('onRequest', async (request) => {
    seen.push(`${request.method} ${request.url}`);
  });
  app.get('/quick', async () => ({ ok: true }));
  app.get('/held', async () => {
    entered();
    await released;
    return { finished: true };
  });
  app.post('/echo', async (request) => ({ length: JSON.stringify(request.body).length }));
  const close = prepareShutdown(app, graceMs);
  await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, port: (app.server.address() as { port: number }).port, close, held, release, seen };
}

describe('shutting the HTTP server down', () => {
  it('answers a request in flight in full, with Connection: close, and finishes only after it', async () => {
    const harness = await listening();
    const connection = await RawConnection.open(harness.port);
    connection.send(requestText('GET', '/held'));
    await harness.held;

    let closed = false;
    const closing = harness.close().then(() => (closed = true));
    const response = connection.response();
    await vi.waitFor(() => expect(harness.app.server.listening).toBe(false));
    expect(closed).toBe(false);
    harness.release();

    expect(await response).toMatchObject({ status: 200, headers: { connection: 'close' }, body: '{"finished":true}' });
    expect((await connection.ended).error).toBeUndefined();
    await closing;
  });

  it('closes an idle keep-alive connection at once, without waiting for the requests in flight', async () => {
    const harness = await listening();
    const idle = await RawConnection.open(harness.port);
    idle.send(requestText('GET', '/quick'));
    expect((await idle.response()).headers.connection).toBe('keep-alive');
    const busy = await RawConnection.open(harness.port);
    busy.send(requestText('GET', '/held'));
    await harness.held;

    const closing = harness.close();
    expect((await idle.ended).error).toBeUndefined();
    harness.release();
    await busy.response();
    await closing;
  });

  it('answers a request sent on a kept connection just before shutdown, while the server had not read it yet, instead of resetting it', async () => {
    const harness = await listening();
    const connection = await RawConnection.open(harness.port);
    connection.send(requestText('GET', '/quick'));
    await connection.response();

    // Both in one turn of the event loop: the request is in the server's receive buffer, unread, when shutdown
    // begins, as when a busy server handles SIGTERM late.
    connection.send(requestText('POST', '/echo', { 'content-type': 'application/json' }, '{"applicants":[1,2,3]}'));
    const closing = harness.close();

    expect(await connection.response()).toMatchObject({ status: 200, headers: { connection: 'close' }, body: '{"length":22}' });
    await closing;
  });

  it('answers requests on connections still waiting to be accepted when shutdown began, instead of resetting them', async () => {
    const harness = await listening();
    // Made and sent in the turn of the event loop that begins shutdown: the server accepts one waiting connection
    // per turn, so most of them are still in the listen backlog when it starts to stop.
    const waiting = Array.from({ length: 8 }, () => RawConnection.start(harness.port));
    for (const connection of waiting) connection.send(requestText('GET', '/quick'));
    const closing = harness.close();

    for (const connection of waiting) expect(await connection.response()).toMatchObject({ status: 200, headers: { connection: 'close' } });
    await closing;
  });

  it('refuses new connections once shutdown has begun', async () => {
    const harness = await listening();
    const busy = await RawConnection.open(harness.port);
    busy.send(requestText('GET', '/held'));
    await harness.held;

    const closing = harness.close();
    await vi.waitFor(() => expect(harness.app.server.listening).toBe(false));
    await expect(RawConnection.open(harness.port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    harness.release();
    await closing;
  });

  it('cuts a client still sending its body when the grace period ends, and then finishes', async () => {
    const graceMs = 300;
    const harness = await listening(graceMs);
    const slow = await RawConnection.open(harness.port);
    slow.send(`${requestText('POST', '/echo', { 'content-type': 'application/json', 'content-length': '100' })}{`);
    await vi.waitFor(() => expect(harness.seen).toContain('POST /echo'));

    const startedAt = Date.now();
    await harness.close();
    const ended = await slow.ended;
    expect(ended.at - startedAt).toBeGreaterThanOrEqual(graceMs - 1);
    expect(Date.now() - startedAt).toBeLessThan(graceMs + 10_000);
  });
});
