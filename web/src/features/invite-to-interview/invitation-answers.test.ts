import { describe, expect, it } from 'vitest';
import { offeredSummary, sentSummary } from './invitation-answers';

const invitation = (status: 'none' | 'scheduled' | 'skipped_too_late') => ({ reminder: { status } }) as never;

describe('the summary after sending', () => {
  it('counts the invitations and what became of their reminders', () => {
    expect(sentSummary({ invitations: [invitation('scheduled'), invitation('skipped_too_late'), invitation('scheduled')] })).toEqual({
      invitations: 3,
      remindersScheduled: 2,
      remindersSkipped: 1,
    });
  });

  it('counts no reminders when none was chosen', () => {
    expect(sentSummary({ invitations: [invitation('none')] })).toEqual({ invitations: 1, remindersScheduled: 0, remindersSkipped: 0 });
  });
});

describe('the summary after offering times', () => {
  it('counts the applicants who can book and the slots offered them', () => {
    const offered = { bookingInvitations: [{}, {}, {}], slots: [{}, {}, {}, {}, {}, {}] } as never;
    expect(offeredSummary(offered)).toEqual({ invitations: 3, remindersScheduled: 0, remindersSkipped: 0, offeredSlots: 6 });
  });
});
