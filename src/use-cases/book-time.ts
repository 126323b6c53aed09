import { randomUUID } from 'node:crypto';
import type { Context } from '../context.js';
import { setApplicationStatus } from '../db/repositories/applications.js';
import { recordAuditEvent, recordAuditEvents } from '../db/repositories/audit-events.js';
import {
  findBookingInvitationByLink,
  lockBookingInvitation,
  setBookingInvitationBooking,
  setBookingInvitationStatus,
  type BookingInvitationByLink,
} from '../db/repositories/booking-invitations.js';
import { insertInvitations, moveInvitation, setResponseStatus } from '../db/repositories/invitations.js';
import { releaseSeat, takeSeat } from '../db/repositories/offered-slots.js';
import type { Db } from '../db/database.js';
import { confirmLinkHash, confirmLinkToken } from '../security/confirm-link-token.js';
import { queueBookingEmails, type BookingChange } from './booking-emails.js';
import { remindOfBooking, type BookedReminders } from './booking-reminders.js';
import { queueInvitationEvents } from './webhook-events.js';

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** What the candidate's choice on the booking page came to; the page is shown again with it. */
export type BookingOutcome = 'booked' | 'changed' | 'unchanged' | 'cancelled' | 'slot_gone' | 'closed' | 'not_found';

export type BookingChoice = { action: 'book'; slotId: string } | { action: 'cancel' };

/**
 * The candidate books one of the offered times, changes to another, or cancels the booking, from the booking page,
 * in one transaction. A seat is taken by one conditional write (offered-slots.ts), so of candidates choosing the same
 * time at once, as many get it as it has seats and the others see the page again with that time gone. The booked
 * time is an ordinary invitation to the slot's interview, answered `accepted`: it is moved, cancelled and shown
 * like any other.
 * The candidate is told and each slot's recruiters too (booking-emails.ts), and the reminders follow the booking
 * (booking-reminders.ts).
 */
export async function chooseTime(ctx: Context, publicUrl: URL, token: string, choice: BookingChoice): Promise<BookingOutcome> {
  return withOpenBookingInvitation(ctx, token, async (trx, row, now): Promise<BookingOutcome> => {
    if (choice.action === 'cancel') return cancelBooking(trx, row, publicUrl, now);
    if (row.booked_slot_id === choice.slotId) return 'unchanged';
    if (!(await takeSeat(trx, row.organisation_id, row.offer_id, choice.slotId, now))) return 'slot_gone';

    const at = now.toISOString();
    let invitationId = row.invitation_id;
    if (invitationId && row.booked_slot_id) {
      await releaseSeat(trx, row.organisation_id, row.booked_slot_id, now);
      await moveInvitation(trx, row.organisation_id, invitationId, choice.slotId, 'accepted', now);
    } else {
      invitationId = randomUUID();
      await insertInvitations(trx, [
        {
          id: invitationId,
          organisation_id: row.organisation_id,
          interview_id: choice.slotId,
          application_id: row.application_id,
          response_status: 'accepted',
          language: row.language,
          link_hash: confirmLinkHash(confirmLinkToken(invitationId, ctx.secret), ctx.secret),
          created_by: row.offer_created_by,
          created_at: at,
        },
      ]);
      await setBookingInvitationBooking(trx, row.organisation_id, row.booking_invitation_id, { status: 'booked', invitationId }, now);
    }
    const changed = row.booked_slot_id !== null;
    await recordAuditEvent(
      trx,
      {
        organisationId: row.organisation_id,
        actor: { type: 'candidate', id: row.candidate_id },
        subject: { type: 'application', id: row.application_id },
        action: changed ? 'booking.changed' : 'booking.booked',
        before: changed ? { slotId: row.booked_slot_id } : undefined,
        after: { offerId: row.offer_id, slotId: choice.slotId },
      },
      now,
    );
    await queueBookingEmails(trx, bookingChange(row, invitationId, { booked: choice.slotId, released: row.booked_slot_id }), publicUrl, now);
    // The ATS hears of a booking as of any answer: the invitation, now to the booked slot, accepted by the candidate.
    const answer = { responseStatus: 'accepted', previousResponseStatus: changed ? 'accepted' : null, message: null, by: 'candidate' };
    await queueInvitationEvents(trx, row.organisation_id, 'invitation.answered', [{ invitationId, details: { answer } }], now);
    await remindOfBooking(trx, bookedReminders(row, invitationId, choice.slotId), publicUrl, now);
    return changed ? 'changed' : 'booked';
  });
}

async function cancelBooking(trx: Db, row: BookingInvitationByLink, publicUrl: URL, now: Date): Promise<BookingOutcome> {
  if (!row.invitation_id || !row.booked_slot_id) return 'unchanged';
  await giveBackTime(trx, row, publicUrl, now, 'cancelled');
  return 'cancelled';
}

/**
 * The candidate gives their booked time back: it is free again, the candidate and the slot's recruiters are told
 * (with calendar cancellations), its reminders go, and the ATS hears of it. `cancelled` when they only cancel the
 * time (and may book another), `not_relevant` when they withdraw the application with it.
 */
