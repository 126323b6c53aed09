import type { Context } from '../../context.js';
import type { Db } from '../../db/database.js';
import { findBookingOffer, offerInvitees, offerSlotsWithBookings, projectBookingOffers } from '../../db/repositories/booking-offers.js';
import { findProject } from '../../db/repositories/projects.js';
import type { BookingInvitationStatus, BookingOfferStatus } from '../../domain/booking-offer.js';
import type { InterviewType } from '../../domain/interview.js';
import { isNoReply } from '../../domain/no-reply.js';
import { notFound } from '../../errors.js';
import type { Session } from '../authenticate.js';

export interface OfferView {
  id: string;
  projectId: string;
  projectTitle: string;
  type: InterviewType;
  durationMinutes: number;
  location: string | null;
  meetingUrl: string | null;
  seatsPerSlot: number;
  deadlineAt: string;
  status: BookingOfferStatus;
  recruiters: { id: string; name: string }[];
  slots: {
    id: string;
    startsAt: string;
    endsAt: string;
    seats: number;
    booked: number;
    status: 'scheduled' | 'cancelled';
    bookings: { applicationId: string; invitationId: string; candidate: { id: string; firstName: string; lastName: string } }[];
  }[];
  invitees: {
    bookingInvitationId: string;
    applicationId: string;
    candidate: { id: string; firstName: string; lastName: string; email: string; mobile: string | null };
    status: BookingInvitationStatus;
    slotId: string | null;
    noReply: boolean;
  }[];
}

/** One offer as its recruiter follows it: each slot booked or free, and where each invited applicant stands. */
export async function offerView(db: Db, session: Session, offerId: string, now: Date): Promise<OfferView> {
  const organisationId = session.organisation.id;
  const offer = await findBookingOffer(db, organisationId, offerId);
  if (!offer) throw notFound('The offer of times');
  const [{ slots, recruiters, bookings }, invitees] = await Promise.all([offerSlotsWithBookings(db, organisationId, offerId), offerInvitees(db, organisationId, offerId)]);
  const slotRecruiters = new Map<string, { id: string; name: string }>();
  for (const recruiter of recruiters) slotRecruiters.set(recruiter.id, { id: recruiter.id, name: recruiter.name });
  return {
    id: offer.id,
    projectId: offer.project_id,
    projectTitle: offer.project_title,
    type: offer.type,
    durationMinutes: offer.duration_minutes,
    location: offer.location,
    meetingUrl: offer.meeting_url,
    seatsPerSlot: offer.seats_per_slot,
    deadlineAt: new Date(offer.deadline_at).toISOString(),
    status: offer.status,
    recruiters: [...slotRecruiters.values()],
    slots: slots.map((slot) => ({
      id: slot.id,
      startsAt: new Date(slot.starts_at).toISOString(),
      endsAt: new Date(slot.ends_at).toISOString(),
      seats: slot.seats,
      booked: slot.booked_seats,
      status: slot.status,
      bookings: bookings
        .filter((booking) => booking.interview_id === slot.id)
        .map((booking) => ({
          applicationId: booking.application_id,
          invitationId: booking.id,
          candidate: { id: booking.candidate_id, firstName: booking.first_name, lastName: booking.last_name },
        })),
    })),
    invitees: invitees.map((invitee) => ({
      bookingInvitationId: invitee.id,
      applicationId: invitee.application_id,
      candidate: { id: invitee.candidate_id, firstName: invitee.first_name, lastName: invitee.last_name, email: invitee.email, mobile: invitee.mobile },
      status: invitee.status,
      slotId: invitee.slot_id,
      noReply: invitee.status === 'awaiting' && offer.status === 'open' && isNoReply(new Date(invitee.created_at), now, session.organisation.timeZone),
    })),
  };
}

export async function viewOffer(ctx: Context, session: Session, offerId: string): Promise<OfferView> {
  return offerView(ctx.db, session, offerId, ctx.clock.now());
}

/** A project's offers of times, newest first, each counted: slots, seats booked, applicants still to book. */
export async function listProjectOffers(ctx: Context, session: Session, projectId: string) {
  const project = await findProject(ctx.db, session.organisation.id, projectId);
  if (!project) throw notFound('The recruitment project');
  const rows = await projectBookingOffers(ctx.db, session.organisation.id, projectId);
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    deadlineAt: new Date(row.deadline_at).toISOString(),
    type: row.type,
    durationMinutes: row.duration_minutes,
    slotCount: Number(row.slot_count ?? 0),
    seats: Number(row.seats ?? 0),
    booked: Number(row.booked ?? 0),
    invitees: Number(row.invitees ?? 0),
    awaiting: Number(row.awaiting ?? 0),
  }));
}
