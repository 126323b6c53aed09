/** Delivery is tried this many times in all before a message is marked failed. */
export const MAX_DELIVERY_ATTEMPTS = 6;

const FIRST_DELAY_MS = 30_000;
const MAX_DELAY_MS = 2 * 60 * 60 * 1000;

/**
 * How long to wait after the given failed attempt (1-based): 30 s, 2 min, 8 min, 32 min, 2 h. A mail server
 * that is down for a restart is retried quickly; one that is down for hours gets a few last tries.
 */
export function retryDelayMs(failedAttempt: number): number {
  return Math.min(FIRST_DELAY_MS * 4 ** (failedAttempt - 1), MAX_DELAY_MS);
}
