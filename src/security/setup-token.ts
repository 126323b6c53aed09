import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The token that claims an empty server, derived from the server secret rather than drawn at random: every process
 * on one database prints the same one, and a restart does not change it. It has the secret's strength (at least
 * 32 characters) and stops working the moment the organisation exists, which is why it is used only once.
 */
export function setupToken(serverSecret: string): string {
  return createHmac('sha256', serverSecret).update('samtale first-run setup').digest('base64url');
}

/** Compared in constant time, by hashes of equal length, so the answer's timing tells nothing about the token. */
export function isSetupToken(given: string, serverSecret: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(setupToken(serverSecret)));
}
