import { createHmac, randomBytes } from 'node:crypto';

/** A secret for a URL or cookie: 256 random bits, URL-safe. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * An API key: 256 random bits behind a fixed prefix, so that secret scanners (and people) recognise a leaked
 * Samtale key for what it is.
 */
export function newApiKey(): string {
  return `samtale_${newSecretToken()}`;
}

/**
 * What the database keeps of a token: a keyed hash. A copy of the database alone yields neither the
 * token nor a way to test guesses without the server's secret.
 */
export function hashToken(token: string, serverSecret: string): string {
  return createHmac('sha256', serverSecret).update(token).digest('base64url');
}
