/** What a one-time link sent to a user is for. */
export type UserTokenPurpose = 'invitation' | 'password_reset';

/**
 * How long each link works. An invitation waits for someone to read their mail over a weekend; a reset link is
 * asked for by the user at that moment, so it may live only briefly.
 */
export const USER_TOKEN_LIFETIME_MS: Record<UserTokenPurpose, number> = {
  invitation: 72 * 60 * 60 * 1000,
  password_reset: 60 * 60 * 1000,
};

/**
 * However many client addresses ask, one user gets at most one reset email in this time: nobody can fill someone's
 * inbox by asking for them over and over.
 */
export const RESET_EMAIL_INTERVAL_MS = 60 * 1000;

export interface UserToken {
  id: string;
  organisationId: string;
  userId: string;
  purpose: UserTokenPurpose;
  expiresAt: Date;
  usedAt: Date | null;
}

/** A link works once, until it expires. */
export function isUsable(token: UserToken, now: Date): boolean {
  return token.usedAt === null && now.getTime() < token.expiresAt.getTime();
}
