import { randomUUID } from 'node:crypto';
import type { Organisation } from '../../domain/organisation.js';
import type { Language } from '../../domain/languages.js';
import type { Db } from '../database.js';
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
  };
}

export async function findOrganisation(db: Db, id: string): Promise<Organisation | undefined> {
  const row = await db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toOrganisation(row);
}

export async function countOrganisations(db: Db): Promise<number> {
  const row = await db.selectFrom('organisations').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function insertOrganisation(db: Db, organisation: Omit<Organisation, 'id'>, now: Date): Promise<Organisation> {
  const row: OrganisationTable = {
    id: randomUUID(),
    name: organisation.name,
    time_zone: organisation.timeZone,
    default_language: organisation.defaultLanguage,
    languages_json: JSON.stringify(organisation.languages),
    sms_enabled: organisation.smsEnabled ? 1 : 0,
    default_sender_address: organisation.defaultSenderAddress,
    created_at: now.toISOString(),
  };
  await db.insertInto('organisations').values(row).execute();
  return toOrganisation(row);
}
