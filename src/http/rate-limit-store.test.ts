import type { FastifyRateLimitStore } from '@fastify/rate-limit';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../test/support/manual-clock.js';
import { clockRateLimitStore } from './rate-limit-store.js';

const MINUTE = 60_000;

function storeOn(clock: ManualClock, capacity?: number): FastifyRateLimitStore {
  const Store = clockRateLimitStore(clock, capacity);
  return new Store({});
}

function count(store: FastifyRateLimitStore, key: string, timeWindow = MINUTE): Promise<{ current: number; ttl: number }> {
  return new Promise((resolve, reject) => {
    store.incr(key, (error, result) => (error || !result ? reject(error ?? new Error('no result')) : resolve(result)), timeWindow, 10);
  });
}

describe('clockRateLimitStore', () => {
  it('counts the requests of a key within its window and says how long the window has left', async () => {
    const clock = new ManualClock();
    const store = storeOn(clock);
    expect(await count(store, 'a')).toEqual({ current: 1, ttl: MINUTE });
    clock.advance(20_000);
    expect(await count(store, 'a')).toEqual({ current: 2, ttl: 40_000 });
    expect(await count(store, 'b')).toEqual({ current: 1, ttl: MINUTE });
  });

  it('starts counting afresh once the clock has passed the end of the window, and not a millisecond before', async () => {
    const clock = new ManualClock();
    const store = storeOn(clock);
    await count(store, 'a');
    await count(store, 'a');
    clock.advance(MINUTE - 1);
    expect(await count(store, 'a')).toEqual({ current: 3, ttl: 1 });
    clock.advance(1);
    expect(await count(store, 'a')).toEqual({ current: 1, ttl: MINUTE });
  });

  it('counts separately in each child, as each route and limiter has its own', async () => {
    const clock = new ManualClock();
    const parent = storeOn(clock);
    const child = parent.child({} as Parameters<FastifyRateLimitStore['child']>[0]);
    await count(parent, 'a');
    await count(parent, 'a');
    expect(await count(child, 'a')).toEqual({ current: 1, ttl: MINUTE });
  });

  it('forgets the oldest window when full, rather than growing without end', async () => {
    const clock = new ManualClock();
    const store = storeOn(clock, 2);
    await count(store, 'first');
    await count(store, 'second');
    await count(store, 'second');
    await count(store, 'third');
    expect((await count(store, 'second')).current).toBe(3);
    expect((await count(store, 'first')).current).toBe(1);
  });

  it('counts a window opened again as the newest, so that a busy key is not the one forgotten', async () => {
    const clock = new ManualClock();
    const store = storeOn(clock, 2);
    await count(store, 'busy');
    await count(store, 'other');
    clock.advance(MINUTE);
    await count(store, 'busy');
    await count(store, 'new');
    expect((await count(store, 'busy')).current).toBe(2);
  });
});
