import autocannon from 'autocannon';
import type { LoadFigures, WorkerLoadOptions } from './load.js';

/**
 * The load generator in a process of its own (forked by bench/load.ts), so that its CPU does not compete with the
 * server it measures inside one event loop. It receives one run's options, runs autocannon, and sends the figures back.
 * Distinct requests come as a list, taken in turn, since a function cannot cross the process boundary.
 */
process.once('message', (message: WorkerLoadOptions) => {
  void (async () => {
    const requests = message.requests;
    let next = 0;
    const result = await autocannon({
      url: message.url,
      connections: message.connections,
      duration: message.durationSeconds,
      headers: message.headers,
      ...(requests &&
        requests.length > 0 && {
          requests: [
            {
              setupRequest: (request) => {
                const one = requests[next]!;
                next = (next + 1) % requests.length;
                return {
                  ...request,
                  path: one.path,
                  method: one.method ?? 'GET',
                  headers: { ...request.headers, ...one.headers },
                  ...(one.body !== undefined && { body: one.body }),
                };
              },
            },
          ],
        }),
    });
    const figures: LoadFigures = { requestsPerSecond: result.requests.average, p50Ms: result.latency.p50, p99Ms: result.latency.p99, non2xx: result.non2xx };
    process.send!(figures, () => process.exit(0));
  })();
});
