import { randomUUID } from 'node:crypto';
import type { Context } from '../../context.js';
import type { Db } from '../../db/database.js';
import { setApplicationStatus } from '../../db/repositories/applications.js';
import { recordAuditEvents } from '../../db/repositories/audit-events.js';
import { insertBookingInvitations, insertBookingOffer } from '../../db/repositories/booking-offers.js';
import { insertInterviews, type NewInterview } from '../../db/repositories/interviews.js';
import { queueMessages, type NewMessage } from '../../db/repositories/messages.js';
import type { AuditEventInput } from '../../domain/audit-event.js';
import type { Slot } from '../../domain/interview-schedule.js';
import { bookingLinkToken, confirmLinkHash, confirmLinkUrl } from '../../security/confirm-link-token.js';
import type { Session } from '../authenticate.js';
import type { OfferReminder } from '../booking-reminders.js';
import { refuseUnacknowledgedMissingMobiles, type Warning } from '../invite-to-interview/plan.js';
import { invitationGroundsHold } from '../invite-to-interview/plan-still-holds.js';
import { planThenWrite } from '../plan-then-write.js';
import { outboxMessage } from '../outbox-message.js';
import { planOffer, type OfferPlan } from './plan.js';
import type { OfferRequest } from './request.js';

export interface OfferedSlot {
  id: string;
  startsAt: string;
  endsAt: string;
  seats: number;
}

export interface OfferResult {
  offerId: string;
  deadlineAt: string;
  slots: OfferedSlot[];
  bookingInvitations: { id: string; applicationId: string; bookingUrl: string }[];
  warnings: Warning[];
}

/**
 * "Send" on the invitation page when the recruiter offers times: in one transaction, the offer, a slot interview per
 * offered time with the participating recruiters, an invitation to book per applicant, the applications marked
 * invited, the audit trail, and each applicant's email with their booking link queued. The recruiters' calendar
 * invitations wait for a booking: a free slot is not a meeting. Everything is decided and rendered before the
 * transaction, which only writes.
 */
export async function offerTimes(ctx: Context, publicUrl: URL, session: Session, projectId: string, request: OfferRequest): Promise<OfferResult> {
  const now = ctx.clock.now();
  return planThenWrite(ctx.db, {
    plan: async (db) => {
      const plan = await planOffer(db, session, projectId, request, now, publicUrl);
      refuseUnacknowledgedMissingMobiles(plan.warnings, request.acknowledgeWarnings);
      return { plan, records: offerRecords(plan, ctx.secret, publicUrl, now) };
    },
    stillHolds: (trx, { plan }) =>
      invitationGroundsHold(trx, { organisationId: plan.organisation.id, project: plan.project, recruiters: plan.recruiters, applications: plan.invitations.map((p) => p.application) }),
    write: async (trx, { plan, records }) => {
      await insertBookingOffer(trx, records.offer);
      await insertInterviews(trx, records.slots);
      await insertBookingInvitations(trx, records.bookingInvitations);
      await queueMessages(trx, records.messages);
      await setApplicationStatus(trx, plan.organisation.id, plan.invitations.map((p) => p.application.id), 'invited_to_interview', now);
      await recordAuditEvents(trx, records.events, now);
      return {
        offerId: records.offer.id,
        deadlineAt: plan.deadline.toISOString(),
        slots: records.slots.map(offeredSlot),
        bookingInvitations: records.bookingInvitations.map((row, index) => ({ id: row.id, applicationId: row.application_id, bookingUrl: records.bookingUrls[index]! })),
        warnings: plan.warnings,
      };
    },
  });
}

interface OfferRecords {
  offer: Parameters<typeof insertBookingOffer>[1];
  slots: OfferedSlotRow[];
  bookingInvitations: Parameters<typeof insertBookingInvitations>[1];
  /** Each booking invitation's link, in the same order. */
  bookingUrls: string[];
  messages: NewMessage[];
  events: AuditEventInput[];
}

