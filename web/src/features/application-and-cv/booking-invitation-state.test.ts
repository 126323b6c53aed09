import { describe, expect, it } from 'vitest';
import { bookingInvitationState } from './booking-invitation-state';

const slot = { id: 's1', startsAt: '2026-12-10T08:00:00Z', endsAt: '2026-12-10T08:30:00Z' };

describe("where a candidate's invitation to choose a time stands", () => {
  it('is booked, with the time, once they chose one', () => {
    expect(bookingInvitationState({ status: 'booked', slot, offerStatus: 'open' })).toBe('booked');
    expect(bookingInvitationState({ status: 'booked', slot, offerStatus: 'closed' })).toBe('booked');
  });

  it('is still to choose while the offer is open, and past choosing once it is closed', () => {
    expect(bookingInvitationState({ status: 'awaiting', slot: null, offerStatus: 'open' })).toBe('awaiting');
    expect(bookingInvitationState({ status: 'awaiting', slot: null, offerStatus: 'closed' })).toBe('closedUnbooked');
  });

  it('says they asked for another time or withdrew', () => {
    expect(bookingInvitationState({ status: 'new_time_requested', slot: null, offerStatus: 'open' })).toBe('new_time_requested');
    expect(bookingInvitationState({ status: 'not_relevant', slot: null, offerStatus: 'open' })).toBe('not_relevant');
  });
});
