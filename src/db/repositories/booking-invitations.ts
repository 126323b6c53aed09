import { isPostgres, type Db } from '../database.js';

/**
 * An invitation to book found by its link, with what the booking page shows. Like an invitation's confirmation
 * link, the link is the only key: it names one booking invitation of one organisation.
 */
export async function findBookingInvitationByLink(db: Db, linkHash: string) {
  return db
    .selectFrom('booking_invitations')
    .innerJoin('booking_offers', 'booking_offers.id', 'booking_invitations.offer_id')
    .innerJoin('applications', 'applications.id', 'booking_invitations.application_id')
    .innerJoin('projects', 'projects.id', 'booking_offers.project_id')
    .innerJoin('organisations', 'organisations.id', 'booking_invitations.organisation_id')
    .leftJoin('invitations', 'invitations.id', 'booking_invitations.invitation_id')
    .select((eb) => [
      // A link to book works until a while after the offer's last slot, as an invitation's does after its interview.
      eb
        .selectFrom('interviews')
        .select((inner) => inner.fn.max('interviews.starts_at').as('starts_at'))
        .whereRef('interviews.offer_id', '=', 'booking_offers.id')
        .as('last_slot_at'),
      'booking_invitations.id as booking_invitation_id',
      'booking_invitations.organisation_id',
      'booking_invitations.status',
      'booking_invitations.language',
      'booking_invitations.application_id',
      'applications.candidate_id',
      'applications.status as application_status',
      'booking_offers.id as offer_id',
      'booking_offers.type',
      'booking_offers.duration_minutes',
      'booking_offers.location',
      'booking_offers.meeting_url',
      'booking_offers.deadline_at',
      'booking_offers.status as offer_status',
      'booking_offers.created_by as offer_created_by',
      'booking_offers.reminder_json',
      'booking_invitations.invitation_id',
      'invitations.interview_id as booked_slot_id',
      'projects.title as job_title',
      'organisations.name as company_name',
      'organisations.time_zone',
      'organisations.default_language',
    ])
    .where('booking_invitations.link_hash', '=', linkHash)
    .executeTakeFirst();
}

export type BookingInvitationByLink = NonNullable<Awaited<ReturnType<typeof findBookingInvitationByLink>>>;

/** The slots of an offer that still stand, with their seats, in time order. */
export async function offerSlots(db: Db, organisationId: string, offerId: string) {
  const rows = await db
    .selectFrom('interviews')
    .select(['id', 'starts_at', 'ends_at', 'seats', 'booked_seats'])
    .where('organisation_id', '=', organisationId)
    .where('offer_id', '=', offerId)
    .where('status', '=', 'scheduled')
    .orderBy('starts_at')
    .execute();
  return rows.map((row) => ({ id: row.id, startsAt: new Date(row.starts_at), endsAt: new Date(row.ends_at), seats: row.seats, booked: row.booked_seats }));
}

/**
 * Holds the booking invitation's row to the end of the transaction on PostgreSQL, so that one candidate booking from
 * two tabs at once books one time, not two. (SQLite runs one writer at a time.)
 */
export async function lockBookingInvitation(db: Db, organisationId: string, bookingInvitationId: string): Promise<void> {
  if (!isPostgres(db)) return;
  await db.selectFrom('booking_invitations').select('id').where('organisation_id', '=', organisationId).where('id', '=', bookingInvitationId).forUpdate().execute();
}

/** Booked (with the booked slot's invitation), or awaiting a booking again after a cancellation. */
export async function setBookingInvitationBooking(
  db: Db,
  organisationId: string,
  bookingInvitationId: string,
  booking: { status: 'booked'; invitationId: string } | { status: 'awaiting'; invitationId: null },
  now: Date,
): Promise<void> {
  await db
    .updateTable('booking_invitations')
    .set({ status: booking.status, invitation_id: booking.invitationId, updated_at: now.toISOString() })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', bookingInvitationId)
    .execute();
}

/** A candidate without a booking answered the invitation to book: asked for another time, or withdrew. */
export async function setBookingInvitationStatus(
  db: Db,
  organisationId: string,
  bookingInvitationId: string,
  status: 'new_time_requested' | 'not_relevant',
  now: Date,
): Promise<void> {
  await db
    .updateTable('booking_invitations')
    .set({ status, updated_at: now.toISOString() })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', bookingInvitationId)
    .execute();
}

/**
 * The recruiter cancelled an offered slot: whoever had booked it awaits a booking again, so that the link in their
 * email lets them choose another of the offer's times.
 */
export async function reopenBookingsOfSlot(db: Db, organisationId: string, slotId: string, now: Date): Promise<void> {
  await db
    .updateTable('booking_invitations')
    .set({ status: 'awaiting', invitation_id: null, updated_at: now.toISOString() })
    .where('organisation_id', '=', organisationId)
    .where('invitation_id', 'in', (eb) => eb.selectFrom('invitations').select('id').where('organisation_id', '=', organisationId).where('interview_id', '=', slotId))
    .execute();
}
