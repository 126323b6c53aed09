import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { systemClock } from './clock.js';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { isSupportedLanguage, SUPPORTED_LANGUAGES } from './domain/languages.js';
import { MIN_PASSWORD_LENGTH } from './domain/password-rule.js';
import { AppError } from './errors.js';
import { setUpOrganisation, type SetupInput } from './use-cases/set-up-organisation.js';

/** The first-run setup for scripted installs: the same as the web app's setup page, against the configured database. */

const PASSWORD_VARIABLE = 'SAMTALE_ADMIN_PASSWORD';

const USAGE = `Usage: npm run setup -- --organisation <name> --time-zone <IANA zone> --language <${SUPPORTED_LANGUAGES.join('|')}>
                       --admin-name <name> --admin-email <address>

Creates the organisation and its first administrator in an empty Samtale database (DATABASE_URL, as for
npm start). The administrator's password (at least ${MIN_PASSWORD_LENGTH} characters) is read from ${PASSWORD_VARIABLE},
or else from standard input; never from the command line, where other users of the machine can see it.`;

const OPTIONS = {
  organisation: 'organisationName',
  'time-zone': 'timeZone',
  language: 'language',
  'admin-name': 'adminName',
  'admin-email': 'adminEmail',
} as const satisfies Record<string, keyof SetupInput>;

class UsageError extends Error {}

function parseOptions(args: string[]): Omit<SetupInput, 'password'> | 'help' {
  if (args.some((arg) => arg === '--password' || arg.startsWith('--password='))) {
    throw new UsageError(`--password is not accepted: the command line is visible to every user of the machine. Set ${PASSWORD_VARIABLE} or pipe the password in.`);
  }
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      options: { ...Object.fromEntries(Object.keys(OPTIONS).map((name) => [name, { type: 'string' as const }])), help: { type: 'boolean' } },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return 'help';
  const missing = Object.keys(OPTIONS).filter((name) => typeof values[name] !== 'string' || (values[name] as string).trim() === '');
  if (missing.length > 0) throw new UsageError(`missing ${missing.map((name) => `--${name}`).join(', ')}.`);
  const language = values.language as string;
  if (!isSupportedLanguage(language)) throw new UsageError(`--language must be one of ${SUPPORTED_LANGUAGES.join(', ')}; got "${language}".`);
  return {
    organisationName: values.organisation as string,
    timeZone: values['time-zone'] as string,
    language,
    adminName: values['admin-name'] as string,
    adminEmail: values['admin-email'] as string,
  };
}

/** The first line of standard input; typed at a terminal, it is not echoed. */
async function readPassword(): Promise<string> {
  const fromEnvironment = process.env[PASSWORD_VARIABLE];
  if (fromEnvironment) return fromEnvironment;
  const typed = process.stdin.isTTY;
  if (typed) process.stderr.write(`Password for the administrator (at least ${MIN_PASSWORD_LENGTH} characters): `);
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const lines = createInterface({ input: process.stdin, output: typed ? silent : undefined, terminal: typed });
  try {
    for await (const line of lines) return line;
    return '';
  } finally {
    lines.close();
    if (typed) process.stderr.write('\n');
  }
}

/** The option a refused field came from, so the message names what the operator typed. */
function optionOf(field: string): string {
  const option = Object.entries(OPTIONS).find(([, name]) => name === field)?.[0];
  return option ? `--${option}` : `the password (${PASSWORD_VARIABLE} or standard input)`;
}

function explain(error: AppError): string {
  const [detail] = Array.isArray(error.details) ? (error.details as { field: string; message: string }[]) : [];
  return detail ? `${optionOf(detail.field)} ${detail.message}` : error.message;
}

async function main(): Promise<number> {
  let options: ReturnType<typeof parseOptions>;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`Samtale setup: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const config = loadConfig();
  const password = await readPassword();
  const database = openDatabase(config.database);
  try {
    await migrateToLatest(database);
    const ctx = { db: database.db, clock: systemClock, secret: config.sessionSecret };
    const { organisation, admin } = await setUpOrganisation(ctx, { ...options, password }, { token: { required: false }, signIn: false, via: 'command_line' });
    process.stdout.write(`Samtale is set up: ${organisation.name} (${organisation.timeZone}), administrator ${admin.email}. Sign in at ${config.publicUrl.origin}/login\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    console.error(`Samtale setup: ${explain(error)}`);
    return 1;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? `Samtale setup: configuration error in ${error.message}` : error);
    process.exit(1);
  },
);
