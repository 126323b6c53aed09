import { describe, expect, it } from 'vitest';
import { formatLocalDateTime, listOfNames, newestFirst } from './display';

describe('newest first', () => {
  it('puts the latest instant first and keeps the later-listed of two equal instants first', () => {
    const items = [
      { id: 'a', at: '2026-11-01T10:00:00Z' },
      { id: 'b', at: '2026-11-03T10:00:00Z' },
      { id: 'c', at: '2026-11-01T10:00:00Z' },
    ];
    expect(newestFirst(items, (item) => item.at).map((item) => item.id)).toEqual(['b', 'c', 'a']);
  });
});

describe('a list of names', () => {
  it('joins names the way each language does', () => {
    expect(listOfNames(['Anna Holm', 'Bo Madsen'], 'en')).toBe('Anna Holm and Bo Madsen');
    expect(listOfNames(['Anna Holm', 'Bo Madsen'], 'da')).toBe('Anna Holm og Bo Madsen');
  });
});

describe('a local date and time from a form', () => {
  it('reads as the wall clock says, whatever zone the browser is in', () => {
    expect(formatLocalDateTime('2026-12-04', '10:00', 'da')).toBe('fredag den 4. december 2026 kl. 10.00');
    expect(formatLocalDateTime('2026-12-04', '10:00', 'en')).toMatch(/^Friday,? 4 December 2026 at 10:00$/);
  });
});
