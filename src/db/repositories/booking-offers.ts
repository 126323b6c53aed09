import type { Insertable } from 'kysely';
import type { BookingOfferStatus } from '../../domain/booking-offer.js';
import { insertInChunks, type Db } from '../database.js';
import type { BookingInvitationTable, BookingOfferTable } from '../schema.js';

export async function insertBookingOffer(db: Db, offer: Insertable<BookingOfferTable>): Promise<void> {
  await db.insertInto('booking_offers').values(offer).execute();
}

export async function insertBookingInvitations(db: Db, rows: Insertable<BookingInvitationTable>[]): Promise<void> {
  await insertInChunks(db, 'booking_invitations', rows);
}

export async function findBookingOffer(db: Db, organisationId: string, offerId: string) {
  return db
    .selectFrom('booking_offers')
    .innerJoin('projects', 'projects.id', 'booking_offers.project_id')
    .selectAll('booking_offers')
    .select('projects.title as project_title')
    .where('booking_offers.organisation_id', '=', organisationId)
    .where('projects.organisation_id', '=', organisationId)
    .where('booking_offers.id', '=', offerId)
    .executeTakeFirst();
}

export type BookingOfferRow = NonNullable<Awaited<ReturnType<typeof findBookingOffer>>>;

export async function setBookingOfferStatus(db: Db, organisationId: string, offerId: string, status: BookingOfferStatus, now: Date): Promise<void> {
  await db
    .updateTable('booking_offers')
    .set({ status, updated_at: now.toISOString() })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', offerId)
    .execute();
}

