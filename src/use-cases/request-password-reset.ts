import type { Context } from '../context.js';
import { recordAuditEvent } from '../db/repositories/audit-events.js';
import { findOrganisation } from '../db/repositories/organisations.js';
import { findUserForPasswordReset } from '../db/repositories/users.js';
import { latestUserTokenAt } from '../db/repositories/user-tokens.js';
import { SYSTEM_ACTOR } from '../domain/audit-event.js';
import { RESET_EMAIL_INTERVAL_MS } from '../domain/user-token.js';
import { sendUserLink } from './user-link.js';

/**
 * Emails a link to choose a new password (valid one hour) if the address belongs to a user who is not deactivated.
 * The caller answers the same either way, so nobody learns from it whether an address has a user.
 */
export async function requestPasswordReset(ctx: Context, email: string, publicUrl: URL): Promise<void> {
  const user = await findUserForPasswordReset(ctx.db, email);
  if (!user) return;
  const now = ctx.clock.now();
  const latest = await latestUserTokenAt(ctx.db, user.organisationId, user.id, 'password_reset');
  if (latest && now.getTime() - latest.getTime() < RESET_EMAIL_INTERVAL_MS) return;
  await ctx.db.transaction().execute(async (trx) => {
    const organisation = await findOrganisation(trx, user.organisationId);
    if (!organisation) return;
    // Whoever asked is not known: anyone can type an address.
    await recordAuditEvent(
      trx,
      { organisationId: organisation.id, actor: SYSTEM_ACTOR, subject: { type: 'user', id: user.id }, action: 'user.password_reset_requested' },
      now,
    );
    await sendUserLink(trx, { purpose: 'password_reset', user, organisation, invitedBy: null, secret: ctx.secret, publicUrl, now });
  });
}
