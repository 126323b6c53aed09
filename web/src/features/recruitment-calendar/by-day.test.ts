import { describe, expect, it } from 'vitest';
import { interviewsByDay } from './by-day';

describe('interviewsByDay', () => {
  it('puts each interview on the day it starts, and one begun the evening before on the first day', () => {
    const days = ['2026-11-30', '2026-12-01'];
    const byDay = interviewsByDay([{ id: 'a', date: '2026-11-29' }, { id: 'b', date: '2026-12-01' }, { id: 'c', date: '2026-12-01' }], days);
    expect(Object.fromEntries([...byDay].map(([day, list]) => [day, list.map((interview) => interview.id)]))).toEqual({
      '2026-11-30': ['a'],
      '2026-12-01': ['b', 'c'],
    });
  });
});
