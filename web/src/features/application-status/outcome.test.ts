import { describe, expect, it } from 'vitest';
import { sharedStatus, summariseStatusChange } from './outcome';

describe('a change of status', () => {
  it('is counted as changed, already so, and kept as withdrawn', () => {
    expect(summariseStatusChange([{ outcome: 'changed' }, { outcome: 'kept_withdrawn' }, { outcome: 'changed' }, { outcome: 'unchanged' }])).toEqual({
      changed: 2,
      unchanged: 1,
      keptWithdrawn: 1,
    });
  });

  it('offers the status the applications share, and none when they differ', () => {
    expect(sharedStatus(['interviewed', 'interviewed'])).toBe('interviewed');
    expect(sharedStatus(['interviewed', 'withdrawn'])).toBeNull();
    expect(sharedStatus([])).toBeNull();
  });
});
