import { describe, expect, it } from 'vitest';
import { answerInvitation } from './response-status.js';

const beforeStart = { interviewStarted: false, byRecruiter: false };

describe('answerInvitation', () => {
  it('accepts a first answer and cancels reminders only when the candidate declines or withdraws', () => {
    expect(answerInvitation('awaiting', 'accepted', beforeStart)).toEqual({ ok: true, changed: true, cancelReminders: false, restoreReminders: false, withdrawApplication: false });
    expect(answerInvitation('awaiting', 'new_time_requested', beforeStart)).toMatchObject({ cancelReminders: false });
    expect(answerInvitation('awaiting', 'declined', beforeStart)).toMatchObject({ cancelReminders: true, withdrawApplication: false });
    expect(answerInvitation('awaiting', 'not_relevant', beforeStart)).toMatchObject({ cancelReminders: true, withdrawApplication: true });
  });

  it('wants the reminders back when a candidate who declined comes to attend after all, or asks for a new time', () => {
    expect(answerInvitation('declined', 'accepted', beforeStart)).toMatchObject({ restoreReminders: true, cancelReminders: false });
    expect(answerInvitation('declined', 'new_time_requested', beforeStart)).toMatchObject({ restoreReminders: true });
    expect(answerInvitation('accepted', 'new_time_requested', beforeStart)).toMatchObject({ restoreReminders: false });
    expect(answerInvitation('declined', 'not_relevant', beforeStart)).toMatchObject({ restoreReminders: false, cancelReminders: true });
  });

  it('lets a later answer replace an earlier one until the interview starts', () => {
    expect(answerInvitation('declined', 'accepted', beforeStart)).toMatchObject({ ok: true, changed: true });
    expect(answerInvitation('accepted', 'declined', { interviewStarted: true, byRecruiter: false })).toEqual({ ok: false, reason: 'interview_started' });
  });

  it('changes nothing when the same answer comes twice', () => {
    expect(answerInvitation('accepted', 'accepted', beforeStart)).toEqual({ ok: true, changed: false, cancelReminders: false, restoreReminders: false, withdrawApplication: false });
    expect(answerInvitation('not_relevant', 'not_relevant', beforeStart)).toMatchObject({ ok: true, changed: false });
  });

  it('keeps a withdrawal final, and a cancelled interview closed, for candidates and recruiters alike', () => {
    for (const byRecruiter of [false, true]) {
      expect(answerInvitation('not_relevant', 'accepted', { interviewStarted: false, byRecruiter })).toEqual({ ok: false, reason: 'withdrawn' });
      expect(answerInvitation('cancelled', 'accepted', { interviewStarted: false, byRecruiter })).toEqual({ ok: false, reason: 'cancelled' });
    }
  });

  it('lets a recruiter record an answer given by phone after the interview has started', () => {
    expect(answerInvitation('awaiting', 'accepted', { interviewStarted: true, byRecruiter: true })).toMatchObject({ ok: true, changed: true });
  });
});
