import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOrganisation } from '../../../../test/support/factories.js';
import { deliverDue, newOutboxMessage, refusingServer } from '../../../../test/support/outbox.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { TEST_ENGINE } from '../../../../test/support/test-database.js';
import { claimDueMessages, queueMessages, type NewMessage } from '../../../db/repositories/messages.js';
import { PermanentDeliveryError } from '../../../delivery/email-transport.js';
import { DELIVERY_LEASE_MS } from '../../../delivery/outbox-worker.js';
import { retryDelayMs } from '../../../delivery/retry-policy.js';

let test: TestApp;
let organisationId: string;
beforeEach(async () => {
  test = await createTestApp();
  test.clock.set('2026-03-02T08:00:00Z');
  organisationId = (await createOrganisation(test.ctx.db)).id;
});
afterEach(() => test.close());

const health = async () => (await test.app.inject({ url: '/api/health' })).json();
const queue = (...overrides: Partial<NewMessage>[]) =>
  queueMessages(test.ctx.db, overrides.map((fields) => newOutboxMessage(organisationId, test.clock.now(), fields)));

const QUIET_OUTBOX = { oldestOverdueSeconds: null, overdue: 0, sending: 0, claimedPastLease: 0, waitingForRetry: 0, failedLastHour: 0, lastError: null };

describe(`GET /api/health on ${TEST_ENGINE}`, () => {
  it('is ok, without a session, while the database answers and nothing waits to be delivered', async () => {
    const response = await test.app.inject({ url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', problems: [], worker: { inProcess: false, lastTickAt: null }, outbox: QUIET_OUTBOX });
  });

  it("reports the last pass of this process's outbox worker", async () => {
    await test.close();
    test = await createTestApp({}, { lastTickAt: () => new Date('2026-03-02T07:59:58Z') });
    const response = await test.app.inject({ url: '/api/health' });
    expect(response.json().worker).toEqual({ inProcess: true, lastTickAt: '2026-03-02T07:59:58.000Z' });
  });

  it('is 503 when the database does not answer', async () => {
    await test.database.close();
    test.database.close = async () => {};
    const response = await test.app.inject({ url: '/api/health' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({ status: 'unavailable' });
  });

  it('is degraded while the mail server refuses connections, with the waiting messages, their age since they first fell due, and the last error', async () => {
    await queue({}, {});
    const outage = refusingServer(() => new Error('connect ECONNREFUSED 127.0.0.1:2525'));
    await deliverDue(test, { email: outage });
    test.clock.advance(20_000);

    const during = await health();
    expect(during).toMatchObject({ status: 'degraded', problems: ['delivery_failing'] });
    expect(during.outbox).toEqual({
      ...QUIET_OUTBOX,
      // Both wait for their retry in 10 s: neither is due, yet both are 20 s late.
      oldestOverdueSeconds: 20,
      waitingForRetry: 2,
      lastError: { at: '2026-03-02T08:00:00.000Z', message: 'connect ECONNREFUSED 127.0.0.1:2525' },
    });

    test.clock.advance(retryDelayMs(1));
    expect(await deliverDue(test)).toMatchObject({ sent: 2 });
    expect(await health()).toMatchObject({ status: 'ok', problems: [], outbox: QUIET_OUTBOX });
  });

  it("blanks the recipient's address and number in the last error a mail server gave", async () => {
    await queue({});
    await deliverDue(test, { email: refusingServer(() => new Error('451 4.2.0 <aase.kandidat@mail.example>: greylisted, call +45 20 12 34 56')) });

    expect((await health()).outbox.lastError.message).toBe('451 4.2.0 <[address]>: greylisted, call [number]');
  });

  it('says a sender has stalled when a worker holds messages past its lease, and counts them as undelivered from when they fell due', async () => {
    await queue({}, {}, {});
    await claimDueMessages(test.ctx.db, test.clock.now(), new Date(test.clock.now().getTime() + DELIVERY_LEASE_MS), 25);

    test.clock.advance(DELIVERY_LEASE_MS - 1_000);
    expect(await health()).toMatchObject({ status: 'ok', outbox: { sending: 3, claimedPastLease: 0, oldestOverdueSeconds: 29 } });

    test.clock.advance(1_000);
    expect(await health()).toMatchObject({ status: 'degraded', problems: ['sender_stalled'], outbox: { sending: 3, claimedPastLease: 3, oldestOverdueSeconds: 30 } });
  });

  it('counts messages given up as failed in the last hour without calling delivery degraded, and forgets them after the hour', async () => {
    await queue({});
    await deliverDue(test, { email: refusingServer(() => new PermanentDeliveryError('550 5.1.1 user unknown')) });

    expect(await health()).toMatchObject({ status: 'ok', outbox: { failedLastHour: 1, lastError: { message: '550 5.1.1 user unknown' } } });
    test.clock.advance(60 * 60 * 1000 + 1);
    expect((await health()).outbox).toEqual(QUIET_OUTBOX);
  });
});
