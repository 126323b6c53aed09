import { v7 as timeOrderedUuid } from 'uuid';
import { queueMessages } from '../db/repositories/messages.js';
import { insertUserToken, retireUserTokens } from '../db/repositories/user-tokens.js';
import type { Db } from '../db/database.js';
import type { Organisation } from '../domain/organisation.js';
import type { User } from '../domain/user.js';
import { userLinkEmail } from '../domain/user-link-email.js';
import { USER_TOKEN_LIFETIME_MS, type UserTokenPurpose } from '../domain/user-token.js';
import { hashToken } from '../security/tokens.js';
import { userLinkPlaceholder, userLinkToken } from '../security/user-link-token.js';
import { outboxMessage } from './outbox-message.js';

export interface UserLinkRequest {
  purpose: UserTokenPurpose;
  user: User;
  organisation: Organisation;
  /** The administrator who invited; null for a reset the user asked for. */
  invitedBy: User | null;
  secret: string;
  publicUrl: URL;
  now: Date;
}

/**
 * Gives a user a one-time link by email, in the caller's transaction: the link replaces any earlier one of the same
 * purpose, and the email (in the organisation's language) goes through the outbox with the link as a placeholder.
 */
export async function sendUserLink(trx: Db, request: UserLinkRequest): Promise<void> {
  const { purpose, user, organisation, invitedBy, now } = request;
  await retireUserTokens(trx, organisation.id, user.id, now, purpose);
  const id = timeOrderedUuid();
  const expiresAt = new Date(now.getTime() + USER_TOKEN_LIFETIME_MS[purpose]);
  const tokenHash = hashToken(userLinkToken(id, request.secret), request.secret);
  await insertUserToken(trx, { id, organisationId: organisation.id, userId: user.id, purpose, expiresAt, tokenHash }, now);
  const { subject, text } = userLinkEmail({
    purpose,
    language: organisation.defaultLanguage,
    organisationName: organisation.name,
    userName: user.name,
    invitedBy: invitedBy?.name ?? null,
    link: userLinkPlaceholder(id),
  });
  await queueMessages(trx, [
    outboxMessage(
      {
        organisationId: organisation.id,
        kind: purpose === 'invitation' ? 'user_invitation' : 'password_reset',
        recipient: user.email,
        sender: organisation.defaultSenderAddress,
        replyTo: invitedBy?.email ?? null,
        subject,
        text,
        dueAt: now,
      },
      request.publicUrl,
      now,
    ),
  ]);
}
