import type { Server } from 'node:http';
import type { FastifyInstance } from 'fastify';

/**
 * How long requests already received may take to finish once shutdown begins. After it, connections still open
 * are cut: a client sending its body a byte at a time must not hold the process (and its replacement) for minutes.
 * Well inside the 30 s an orchestrator usually waits before SIGKILL.
 */
export const SHUTDOWN_GRACE_MS = 10_000;

/** However fast new connections keep coming, the listener closes this soon after shutdown begins. */
const BACKLOG_DRAIN_LIMIT_MS = 1_000;

/** Resolves once the event loop has polled for I/O twice more: three hops of setImmediate span two polls wherever they start. */
function twoPolls(): Promise<void> {
  return new Promise((resolve) => setImmediate(() => setImmediate(() => setImmediate(resolve))));
}

/**
 * Takes in what clients sent before shutdown began. While the event loop was busy (a large SQLite transaction runs
 * without yielding), requests pile up unread: in the buffers of open connections, which would look idle and be
 * reset, and on connections waiting in the listen backlog, which closing the listener would reset. Node accepts
 * one waiting connection per turn of the loop, and reads a connection's first bytes in the poll after accepting it;
 * so the loop turns until two polls have accepted nothing.
 */
async function takeInWhatWasSent(server: Server): Promise<void> {
  let accepted = 0;
  const count = () => (accepted += 1);
  server.on('connection', count);
  const giveUpAt = Date.now() + BACKLOG_DRAIN_LIMIT_MS;
  try {
    let before: number;
    do {
      before = accepted;
      await twoPolls();
    } while (accepted > before && Date.now() < giveUpAt);
  } finally {
    server.off('connection', count);
  }
}

/**
 * Prepares `app` to stop without losing requests; call it before the app listens. The function returned takes in
 * what clients had already sent, then stops listening and closes idle keep-alive connections, lets the requests
 * received finish (each answered with `Connection: close`, so no client keeps its connection open), and after
 * `graceMs` cuts whatever is still open. It resolves once every connection is closed.
 */
export function prepareShutdown(app: FastifyInstance, graceMs = SHUTDOWN_GRACE_MS): () => Promise<void> {
  let closing = false;
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });

  return async () => {
    closing = true;
    const cut = setTimeout(() => {
      app.log.warn({ graceMs }, 'shutdown grace period over: closing the connections still open');
      app.server.closeAllConnections();
    }, graceMs);
    try {
      await takeInWhatWasSent(app.server);
      // Stops listening and closes idle connections; resolves when the last connection has closed.
      await app.close();
    } finally {
      clearTimeout(cut);
    }
  };
}
