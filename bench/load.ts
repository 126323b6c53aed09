import autocannon from 'autocannon';
import Fastify from 'fastify';

/** What one autocannon run measured. */
export interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
}

export interface LoadOptions {
  url: string;
  connections: number;
  durationSeconds: number;
  headers?: Record<string, string>;
  /** Each request's own path, headers and form, for many distinct links or client addresses. */
  request?: () => { path: string; method?: 'GET' | 'POST'; headers?: Record<string, string>; body?: string };
}

export async function load(options: LoadOptions): Promise<LoadFigures> {
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationSeconds,
    headers: options.headers,
    ...(options.request && {
      requests: [
        {
          setupRequest: (request) => {
            const next = options.request!();
            return { ...request, path: next.path, method: next.method ?? 'GET', headers: { ...request.headers, ...next.headers }, ...(next.body !== undefined && { body: next.body }) };
          },
        },
      ],
    }),
  });
  return { requestsPerSecond: result.requests.average, p50Ms: result.latency.p50, p99Ms: result.latency.p99, non2xx: result.non2xx };
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
