import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from './db/database.js';
import { verifyPassword } from './security/password.js';

/** `npm run setup` as an operator runs it: its own process, against a SQLite file, with only the environment given. */
const ROOT = path.resolve(import.meta.dirname, '..');
const PASSWORD = 'a long enough passphrase';
const ARGUMENTS = ['--organisation', 'Fjordside Tømrer ApS', '--time-zone', 'Europe/Copenhagen', '--language', 'da', '--admin-name', 'Signe Dahl', '--admin-email', 'signe@fjordside.example'];

let file: string;
beforeEach(() => {
  file = path.join(mkdtempSync(path.join(tmpdir(), 'samtale-setup-')), 'samtale.sqlite');
});

function runSetup(args: string[], options: { env?: Record<string, string>; stdin?: string } = {}): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/setup.ts', ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', DATABASE_URL: `sqlite:${file}`, SESSION_SECRET: 'a-server-secret-of-at-least-32-characters', ...options.env },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output }));
    child.stdin.end(options.stdin ?? '');
  });
}

let database: DatabaseHandle | null = null;
afterEach(async () => {
  await database?.close();
  database = null;
});

async function stored() {
  database = openDatabase({ engine: 'sqlite', filename: file });
  const organisations = await database.db.selectFrom('organisations').select(['name', 'time_zone', 'default_language']).execute();
  const users = await database.db.selectFrom('users').select(['email', 'role', 'password_hash']).execute();
  return { organisations, users };
}

describe('npm run setup', () => {
  it('creates the organisation and its administrator, with the password from the environment', async () => {
    const run = await runSetup(ARGUMENTS, { env: { SAMTALE_ADMIN_PASSWORD: PASSWORD } });

    expect(run).toMatchObject({ code: 0, output: expect.stringContaining('Samtale is set up: Fjordside Tømrer ApS') });
    const { organisations, users } = await stored();
    expect(organisations).toEqual([{ name: 'Fjordside Tømrer ApS', time_zone: 'Europe/Copenhagen', default_language: 'da' }]);
    expect(users).toMatchObject([{ email: 'signe@fjordside.example', role: 'admin' }]);
    expect(await verifyPassword(PASSWORD, users[0]!.password_hash)).toBe(true);
    expect(run.output).not.toContain(PASSWORD);
  }, 60_000);

  it('reads the password from standard input, and refuses a second setup', async () => {
    expect((await runSetup(ARGUMENTS, { stdin: `${PASSWORD}\n` })).code).toBe(0);

    const again = await runSetup(ARGUMENTS, { stdin: `${PASSWORD}\n` });

    expect(again).toMatchObject({ code: 1, output: expect.stringContaining('already set up') });
    expect((await stored()).organisations).toHaveLength(1);
  }, 60_000);

  it('refuses a password on the command line, saying why', async () => {
    const run = await runSetup([...ARGUMENTS, `--password=${PASSWORD}`]);

    expect(run).toMatchObject({ code: 2, output: expect.stringContaining('SAMTALE_ADMIN_PASSWORD') });
  }, 60_000);

  it('names what is missing or wrong, and creates nothing', async () => {
    const missing = await runSetup(ARGUMENTS.slice(2), { env: { SAMTALE_ADMIN_PASSWORD: PASSWORD } });
    const badZone = await runSetup(ARGUMENTS.map((arg) => (arg === 'Europe/Copenhagen' ? 'Europe/Aarhus' : arg)), { env: { SAMTALE_ADMIN_PASSWORD: PASSWORD } });
    const shortPassword = await runSetup(ARGUMENTS, { stdin: 'short\n' });

    expect(missing).toMatchObject({ code: 2, output: expect.stringContaining('missing --organisation') });
    expect(badZone).toMatchObject({ code: 1, output: expect.stringContaining('--time-zone is not an IANA time zone') });
    expect(shortPassword).toMatchObject({ code: 1, output: expect.stringContaining('the password (SAMTALE_ADMIN_PASSWORD or standard input) must be at least') });
    expect((await stored()).organisations).toEqual([]);
  }, 60_000);
});
