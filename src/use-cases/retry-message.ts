import type { Context } from '../context.js';
import { recordAuditEvent } from '../db/repositories/audit-events.js';
import { findMessage, requeueFailedMessage } from '../db/repositories/messages.js';
import type { MessageSummary } from '../domain/message.js';
import { AppError, notFound } from '../errors.js';
import type { Session } from './authenticate.js';

/**
 * "Send again" on a message that failed for good (an outage outlasted the retries, or the address was wrong and
 * has been corrected): it goes back in the queue, due now, with a fresh set of tries, and the history says who
 * asked.
 */
export async function retryMessage(ctx: Context, session: Session, messageId: string): Promise<MessageSummary> {
  const { organisation, user } = session;
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const message = await findMessage(trx, organisation.id, messageId);
    if (!message) throw notFound('The message');
    if (!(await requeueFailedMessage(trx, organisation.id, messageId, now))) {
      throw new AppError('conflict', `Only a message that failed can be sent again; this one is ${message.status}.`);
    }
    if (message.applicationId) {
      await recordAuditEvent(
        trx,
        {
          organisationId: organisation.id,
          actor: { type: 'user', id: user.id },
          subject: { type: 'application', id: message.applicationId },
          action: 'message.retried',
          before: { messageId, status: 'failed', error: message.error },
          after: { messageId, status: 'queued' },
        },
        now,
      );
    }
    const { applicationId: _applicationId, ...summary } = (await findMessage(trx, organisation.id, messageId))!;
    return summary;
  });
}
