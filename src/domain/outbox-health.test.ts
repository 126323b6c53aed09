import { describe, expect, it } from 'vitest';
import { FALLING_BEHIND_AFTER_SECONDS, outboxHealth, redactDeliveryError, type OutboxBacklog } from './outbox-health.js';

const NOW = new Date('2026-03-02T08:00:00Z');
const quiet: OutboxBacklog = { oldestUndeliveredDueAt: null, overdue: 0, sending: 0, claimedPastLease: 0, waitingForRetry: 0, failedLastHour: 0, lastError: null };
const secondsAgo = (seconds: number) => new Date(NOW.getTime() - seconds * 1000).toISOString();

describe('outbox health', () => {
  it('finds no problem in an empty outbox', () => {
    expect(outboxHealth(quiet, NOW)).toEqual({ problems: [], oldestOverdueSeconds: null });
  });

  it('calls delivery failing as soon as one message waits for a retry', () => {
    expect(outboxHealth({ ...quiet, waitingForRetry: 1, oldestUndeliveredDueAt: secondsAgo(3) }, NOW)).toEqual({ problems: ['delivery_failing'], oldestOverdueSeconds: 3 });
  });

  it('calls a sender stalled when it holds messages past its lease', () => {
    expect(outboxHealth({ ...quiet, sending: 2, claimedPastLease: 1, oldestUndeliveredDueAt: secondsAgo(40) }, NOW).problems).toEqual(['sender_stalled']);
  });

  it(`calls delivery falling behind only once the oldest undelivered message has waited more than ${FALLING_BEHIND_AFTER_SECONDS} s`, () => {
    expect(outboxHealth({ ...quiet, overdue: 900, oldestUndeliveredDueAt: secondsAgo(FALLING_BEHIND_AFTER_SECONDS) }, NOW).problems).toEqual([]);
    expect(outboxHealth({ ...quiet, overdue: 900, oldestUndeliveredDueAt: secondsAgo(FALLING_BEHIND_AFTER_SECONDS + 1) }, NOW).problems).toEqual(['falling_behind']);
  });

  it('does not call permanent failures a delivery problem: a wrong address is not an outage', () => {
    expect(outboxHealth({ ...quiet, failedLastHour: 12, lastError: { at: secondsAgo(5), message: '550 user unknown' } }, NOW).problems).toEqual([]);
  });

  it('blanks email addresses and phone numbers in a server answer, and keeps codes, hosts and ports', () => {
    expect(redactDeliveryError('550 5.1.1 <bo.nielsen@mail.dk>: Recipient address rejected')).toBe('550 5.1.1 <[address]>: Recipient address rejected');
    expect(redactDeliveryError('21211 The To number +4520123456 is not a valid phone number')).toBe('21211 The To number [number] is not a valid phone number');
    expect(redactDeliveryError('connect ECONNREFUSED 10.0.0.7:587')).toBe('connect ECONNREFUSED 10.0.0.7:587');
  });
});
