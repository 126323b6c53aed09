import type { Db } from '../database.js';
import type { SessionTable } from '../schema.js';

export interface SessionRecord {
  tokenHash: string;
  userId: string;
  organisationId: string;
  expiresAt: Date;
}

const COLUMNS = ['token_hash', 'user_id', 'organisation_id', 'expires_at'] as const;

function toSession(row: Pick<SessionTable, (typeof COLUMNS)[number]>): SessionRecord {
  return {
    tokenHash: row.token_hash,
    userId: row.user_id,
    organisationId: row.organisation_id,
    expiresAt: new Date(row.expires_at),
  };
}

export async function insertSession(db: Db, session: SessionRecord, now: Date): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      organisation_id: session.organisationId,
      created_at: now.toISOString(),
      expires_at: session.expiresAt.toISOString(),
    })
    .execute();
}

export async function findLiveSession(db: Db, tokenHash: string, now: Date): Promise<SessionRecord | undefined> {
  const row = await db
    .selectFrom('sessions')
    .select(COLUMNS)
    .where('token_hash', '=', tokenHash)
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirst();
  return row && toSession(row);
}

export async function deleteSession(db: Db, tokenHash: string): Promise<SessionRecord | undefined> {
  const row = await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).returning(COLUMNS).executeTakeFirst();
  return row && toSession(row);
}

export async function deleteExpiredSessions(db: Db, now: Date): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', now.toISOString()).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Ends every session of a user, but the one whose token hash is kept (the session asking, say). */
export async function deleteUserSessions(db: Db, organisationId: string, userId: string, keepTokenHash?: string): Promise<number> {
  let query = db.deleteFrom('sessions').where('organisation_id', '=', organisationId).where('user_id', '=', userId);
  if (keepTokenHash !== undefined) query = query.where('token_hash', '<>', keepTokenHash);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}
