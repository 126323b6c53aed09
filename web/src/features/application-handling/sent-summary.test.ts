import { describe, expect, it } from 'vitest';
import { sentState, sentSummaryOf } from './sent-summary';

describe("the wizard's summary of what was sent", () => {
  it('is read back from the navigation state it was written to', () => {
    const summary = { invitations: 3, remindersScheduled: 2, remindersSkipped: 1 };
    expect(sentSummaryOf(sentState(summary))).toEqual(summary);
  });

  it('says times were offered, and how many, when they were', () => {
    const summary = { invitations: 3, remindersScheduled: 0, remindersSkipped: 0, offeredSlots: 6 };
    expect(sentSummaryOf(sentState(summary))).toEqual(summary);
    expect(sentSummaryOf({ invitationsSent: { ...summary, offeredSlots: 'six' } })).toBeNull();
  });

  it('is nothing when the state holds no summary or one of another shape', () => {
    for (const state of [null, undefined, 'sent', {}, { invitationsSent: null }, { invitationsSent: { invitations: 3 } }]) {
      expect(sentSummaryOf(state)).toBeNull();
    }
  });

  it('is nothing when a count is not a whole number of at least zero', () => {
    expect(sentSummaryOf({ invitationsSent: { invitations: -1, remindersScheduled: 0, remindersSkipped: 0 } })).toBeNull();
    expect(sentSummaryOf({ invitationsSent: { invitations: 1.5, remindersScheduled: 0, remindersSkipped: 0 } })).toBeNull();
    expect(sentSummaryOf({ invitationsSent: { invitations: '3', remindersScheduled: 0, remindersSkipped: 0 } })).toBeNull();
  });
});
