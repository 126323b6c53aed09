import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { startSmtpSink, type ReceivedMessage } from '../test/support/smtp-sink.js';

/** What a run of separate worker processes delivered, as the mail server saw it. */
export interface WorkerProcessesFigures {
  processes: number;
  messagesPerSecond: number;
  /** Messages the server received more than once (by Message-ID). */
  duplicates: number;
  /** Messages queued that never reached the server. */
  lost: number;
}

export interface WorkerProcessesRun {
  processes: number;
  /** A second handle's connection string on the benchmark's PostgreSQL database. */
  databaseUrl: string;
  /** Connections (and messages at once) per process, as OUTBOX_CONCURRENCY. */
  connections: number;
  answerDelayMs: number;
  secret: string;
  /** Queues the run's messages, all due now, and gives their count. */
  queue: () => Promise<number>;
  timeoutMs?: number;
}

const messageIdOf = (message: ReceivedMessage): string => /^Message-ID:\s*(\S+)/im.exec(message.raw)?.[1] ?? message.raw;

/**
 * `npm run worker` itself, `processes` times over, on one PostgreSQL and to one slow SMTP server: the operator's
 * way of scaling delivery out. The rate is counted from the first message the server receives to the last, so the
 * processes' start-up (tsx, the migration check) is not part of it.
 */
export async function deliverWithWorkerProcesses(run: WorkerProcessesRun): Promise<WorkerProcessesFigures> {
  const sink = await startSmtpSink({ answerDelayMs: run.answerDelayMs });
  const expected = await run.queue();
  const arrivals: number[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  const count = () => {
    for (const message of sink.received.splice(0)) {
      arrivals.push(performance.now());
      const id = messageIdOf(message);
      if (seen.has(id)) duplicates += 1;
      seen.add(id);
    }
  };
  const workers: ChildProcess[] = Array.from({ length: run.processes }, () =>
    fork(new URL('../src/worker.ts', import.meta.url), [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      env: {
        ...process.env,
        NODE_ENV: 'development',
        DATABASE_URL: run.databaseUrl,
        SMTP_URL: sink.url,
        SESSION_SECRET: run.secret,
        SEED_DEMO: 'false',
        OUTBOX_CONCURRENCY: String(run.connections),
      },
    }),
  );
  const deadline = performance.now() + (run.timeoutMs ?? 600_000);
  try {
    while (seen.size < expected && performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      count();
    }
  } finally {
    await Promise.all(
      workers.map(async (worker) => {
        if (worker.exitCode !== null) return;
        const exited = once(worker, 'exit');
        worker.kill('SIGTERM');
        await exited;
      }),
    );
  }
  // A message sent twice would have reached the server by the time its sender stopped.
  count();
  await sink.close();
  const seconds = arrivals.length > 1 ? (arrivals.at(-1)! - arrivals[0]!) / 1000 : Number.NaN;
  return { processes: run.processes, messagesPerSecond: Math.round(seen.size / seconds), duplicates, lost: expected - seen.size };
}
