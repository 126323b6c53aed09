import type { Db } from '../../db/database.js';
import { bookingsBetween } from '../../db/repositories/interviews.js';
import { findProject } from '../../db/repositories/projects.js';
import type { ApplicationWithCandidate } from '../../domain/application.js';
import { bookingDeadline, bookingDeadlineProblem } from '../../domain/booking-offer.js';
import { bookingInvitationValues } from '../../domain/booking-invitation-values.js';
import type { Slot } from '../../domain/interview-schedule.js';
import type { InterviewType } from '../../domain/interview.js';
import type { Language } from '../../domain/languages.js';
import { localDateTimeToInstant } from '../../domain/local-time.js';
import type { Organisation } from '../../domain/organisation.js';
import type { Project } from '../../domain/project.js';
import type { User } from '../../domain/user.js';
import { AppError, invalidField, notFound } from '../../errors.js';
import { CONFIRM_LINK_PLACEHOLDER, sampleConfirmLinkUrl } from '../../security/confirm-link-token.js';
import type { Session } from '../authenticate.js';
import { planReminders } from '../invite-to-interview/plan-reminders.js';
import { invitableApplications, overlapWarnings, participatingRecruiters, planEmails, senderAddress, type PlannedEmail, type Warning } from '../invite-to-interview/plan.js';
import type { ReminderRequest } from '../invite-to-interview/request.js';
import { emailLogo } from '../organisation-logo.js';
import type { OfferRequest } from './request.js';
import { requestedSlots } from './slots.js';

export const MAX_SEATS_PER_SLOT = 50;

export interface PlannedBookingInvitation {
  application: ApplicationWithCandidate;
  language: Language;
  email: PlannedEmail;
}

export interface OfferPlan {
  organisation: Organisation;
  project: Project;
  actor: User;
  recruiters: User[];
  type: InterviewType;
  durationMinutes: number;
  location: string | null;
  meetingUrl: string | null;
  seats: number;
  slots: Slot[];
  deadline: Date;
  invitations: PlannedBookingInvitation[];
  sender: string;
  /** Made for each booking, once it is made; checked now so that a booking never fails on it. */
  reminder: ReminderRequest | null;
  confirmLink: { default: boolean; included: boolean };
  warnings: Warning[];
}

function chosenDeadline(request: OfferRequest['offer'], timeZone: string): Date | null {
  if (!request.deadline) return null;
  const result = localDateTimeToInstant(request.deadline.date, request.deadline.time, timeZone);
  if (!result.ok) throw invalidField('offer.deadline', result.reason === 'nonexistent' ? 'is a time the clocks skip. Choose another time.' : 'is not a valid date and time.');
  return result.instant;
}

const DEADLINE_WORDS = {
  in_past: 'is in the past: candidates would have no time to book.',
  after_first_slot: 'is after the first offered time begins: it must be no later than that.',
};

/**
 * Checks an offer of times and works out everything it would send, without writing anything: the preview shows
 * this plan, and offering stores it. Each applicant's email is their invitation to book, in their language, its
 * link (still a placeholder) leading to the booking page.
 */
export async function planOffer(db: Db, session: Session, projectId: string, request: OfferRequest, now: Date, publicUrl: URL): Promise<OfferPlan> {
  const { organisation, user: actor } = session;
  const project = await findProject(db, organisation.id, projectId);
  if (!project) throw notFound('The recruitment project');
  if (project.status === 'closed') throw new AppError('validation_failed', 'The recruitment project is closed: open it again to offer times.');

  const applications = await invitableApplications(db, organisation.id, project.id, request.applicationIds);
  const recruiters = await participatingRecruiters(db, organisation.id, request.offer.recruiterIds, 'offer.recruiterIds');
  const { type, durationMinutes, seatsPerSlot = 1 } = request.offer;
  if (type !== 'group' && seatsPerSlot !== 1) throw invalidField('offer.seatsPerSlot', 'must be 1 but for a group interview: one candidate to a slot.');
  const meetingUrl = request.offer.meetingUrl?.trim() || null;
  if (type === 'video' && !meetingUrl) throw invalidField('offer.meetingUrl', 'is needed for a video interview.');
  const location = request.offer.location?.trim() || null;

  const slots = requestedSlots(request.offer, durationMinutes, organisation.timeZone, now, 'offer');
  const deadline = bookingDeadline(slots, chosenDeadline(request.offer, organisation.timeZone));
  const deadlineProblem = bookingDeadlineProblem(deadline, slots, now);
  if (deadlineProblem) {
    // The default deadline in the past means the first slot is within a day: say that, not "your deadline".
    throw request.offer.deadline
      ? invalidField('offer.deadline', DEADLINE_WORDS[deadlineProblem])
      : invalidField('offer.deadline', 'is needed: a day before the first offered time has passed. Give a deadline before the first time.');
  }

  const bookings = await bookingsBetween(db, organisation.id, recruiters.map((r) => r.id), slots[0]!.startsAt, slots.at(-1)!.endsAt);
  const warnings = overlapWarnings(bookings, slots);
  const sender = await senderAddress(db, organisation, request.email.from);
  const logo = await emailLogo(db, organisation.id, publicUrl);
  const offer = { type, durationMinutes, location, meetingUrl, slots, deadline };
  const recruiterNames = recruiters.map((recruiter) => recruiter.name);
  const valuesFor = (position: number) => (language: Language) =>
    bookingInvitationValues({
      candidate: applications[position]!.candidate,
      jobTitle: project.title,
      companyName: organisation.name,
      offer,
      recruiterNames,
      sender: actor.name,
      language,
      timeZone: organisation.timeZone,
      confirmLink: CONFIRM_LINK_PLACEHOLDER,
    });
  const emails = await planEmails(request.email, applications, organisation, valuesFor, warnings, logo, 'booking_invitation');

  // The reminder's texts and SMS access are checked as for the first slot; its timing waits for the booking.
  const { warnings: reminderWarnings } = await planReminders(
    request.reminder,
    applications.map((application, position) => ({ application, slot: slots[0]!, valuesFor: valuesFor(position) })),
    { organisation, actor, now, sampleLink: sampleConfirmLinkUrl(publicUrl), logo },
  );
  return {
    organisation,
    project,
    actor,
    recruiters,
    type,
    durationMinutes,
    location,
    meetingUrl,
    seats: seatsPerSlot,
    slots,
    deadline,
    invitations: applications.map((application, position) => ({ application, language: emails.languages[position]!, email: emails.rendered[position]! })),
    sender,
    reminder: request.reminder && request.reminder.channel !== 'none' ? request.reminder : null,
    confirmLink: emails.confirmLink,
    warnings: [...warnings, ...reminderWarnings],
  };
}
