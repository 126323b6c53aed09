import type { Context } from '../context.js';
import { findOrganisation } from '../db/repositories/organisations.js';
import { insertSession } from '../db/repositories/sessions.js';
import { findUserForLogin } from '../db/repositories/users.js';
import { recordAuditEvent } from '../db/repositories/audit-events.js';
import type { Organisation } from '../domain/organisation.js';
import type { User } from '../domain/user.js';
import { unauthenticated } from '../errors.js';
import { UNKNOWN_USER_HASH, verifyPassword } from '../security/password.js';
import { hashToken, newSecretToken } from '../security/tokens.js';

/** A working day and then some; after that the recruiter logs in again. */
export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

export interface LoggedIn {
  token: string;
  expiresAt: Date;
  user: User;
  organisation: Organisation;
}

/** Wrong password and unknown email give the same answer, in about the same time. */
export async function logIn(ctx: Context, credentials: { email: string; password: string }): Promise<LoggedIn> {
  const found = await findUserForLogin(ctx.db, credentials.email);
  const passwordMatches = await verifyPassword(credentials.password, found?.passwordHash ?? UNKNOWN_USER_HASH);
  if (!found || !passwordMatches) throw unauthenticated('The email or password is not correct.');
  const { user } = found;

  const token = newSecretToken();
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  const organisation = await ctx.db.transaction().execute(async (trx) => {
    await insertSession(trx, { tokenHash: hashToken(token, ctx.secret), userId: user.id, organisationId: user.organisationId, expiresAt }, now);
    await recordAuditEvent(
      trx,
      {
        organisationId: user.organisationId,
        actor: { type: 'user', id: user.id },
        subject: { type: 'user', id: user.id },
        action: 'user.logged_in',
      },
      now,
    );
    return findOrganisation(trx, user.organisationId);
  });
  if (!organisation) throw unauthenticated();
  return { token, expiresAt, user, organisation };
}
