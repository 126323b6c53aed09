import { randomUUID } from 'node:crypto';
import type { ApiKey, ApiKeyScope } from '../../domain/api-key.js';
import type { Db } from '../database.js';

/** A key's use is noted at most this often, so that an ATS's burst of calls does not write on every one. */
const LAST_USED_PRECISION_MS = 60_000;

export async function insertApiKey(
  db: Db,
  key: { organisationId: string; name: string; scope: ApiKeyScope; keyHash: string; createdBy: string },
  now: Date,
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('api_keys')
    .values({
      id,
      organisation_id: key.organisationId,
      name: key.name,
      scope: key.scope,
      key_hash: key.keyHash,
      created_by: key.createdBy,
      created_at: now.toISOString(),
    })
    .execute();
  return id;
}

function keysWithCreator(db: Db, organisationId: string) {
  return db
    .selectFrom('api_keys')
    .innerJoin('users as creator', 'creator.id', 'api_keys.created_by')
    .select([
      'api_keys.id',
      'api_keys.name',
      'api_keys.scope',
      'api_keys.created_at',
      'api_keys.last_used_at',
      'api_keys.revoked_at',
      'creator.id as creator_id',
      'creator.name as creator_name',
    ])
    .where('api_keys.organisation_id', '=', organisationId);
}

type ApiKeyRow = Awaited<ReturnType<ReturnType<typeof keysWithCreator>['executeTakeFirstOrThrow']>>;

function toApiKey(row: ApiKeyRow): ApiKey {
  return {
    id: row.id,
    name: row.name,
    scope: row.scope,
    createdBy: { id: row.creator_id, name: row.creator_name },
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

export async function findApiKey(db: Db, organisationId: string, keyId: string): Promise<ApiKey | undefined> {
  const row = await keysWithCreator(db, organisationId).where('api_keys.id', '=', keyId).executeTakeFirst();
  return row && toApiKey(row);
}

/** Newest first, revoked ones included: administrators see what was once given out. */
export async function listApiKeys(db: Db, organisationId: string): Promise<ApiKey[]> {
  const rows = await keysWithCreator(db, organisationId).orderBy('api_keys.created_at', 'desc').orderBy('api_keys.id').execute();
  return rows.map(toApiKey);
}

/** Revokes a live key; false when the organisation has no such live key. */
export async function revokeApiKey(db: Db, organisationId: string, keyId: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('api_keys')
    .set({ revoked_at: now.toISOString() })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', keyId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The live key with this hash, noting that it was used. */
export async function useLiveApiKey(
  db: Db,
  keyHash: string,
  now: Date,
): Promise<{ id: string; organisationId: string; scope: ApiKeyScope; createdBy: string } | undefined> {
  const row = await db
    .selectFrom('api_keys')
    .select(['id', 'organisation_id', 'scope', 'created_by', 'last_used_at'])
    .where('key_hash', '=', keyHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  if (row.last_used_at === null || now.getTime() - Date.parse(row.last_used_at) >= LAST_USED_PRECISION_MS) {
    await db.updateTable('api_keys').set({ last_used_at: now.toISOString() }).where('id', '=', row.id).execute();
  }
  return { id: row.id, organisationId: row.organisation_id, scope: row.scope, createdBy: row.created_by };
}
