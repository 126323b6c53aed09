import { describe, expect, it } from 'vitest';
import { mapInTurns } from './in-turns.js';

/** Busy for about `ms` milliseconds of real work, as rendering an email is. */
function busyFor(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // spinning: the point is to hold the event loop
  }
}

describe('mapInTurns', () => {
  it('gives the results of the work in the order of the items', async () => {
    expect(await mapInTurns(['a', 'b', 'c'], (item, index) => `${item}${index}`)).toEqual(['a0', 'b1', 'c2']);
  });

  it('lets other work run between items once a turn has lasted long enough', async () => {
    const order: string[] = [];
    setImmediate(() => order.push('other request'));
    await mapInTurns([1, 2, 3, 4], (item) => {
      busyFor(6);
      order.push(`item ${item}`);
    });
    expect(order.indexOf('other request')).toBeGreaterThan(0);
    expect(order.indexOf('other request')).toBeLessThan(order.length - 1);
  });

  it('does quick work in one go', async () => {
    const order: string[] = [];
    setImmediate(() => order.push('other request'));
    await mapInTurns([1, 2, 3], (item) => order.push(`item ${item}`));
    expect(order.slice(0, 3)).toEqual(['item 1', 'item 2', 'item 3']);
  });
});
