/**
 * What the Invite to interview wizard sent, handed to All applications in the navigation's state so the list can
 * say so when the recruiter lands back on it.
 */
export interface SentSummary {
  invitations: number;
  remindersScheduled: number;
  remindersSkipped: number;
  /** Set when times were offered instead: `invitations` applicants each got a link to book one of these slots. */
  offeredSlots?: number;
}

export function sentState(summary: SentSummary): { invitationsSent: SentSummary } {
  return { invitationsSent: summary };
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** The summary in a navigation's state, or null: history state outlives releases and may hold anything. */
export function sentSummaryOf(state: unknown): SentSummary | null {
  if (typeof state !== 'object' || state === null || !('invitationsSent' in state)) return null;
  const sent = state.invitationsSent;
  if (typeof sent !== 'object' || sent === null) return null;
  const { invitations, remindersScheduled, remindersSkipped, offeredSlots } = sent as Record<string, unknown>;
  if (!isCount(invitations) || !isCount(remindersScheduled) || !isCount(remindersSkipped)) return null;
  if (offeredSlots !== undefined && !isCount(offeredSlots)) return null;
  return { invitations, remindersScheduled, remindersSkipped, ...(offeredSlots !== undefined && { offeredSlots }) };
}
