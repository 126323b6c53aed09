import type { ApplicationAndCv } from '../../api/types';

export type BookingInvitation = ApplicationAndCv['bookingInvitations'][number];

/**
 * Which sentence tells where the candidate's invitation to choose a time stands: booked (with the time), still to
 * choose (with the deadline), or past choosing: the offer closed first, they asked for another time, or withdrew.
 * The catalog key is `booking.<state>`.
 */
export type BookingInvitationState = 'booked' | 'awaiting' | 'closedUnbooked' | 'new_time_requested' | 'not_relevant';

export function bookingInvitationState(invitation: Pick<BookingInvitation, 'status' | 'slot' | 'offerStatus'>): BookingInvitationState {
  if (invitation.status === 'booked' && invitation.slot) return 'booked';
  if (invitation.status === 'awaiting') return invitation.offerStatus === 'closed' ? 'closedUnbooked' : 'awaiting';
  if (invitation.status === 'booked') return 'awaiting';
  return invitation.status;
}
