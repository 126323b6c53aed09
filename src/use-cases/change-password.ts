import type { Context } from '../context.js';
import { recordAuditEvent } from '../db/repositories/audit-events.js';
import { deleteUserSessions } from '../db/repositories/sessions.js';
import { retireUserTokens } from '../db/repositories/user-tokens.js';
import { findPasswordHash, setPasswordHash } from '../db/repositories/users.js';
import { invalidField } from '../errors.js';
import { hashPassword, verifyPassword } from '../security/password.js';
import { hashToken } from '../security/tokens.js';
import type { Session } from './authenticate.js';

/**
 * A signed-in user changes their own password, proving they know the current one. Their other sessions end (a
 * browser left signed in elsewhere is out); the one asking stays signed in.
 */
export async function changeOwnPassword(
  ctx: Context,
  session: Session,
  sessionToken: string,
  passwords: { currentPassword: string; newPassword: string },
): Promise<void> {
  const { user } = session;
  const stored = await findPasswordHash(ctx.db, user.organisationId, user.id);
  if (!stored || !(await verifyPassword(passwords.currentPassword, stored))) throw invalidField('currentPassword', 'is not your current password.');
  const passwordHash = await hashPassword(passwords.newPassword);
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    await setPasswordHash(trx, user.organisationId, user.id, passwordHash);
    await deleteUserSessions(trx, user.organisationId, user.id, hashToken(sessionToken, ctx.secret));
    await retireUserTokens(trx, user.organisationId, user.id, now, 'password_reset');
    await recordAuditEvent(
      trx,
      { organisationId: user.organisationId, actor: { type: 'user', id: user.id }, subject: { type: 'user', id: user.id }, action: 'user.password_changed' },
      now,
    );
  });
}
