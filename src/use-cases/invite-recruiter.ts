import type { Context } from '../context.js';
import { recordAuditEvent } from '../db/repositories/audit-events.js';
import { findUserAccount, insertUser, isEmailTaken } from '../db/repositories/users.js';
import type { UserAccount } from '../domain/user-account.js';
import type { Role } from '../domain/user.js';
import { AppError, notFound } from '../errors.js';
import { requireAdministrator } from './administrator.js';
import type { Session } from './authenticate.js';
import { sendUserLink } from './user-link.js';

export interface RecruiterInvitation {
  name: string;
  email: string;
  role: Role;
  smsAccess: boolean;
}

/** An administrator adds a user, who is emailed a link to choose their password (valid 72 hours). */
export async function inviteRecruiter(ctx: Context, session: Session, invitation: RecruiterInvitation, publicUrl: URL): Promise<UserAccount> {
  requireAdministrator(session);
  const { organisation, user: admin } = session;
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    // Addresses are unique across organisations, as signing in finds the user by address alone.
    if (await isEmailTaken(trx, invitation.email)) throw new AppError('conflict', 'This email address already belongs to a user.');
    const user = await insertUser(trx, { ...invitation, name: invitation.name.trim(), organisationId: organisation.id, passwordHash: null }, now);
    await recordAuditEvent(
      trx,
      {
        organisationId: organisation.id,
        actor: { type: 'user', id: admin.id },
        subject: { type: 'user', id: user.id },
        action: 'user.invited',
        after: { name: user.name, email: user.email, role: user.role, smsAccess: user.smsAccess },
      },
      now,
    );
    await sendUserLink(trx, { purpose: 'invitation', user, organisation, invitedBy: admin, secret: ctx.secret, publicUrl, now });
    return (await findUserAccount(trx, organisation.id, user.id))!;
  });
}

/**
 * An administrator sends an invited user a fresh link (valid 72 hours), say when the first ran out; the earlier link
 * stops working. Only while the user has not chosen a password: after that, a forgotten one is reset by the user.
 */
export async function inviteAgain(ctx: Context, session: Session, userId: string, publicUrl: URL): Promise<UserAccount> {
  requireAdministrator(session);
  const { organisation, user: admin } = session;
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const user = await findUserAccount(trx, organisation.id, userId);
    if (!user) throw notFound('The user');
    if (user.status !== 'invited') throw new AppError('conflict', `The user is ${user.status}: only an invited user who has not chosen a password yet can be invited again.`);
    await recordAuditEvent(
      trx,
      { organisationId: organisation.id, actor: { type: 'user', id: admin.id }, subject: { type: 'user', id: user.id }, action: 'user.invited_again' },
      now,
    );
    await sendUserLink(trx, { purpose: 'invitation', user, organisation, invitedBy: admin, secret: ctx.secret, publicUrl, now });
    return user;
  });
}
