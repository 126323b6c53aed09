import type { paths } from '../../api/schema';
import type { Answer } from '../../api/types';
import type { SentSummary } from '../application-handling/sent-summary';

/** What each candidate would get, from POST …/interview-invitations/preview. */
export type InvitationPreview = Answer<'/api/projects/{projectId}/interview-invitations/preview', 'post'>;
export type PreviewRecipient = InvitationPreview['recipients'][number];

/** What was sent, from POST …/interview-invitations (201 Created, which Answer<> does not read). */
export type SentInvitations = paths['/api/projects/{projectId}/interview-invitations']['post']['responses'][201]['content']['application/json'];

/** The counts the recruiter is told after sending: how many were invited, and what became of their reminders. */
export function sentSummary(sent: Pick<SentInvitations, 'invitations'>): SentSummary {
  const withStatus = (status: string) => sent.invitations.filter((invitation) => invitation.reminder.status === status).length;
  return { invitations: sent.invitations.length, remindersScheduled: withStatus('scheduled'), remindersSkipped: withStatus('skipped_too_late') };
}

/** What was offered, from POST …/booking-offers (201 Created). */
export type OfferedTimes = paths['/api/projects/{projectId}/booking-offers']['post']['responses'][201]['content']['application/json'];

/** The counts the recruiter is told after offering times: how many applicants can book, among how many slots. */
export function offeredSummary(offered: Pick<OfferedTimes, 'bookingInvitations' | 'slots'>): SentSummary {
  // Reminders are made as each applicant books, so none is planned or skipped yet.
  return { invitations: offered.bookingInvitations.length, remindersScheduled: 0, remindersSkipped: 0, offeredSlots: offered.slots.length };
}
