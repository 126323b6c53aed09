import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Clock } from '../clock.js';

/** Keys one store remembers at most: a robot trying endless addresses or links must not grow it without end. */
const DEFAULT_CAPACITY = 10_000;

interface Window {
  count: number;
  endsAt: number;
}

/**
 * A store for @fastify/rate-limit that counts requests per key in fixed windows (the first request opens one) on
 * Samtale's Clock rather than the library's Date.now(), so that tests move a manual clock past a window instead
 * of waiting for it. Counts live in this process's memory, as with the library's own store.
 */
export function clockRateLimitStore(clock: Clock, capacity = DEFAULT_CAPACITY): FastifyRateLimitStoreCtor {
  return class ClockRateLimitStore implements FastifyRateLimitStore {
    // In the order the windows opened: with one window length per store, also the order they close, so the first
    // is the one to forget when full (a closed one while any is closed).
    private readonly windows = new Map<string, Window>();

    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number): void {
      const now = clock.now().getTime();
      let window = this.windows.get(key);
      if (!window || window.endsAt <= now) {
        this.windows.delete(key);
        if (this.windows.size >= capacity) this.windows.delete(this.windows.keys().next().value!);
        window = { count: 0, endsAt: now + timeWindow };
        this.windows.set(key, window);
      }
      window.count += 1;
      callback(null, { current: window.count, ttl: window.endsAt - now });
    }

    /** Each route or limiter counts on its own, as with the library's store. */
    child(): FastifyRateLimitStore {
      return new ClockRateLimitStore();
    }
  };
}
