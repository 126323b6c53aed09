import { randomUUID } from 'node:crypto';
import type { Context } from '../../context.js';
import type { Db } from '../../db/database.js';
import { setApplicationStatus } from '../../db/repositories/applications.js';
import { recordAuditEvents } from '../../db/repositories/audit-events.js';
import { insertBookingInvitations, insertBookingOffer } from '../../db/repositories/booking-offers.js';
import { insertInterviews } from '../../db/repositories/interviews.js';
import { queueMessages } from '../../db/repositories/messages.js';
import type { AuditEventInput } from '../../domain/audit-event.js';
import type { Slot } from '../../domain/interview-schedule.js';
import { bookingLinkToken, confirmLinkHash, confirmLinkUrl } from '../../security/confirm-link-token.js';
import type { Session } from '../authenticate.js';
import type { OfferReminder } from '../booking-reminders.js';
import { refuseUnacknowledgedMissingMobiles, type Warning } from '../invite-to-interview/plan.js';
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
 * invitations wait for a booking: a free slot is not a meeting.
 */
export async function offerTimes(ctx: Context, publicUrl: URL, session: Session, projectId: string, request: OfferRequest): Promise<OfferResult> {
  const now = ctx.clock.now();
  const at = now.toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const plan = await planOffer(trx, session, projectId, request, now, publicUrl);
    refuseUnacknowledgedMissingMobiles(plan.warnings, request.acknowledgeWarnings);
    const { organisation, actor } = plan;
    const offerId = randomUUID();
    const reminder: OfferReminder | null = plan.reminder && { request: plan.reminder, offeredBy: actor.id };
    await insertBookingOffer(trx, {
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
    });
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
    const slots = await insertOfferedSlots(trx, offerId, template, plan.slots, now);

    const bookingInvitations = plan.invitations.map((planned) => {
      const id = randomUUID();
      return { id, planned, token: bookingLinkToken(id, ctx.secret) };
    });
    await insertBookingInvitations(
      trx,
      bookingInvitations.map(({ id, planned, token }) => ({
        id,
        organisation_id: organisation.id,
        offer_id: offerId,
        application_id: planned.application.id,
        status: 'awaiting' as const,
        language: planned.language,
        link_hash: confirmLinkHash(token, ctx.secret),
        invitation_id: null,
        created_by: actor.id,
        created_at: at,
        updated_at: at,
      })),
    );
    await queueMessages(
      trx,
      bookingInvitations.map(({ id, planned }) =>
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
    );
    await setApplicationStatus(trx, organisation.id, plan.invitations.map((p) => p.application.id), 'invited_to_interview', now);
    const events: AuditEventInput[] = [
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
    ];
    await recordAuditEvents(trx, events, now);
    return {
      offerId,
      deadlineAt: plan.deadline.toISOString(),
      slots,
      bookingInvitations: bookingInvitations.map(({ id, planned, token }) => ({ id, applicationId: planned.application.id, bookingUrl: confirmLinkUrl(publicUrl, token) })),
      warnings: plan.warnings,
    };
  });
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

/** Each offered time as an interview of its own, with the offer's recruiters and seats: free until someone books. */
export async function insertOfferedSlots(trx: Db, offerId: string, template: SlotTemplate, slots: Slot[], now: Date): Promise<OfferedSlot[]> {
  const rows = slots.map((slot) => ({
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
  await insertInterviews(trx, rows);
  return rows.map((row) => ({ id: row.id, startsAt: row.starts_at, endsAt: row.ends_at, seats: row.seats }));
}
