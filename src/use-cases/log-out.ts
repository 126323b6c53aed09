import type { Context } from '../context.js';
import { recordAuditEvent } from '../db/repositories/audit-events.js';
import { deleteSession } from '../db/repositories/sessions.js';
import { hashToken } from '../security/tokens.js';

/** Ends the session the token belongs to; a token that is unknown or already ended is fine. */
export async function logOut(ctx: Context, token: string): Promise<void> {
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const session = await deleteSession(trx, hashToken(token, ctx.secret));
    if (!session) return;
    await recordAuditEvent(
      trx,
      {
        organisationId: session.organisationId,
        actor: { type: 'user', id: session.userId },
        subject: { type: 'user', id: session.userId },
        action: 'user.logged_out',
      },
      now,
    );
  });
}
