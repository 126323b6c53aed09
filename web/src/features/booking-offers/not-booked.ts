/** Where an invitee who has not booked stands, as the offer view says it. */
type Status = 'awaiting' | 'booked' | 'new_time_requested' | 'not_relevant';

// Those to follow up first: no reply after two working days, then the rest still to choose, then those who answered
// without booking (asked for another time, or withdrew) and need a call rather than a reminder.
const rank = (invitee: { status: Status; noReply: boolean }) => (invitee.status === 'awaiting' ? (invitee.noReply ? 0 : 1) : invitee.status === 'new_time_requested' ? 2 : 3);

/** "Har ikke valgt tid": the invitees without a booking, those to follow up first, by name within each. */
export function notBooked<Invitee extends { status: Status; noReply: boolean; candidate: { firstName: string; lastName: string } }>(
  invitees: readonly Invitee[],
  locale: string,
): Invitee[] {
  const name = (invitee: Invitee) => `${invitee.candidate.firstName} ${invitee.candidate.lastName}`;
  return invitees.filter((invitee) => invitee.status !== 'booked').sort((a, b) => rank(a) - rank(b) || name(a).localeCompare(name(b), locale));
}
