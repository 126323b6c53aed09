import type { Context } from '../context.js';
import { findApplication } from '../db/repositories/applications.js';
import { listAuditEvents } from '../db/repositories/audit-events.js';
import { findInterviews } from '../db/repositories/interviews.js';
import { applicationBookingInvitations } from '../db/repositories/booking-offers.js';
import { listApplicationInvitations } from '../db/repositories/invitations.js';
import { listApplicationMessages } from '../db/repositories/messages.js';
import { findProject } from '../db/repositories/projects.js';
import type { ApplicationWithCandidate } from '../domain/application.js';
import type { AuditEvent } from '../domain/audit-event.js';
import type { Interview } from '../domain/interview.js';
import type { Invitation } from '../domain/invitation.js';
import type { MessageSummary } from '../domain/message.js';
import { invitationHasNoReply, isNoReply } from '../domain/no-reply.js';
import type { BookingInvitationStatus, BookingOfferStatus } from '../domain/booking-offer.js';
import type { Project } from '../domain/project.js';
import { notFound } from '../errors.js';

export interface ApplicationAndCv {
  application: ApplicationWithCandidate;
  project: Project;
  history: AuditEvent[];
  /** `noReply`: still awaiting an answer two working days after it was sent. */
  invitations: (Invitation & { interview: Interview; noReply: boolean })[];
  messages: MessageSummary[];
  /** Invitations to choose a time from offered slots, and whether and what the candidate booked. */
  bookingInvitations: {
    id: string;
    offerId: string;
    status: BookingInvitationStatus;
    offerStatus: BookingOfferStatus;
    deadlineAt: string;
    slot: { id: string; startsAt: string; endsAt: string } | null;
    noReply: boolean;
  }[];
}

/**
 * The candidate's "Application and CV" page: the application, its project and what happened to it. `timeZone` is
 * the organisation's, in which working days are counted for the no-reply flag.
 */
export async function applicationAndCv(ctx: Context, organisationId: string, applicationId: string, timeZone: string): Promise<ApplicationAndCv> {
  const application = await findApplication(ctx.db, organisationId, applicationId);
  if (!application) throw notFound('The application');
  const [project, history, invitations, messages, bookingInvitations] = await Promise.all([
    findProject(ctx.db, organisationId, application.projectId),
    listAuditEvents(ctx.db, organisationId, [
      { type: 'application', id: application.id },
      { type: 'candidate', id: application.candidate.id },
    ]),
    listApplicationInvitations(ctx.db, organisationId, application.id),
    listApplicationMessages(ctx.db, organisationId, application.id),
    applicationBookingInvitations(ctx.db, organisationId, application.id),
  ]);
  if (!project) throw notFound('The application');
  const interviews = new Map(
    (await findInterviews(ctx.db, organisationId, invitations.map((invitation) => invitation.interviewId))).map((i) => [i.id, i]),
  );
  const now = ctx.clock.now();
  return {
    application,
    project,
    history,
    invitations: invitations.map((invitation) => ({
      ...invitation,
      interview: interviews.get(invitation.interviewId)!,
      noReply: invitationHasNoReply(invitation, now, timeZone),
    })),
    messages,
    bookingInvitations: bookingInvitations.map((row) => ({
      id: row.id,
      offerId: row.offer_id,
      status: row.status,
      offerStatus: row.offer_status,
      deadlineAt: new Date(row.deadline_at).toISOString(),
      slot: row.slot_id && row.slot_starts_at && row.slot_ends_at ? { id: row.slot_id, startsAt: new Date(row.slot_starts_at).toISOString(), endsAt: new Date(row.slot_ends_at).toISOString() } : null,
      noReply: row.status === 'awaiting' && row.offer_status === 'open' && isNoReply(new Date(row.created_at), now, timeZone),
    })),
  };
}