/** Every row a planned offer writes, with each candidate's booking link made and put in place. */
function offerRecords(plan: OfferPlan, secret: string, publicUrl: URL, now: Date): OfferRecords {
  const at = now.toISOString();
  const { organisation, actor } = plan;
  const offerId = randomUUID();
  const reminder: OfferReminder | null = plan.reminder && { request: plan.reminder, offeredBy: actor.id };
  const template = {
    organisationId: organisation.id,
    projectId: plan.project.id,
    createdBy: actor.id,
    type: plan.type,
    durationMinutes: plan.durationMinutes,
    location: plan.location,
    meetingUrl: plan.meetingUrl,
    seats: plan.seats,
    recruiterIds: plan.recruiters.map((recruiter) => recruiter.id),
  };
  const slots = offeredSlotRows(offerId, template, plan.slots, now);
  const bookingInvitations = plan.invitations.map((planned) => {
    const id = randomUUID();
    return { id, planned, token: bookingLinkToken(id, secret) };
  });
  return {
    offer: {
      id: offerId,
      organisation_id: organisation.id,
      project_id: plan.project.id,
      type: plan.type,
      duration_minutes: plan.durationMinutes,
      location: plan.location,
      meeting_url: plan.meetingUrl,
      seats_per_slot: plan.seats,
      deadline_at: plan.deadline.toISOString(),
      status: 'open',
      reminder_json: reminder && JSON.stringify(reminder),
      created_by: actor.id,
      created_at: at,
      updated_at: at,
    },
    slots,
    bookingInvitations: bookingInvitations.map(({ id, planned, token }) => ({
      id,
      organisation_id: organisation.id,
      offer_id: offerId,
      application_id: planned.application.id,
      status: 'awaiting' as const,
      language: planned.language,
      link_hash: confirmLinkHash(token, secret),
      invitation_id: null,
      created_by: actor.id,
      created_at: at,
      updated_at: at,
    })),
    bookingUrls: bookingInvitations.map(({ token }) => confirmLinkUrl(publicUrl, token)),
    messages: bookingInvitations.map(({ id, planned }) =>
      outboxMessage(
        {
          organisationId: organisation.id,
          kind: 'booking_invitation',
          applicationId: planned.application.id,
          bookingInvitationId: id,
          recipient: planned.application.candidate.email,
          sender: plan.sender,
          replyTo: actor.email,
          subject: planned.email.subject,
          text: planned.email.text,
          html: planned.email.html,
          dueAt: now,
        },
        publicUrl,
        now,
      ),
    ),
    events: [
      {
        organisationId: organisation.id,
        actor: { type: 'user', id: actor.id },
        subject: { type: 'booking_offer', id: offerId },
        action: 'booking_offer.made',
        after: { projectId: plan.project.id, type: plan.type, seats: plan.seats, deadlineAt: plan.deadline.toISOString(), slotIds: slots.map((slot) => slot.id) },
      },
      ...bookingInvitations.map(({ id, planned }) => ({
        organisationId: organisation.id,
        actor: { type: 'user' as const, id: actor.id },
        subject: { type: 'application', id: planned.application.id },
        action: 'application.invited_to_book',
        before: { status: planned.application.status },
        after: { status: 'invited_to_interview', offerId, bookingInvitationId: id },
      })),
    ],
  };
}

/** What every slot of one offer shares. */
export interface SlotTemplate {
  organisationId: string;
  projectId: string;
  createdBy: string;
  type: OfferPlan['type'];
  durationMinutes: number;
  location: string | null;
  meetingUrl: string | null;
  seats: number;
  recruiterIds: string[];
}

type OfferedSlotRow = NewInterview & { seats: number };

/** Each offered time as an interview of its own, with the offer's recruiters and seats: free until someone books. */
function offeredSlotRows(offerId: string, template: SlotTemplate, slots: Slot[], now: Date): OfferedSlotRow[] {
  return slots.map((slot) => ({
    id: randomUUID(),
    organisation_id: template.organisationId,
    project_id: template.projectId,
    type: template.type,
    starts_at: slot.startsAt.toISOString(),
    ends_at: slot.endsAt.toISOString(),
    duration_minutes: template.durationMinutes,
    location: template.location,
    meeting_url: template.meetingUrl,
    sequence: 0,
    status: 'scheduled' as const,
    created_by: template.createdBy,
    created_at: now.toISOString(),
    offer_id: offerId,
    seats: template.seats,
    recruiterIds: template.recruiterIds,
  }));
}

const offeredSlot = (row: OfferedSlotRow): OfferedSlot => ({ id: row.id, startsAt: row.starts_at, endsAt: row.ends_at, seats: row.seats });

/** Adds offered times to an offer. */
export async function insertOfferedSlots(trx: Db, offerId: string, template: SlotTemplate, slots: Slot[], now: Date): Promise<OfferedSlot[]> {
  const rows = offeredSlotRows(offerId, template, slots, now);
  await insertInterviews(trx, rows);
  return rows.map(offeredSlot);
}
