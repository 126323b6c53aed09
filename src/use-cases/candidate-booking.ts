import type { Context } from '../context.js';
import { findBookingInvitationByLink, offerSlots, type BookingInvitationByLink } from '../db/repositories/booking-invitations.js';
import { findInterviews } from '../db/repositories/interviews.js';
import { freeSlotsByDay } from '../domain/booking-offer.js';
import { TEXTS } from '../domain/i18n.js';
import { formatDuration, formatInterviewDate, formatInterviewTime, formatMoment, formatNameList, formatZoneName } from '../domain/interview-formatting.js';
import { languageOr, type Language } from '../domain/languages.js';
import { confirmLinkHash } from '../security/confirm-link-token.js';
import { LINK_LIFETIME_AFTER_INTERVIEW_MS } from './candidate-invitation.js';

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** The booking page's content, every value worded in the candidate's language and the organisation's zone. */
export interface CandidateBookingPage {
  companyName: string;
  jobTitle: string;
  interviewType: string;
  duration: string;
  where: string | null;
  meetingUrl: string | null;
  recruiters: string;
  zoneName: string;
  deadline: string;
  days: { date: string; slots: { id: string; time: string; seatsLeft: number | null }[] }[];
  booked: { slotId: string; date: string; time: string } | null;
}

export type CandidateBookingView =
  | { state: 'not_found' }
  | { state: 'closed'; language: Language; reason: 'withdrawn' | 'booking_closed' }
  | { state: 'open'; language: Language; bookingInvitationId: string; organisationId: string; page: CandidateBookingPage };

/**
 * What the page behind a link to book shows: the offer's free times (and the candidate's own booking), until the
 * deadline or until the recruiter closes the offer. Reading it changes nothing: mail scanners open links too.
 */
export async function candidateBookingView(ctx: Context, token: string): Promise<CandidateBookingView> {
  if (!TOKEN_PATTERN.test(token)) return { state: 'not_found' };
  const row = await findBookingInvitationByLink(ctx.db, confirmLinkHash(token, ctx.secret));
  if (!row) return { state: 'not_found' };
  const now = ctx.clock.now();
  const lastSlotAt = row.last_slot_at ? new Date(row.last_slot_at).getTime() : null;
  if (lastSlotAt !== null && now.getTime() >= lastSlotAt + LINK_LIFETIME_AFTER_INTERVIEW_MS) return { state: 'not_found' };
  const language = languageOr(row.language, row.default_language as Language);
  if (row.status === 'not_relevant') return { state: 'closed', language, reason: 'withdrawn' };
  if (row.offer_status === 'closed' || now.getTime() >= new Date(row.deadline_at).getTime()) return { state: 'closed', language, reason: 'booking_closed' };

  const slots = await offerSlots(ctx.db, row.organisation_id, row.offer_id);
  const bookedSlot = slots.find((slot) => slot.id === row.booked_slot_id) ?? null;
  const [shownSlot] = await findInterviews(ctx.db, row.organisation_id, [bookedSlot?.id ?? slots[0]?.id].filter((id) => id !== undefined));
  return {
    state: 'open',
    language,
    bookingInvitationId: row.booking_invitation_id,
    organisationId: row.organisation_id,
    page: {
      ...offerDetails(row, language),
      recruiters: formatNameList(shownSlot?.recruiters.map((recruiter) => recruiter.name) ?? [], language),
      zoneName: formatZoneName(row.time_zone, language, now),
      deadline: formatMoment(new Date(row.deadline_at), row.time_zone, language),
      days: freeSlotsByDay(slots, row.time_zone, now, bookedSlot?.id ?? null).map((day) => ({
        date: formatInterviewDate(day.slots[0]!.startsAt, row.time_zone, language),
        slots: day.slots.map((slot) => ({
          id: slot.id,
          time: formatInterviewTime(slot.startsAt, slot.endsAt, row.time_zone, language),
          seatsLeft: slot.seats > 1 ? slot.seats - slot.booked : null,
        })),
      })),
      booked: bookedSlot && {
        slotId: bookedSlot.id,
        date: formatInterviewDate(bookedSlot.startsAt, row.time_zone, language),
        time: formatInterviewTime(bookedSlot.startsAt, bookedSlot.endsAt, row.time_zone, language),
      },
    },
  };
}

function offerDetails(row: BookingInvitationByLink, language: Language) {
  return {
    companyName: row.company_name,
    jobTitle: row.job_title,
    interviewType: TEXTS[language].interviewTypes[row.type],
    duration: formatDuration(row.duration_minutes, language),
    where: row.location ?? (row.type === 'phone' ? TEXTS[language].phoneCallLocation : null),
    meetingUrl: row.type === 'video' ? row.meeting_url : null,
  };
}
