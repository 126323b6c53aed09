import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the embedded database and generated development secrets live. */
export const DATA_DIR = 'data';

/** Where `npm run build:web` puts the web app: found from this file, so the server serves it from any working directory. */
export const DEFAULT_WEB_APP_DIR = fileURLToPath(new URL('../dist/web', import.meta.url));

export type DatabaseConfig =
  | { engine: 'sqlite'; filename: string }
  | { engine: 'postgres'; connectionString: string };

export interface Config {
  production: boolean;
  host: string;
  port: number;
  database: DatabaseConfig;
  sessionSecret: string;
  publicUrl: URL;
  seedDemo: boolean;
  demoPassword: string;
  logLevel: string;
  trustProxy: boolean;
  /** SMTP server for outgoing email; null keeps emails in the development mailbox instead. */
  smtpUrl: string | null;
  /** Run the outbox worker inside the server process (the default), or leave it to `npm run worker`. */
  runWorker: boolean;
  /** Twilio's Messages API for SMS; null keeps text messages in the development SMS box instead. */
  twilio: TwilioConfig | null;
  /** The built web app (index.html and assets/), an absolute path. */
  webAppDir: string;
  /** First-run setup asks for the token the server prints at start, so a stranger cannot claim a new server. */
  requireSetupToken: boolean;
  /** Webhook endpoints may be http://127.0.0.1 as well as https: for a test's own receiver, never in production. */
  webhooksToLoopback: boolean;
  /** Messages one worker delivers at once, and the SMTP connections it keeps open for them. */
  outboxConcurrency: number;
}

export interface TwilioConfig {
  accountSid: string;
  authToken: string;
  /** A sender number (E.164), an alphanumeric sender ID, or a Messaging Service SID (MG…). */
  from: string;
  apiBaseUrl: string;
}

/**
 * The development transports that keep messages for people to read, each active when its real service is not
 * configured: the mailbox without SMTP_URL, the SMS box without Twilio. Their routes exist only then.
 */
export function developmentTransports(config: Pick<Config, 'smtpUrl' | 'twilio'>): { mailbox: boolean; sms: boolean } {
  return { mailbox: config.smtpUrl === null, sms: config.twilio === null };
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const MIN_SECRET_LENGTH = 32;

/**
 * Reads and validates the environment once, at start. Every other module receives the result,
 * so a misconfiguration stops the process with a message naming the variable instead of failing later.
 */
export function loadConfig(env: Env = process.env, dataDir = DATA_DIR): Config {
  const production = env.NODE_ENV === 'production';
  const port = parsePort(env.PORT);
  const host = nonEmpty(env.HOST) ?? '127.0.0.1';
  const database = parseDatabaseUrl(env.DATABASE_URL, dataDir);
  const publicUrl = parsePublicUrl(env.PUBLIC_URL, production, port);
  const sessionSecret = resolveSessionSecret(env.SESSION_SECRET, production, dataDir);
  const seedDemo = parseBoolean('SEED_DEMO', env.SEED_DEMO) ?? !production;
  const demoPassword = nonEmpty(env.DEMO_PASSWORD) ?? 'samtale-demo';
  if (demoPassword.length < 8) throw new ConfigError('DEMO_PASSWORD', 'must be at least 8 characters long.');
  const logLevel = nonEmpty(env.LOG_LEVEL) ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}; got "${logLevel}".`);
  }
  const trustProxy = parseBoolean('TRUST_PROXY', env.TRUST_PROXY) ?? false;
  const smtpUrl = parseSmtpUrl(env.SMTP_URL);
  const runWorker = parseBoolean('RUN_WORKER', env.RUN_WORKER) ?? true;
  const twilio = parseTwilio(env);
  const webAppDir = path.resolve(nonEmpty(env.WEB_APP_DIR) ?? DEFAULT_WEB_APP_DIR);
  const requireSetupToken = parseBoolean('REQUIRE_SETUP_TOKEN', env.REQUIRE_SETUP_TOKEN) ?? true;
  const webhooksToLoopback = parseBoolean('WEBHOOKS_TO_LOOPBACK', env.WEBHOOKS_TO_LOOPBACK) ?? false;
  if (webhooksToLoopback && production) throw new ConfigError('WEBHOOKS_TO_LOOPBACK', 'is for tests; a production server posts webhooks over https only.');
  const outboxConcurrency = parseWholeNumber('OUTBOX_CONCURRENCY', env.OUTBOX_CONCURRENCY, { min: 1, max: 50 }) ?? DEFAULT_OUTBOX_CONCURRENCY;
  return {
    production,
    host,
    port,
    database,
    sessionSecret,
    publicUrl,
    seedDemo,
    demoPassword,
    logLevel,
    trustProxy,
    smtpUrl,
    runWorker,
    twilio,
    webAppDir,
    requireSetupToken,
    webhooksToLoopback,
    outboxConcurrency,
  };
}

/** Enough to keep a mail server that takes 20 ms a message busy, few enough for a small provider's connection limit. */
export const DEFAULT_OUTBOX_CONCURRENCY = 5;

function parseWholeNumber(name: string, value: string | undefined, { min, max }: { min: number; max: number }): number | undefined {
  const raw = nonEmpty(value);
  if (raw === undefined) return undefined;
  const number = Number(raw);
  if (!/^\d+$/.test(raw) || number < min || number > max) throw new ConfigError(name, `must be a whole number from ${min} to ${max}; got "${raw}".`);
  return number;
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function parsePort(value: string | undefined): number {
  const raw = nonEmpty(value);
  if (raw === undefined) return 3000;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port < 1 || port > 65535) {
    throw new ConfigError('PORT', `must be a whole number from 1 to 65535; got "${raw}".`);
  }
  return port;
}

function parseBoolean(name: string, value: string | undefined): boolean | undefined {
  const raw = nonEmpty(value)?.toLowerCase();
  if (raw === undefined) return undefined;
  if (['true', '1', 'yes'].includes(raw)) return true;
  if (['false', '0', 'no'].includes(raw)) return false;
  throw new ConfigError(name, `must be true or false; got "${value}".`);
}

function parseDatabaseUrl(value: string | undefined, dataDir: string): DatabaseConfig {
  const raw = nonEmpty(value);
  if (raw === undefined) return { engine: 'sqlite', filename: path.join(dataDir, 'samtale.sqlite') };
  if (raw.startsWith('sqlite:')) {
    const filename = raw.slice('sqlite:'.length).replace(/^\/\//, '');
    if (!filename) throw new ConfigError('DATABASE_URL', 'a sqlite: URL needs a file name, e.g. sqlite:./data/samtale.sqlite.');
    return { engine: 'sqlite', filename };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL', 'is not a valid URL; expected postgres://user:password@host:port/database or sqlite:path.');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError('DATABASE_URL', `unsupported scheme "${url.protocol}"; use postgres:// or sqlite:.`);
  }
  return { engine: 'postgres', connectionString: raw };
}

