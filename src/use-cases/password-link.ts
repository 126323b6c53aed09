import type { Context } from '../context.js';
import { findUserToken } from '../db/repositories/user-tokens.js';
import { findUserAccount } from '../db/repositories/users.js';
import { isUsable, type UserTokenPurpose } from '../domain/user-token.js';
import type { UserAccount } from '../domain/user-account.js';
import { notFound } from '../errors.js';
import { hashToken } from '../security/tokens.js';

export interface PasswordLink {
  tokenId: string;
  purpose: UserTokenPurpose;
  user: UserAccount;
}

/**
 * The user a one-time link is for, while it works. Unknown, used and expired links, and links of a user deactivated
 * since, all get the same "not found": an old link tells nobody anything.
 */
export async function usablePasswordLink(ctx: Context, token: string): Promise<PasswordLink> {
  const found = await findUserToken(ctx.db, hashToken(token, ctx.secret));
  const user = found && isUsable(found, ctx.clock.now()) ? await findUserAccount(ctx.db, found.organisationId, found.userId) : undefined;
  if (!found || !user || user.status === 'deactivated') throw notFound('The link');
  return { tokenId: found.id, purpose: found.purpose, user };
}
