import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from './support/test-database.js';

/** The service as an operator runs it: `npm start`'s command in a process of its own. */
function startSamtale(env: Record<string, string>): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: path.resolve(import.meta.dirname, '..'),
    env: { PATH: process.env.PATH ?? '', ...env },
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function outputUntil(child: ChildProcessWithoutNullStreams, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (pattern.test(output)) resolve(output);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited with ${code} before printing ${pattern}:\n${output}`)));
  });
}

function exitOf(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

let child: ChildProcessWithoutNullStreams | undefined;
let database: TestDatabase | undefined;
afterEach(async () => {
  child?.kill('SIGKILL');
  child = undefined;
  await database?.close();
  database = undefined;
});

describe(`the server process on ${TEST_ENGINE}`, () => {
  it('starts with demo data, prints the logins, serves anna her three projects, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    let databaseUrl = `sqlite:${path.join(mkdtempSync(path.join(tmpdir(), 'samtale-')), 'samtale.sqlite')}`;
    if (TEST_ENGINE === 'postgres') {
      database = await createTestDatabase({ migrate: false });
      databaseUrl = database.url!;
    }
    child = startSamtale({ PORT: String(port), DATABASE_URL: databaseUrl, SESSION_SECRET: 'x'.repeat(40), LOG_LEVEL: 'info' });
    const exited = exitOf(child);

    const banner = await outputUntil(child, /carl@demo\.example.*\n/);
    expect(banner).toContain(`http://localhost:${port}`);
    expect(banner).toMatch(/anna@demo\.example\s+password: samtale-demo/);

    const base = `http://127.0.0.1:${port}`;
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'anna@demo.example', password: 'samtale-demo' }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const projects = (await (await fetch(`${base}/api/projects`, { headers: { cookie } })).json()) as { items: unknown[] };
    expect(projects.items).toHaveLength(3);

    const stopped = outputUntil(child, /"msg":"stopped"/);
    child.kill('SIGTERM');
    await stopped;
    expect(await exited).toBe(0);
    await expect(fetch(`${base}/api/health`)).rejects.toThrow();
  });

  it('refuses to start with a bad variable and names it', async () => {
    child = startSamtale({ PORT: 'eighty', SESSION_SECRET: 'x'.repeat(40), DATABASE_URL: 'sqlite::memory:' });
    const exited = exitOf(child);
    const output = await outputUntil(child, /configuration error/);
    expect(output).toContain('PORT: must be a whole number from 1 to 65535; got "eighty".');
    expect(await exited).toBe(1);
  });
});
