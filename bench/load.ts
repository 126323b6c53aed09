import { fork } from 'node:child_process';
import Fastify from 'fastify';

/** What one autocannon run measured. */
export interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
}

/** One request of a run: its path, and any method, headers and form of its own. */
export interface LoadRequest {
  path: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadOptions {
  url: string;
  connections: number;
  durationSeconds: number;
  headers?: Record<string, string>;
  /** Each request's own path, headers and form, for many distinct links or client addresses; taken in turn. */
  requests?: LoadRequest[];
}

/** What bench/load-worker.ts receives. */
export type WorkerLoadOptions = LoadOptions;

/**
 * One autocannon run from a child process of its own (bench/load-worker.ts, through tsx), so that the load
 * generator's CPU is not the server's: on a 2-core machine, the two would otherwise share one event loop.
 */
export function load(options: LoadOptions): Promise<LoadFigures> {
  return new Promise((resolve, reject) => {
    const child = fork(new URL('./load-worker.ts', import.meta.url), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let figures: LoadFigures | undefined;
    child.once('message', (message) => {
      figures = message as LoadFigures;
    });
    child.once('error', reject);
    child.once('exit', (code) => (figures ? resolve(figures) : reject(new Error(`the load generator exited with ${code} before reporting`))));
    child.send(options);
  });
}

/**
 * The baseline of an endpoint: a bare Fastify route on this machine, in this run, answering with the same bytes and
 * content type. Only the ratio to it compares across machines, since the machine is shared and noisy.
 */
export async function bareRoute(body: string, contentType: string, status = 200): Promise<{ url: string; close: () => Promise<void> }> {
  const bare = Fastify({ logger: false });
  bare.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, form, done) => done(null, form));
  bare.route({ method: ['GET', 'POST'], url: '/*', handler: async (_request, reply) => reply.status(status).type(contentType).send(body) });
  const url = await bare.listen({ host: '127.0.0.1', port: 0 });
  return { url, close: () => bare.close() };
}

/** One JSON line for machines and one readable line for people. */
export function report(result: Record<string, unknown>, line: string): void {
  process.stdout.write(`${JSON.stringify(result)}\n${line}\n`);
}