/** Every slot of an offer, standing or cancelled, with who booked each: three queries, whatever the number of slots. */
export async function offerSlotsWithBookings(db: Db, organisationId: string, offerId: string) {
  const slotIds = db.selectFrom('interviews').select('id').where('organisation_id', '=', organisationId).where('offer_id', '=', offerId);
  const [slots, recruiters, bookings] = await Promise.all([
    db
      .selectFrom('interviews')
      .select(['id', 'starts_at', 'ends_at', 'seats', 'booked_seats', 'status'])
      .where('organisation_id', '=', organisationId)
      .where('offer_id', '=', offerId)
      .orderBy('starts_at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('interview_recruiters')
      .innerJoin('users', 'users.id', 'interview_recruiters.user_id')
      .select(['interview_recruiters.interview_id', 'users.id', 'users.name'])
      .where('interview_recruiters.organisation_id', '=', organisationId)
      .where('interview_recruiters.interview_id', 'in', slotIds)
      .orderBy('users.name')
      .execute(),
    db
      .selectFrom('invitations')
      .innerJoin('applications', 'applications.id', 'invitations.application_id')
      .innerJoin('candidates', 'candidates.id', 'applications.candidate_id')
      .select(['invitations.id', 'invitations.interview_id', 'invitations.application_id', 'candidates.id as candidate_id', 'candidates.first_name', 'candidates.last_name'])
      .where('invitations.organisation_id', '=', organisationId)
      .where('invitations.interview_id', 'in', slotIds)
      // A booking given back stays as a cancelled invitation; only a standing one holds a seat.
      .where('invitations.response_status', '=', 'accepted')
      .orderBy('candidates.last_name')
      .orderBy('candidates.first_name')
      .execute(),
  ]);
  return { slots, recruiters, bookings };
}

/** Who was invited to book, with where each stands, and when their email went out (for the no-reply flag). */
export async function offerInvitees(db: Db, organisationId: string, offerId: string) {
  return db
    .selectFrom('booking_invitations')
    .innerJoin('applications', 'applications.id', 'booking_invitations.application_id')
    .innerJoin('candidates', 'candidates.id', 'applications.candidate_id')
    .leftJoin('invitations', 'invitations.id', 'booking_invitations.invitation_id')
    .select([
      'booking_invitations.id',
      'booking_invitations.application_id',
      'booking_invitations.status',
      'booking_invitations.language',
      'booking_invitations.created_at',
      'invitations.interview_id as slot_id',
      'candidates.id as candidate_id',
      'candidates.first_name',
      'candidates.last_name',
      'candidates.email',
      'candidates.mobile',
    ])
    .where('booking_invitations.organisation_id', '=', organisationId)
    .where('booking_invitations.offer_id', '=', offerId)
    .orderBy('candidates.last_name')
    .orderBy('candidates.first_name')
    .execute();
}

/** A project's offers, newest first, each with its slots and bookings counted, in one query. */
export async function projectBookingOffers(db: Db, organisationId: string, projectId: string) {
  return db
    .selectFrom('booking_offers')
    .select((eb) => [
      'booking_offers.id',
      'booking_offers.status',
      'booking_offers.deadline_at',
      'booking_offers.type',
      'booking_offers.duration_minutes',
      'booking_offers.created_at',
      eb
        .selectFrom('interviews')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .whereRef('interviews.offer_id', '=', 'booking_offers.id')
        .where('interviews.status', '=', 'scheduled')
        .as('slot_count'),
      eb
        .selectFrom('interviews')
        .select((inner) => inner.fn.sum<number>('interviews.seats').as('n'))
        .whereRef('interviews.offer_id', '=', 'booking_offers.id')
        .where('interviews.status', '=', 'scheduled')
        .as('seats'),
      eb
        .selectFrom('interviews')
        .select((inner) => inner.fn.sum<number>('interviews.booked_seats').as('n'))
        .whereRef('interviews.offer_id', '=', 'booking_offers.id')
        .where('interviews.status', '=', 'scheduled')
        .as('booked'),
      eb
        .selectFrom('booking_invitations')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .whereRef('booking_invitations.offer_id', '=', 'booking_offers.id')
        .as('invitees'),
      eb
        .selectFrom('booking_invitations')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .whereRef('booking_invitations.offer_id', '=', 'booking_offers.id')
        .where('booking_invitations.status', '=', 'awaiting')
        .as('awaiting'),
    ])
    .where('booking_offers.organisation_id', '=', organisationId)
    .where('booking_offers.project_id', '=', projectId)
    .orderBy('booking_offers.created_at', 'desc')
    .orderBy('booking_offers.id', 'desc')
    .execute();
}

/** The first email of each of an offer's invitations to book that are still awaiting a booking. */
export async function awaitingInvitationEmails(db: Db, organisationId: string, offerId: string) {
  const rows = await db
    .selectFrom('messages')
    .innerJoin('booking_invitations', 'booking_invitations.id', 'messages.booking_invitation_id')
    .select([
      'messages.booking_invitation_id',
      'booking_invitations.language',
      'messages.application_id',
      'messages.recipient',
      'messages.sender',
      'messages.reply_to',
      'messages.subject',
      'messages.text_body',
      'messages.html_body',
      'messages.created_at',
    ])
    .where('messages.organisation_id', '=', organisationId)
    .where('messages.kind', '=', 'booking_invitation')
    .where('booking_invitations.organisation_id', '=', organisationId)
    .where('booking_invitations.offer_id', '=', offerId)
    .where('booking_invitations.status', '=', 'awaiting')
    .orderBy('messages.created_at')
    .orderBy('messages.id')
    .execute();
  const first = new Map<string, (typeof rows)[number]>();
  for (const row of rows) if (!first.has(row.booking_invitation_id!)) first.set(row.booking_invitation_id!, row);
  return [...first.values()];
}

/** An application's invitations to book, newest first, each with its offer and the slot booked, if any. */
export async function applicationBookingInvitations(db: Db, organisationId: string, applicationId: string) {
  return db
    .selectFrom('booking_invitations')
    .innerJoin('booking_offers', 'booking_offers.id', 'booking_invitations.offer_id')
    .leftJoin('invitations', 'invitations.id', 'booking_invitations.invitation_id')
    .leftJoin('interviews', 'interviews.id', 'invitations.interview_id')
    .select([
      'booking_invitations.id',
      'booking_invitations.offer_id',
      'booking_invitations.status',
      'booking_invitations.created_at',
      'booking_offers.deadline_at',
      'booking_offers.status as offer_status',
      'interviews.id as slot_id',
      'interviews.starts_at as slot_starts_at',
      'interviews.ends_at as slot_ends_at',
    ])
    .where('booking_invitations.organisation_id', '=', organisationId)
    .where('booking_offers.organisation_id', '=', organisationId)
    .where('booking_invitations.application_id', '=', applicationId)
    .orderBy('booking_invitations.created_at', 'desc')
    .execute();
}
