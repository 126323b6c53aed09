import type { Context } from '../context.js';
import { findMessageWithText } from '../db/repositories/messages.js';
import type { MessageSummary } from '../domain/message.js';
import { notFound } from '../errors.js';
import { withConfirmLinkVariable } from '../security/confirm-link-token.js';

export type MessageToRead = MessageSummary & { applicationId: string | null; sender: string; text: string };

/** A message as a recruiter reads it on the candidate's page: what was sent, with the link shown as its variable. */
export async function readMessage(ctx: Context, organisationId: string, messageId: string): Promise<MessageToRead> {
  const message = await findMessageWithText(ctx.db, organisationId, messageId);
  if (!message) throw notFound('The message');
  const { textBody, ...rest } = message;
  return { ...rest, text: withConfirmLinkVariable(textBody) };
}
