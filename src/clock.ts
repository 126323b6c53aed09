/**
 * The one source of the current time. Code that needs "now" receives a Clock, so tests can move time
 * instead of sleeping.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
