import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterEach } from 'vitest';

/** The two programs an operator runs: `npm start` and `npm run worker`. */
export type Program = 'src/main.ts' | 'src/worker.ts';

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Long enough for a start (tsx compiling, migrations, demo data) on a loaded two-core machine. */
export const START_DEADLINE_MS = 60_000;

const ROOT = path.resolve(import.meta.dirname, '../..');
const running = new Set<SamtaleProcess>();

/** A free TCP port on 127.0.0.1, for PORT. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * One run of a Samtale program in a process of its own, as an operator starts it, with only the environment given
 * (and PATH). Collects what it prints and knows how it ended.
 */
export class SamtaleProcess {
  readonly exited: Promise<Exit>;
  private readonly child: ChildProcessWithoutNullStreams;
  private text = '';
  private exit: Exit | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly program: Program,
    readonly env: Record<string, string>,
  ) {
    this.child = spawn(process.execPath, ['--import', 'tsx', program], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env } });
    running.add(this);
    const onData = (chunk: Buffer) => {
      this.text += chunk.toString();
      this.notify();
    };
    this.child.stdout.on('data', onData);
    this.child.stderr.on('data', onData);
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code, signal) => {
        this.exit = { code, signal };
        running.delete(this);
        this.notify();
        resolve(this.exit);
      });
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Everything printed so far, standard output and error as they came. */
  output(): string {
    return this.text;
  }

  /** The JSON log lines printed so far (the banner and other plain lines left out). */
  logLines(): Record<string, unknown>[] {
    return this.text
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .flatMap((line) => {
        try {
          return [JSON.parse(line) as Record<string, unknown>];
        } catch {
          return [];
        }
      });
  }

  /**
   * Resolves with the output once `condition` holds for it; rejects if the process ends first or the deadline
   * passes, quoting the output.
   */
  waitFor(condition: RegExp | ((output: string) => boolean), timeoutMs = START_DEADLINE_MS): Promise<string> {
    const holds = typeof condition === 'function' ? condition : (output: string) => condition.test(output);
    return new Promise((resolve, reject) => {
      const check = () => {
        if (holds(this.text)) finish(() => resolve(this.text));
        else if (this.exit) finish(() => reject(new Error(`${this.describe()} ended (${JSON.stringify(this.exit)}) before ${condition}:\n${this.text}`)));
      };
      const timer = setTimeout(() => finish(() => reject(new Error(`${this.describe()}: no ${condition} within ${timeoutMs} ms:\n${this.text}`))), timeoutMs);
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        this.listeners.delete(check);
        settle();
      };
      this.listeners.add(check);
      check();
    });
  }

  /** Sends a signal; SIGKILL ends it at once, mid-whatever it was doing. */
  kill(signal: NodeJS.Signals): void {
    if (!this.exit) this.child.kill(signal);
  }

  /** Sends `signal` and resolves with how the process ended; rejects if it has not ended within the deadline. */
  async stop(signal: NodeJS.Signals = 'SIGTERM', timeoutMs = START_DEADLINE_MS): Promise<Exit> {
    this.kill(signal);
    return this.exitWithin(timeoutMs);
  }

  /** How the process ended, once it has; rejects if it is still running after `timeoutMs`. */
  exitWithin(timeoutMs: number): Promise<Exit> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${this.describe()} still running after ${timeoutMs} ms:\n${this.text}`)), timeoutMs);
    });
    return Promise.race([this.exited, deadline]).finally(() => clearTimeout(timer));
  }

  /** The same program with the same environment (and `changes`), started again once this run has ended. */
  async restart(changes: Record<string, string> = {}): Promise<SamtaleProcess> {
    if (!this.exit) throw new Error(`${this.describe()} is still running; stop it before restarting it`);
    return new SamtaleProcess(this.program, { ...this.env, ...changes });
  }

  private describe(): string {
    return `${this.program} (pid ${this.child.pid})`;
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

/** The server is ready once its banner, printed after it listens, is out. */
const SERVER_READY = /Samtale is running: /;
/** The worker is ready once it says so; it has migrated the database by then. */
const WORKER_READY = /"msg":"outbox worker started"/;

export interface RunningServer {
  process: SamtaleProcess;
  port: number;
  /** `http://127.0.0.1:<port>` */
  baseUrl: string;
}

/** `src/main.ts` on a free port (unless `env` names one), once it listens. */
export async function startServer(env: Record<string, string>): Promise<RunningServer> {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const server = new SamtaleProcess('src/main.ts', { ...env, PORT: String(port) });
  await server.waitFor(SERVER_READY);
  return { process: server, port, baseUrl: `http://127.0.0.1:${port}` };
}

/** `src/worker.ts`, once it has started delivering. */
export async function startWorker(env: Record<string, string>): Promise<SamtaleProcess> {
  const worker = new SamtaleProcess('src/worker.ts', env);
  await worker.waitFor(WORKER_READY);
  return worker;
}

/** Waits until a restarted or fresh run is ready, the same way `startServer` and `startWorker` do. */
export function ready(started: SamtaleProcess): Promise<string> {
  return started.waitFor(started.program === 'src/main.ts' ? SERVER_READY : WORKER_READY);
}

/** SIGKILLs every process started here that is still running, and waits for each to end: for `afterEach`. */
export async function killAll(): Promise<void> {
  const left = [...running];
  for (const started of left) started.kill('SIGKILL');
  await Promise.all(left.map((started) => started.exited));
}

/**
 * For a test file that starts processes: after each test, SIGKILLs what is still running, then closes what the test
 * handed to the returned `track` (an SMTP server, a database), the last tracked first.
 */
export function endProcessesAfterEach(): <T extends { close(): Promise<void> }>(resource: T) => T {
  const open: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    await killAll();
    for (const resource of open.splice(0).reverse()) await resource.close();
  });
  return (resource) => {
    open.push(resource);
    return resource;
  };
}
