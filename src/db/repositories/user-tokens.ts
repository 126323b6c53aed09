import type { UserToken, UserTokenPurpose } from '../../domain/user-token.js';
import type { Db } from '../database.js';
import type { UserTokenTable } from '../schema.js';

function toUserToken(row: UserTokenTable): UserToken {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    userId: row.user_id,
    purpose: row.purpose,
    expiresAt: new Date(row.expires_at),
    usedAt: row.used_at === null ? null : new Date(row.used_at),
  };
}

export async function insertUserToken(db: Db, token: Omit<UserToken, 'usedAt'> & { tokenHash: string }, now: Date): Promise<void> {
  await db
    .insertInto('user_tokens')
    .values({
      id: token.id,
      organisation_id: token.organisationId,
      user_id: token.userId,
      purpose: token.purpose,
      token_hash: token.tokenHash,
      created_at: now.toISOString(),
      expires_at: token.expiresAt.toISOString(),
      used_at: null,
    })
    .execute();
}

/** The link behind a token's hash, used or not: the caller decides what an old link gets to know. */
export async function findUserToken(db: Db, tokenHash: string): Promise<UserToken | undefined> {
  const row = await db.selectFrom('user_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  return row && toUserToken(row);
}

/**
 * Marks a link used if it still was not, and says whether this call did it: of two requests racing with one link,
 * only one gets to set the password.
 */
export async function markUserTokenUsed(db: Db, tokenId: string, now: Date): Promise<boolean> {
  const result = await db.updateTable('user_tokens').set({ used_at: now.toISOString() }).where('id', '=', tokenId).where('used_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Ends a user's links not used yet (of one purpose, or all): a newer link, a new password or deactivation supersedes them. */
export async function retireUserTokens(db: Db, organisationId: string, userId: string, now: Date, purpose?: UserTokenPurpose): Promise<void> {
  let query = db
    .updateTable('user_tokens')
    .set({ used_at: now.toISOString() })
    .where('organisation_id', '=', organisationId)
    .where('user_id', '=', userId)
    .where('used_at', 'is', null);
  if (purpose !== undefined) query = query.where('purpose', '=', purpose);
  await query.execute();
}

/** When the user's latest link of a purpose was made, if ever. */
export async function latestUserTokenAt(db: Db, organisationId: string, userId: string, purpose: UserTokenPurpose): Promise<Date | undefined> {
  const row = await db
    .selectFrom('user_tokens')
    .select('created_at')
    .where('organisation_id', '=', organisationId)
    .where('user_id', '=', userId)
    .where('purpose', '=', purpose)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && new Date(row.created_at);
}
