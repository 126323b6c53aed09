import type { Db } from '../db/database.js';
import { findApplications } from '../db/repositories/applications.js';
import { findInterviews } from '../db/repositories/interviews.js';
import { cancelPendingReminders, queueMessages } from '../db/repositories/messages.js';
import { findOrganisation } from '../db/repositories/organisations.js';
import { findProject } from '../db/repositories/projects.js';
import { findUser } from '../db/repositories/users.js';
import { invitationValues } from '../domain/invitation-values.js';
import { AppError } from '../errors.js';
import { CONFIRM_LINK_PLACEHOLDER, sampleConfirmLinkUrl } from '../security/confirm-link-token.js';
import { planReminders } from './invite-to-interview/plan-reminders.js';
import type { ReminderRequest } from './invite-to-interview/request.js';
import { emailLogo } from './organisation-logo.js';
import { reminderMessages } from './reminder-messages.js';

/** The reminder a recruiter chose when offering times (booking_offers.reminder_json), made for each booking. */
export interface OfferReminder {
  request: ReminderRequest;
  /** The recruiter who offered the times: the reminders are theirs, signed and replied to as theirs. */
  offeredBy: string;
}

export interface BookedReminders {
  organisationId: string;
  applicationId: string;
  invitationId: string;
  bookingInvitationId: string;
  reminderJson: string | null;
  /** The slot booked now (none after a cancellation), and whether a time was given back. */
  booked: string | null;
  released: boolean;
}

const GIVEN_BACK = 'Cancelled: the candidate gave the booked time back.';

/**
 * The reminders follow the booking, in its transaction: a time given back takes its reminders with it, and a time
 * booked gets the offer's reminder at 09:00 local, N days before it (none if that has passed). The SMS of the offer's
 * reminder needs the organisation's SMS and the offering recruiter's SMS access still; without them the candidate
 * gets the email alone, since a booking must not fail for it.
 */
export async function remindOfBooking(db: Db, change: BookedReminders, publicUrl: URL, now: Date): Promise<void> {
  const { organisationId } = change;
  if (change.released) await cancelPendingReminders(db, organisationId, { invitationId: change.invitationId }, GIVEN_BACK, now);
  if (!change.booked || !change.reminderJson) return;
  const { request, offeredBy } = JSON.parse(change.reminderJson) as OfferReminder;
  const organisation = (await findOrganisation(db, organisationId))!;
  const actor = await findUser(db, organisationId, offeredBy);
  const [application] = await findApplications(db, organisationId, [change.applicationId]);
  const [slot] = await findInterviews(db, organisationId, [change.booked]);
  if (!actor || !application || !slot) return;
  const project = (await findProject(db, organisationId, slot.projectId))!;
  const interview = { type: slot.type, startsAt: new Date(slot.startsAt), endsAt: new Date(slot.endsAt), durationMinutes: slot.durationMinutes, location: slot.location, meetingUrl: slot.meetingUrl };
  const recipient = {
    application,
    slot: interview,
    valuesFor: (language: Parameters<typeof invitationValues>[0]['language']) =>
      invitationValues({
        candidate: application.candidate,
        jobTitle: project.title,
        companyName: organisation.name,
        interview,
        recruiterNames: slot.recruiters.map((recruiter) => recruiter.name),
        sender: actor.name,
        language,
        timeZone: organisation.timeZone,
        confirmLink: CONFIRM_LINK_PLACEHOLDER,
      }),
  };
  const context = { organisation, actor, now, sampleLink: sampleConfirmLinkUrl(publicUrl), logo: await emailLogo(db, organisationId, publicUrl) };
  const plan = async (reminderRequest: ReminderRequest) => (await planReminders(reminderRequest, [recipient], context)).reminders[0]!;
  let reminder;
  try {
    reminder = await plan(request);
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'forbidden')) throw error;
    reminder = await plan({ ...request, channel: request.channel === 'sms_email' ? 'email' : 'none' });
  }
  const base = {
    organisationId,
    applicationId: application.id,
    invitationId: change.invitationId,
    bookingInvitationId: change.bookingInvitationId,
    interviewId: slot.id,
    sender: organisation.defaultSenderAddress,
    replyTo: actor.email,
  };
  await queueMessages(db, reminderMessages(reminder, base, application.candidate, publicUrl, now));
}
