import { describe, expect, it } from 'vitest';
import { historySentence, type HistoryContext, type HistoryEvent } from './history-sentence';

const anna = { type: 'user' as const, id: 'u1', name: 'Anna Holm' };
const candidate = { type: 'candidate' as const, id: 'c1', name: 'Maja Berg' };
const system = { type: 'system' as const, id: null, name: null };

function event(action: string, actor: HistoryEvent['actor'], change: { before?: unknown; after?: unknown } = {}): HistoryEvent {
  return {
    id: 'e1',
    action,
    actor,
    before: change.before ?? null,
    after: change.after ?? null,
    at: '2026-12-01T09:00:00.000Z',
    subject: { type: 'application', id: 'a1' },
  };
}

const context: HistoryContext = { interviewTypes: new Map([['i1', 'in_person']]) };

describe('a history sentence', () => {
  it('tells who invited the candidate to which kind of interview', () => {
    const sentence = historySentence(
      event('application.invited_to_interview', anna, { before: { status: 'in_review' }, after: { status: 'invited_to_interview', invitationId: 'i1', email: true } }),
      context,
    );
    expect(sentence).toEqual({ key: 'invited', values: { actor: 'Anna Holm', interview: { term: 'history.interview.in_person' } } });
  });

  it('says when an invitation went out without an email', () => {
    const sentence = historySentence(event('application.invited_to_interview', anna, { after: { invitationId: 'i1', email: false } }), context);
    expect(sentence.key).toBe('invitedWithoutEmail');
  });

  it('speaks of "an interview" when the invitation is not among the ones shown', () => {
    const sentence = historySentence(event('application.invited_to_interview', anna, { after: { invitationId: 'gone' } }), context);
    expect(sentence.values.interview).toEqual({ term: 'history.interview.unknown' });
  });

  it('tells that the candidate booked, changed or cancelled an offered time', () => {
    expect(historySentence(event('booking.booked', candidate, { after: { offerId: 'o1', slotId: 's1' } }), context)).toEqual({ key: 'timeBooked', values: {} });
    expect(historySentence(event('booking.changed', candidate, { before: { slotId: 's1' }, after: { slotId: 's2' } }), context)).toEqual({ key: 'bookingChanged', values: {} });
    expect(historySentence(event('booking.cancelled', candidate, { before: { slotId: 's2' } }), context)).toEqual({ key: 'bookingCancelled', values: {} });
  });

  it("tells the candidate's own answer in their words", () => {
    expect(historySentence(event('invitation.answered', candidate, { after: { responseStatus: 'accepted' } }), context)).toEqual({
      key: 'answeredByCandidate.accepted',
      values: {},
    });
  });

  it('keeps the message the candidate wrote with an answer as a quotation', () => {
    const sentence = historySentence(event('invitation.answered', candidate, { after: { responseStatus: 'new_time_requested', message: 'Tuesday is better' } }), context);
    expect(sentence).toMatchObject({ key: 'answeredByCandidate.new_time_requested', quote: 'Tuesday is better' });
  });

  it('names whoever recorded an answer on the candidate’s behalf, with the answer in the Acc. words', () => {
    expect(historySentence(event('invitation.answered', system, { after: { responseStatus: 'declined' } }), context)).toEqual({
      key: 'answerRecorded',
      values: { actor: { term: 'history.actor.system' }, answer: { term: 'responseStatus.declined' } },
    });
  });

  it('gives the new time of a moved interview as an instant to format in the organisation’s zone', () => {
    const sentence = historySentence(event('invitation.reset_by_change', anna, { after: { responseStatus: 'awaiting', startsAt: '2026-12-02T09:00:00.000Z' } }), context);
    expect(sentence).toEqual({ key: 'interviewMoved', values: { actor: 'Anna Holm', time: { instant: '2026-12-02T09:00:00.000Z' } } });
  });

  it('says the interview changed when the new time is missing', () => {
    expect(historySentence(event('invitation.reset_by_change', anna, { after: {} }), context).key).toBe('interviewChanged');
  });

  it('counts cancelled and restored reminders for the plural forms', () => {
    expect(historySentence(event('reminders.cancelled', candidate, { after: { count: 2 } }), context)).toEqual({ key: 'remindersCancelled', values: { count: 2 } });
    expect(historySentence(event('reminders.restored', candidate, { after: { count: 1 } }), context)).toEqual({ key: 'remindersRestored', values: { count: 1 } });
  });

  it('tells a cancelled interview, a withdrawal and a message sent again', () => {
    expect(historySentence(event('invitation.cancelled', anna), context).key).toBe('interviewCancelled');
    expect(historySentence(event('application.withdrawn', candidate, { after: { status: 'withdrawn' } }), context).key).toBe('withdrawnByCandidate');
    expect(historySentence(event('application.withdrawn', anna, { after: { status: 'withdrawn' } }), context)).toEqual({
      key: 'statusSet',
      values: { actor: 'Anna Holm', status: { term: 'applicationStatus.withdrawn' } },
    });
    expect(historySentence(event('message.retried', anna, { after: { messageId: 'm1' } }), context)).toEqual({ key: 'messageRetried', values: { actor: 'Anna Holm' } });
  });

  it('tells an imported application with its status, done by the system', () => {
    expect(historySentence(event('application.imported', system, { after: { status: 'received' } }), context)).toEqual({
      key: 'imported',
      values: { actor: { term: 'history.actor.system' }, status: { term: 'applicationStatus.received' } },
    });
  });

  it('calls a user who is no longer known "a former user"', () => {
    expect(historySentence(event('invitation.cancelled', { type: 'user', id: 'u9', name: null }), context).values.actor).toEqual({
      term: 'history.actor.unknownUser',
    });
  });

  it('reads an unknown action that changes the status as a change of status', () => {
    expect(historySentence(event('application.status_changed', anna, { before: { status: 'in_review' }, after: { status: 'offer' } }), context)).toEqual({
      key: 'statusChanged',
      values: { actor: 'Anna Holm', from: { term: 'applicationStatus.in_review' }, to: { term: 'applicationStatus.offer' } },
    });
  });

  it('falls back to a generic sentence naming any other unknown action', () => {
    expect(historySentence(event('cv.uploaded', anna, { after: 'whatever' }), context)).toEqual({ key: 'unknown', values: { actor: 'Anna Holm', action: 'cv.uploaded' } });
  });

  it('does not crash on a known action whose details are missing or malformed', () => {
    for (const action of ['invitation.answered', 'reminders.cancelled', 'reminders.restored', 'application.imported', 'application.invited_to_interview']) {
      for (const after of [null, 'text', 42, [], { responseStatus: 'maybe', count: 'two', status: 'lost' }]) {
        expect(() => historySentence(event(action, anna, { after }), context)).not.toThrow();
      }
    }
    expect(historySentence(event('invitation.answered', anna, { after: { responseStatus: 'maybe' } }), context).key).toBe('unknown');
    expect(historySentence(event('reminders.cancelled', anna, { after: { count: 'two' } }), context).key).toBe('unknown');
  });
});
