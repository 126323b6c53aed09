import { describe, expect, it } from 'vitest';
import { listOfNames, newestFirst } from './display';

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
