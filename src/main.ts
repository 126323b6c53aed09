import { systemClock } from './clock.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { startDelivery } from './delivery/outbox.js';
import type { RunningWorker } from './delivery/outbox-worker.js';
import { DEMO_RECRUITERS } from './demo/demo-data.js';
import { seedDemoData } from './demo/seed-demo.js';
import { buildServer } from './http/server.js';
import { prepareShutdown } from './http/shutdown.js';
import { stopOnSignal } from './lifecycle.js';
import { setupToken } from './security/setup-token.js';
import { isSetupNeeded } from './use-cases/set-up-organisation.js';

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Samtale cannot start: configuration error in ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

function printWelcome(config: Config, seeded: boolean, setupNeeded: boolean): void {
  const origin = config.publicUrl.origin;
  const lines = [`Samtale is running: open ${origin}/ and sign in  (API documentation: ${origin}/api/docs)`];
  if (setupNeeded) {
    // Standard output, not the log: the one person starting the server needs it, and only until the setup is done.
    const address = config.requireSetupToken ? `${origin}/setup?token=${setupToken(config.sessionSecret)}` : `${origin}/setup`;
    lines.push('No organisation yet. Set Samtale up (organisation and first administrator) at', `  ${address}`);
    lines.push('or on the command line with npm run setup -- --help');
  }
  if (!config.smtpUrl) lines.push(`No SMTP_URL: emails are kept in the development mailbox, under Messages in the app (${origin}/messages)`);
  if (seeded) {
    lines.push('Demo data created. Log in as:');
    for (const recruiter of DEMO_RECRUITERS) {
      const access = `${recruiter.role}${recruiter.smsAccess ? ', SMS access' : ', no SMS access'}`;
      lines.push(`  ${recruiter.email.padEnd(20)} password: ${config.demoPassword}   (${access})`);
    }
  }
  process.stdout.write(`\n${lines.join('\n')}\n\n`);
}

async function main(): Promise<void> {
  const config = readConfig();
  const database = openDatabase(config.database, {
    onIdleConnectionError: (error) => console.error(`Samtale: a database connection was dropped (${error.message}); it will be replaced.`),
  });
  await migrateToLatest(database);
  const ctx = { db: database.db, clock: systemClock, secret: config.sessionSecret };
  const seeded = config.seedDemo ? await seedDemoData(ctx, config.demoPassword, config.publicUrl) : false;

  let delivery: RunningWorker | null = null;
  const app = await buildServer({ config, ctx, worker: config.runWorker ? { lastTickAt: () => delivery?.lastTickAt() ?? null } : null });
  if (config.runWorker) delivery = startDelivery(config, database.db, systemClock, app.log.child({ component: 'outbox' }));
  const closeHttp = prepareShutdown(app);
  // The worker stops after the message it is sending while the requests in flight finish; the database closes last.
  stopOnSignal(app.log, async () => {
    await Promise.all([closeHttp(), delivery?.stop()]);
    await database.close();
  });

  await app.listen({ host: config.host, port: config.port });
  printWelcome(config, seeded, await isSetupNeeded(ctx));
}

main().catch((error: unknown) => {
  console.error('Samtale failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