function parseSmtpUrl(value: string | undefined): string | null {
  const raw = nonEmpty(value);
  if (raw === undefined) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('SMTP_URL', 'is not a valid URL; expected smtp://user:password@host:587 or smtps://…:465.');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new ConfigError('SMTP_URL', `must start with smtp:// or smtps://; got "${url.protocol}".`);
  }
  return raw;
}

const TWILIO_VARIABLES = ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'TWILIO_FROM'] as const;

function parseTwilio(env: Env): TwilioConfig | null {
  const [accountSid, authToken, from] = TWILIO_VARIABLES.map((name) => nonEmpty(env[name]));
  const given = TWILIO_VARIABLES.filter((_, index) => [accountSid, authToken, from][index] !== undefined);
  if (given.length === 0) return null;
  const missing = TWILIO_VARIABLES.find((name) => !given.includes(name));
  if (missing) throw new ConfigError(missing, `is needed with ${given.join(' and ')}: SMS through Twilio takes all three.`);
  if (!/^AC[0-9a-fA-F]{32}$/.test(accountSid!)) throw new ConfigError('TWILIO_ACCOUNT_SID', 'must be AC followed by 32 hexadecimal digits.');
  const apiBaseUrl = nonEmpty(env.TWILIO_API_URL) ?? 'https://api.twilio.com';
  try {
    new URL(apiBaseUrl);
  } catch {
    throw new ConfigError('TWILIO_API_URL', `is not a valid URL; got "${apiBaseUrl}".`);
  }
  return { accountSid: accountSid!, authToken: authToken!, from: from!, apiBaseUrl };
}

function parsePublicUrl(value: string | undefined, production: boolean, port: number): URL {
  const raw = nonEmpty(value);
  if (raw === undefined) {
    if (production) throw new ConfigError('PUBLIC_URL', 'is required in production: links in emails are built from it.');
    return new URL(`http://localhost:${port}`);
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('PUBLIC_URL', `is not a valid URL; got "${raw}".`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError('PUBLIC_URL', `must start with http:// or https://; got "${raw}".`);
  }
  return url;
}

function resolveSessionSecret(value: string | undefined, production: boolean, dataDir: string): string {
  const raw = nonEmpty(value);
  if (raw !== undefined) {
    if (raw.length < MIN_SECRET_LENGTH) {
      throw new ConfigError('SESSION_SECRET', `must be at least ${MIN_SECRET_LENGTH} characters long.`);
    }
    return raw;
  }
  if (production) throw new ConfigError('SESSION_SECRET', `is required in production (at least ${MIN_SECRET_LENGTH} random characters).`);
  // Development: generate once and keep it, so sessions and links survive a restart.
  const file = path.join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}
