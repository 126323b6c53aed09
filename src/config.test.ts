import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const SECRET = 'a-secret-that-is-long-enough-for-sure';
const tempDir = () => mkdtempSync(path.join(tmpdir(), 'samtale-config-'));

function configErrorOf(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('runs on SQLite under ./data, port 3000, with demo data, when nothing is set', () => {
    const dir = tempDir();
    const config = loadConfig({}, dir);
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ engine: 'sqlite', filename: path.join(dir, 'samtale.sqlite') });
    expect(config.seedDemo).toBe(true);
    expect(config.demoPassword).toBe('samtale-demo');
    expect(config.publicUrl.toString()).toBe('http://localhost:3000/');
    expect(config.smtpUrl).toBeNull();
    expect(config.runWorker).toBe(true);
  });

  it('sends SMS through Twilio when its three variables are set, and keeps them in the development box otherwise', () => {
    const sid = `AC${'a'.repeat(32)}`;
    expect(loadConfig({ SESSION_SECRET: SECRET }, tempDir()).twilio).toBeNull();
    expect(loadConfig({ SESSION_SECRET: SECRET, TWILIO_ACCOUNT_SID: sid, TWILIO_AUTH_TOKEN: 'tok', TWILIO_FROM: 'Samtale' }, tempDir()).twilio).toEqual({
      accountSid: sid,
      authToken: 'tok',
      from: 'Samtale',
      apiBaseUrl: 'https://api.twilio.com',
    });
  });

  it('takes an SMTP server for outgoing email', () => {
    expect(loadConfig({ SMTP_URL: 'smtps://user:pw@mail.example:465', SESSION_SECRET: SECRET }, tempDir()).smtpUrl).toBe('smtps://user:pw@mail.example:465');
  });

  it('asks for the setup token on first run unless REQUIRE_SETUP_TOKEN turns it off', () => {
    expect(loadConfig({ SESSION_SECRET: SECRET }, tempDir()).requireSetupToken).toBe(true);
    expect(loadConfig({ SESSION_SECRET: SECRET, REQUIRE_SETUP_TOKEN: 'false' }, tempDir()).requireSetupToken).toBe(false);
  });

  it('lets webhooks go to http://127.0.0.1 only when WEBHOOKS_TO_LOOPBACK says so, and never in production', () => {
    expect(loadConfig({ SESSION_SECRET: SECRET }, tempDir()).webhooksToLoopback).toBe(false);
    expect(loadConfig({ SESSION_SECRET: SECRET, WEBHOOKS_TO_LOOPBACK: 'true' }, tempDir()).webhooksToLoopback).toBe(true);
    const production = { NODE_ENV: 'production', SESSION_SECRET: SECRET, PUBLIC_URL: 'https://jobs.example', WEBHOOKS_TO_LOOPBACK: 'true' };
    expect(configErrorOf(() => loadConfig(production, tempDir())).variable).toBe('WEBHOOKS_TO_LOOPBACK');
  });

  it('delivers five messages at once unless OUTBOX_CONCURRENCY says otherwise', () => {
    expect(loadConfig({ SESSION_SECRET: SECRET }, tempDir()).outboxConcurrency).toBe(5);
    expect(loadConfig({ SESSION_SECRET: SECRET, OUTBOX_CONCURRENCY: '20' }, tempDir()).outboxConcurrency).toBe(20);
  });

  it('serves the web app from dist/web at the repository root whatever the working directory, or from WEB_APP_DIR', () => {
    const repositoryRoot = path.resolve(import.meta.dirname, '..');
    const elsewhere = process.cwd();
    try {
      process.chdir(tmpdir());
      expect(loadConfig({ SESSION_SECRET: SECRET }, tempDir()).webAppDir).toBe(path.join(repositoryRoot, 'dist', 'web'));
      expect(loadConfig({ SESSION_SECRET: SECRET, WEB_APP_DIR: 'build/app' }, tempDir()).webAppDir).toBe(path.join(process.cwd(), 'build', 'app'));
    } finally {
      process.chdir(elsewhere);
    }
  });

  it('generates a development session secret once, keeps it private, and reuses it', () => {
    const dir = tempDir();
    const first = loadConfig({}, dir).sessionSecret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({}, dir).sessionSecret).toBe(first);
    expect(readFileSync(path.join(dir, 'session-secret'), 'utf8').trim()).toBe(first);
    expect(statSync(path.join(dir, 'session-secret')).mode & 0o077).toBe(0);
  });

  it('selects PostgreSQL for a postgres:// DATABASE_URL', () => {
    const url = 'postgres://samtale:pw@db.internal:5432/samtale';
    expect(loadConfig({ DATABASE_URL: url, SESSION_SECRET: SECRET }, tempDir()).database).toEqual({ engine: 'postgres', connectionString: url });
  });

  it('accepts an explicit sqlite: file', () => {
    expect(loadConfig({ DATABASE_URL: 'sqlite:/var/lib/samtale/db.sqlite', SESSION_SECRET: SECRET }, tempDir()).database).toEqual({
      engine: 'sqlite',
      filename: '/var/lib/samtale/db.sqlite',
    });
  });

  it.each([
    ['PORT', { PORT: 'eighty' }],
    ['PORT', { PORT: '70000' }],
    ['PORT', { PORT: '0' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://localhost/samtale' }],
    ['DATABASE_URL', { DATABASE_URL: 'not a url' }],
    ['PUBLIC_URL', { PUBLIC_URL: 'ftp://samtale.example' }],
    ['PUBLIC_URL', { PUBLIC_URL: 'samtale.example' }],
    ['SESSION_SECRET', { SESSION_SECRET: 'short' }],
    ['SEED_DEMO', { SEED_DEMO: 'maybe' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
    ['DEMO_PASSWORD', { DEMO_PASSWORD: 'abc' }],
    ['SMTP_URL', { SMTP_URL: 'http://mail.example' }],
    ['SMTP_URL', { SMTP_URL: 'mail.example:25' }],
    ['RUN_WORKER', { RUN_WORKER: 'sometimes' }],
    ['OUTBOX_CONCURRENCY', { OUTBOX_CONCURRENCY: '0' }],
    ['OUTBOX_CONCURRENCY', { OUTBOX_CONCURRENCY: '51' }],
    ['OUTBOX_CONCURRENCY', { OUTBOX_CONCURRENCY: 'many' }],
    ['TWILIO_FROM', { TWILIO_ACCOUNT_SID: `AC${'0'.repeat(32)}`, TWILIO_AUTH_TOKEN: 'token' }],
    ['TWILIO_ACCOUNT_SID', { TWILIO_ACCOUNT_SID: 'nope', TWILIO_AUTH_TOKEN: 'token', TWILIO_FROM: '+4520123456' }],
    ['TWILIO_API_URL', { TWILIO_ACCOUNT_SID: `AC${'0'.repeat(32)}`, TWILIO_AUTH_TOKEN: 't', TWILIO_FROM: 'Samtale', TWILIO_API_URL: 'nope' }],
  ])('refuses a bad %s with a message naming it', (variable, env) => {
    const error = configErrorOf(() => loadConfig({ SESSION_SECRET: SECRET, ...env }, tempDir()));
    expect(error.variable).toBe(variable);
    expect(error.message).toContain(variable);
  });

  it('requires SESSION_SECRET and PUBLIC_URL in production and seeds no demo data there', () => {
    expect(configErrorOf(() => loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://jobs.example' }, tempDir())).variable).toBe('SESSION_SECRET');
    expect(configErrorOf(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: SECRET }, tempDir())).variable).toBe('PUBLIC_URL');
    const config = loadConfig({ NODE_ENV: 'production', SESSION_SECRET: SECRET, PUBLIC_URL: 'https://jobs.example' }, tempDir());
    expect(config.seedDemo).toBe(false);
  });

  it('turns demo data off with SEED_DEMO=false', () => {
    expect(loadConfig({ SEED_DEMO: 'false', SESSION_SECRET: SECRET }, tempDir()).seedDemo).toBe(false);
  });
});
