import { afterEach, describe, expect, it } from 'vitest';
import { createProcessDatabase, type ProcessDatabase } from './support/process-database.js';
import { freePort, killAll, ready, SamtaleProcess, startServer } from './support/processes.js';
import { TEST_ENGINE } from './support/test-database.js';

// Each test starts a real process: tsx compiles, migrations run, demo data is hashed. On a loaded two-core machine
// that takes far longer than vitest's default, so every wait below is on a condition, under a generous deadline.
const PROCESS_TEST_TIMEOUT_MS = 120_000;

async function projectsOfAnna(baseUrl: string): Promise<unknown[]> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'anna@demo.example', password: 'samtale-demo' }),
  });
  expect(login.status).toBe(200);
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  return ((await (await fetch(`${baseUrl}/api/projects`, { headers: { cookie } })).json()) as { items: unknown[] }).items;
}

let database: ProcessDatabase | undefined;
afterEach(async () => {
  await killAll();
  await database?.close();
  database = undefined;
});

describe(`the server process on ${TEST_ENGINE}`, () => {
  it(
    'starts with demo data, prints the logins, serves anna her three projects, and stops cleanly on SIGTERM',
    async () => {
      database = await createProcessDatabase();
      const { process: server, port, baseUrl } = await startServer({ DATABASE_URL: database.url, SESSION_SECRET: 'x'.repeat(40), LOG_LEVEL: 'info' });

      const banner = await server.waitFor(/carl@demo\.example.*\n/);
      expect(banner).toContain(`http://localhost:${port}`);
      expect(banner).toMatch(/anna@demo\.example\s+password: samtale-demo/);

      expect(await projectsOfAnna(baseUrl)).toHaveLength(3);
      expect(await server.stop('SIGTERM')).toEqual({ code: 0, signal: null });
      expect(server.output()).toContain('"msg":"stopped"');
      await expect(fetch(`${baseUrl}/api/health`)).rejects.toThrow();
    },
    PROCESS_TEST_TIMEOUT_MS,
  );

  it(
    'keeps its data over a restart and does not create the demo organisation twice',
    async () => {
      database = await createProcessDatabase();
      const first = await startServer({ DATABASE_URL: database.url, SESSION_SECRET: 'x'.repeat(40), LOG_LEVEL: 'info' });
      expect(await first.process.stop('SIGTERM')).toEqual({ code: 0, signal: null });

      const again = await first.process.restart();
      await ready(again);
      expect(again.output()).not.toContain('Demo data created');
      expect(await projectsOfAnna(first.baseUrl)).toHaveLength(3);
      expect(await database.db.selectFrom('organisations').select('id').execute()).toHaveLength(1);
      expect(await again.stop('SIGTERM')).toEqual({ code: 0, signal: null });
    },
    PROCESS_TEST_TIMEOUT_MS,
  );

  it(
    'in production on an empty database prints where to set it up, with a token that works once, and no longer after',
    async () => {
      database = await createProcessDatabase();
      const port = await freePort();
      const publicUrl = `http://127.0.0.1:${port}`;
      const env = { NODE_ENV: 'production', PORT: String(port), PUBLIC_URL: publicUrl, DATABASE_URL: database.url, SESSION_SECRET: 'x'.repeat(40), LOG_LEVEL: 'info' };
      const { process: server } = await startServer(env);

      const banner = await server.waitFor(/npm run setup -- --help\n/);
      const token = new RegExp(`${publicUrl}/setup\\?token=([\\w-]{43})\n`).exec(banner)?.[1];
      expect(token).toBeDefined();
      expect(server.logLines().some((line) => JSON.stringify(line).includes(token!))).toBe(false);
      const setup = await fetch(`${publicUrl}/api/setup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ organisationName: 'Fjordside ApS', timeZone: 'Europe/Copenhagen', language: 'da', adminName: 'Signe Dahl', adminEmail: 'signe@fjordside.example', password: 'a long enough passphrase', setupToken: token }),
      });
      expect(setup.status).toBe(201);
      expect(await server.stop('SIGTERM')).toEqual({ code: 0, signal: null });

      const again = await server.restart();
      await ready(again);
      expect(again.output()).not.toContain('/setup');
      expect(await again.stop('SIGTERM')).toEqual({ code: 0, signal: null });
    },
    PROCESS_TEST_TIMEOUT_MS,
  );

  it(
    'refuses to start with a bad variable and names it',
    async () => {
      const server = new SamtaleProcess('src/main.ts', { PORT: 'eighty', SESSION_SECRET: 'x'.repeat(40), DATABASE_URL: 'sqlite::memory:' });
      const output = await server.waitFor(/configuration error.*\n/);
      expect(output).toContain('PORT: must be a whole number from 1 to 65535; got "eighty".');
      expect(await server.exitWithin(PROCESS_TEST_TIMEOUT_MS)).toEqual({ code: 1, signal: null });
    },
    PROCESS_TEST_TIMEOUT_MS,
  );
});
