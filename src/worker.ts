import pino from 'pino';
import { systemClock } from './clock.js';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { startDelivery } from './delivery/outbox.js';
import { stopOnSignal } from './lifecycle.js';

/**
 * The outbox worker as a process of its own, for operators who run the API with RUN_WORKER=false. Several may
 * run against one PostgreSQL: each claims different messages.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = pino({ level: config.logLevel }).child({ component: 'outbox' });
  const database = openDatabase(config.database, { onIdleConnectionError: (error) => log.warn({ err: error }, 'database connection dropped') });
  await migrateToLatest(database);
  const delivery = startDelivery(config, database.db, systemClock, log);
  log.info('outbox worker started');
  stopOnSignal(log, async () => {
    await delivery.stop();
    await database.close();
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Samtale worker cannot start: configuration error in ${error.message}` : error);
  process.exit(1);
});
