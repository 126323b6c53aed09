import type { Context } from '../context.js';
import { recordAuditEvent } from '../db/repositories/audit-events.js';
import { findUserAccount, otherActiveAdministrators, updateUserAccess } from '../db/repositories/users.js';
import { leavesNoAdministrator, type UserAccount } from '../domain/user-account.js';
import type { Role } from '../domain/user.js';
import { AppError, notFound } from '../errors.js';
import { requireAdministrator } from './administrator.js';
import type { Session } from './authenticate.js';

export interface AccessChange {
  role?: Role;
  smsAccess?: boolean;
}

/** An administrator changes a user's role or SMS access; the last active administrator stays one. */
export async function changeUserAccess(ctx: Context, session: Session, userId: string, change: AccessChange): Promise<UserAccount> {
  requireAdministrator(session);
  const { organisation } = session;
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const user = await findUserAccount(trx, organisation.id, userId);
    if (!user) throw notFound('The user');
    if (leavesNoAdministrator(user, change, await otherActiveAdministrators(trx, organisation.id, user.id))) {
      throw new AppError('conflict', 'The organisation’s last active administrator cannot stop being one. Make someone else an administrator first.');
    }
    const before = { role: user.role, smsAccess: user.smsAccess };
    const after = { role: change.role ?? user.role, smsAccess: change.smsAccess ?? user.smsAccess };
    if (before.role === after.role && before.smsAccess === after.smsAccess) return user;
    await updateUserAccess(trx, organisation.id, user.id, after);
    await recordAuditEvent(
      trx,
      { organisationId: organisation.id, actor: { type: 'user', id: session.user.id }, subject: { type: 'user', id: user.id }, action: 'user.access_changed', before, after },
      now,
    );
    return { ...user, ...after };
  });
}