async function giveBackTime(trx: Db, row: BookingInvitationByLink, publicUrl: URL, now: Date, responseStatus: 'cancelled' | 'not_relevant'): Promise<void> {
  if (!row.invitation_id || !row.booked_slot_id) return;
  await releaseSeat(trx, row.organisation_id, row.booked_slot_id, now);
  await setResponseStatus(trx, row.organisation_id, row.invitation_id, responseStatus, now);
  await setBookingInvitationBooking(trx, row.organisation_id, row.booking_invitation_id, { status: 'awaiting', invitationId: null }, now);
  await recordAuditEvent(
    trx,
    {
      organisationId: row.organisation_id,
      actor: { type: 'candidate', id: row.candidate_id },
      subject: { type: 'application', id: row.application_id },
      action: 'booking.cancelled',
      before: { offerId: row.offer_id, slotId: row.booked_slot_id },
    },
    now,
  );
  await queueBookingEmails(trx, bookingChange(row, row.invitation_id, { booked: null, released: row.booked_slot_id }), publicUrl, now);
  const answer = { responseStatus, previousResponseStatus: 'accepted', message: null, by: 'candidate' };
  await queueInvitationEvents(trx, row.organisation_id, 'invitation.answered', [{ invitationId: row.invitation_id, details: { answer } }], now);
  await remindOfBooking(trx, bookedReminders(row, row.invitation_id, null), publicUrl, now);
}

/**
 * Runs `work` in one transaction on the booking invitation a link names, held against a second tab of the same
 * candidate (read again under the lock), while it still takes choices: not withdrawn, the offer open, before the
 * deadline.
 */
async function withOpenBookingInvitation<T>(
  ctx: Context,
  token: string,
  work: (trx: Db, row: BookingInvitationByLink, now: Date) => Promise<T>,
): Promise<T | 'closed' | 'not_found'> {
  if (!TOKEN_PATTERN.test(token)) return 'not_found';
  const linkHash = confirmLinkHash(token, ctx.secret);
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const found = await findBookingInvitationByLink(trx, linkHash);
    if (!found) return 'not_found';
    await lockBookingInvitation(trx, found.organisation_id, found.booking_invitation_id);
    const row = (await findBookingInvitationByLink(trx, linkHash))!;
    if (row.status === 'not_relevant' || row.offer_status === 'closed' || now.getTime() >= new Date(row.deadline_at).getTime()) return 'closed';
    return work(trx, row, now);
  });
}

function bookingChange(row: BookingInvitationByLink, invitationId: string, slots: { booked: string | null; released: string | null }): BookingChange {
  return {
    organisationId: row.organisation_id,
    bookingInvitationId: row.booking_invitation_id,
    invitationId,
    applicationId: row.application_id,
    language: row.language,
    ...slots,
  };
}

function bookedReminders(row: BookingInvitationByLink, invitationId: string, booked: string | null): BookedReminders {
  return {
    organisationId: row.organisation_id,
    applicationId: row.application_id,
    invitationId,
    bookingInvitationId: row.booking_invitation_id,
    reminderJson: row.reminder_json,
    booked,
    released: row.booked_slot_id !== null,
  };
}

/**
 * "None of these times suit me" (with the candidate's message) or "cancel my application", from the booking page:
 * the invitation to book is answered, and a withdrawal withdraws the application, giving back a booked time with
 * it. (With a booking, the page offers the withdrawal only: the candidate changes the time instead.)
 */
export async function answerBookingInvitation(
  ctx: Context,
  publicUrl: URL,
  token: string,
  answer: 'new_time_requested' | 'not_relevant',
  message: string | null,
): Promise<'answered' | 'closed' | 'not_found'> {
  return withOpenBookingInvitation(ctx, token, async (trx, row, now): Promise<'answered' | 'closed'> => {
    if (row.invitation_id && answer === 'new_time_requested') return 'closed';
    await giveBackTime(trx, row, publicUrl, now, 'not_relevant');
    await setBookingInvitationStatus(trx, row.organisation_id, row.booking_invitation_id, answer, now);
    const onApplication = (action: string, before: object, after: object) => ({
      organisationId: row.organisation_id,
      actor: { type: 'candidate' as const, id: row.candidate_id },
      subject: { type: 'application', id: row.application_id },
      action,
      before,
      after,
    });
    const events = [
      onApplication('booking.answered', { offerId: row.offer_id, status: row.status }, { offerId: row.offer_id, status: answer, ...(message ? { message } : {}) }),
    ];
    if (answer === 'not_relevant' && row.application_status !== 'withdrawn') {
      await setApplicationStatus(trx, row.organisation_id, [row.application_id], 'withdrawn', now);
      events.push(onApplication('application.withdrawn', { status: row.application_status }, { status: 'withdrawn' }));
    }
    await recordAuditEvents(trx, events, now);
    return 'answered';
  });
}
