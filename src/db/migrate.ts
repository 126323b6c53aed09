import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { DatabaseHandle } from './database.js';
import { columnTypes, type ColumnTypes } from './migrations/column-types.js';
import * as foundation from './migrations/0001-foundation.js';
import * as invitations from './migrations/0002-invitations.js';
import * as reminders from './migrations/0003-reminders.js';
import * as calendarFeeds from './migrations/0004-calendar-feeds.js';
import * as reminderSources from './migrations/0005-reminder-sources.js';
import * as deliveryLeases from './migrations/0006-delivery-leases.js';
import * as organisationSenderName from './migrations/0007-organisation-sender-name.js';
import * as userAccounts from './migrations/0008-user-accounts.js';
import * as candidateEmailIndex from './migrations/0009-candidate-email-index.js';
import * as integrationApi from './migrations/0010-integration-api.js';
import * as webhooks from './migrations/0011-webhooks.js';
import * as organisationLogos from './migrations/0012-organisation-logos.js';
import * as bookingOffers from './migrations/0014-booking-offers.js';
import * as readIndexes from './migrations/0015-read-indexes.js';

type MigrationModule = { up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> };

/** In order; a name, once released, never changes. Imported statically so they run the same under tsx or a build. */
const MIGRATIONS: Record<string, MigrationModule> = {
  '0001-foundation': foundation,
  '0002-invitations': invitations,
  '0003-reminders': reminders,
  '0004-calendar-feeds': calendarFeeds,
  '0005-reminder-sources': reminderSources,
  '0006-delivery-leases': deliveryLeases,
  '0007-organisation-sender-name': organisationSenderName,
  '0008-user-accounts': userAccounts,
  '0009-candidate-email-index': candidateEmailIndex,
  '0010-integration-api': integrationApi,
  '0011-webhooks': webhooks,
  '0012-organisation-logos': organisationLogos,
  '0014-booking-offers': bookingOffers,
  '0015-read-indexes': readIndexes,
};

export const MIGRATION_NAMES = Object.keys(MIGRATIONS);

class StaticMigrationProvider implements MigrationProvider {
  constructor(private readonly types: ColumnTypes) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    return Object.fromEntries(
      Object.entries(MIGRATIONS).map(([name, module]) => [name, { up: (db: Kysely<unknown>) => module.up(db, this.types) }]),
    );
  }
}

/**
 * Brings the schema up to date. Kysely's migrator takes a lock, so several processes starting together
 * on one PostgreSQL run each migration once.
 */
export async function migrateToLatest(handle: DatabaseHandle): Promise<void> {
  const migrator = new Migrator({ db: handle.db, provider: new StaticMigrationProvider(columnTypes(handle.engine)) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    const cause = error instanceof Error ? error.message : String(error ?? 'unknown error');
    throw new Error(`Database migration ${failed?.migrationName ?? ''} failed: ${cause}`, { cause: error });
  }
}
