import type { Context } from '../context.js';
import { recordAuditEvent } from '../db/repositories/audit-events.js';
import { deleteUserSessions } from '../db/repositories/sessions.js';
import { markUserTokenUsed, retireUserTokens } from '../db/repositories/user-tokens.js';
import { setPasswordHash } from '../db/repositories/users.js';
import { notFound } from '../errors.js';
import { hashPassword } from '../security/password.js';
import { usablePasswordLink } from './password-link.js';

/**
 * Sets a password from a one-time link: an invited user's first, or a forgotten one's replacement. The link is used
 * up, the user's other links end, and so does every session of theirs: whoever knew the old password is out.
 */
export async function choosePassword(ctx: Context, token: string, password: string): Promise<void> {
  const link = await usablePasswordLink(ctx, token);
  const passwordHash = await hashPassword(password);
  const { user } = link;
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await markUserTokenUsed(trx, link.tokenId, now))) throw notFound('The link');
    await setPasswordHash(trx, user.organisationId, user.id, passwordHash);
    await retireUserTokens(trx, user.organisationId, user.id, now);
    await deleteUserSessions(trx, user.organisationId, user.id);
    await recordAuditEvent(
      trx,
      {
        organisationId: user.organisationId,
        actor: { type: 'user', id: user.id },
        subject: { type: 'user', id: user.id },
        action: link.purpose === 'invitation' ? 'user.password_chosen' : 'user.password_reset',
      },
      now,
    );
  });
}
