import type { Clock } from '../../src/clock.js';

/** A clock that stands still until a test moves it. */
export class ManualClock implements Clock {
  private current: Date;

  constructor(start: Date | string = '2026-03-02T08:00:00.000Z') {
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  set(instant: Date | string): void {
    this.current = new Date(instant);
  }

  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}
