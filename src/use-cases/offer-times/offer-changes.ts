import type { Context } from '../../context.js';
import type { Db } from '../../db/database.js';
import { recordAuditEvent } from '../../db/repositories/audit-events.js';
import { awaitingInvitationEmails, findBookingOffer, offerSlotsWithBookings, setBookingOfferStatus, type BookingOfferRow } from '../../db/repositories/booking-offers.js';
import { queueMessages } from '../../db/repositories/messages.js';
import { deactivatedUserIds } from '../../db/repositories/users.js';
import { reminderToBookSubject } from '../../domain/booking-letters.js';
import { languageOr } from '../../domain/languages.js';
import { AppError, notFound } from '../../errors.js';
import type { Session } from '../authenticate.js';
import { outboxMessage } from '../outbox-message.js';
import type { SlotsRequest } from './request.js';
import { insertOfferedSlots } from './send.js';
import { requestedSlots } from './slots.js';
import { offerView, type OfferView } from './view.js';

/** Runs `work` in one transaction on an offer of the session's organisation that still takes bookings. */
async function withOpenOffer<T>(ctx: Context, session: Session, offerId: string, work: (trx: Db, offer: BookingOfferRow, now: Date) => Promise<T>): Promise<T> {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const offer = await findBookingOffer(trx, session.organisation.id, offerId);
    if (!offer) throw notFound('The offer of times');
    if (offer.status === 'closed') throw new AppError('conflict', 'The offer is closed: candidates can no longer book from it.');
    return work(trx, offer, now);
  });
}

const byUser = (session: Session) => ({ organisationId: session.organisation.id, actor: { type: 'user' as const, id: session.user.id } });

/**
 * "Close the offer": candidates who have not booked can no longer book, change or cancel; the booked slots stay
 * as the interviews they are, to be moved or cancelled like any other.
 */
export async function closeOffer(ctx: Context, session: Session, offerId: string): Promise<OfferView> {
  return withOpenOffer(ctx, session, offerId, async (trx, offer, now) => {
    await setBookingOfferStatus(trx, session.organisation.id, offer.id, 'closed', now);
    await recordAuditEvent(trx, { ...byUser(session), subject: { type: 'booking_offer', id: offer.id }, action: 'booking_offer.closed', before: { status: 'open' }, after: { status: 'closed' } }, now);
    return offerView(trx, session, offer.id, now);
  });
}

/** "Add times": more slots like the offer's others, with the same recruiters, length and seats. */
export async function addOfferedSlots(ctx: Context, session: Session, offerId: string, request: SlotsRequest): Promise<OfferView> {
  return withOpenOffer(ctx, session, offerId, async (trx, offer, now) => {
    const { organisation } = session;
    const current = await offerSlotsWithBookings(trx, organisation.id, offer.id);
    const standing = current.slots.filter((slot) => slot.status === 'scheduled').map((slot) => ({ startsAt: new Date(slot.starts_at), endsAt: new Date(slot.ends_at) }));
    const slots = requestedSlots(request, offer.duration_minutes, organisation.timeZone, now, null, standing);
    const recruiterIds = [...new Set(current.recruiters.map((recruiter) => recruiter.id))];
    // A recruiter deactivated since the offer was made takes no part in its new slots; with none left, the one adding does.
    const deactivated = await deactivatedUserIds(trx, organisation.id, recruiterIds);
    const staying = recruiterIds.filter((id) => !deactivated.has(id));
    const template = {
      organisationId: organisation.id,
      projectId: offer.project_id,
      createdBy: session.user.id,
      type: offer.type,
      durationMinutes: offer.duration_minutes,
      location: offer.location,
      meetingUrl: offer.meeting_url,
      seats: offer.seats_per_slot,
      recruiterIds: staying.length > 0 ? staying : [session.user.id],
    };
    const added = await insertOfferedSlots(trx, offer.id, template, slots, now);
    await recordAuditEvent(trx, { ...byUser(session), subject: { type: 'booking_offer', id: offer.id }, action: 'booking_offer.slots_added', after: { slotIds: added.map((slot) => slot.id) } }, now);
    return offerView(trx, session, offer.id, now);
  });
}

/**
 * "Remind them to choose a time": each applicant who has neither booked nor answered gets their invitation to book
 * again, marked as a reminder, with the same link.
 */
export async function remindToBook(ctx: Context, publicUrl: URL, session: Session, offerId: string): Promise<{ reminded: number }> {
  return withOpenOffer(ctx, session, offerId, async (trx, offer, now) => {
    if (now.getTime() >= new Date(offer.deadline_at).getTime()) throw new AppError('conflict', 'The booking deadline has passed: there is nothing left to book.');
    const emails = await awaitingInvitationEmails(trx, session.organisation.id, offer.id);
    await queueMessages(
      trx,
      emails.map((email) =>
        outboxMessage(
          {
            organisationId: session.organisation.id,
            kind: 'booking_invitation',
            applicationId: email.application_id,
            bookingInvitationId: email.booking_invitation_id,
            recipient: email.recipient,
            sender: email.sender,
            replyTo: email.reply_to,
            subject: reminderToBookSubject(email.subject, languageOr(email.language, session.organisation.defaultLanguage)),
            text: email.text_body,
            html: email.html_body,
            dueAt: now,
          },
          publicUrl,
          now,
        ),
      ),
    );
    await recordAuditEvent(trx, { ...byUser(session), subject: { type: 'booking_offer', id: offer.id }, action: 'booking_offer.reminded', after: { reminded: emails.length } }, now);
    return { reminded: emails.length };
  });
}
