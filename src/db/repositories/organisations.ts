import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { senderName, type Organisation } from '../../domain/organisation.js';
import type { Language } from '../../domain/languages.js';
import { isPostgres, type Db } from '../database.js';
import type { OrganisationTable } from '../schema.js';

function toOrganisation(row: OrganisationTable): Organisation {
  return {
    id: row.id,
    name: row.name,
    timeZone: row.time_zone,
    defaultLanguage: row.default_language as Language,
    languages: JSON.parse(row.languages_json) as Language[],
    smsEnabled: row.sms_enabled === 1,
    defaultSenderAddress: row.default_sender_address,
    defaultSenderName: row.default_sender_name,
  };
}

export async function findOrganisation(db: Db, id: string): Promise<Organisation | undefined> {
  const row = await db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toOrganisation(row);
}

/** The sender name of each of these organisations, by id: the worker puts it beside the address an email is from. */
export async function senderNames(db: Db, organisationIds: string[]): Promise<Map<string, string>> {
  if (organisationIds.length === 0) return new Map();
  const rows = await db.selectFrom('organisations').select(['id', 'name', 'default_sender_name']).where('id', 'in', organisationIds).execute();
  return new Map(rows.map((row) => [row.id, senderName({ name: row.name, defaultSenderName: row.default_sender_name })]));
}

export async function countOrganisations(db: Db): Promise<number> {
  const row = await db.selectFrom('organisations').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  return Number(row.count);
}

/**
 * Makes concurrent first-run setups wait for each other until the end of the transaction, so that the second
 * sees the first's organisation. SQLite needs nothing: its writers already take turns within the one process.
 */
export async function lockOrganisationsForSetup(db: Db): Promise<void> {
  if (isPostgres(db)) await sql`lock table organisations in share row exclusive mode`.execute(db);
}

export type NewOrganisation = Omit<Organisation, 'id' | 'defaultSenderName'> & Partial<Pick<Organisation, 'defaultSenderName'>>;

export async function insertOrganisation(db: Db, organisation: NewOrganisation, now: Date): Promise<Organisation> {
  const row: OrganisationTable = {
    id: randomUUID(),
    name: organisation.name,
    time_zone: organisation.timeZone,
    default_language: organisation.defaultLanguage,
    languages_json: JSON.stringify(organisation.languages),
    sms_enabled: organisation.smsEnabled ? 1 : 0,
    default_sender_address: organisation.defaultSenderAddress,
    default_sender_name: organisation.defaultSenderName ?? null,
    created_at: now.toISOString(),
  };
  await db.insertInto('organisations').values(row).execute();
  return toOrganisation(row);
}

export type OrganisationChanges = Partial<Omit<Organisation, 'id'>>;

export async function updateOrganisation(db: Db, id: string, changes: OrganisationChanges): Promise<void> {
  await db
    .updateTable('organisations')
    .set({
      ...(changes.name !== undefined && { name: changes.name }),
      ...(changes.timeZone !== undefined && { time_zone: changes.timeZone }),
      ...(changes.defaultLanguage !== undefined && { default_language: changes.defaultLanguage }),
      ...(changes.languages !== undefined && { languages_json: JSON.stringify(changes.languages) }),
      ...(changes.smsEnabled !== undefined && { sms_enabled: changes.smsEnabled ? 1 : 0 }),
      ...(changes.defaultSenderAddress !== undefined && { default_sender_address: changes.defaultSenderAddress }),
      ...(changes.defaultSenderName !== undefined && { default_sender_name: changes.defaultSenderName }),
    })
    .where('id', '=', id)
    .execute();
}
