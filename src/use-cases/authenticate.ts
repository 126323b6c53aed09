import type { Context } from '../context.js';
import { findOrganisation } from '../db/repositories/organisations.js';
import { findLiveSession } from '../db/repositories/sessions.js';
import { findUser } from '../db/repositories/users.js';
import type { Organisation } from '../domain/organisation.js';
import type { User } from '../domain/user.js';
import { hashToken } from '../security/tokens.js';

export interface Session {
  user: User;
  organisation: Organisation;
}

/** The user and organisation behind a session token, or undefined when it is unknown or expired. */
export async function authenticate(ctx: Context, token: string): Promise<Session | undefined> {
  const session = await findLiveSession(ctx.db, hashToken(token, ctx.secret), ctx.clock.now());
  if (!session) return undefined;
  const [user, organisation] = await Promise.all([
    findUser(ctx.db, session.organisationId, session.userId),
    findOrganisation(ctx.db, session.organisationId),
  ]);
  return user && organisation ? { user, organisation } : undefined;
}
