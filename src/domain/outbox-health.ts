/** What the outbox holds that is not yet delivered, as the health check reads it. */
export interface OutboxBacklog {
  /** When the longest-waiting undelivered message first fell due: queued, in flight or waiting for a retry. */
  oldestUndeliveredDueAt: string | null;
  /** Due and waiting for a worker to claim them. */
  overdue: number;
  /** Claimed by a worker and being sent. */
  sending: number;
  /** Claimed by a worker whose lease ran out without a word: it has most likely crashed. */
  claimedPastLease: number;
  /** Failed their last try (the mail server refused or did not answer) and wait for the next. */
  waitingForRetry: number;
  failedLastHour: number;
  lastError: { at: string; message: string } | null;
}

export type DeliveryProblem = 'delivery_failing' | 'sender_stalled' | 'falling_behind';

/** A healthy worker clears a burst of a few thousand messages within this; a longer wait means nobody delivers. */
export const FALLING_BEHIND_AFTER_SECONDS = 300;

export interface OutboxHealth {
  problems: DeliveryProblem[];
  oldestOverdueSeconds: number | null;
}

/**
 * Whether delivery is in trouble, and how: messages waiting for a retry mean the mail or SMS service is failing
 * now; a lease that ran out means a sender died with messages in hand; an old undelivered message means the
 * worker is not keeping up, or not running at all.
 */
export function outboxHealth(backlog: OutboxBacklog, now: Date): OutboxHealth {
  const oldestOverdueSeconds =
    backlog.oldestUndeliveredDueAt === null ? null : Math.max(0, Math.round((now.getTime() - new Date(backlog.oldestUndeliveredDueAt).getTime()) / 1000));
  const problems: DeliveryProblem[] = [];
  if (backlog.waitingForRetry > 0) problems.push('delivery_failing');
  if (backlog.claimedPastLease > 0) problems.push('sender_stalled');
  if (oldestOverdueSeconds !== null && oldestOverdueSeconds > FALLING_BEHIND_AFTER_SECONDS) problems.push('falling_behind');
  return { problems, oldestOverdueSeconds };
}

const EMAIL_ADDRESS = /[^\s<>"'(),;:@]+@[^\s<>"'(),;:@]+/g;
const PHONE_NUMBER = /\+?\d[\d ()-]{6,}\d/g;

/**
 * A mail server's answer as the public health check may show it: servers quote the recipient ("<bo@x.dk>: user
 * unknown"), so addresses and phone numbers are blanked; the rest (status code, "connection refused") is what an
 * operator needs to see.
 */
export function redactDeliveryError(message: string): string {
  return message.replace(EMAIL_ADDRESS, '[address]').replace(PHONE_NUMBER, '[number]').slice(0, 300);
}
