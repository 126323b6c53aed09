import type { Context } from '../context.js';
import { recordAuditEvent } from '../db/repositories/audit-events.js';
import { deleteCalendarFeed } from '../db/repositories/calendar.js';
import { deleteUserSessions } from '../db/repositories/sessions.js';
import { retireUserTokens } from '../db/repositories/user-tokens.js';
import { findUserAccount, otherActiveAdministrators, setUserDeactivated } from '../db/repositories/users.js';
import { leavesNoAdministrator, type UserAccount } from '../domain/user-account.js';
import { AppError, notFound } from '../errors.js';
import { requireAdministrator } from './administrator.js';
import type { Session } from './authenticate.js';

/**
 * An administrator deactivates a user: their sessions, calendar feed and unused links end at once, and they can no
 * longer sign in. Their row stays, so the history and past interviews still name them.
 */
export async function deactivateUser(ctx: Context, session: Session, userId: string): Promise<UserAccount> {
  requireAdministrator(session);
  const { organisation } = session;
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const user = await findUserAccount(trx, organisation.id, userId);
    if (!user) throw notFound('The user');
    if (user.status === 'deactivated') return user;
    if (leavesNoAdministrator(user, { deactivate: true }, await otherActiveAdministrators(trx, organisation.id, user.id))) {
      throw new AppError('conflict', 'The organisation’s last active administrator cannot be deactivated. Make someone else an administrator first.');
    }
    await setUserDeactivated(trx, organisation.id, user.id, now);
    await deleteUserSessions(trx, organisation.id, user.id);
    await deleteCalendarFeed(trx, organisation.id, user.id);
    await retireUserTokens(trx, organisation.id, user.id, now);
    await recordAuditEvent(
      trx,
      { organisationId: organisation.id, actor: { type: 'user', id: session.user.id }, subject: { type: 'user', id: user.id }, action: 'user.deactivated' },
      now,
    );
    return { ...user, status: 'deactivated' };
  });
}

/** An administrator lets a deactivated user sign in again, with the password they had. */
export async function reactivateUser(ctx: Context, session: Session, userId: string): Promise<UserAccount> {
  requireAdministrator(session);
  const { organisation } = session;
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const user = await findUserAccount(trx, organisation.id, userId);
    if (!user) throw notFound('The user');
    if (user.status !== 'deactivated') return user;
    await setUserDeactivated(trx, organisation.id, user.id, null);
    await recordAuditEvent(
      trx,
      { organisationId: organisation.id, actor: { type: 'user', id: session.user.id }, subject: { type: 'user', id: user.id }, action: 'user.reactivated' },
      now,
    );
    return (await findUserAccount(trx, organisation.id, user.id))!;
  });
}
