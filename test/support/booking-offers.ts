import { randomUUID } from 'node:crypto';
import type { Db } from '../../src/db/database.js';
import { insertInterviews } from '../../src/db/repositories/interviews.js';
import type { InterviewType } from '../../src/domain/interview.js';
import { bookingLinkToken, confirmLinkHash } from '../../src/security/confirm-link-token.js';
import type { OfferReminder } from '../../src/use-cases/booking-reminders.js';

export interface BookingOfferFixture {
  organisationId: string;
  projectId: string;
  recruiterId: string;
  /** UTC instants; each slot lasts `durationMinutes`. */
  startsAt: string[];
  durationMinutes?: number;
  seats?: number;
  type?: InterviewType;
  deadlineAt: string;
  /** The applications invited to book, each with the language of its invitation. */
  applications?: { applicationId: string; language?: string }[];
  /** The offer's reminder, made for each booking. */
  reminder?: OfferReminder;
  secret?: string;
}

/**
 * An offer of slots stored as the recruiter's "offer times" (use-cases/offer-times) stores it: the offer, a slot
 * interview per start with the recruiter, and an invitation to book per application. Written directly, at exact
 * instants, so that a test can also set up what offering refuses: a deadline already past, a slot already begun.
 * Returns the slots' ids and each application's booking link token (derived with `secret`).
 */
export async function createBookingOffer(db: Db, fixture: BookingOfferFixture) {
  const { durationMinutes = 45, seats = 1, type = seats > 1 ? 'group' : 'in_person', secret = 'test-secret-test-secret-test-secret' } = fixture;
  const at = new Date('2026-01-05T10:00:00.000Z').toISOString();
  const offerId = randomUUID();
  await db
    .insertInto('booking_offers')
    .values({
      id: offerId,
      organisation_id: fixture.organisationId,
      project_id: fixture.projectId,
      type,
      duration_minutes: durationMinutes,
      location: 'Havnegade 1',
      meeting_url: null,
      seats_per_slot: seats,
      deadline_at: fixture.deadlineAt,
      status: 'open',
      reminder_json: fixture.reminder ? JSON.stringify(fixture.reminder) : null,
      created_by: fixture.recruiterId,
      created_at: at,
      updated_at: at,
    })
    .execute();
  const slotIds = fixture.startsAt.map(() => randomUUID());
  await insertInterviews(
    db,
    slotIds.map((id, index) => {
      const startsAt = new Date(fixture.startsAt[index]!);
      return {
        id,
        organisation_id: fixture.organisationId,
        project_id: fixture.projectId,
        type,
        starts_at: startsAt.toISOString(),
        ends_at: new Date(startsAt.getTime() + durationMinutes * 60_000).toISOString(),
        duration_minutes: durationMinutes,
        location: 'Havnegade 1',
        meeting_url: null,
        sequence: 0,
        status: 'scheduled',
        created_by: fixture.recruiterId,
        created_at: at,
        offer_id: offerId,
        seats,
        recruiterIds: [fixture.recruiterId],
      };
    }),
  );
  const links = new Map<string, string>();
  for (const { applicationId, language = 'da' } of fixture.applications ?? []) {
    const id = randomUUID();
    const token = bookingLinkToken(id, secret);
    await db
      .insertInto('booking_invitations')
      .values({
        id,
        organisation_id: fixture.organisationId,
        offer_id: offerId,
        application_id: applicationId,
        status: 'awaiting',
        language,
        link_hash: confirmLinkHash(token, secret),
        invitation_id: null,
        created_by: fixture.recruiterId,
        created_at: at,
        updated_at: at,
      })
      .execute();
    links.set(applicationId, token);
  }
  return { offerId, slotIds, links };
}
