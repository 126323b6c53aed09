import { describe, expect, it } from 'vitest';
import da from './da.json';
import en from './en.json';
import { answerCounts, answerLook, RESPONSE_STATUSES } from './answers';

describe("an invitee's answer in the calendar", () => {
  it("is shown in the source's words, in Danish and in English", () => {
    const words = (catalog: typeof da, status: (typeof RESPONSE_STATUSES)[number]) => catalog.answer[status];
    expect(RESPONSE_STATUSES.filter((s) => s !== 'cancelled').map((s) => words(da, s))).toEqual([
      'Afventer svar',
      'Accepteret',
      'Ikke accepteret',
      'Kontakt for nyt tidspkt.',
      'Ikke relevant',
    ]);
    expect(RESPONSE_STATUSES.filter((s) => s !== 'cancelled').map((s) => words(en, s))).toEqual([
      'Awaiting an answer',
      'Accepted',
      'Not accepted',
      'Contact for new time',
      'Not relevant',
    ]);
  });

  it('has a colour of its own for yes, no and a new time, and the words key beside it', () => {
    expect(answerLook('accepted')).toEqual({ words: 'answer.accepted', tone: 'positive' });
    expect(answerLook('declined').tone).toBe('negative');
    expect(answerLook('new_time_requested').tone).toBe('attention');
    expect(answerLook('awaiting').tone).toBe('waiting');
    expect(new Set(RESPONSE_STATUSES.map((status) => answerLook(status).words)).size).toBe(RESPONSE_STATUSES.length);
  });
});

describe('answerCounts', () => {
  it('counts the answers in a fixed order and leaves out those no one gave', () => {
    expect(answerCounts(['awaiting', 'accepted', 'awaiting', 'declined'])).toEqual([
      { status: 'awaiting', count: 2 },
      { status: 'accepted', count: 1 },
      { status: 'declined', count: 1 },
    ]);
    expect(answerCounts([])).toEqual([]);
  });
});
