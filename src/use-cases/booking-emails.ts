import type { Db } from '../db/database.js';
import { findApplications } from '../db/repositories/applications.js';
import { findInterviews } from '../db/repositories/interviews.js';
import { listInterviewInvitations } from '../db/repositories/invitations.js';
import { queueMessages, type NewMessage } from '../db/repositories/messages.js';
import { findOrganisation } from '../db/repositories/organisations.js';
import { findProject } from '../db/repositories/projects.js';
import { bookingConfirmationEmail, bookingReleasedEmail } from '../domain/booking-letters.js';
import { fullName } from '../domain/candidate.js';
import type { Interview } from '../domain/interview.js';
import { invitationValues } from '../domain/invitation-values.js';
import { languageOr } from '../domain/languages.js';
import { recruiterNotice } from '../domain/recruiter-notice.js';
import { CONFIRM_LINK_PLACEHOLDER } from '../security/confirm-link-token.js';
import { candidateEmail, recruiterEmails } from './interview-emails.js';
import { emailLogo } from './organisation-logo.js';

export interface BookingChange {
  organisationId: string;
  bookingInvitationId: string;
  /** The booked time's invitation: the same through a change of time. */
  invitationId: string;
  applicationId: string;
  language: string;
  /** The slot the candidate now has, and the one they gave back (a change has both, a cancellation only the latter). */
  booked: string | null;
  released: string | null;
}

/**
 * Who is told of a booking, in its transaction: the candidate gets the confirmation of the time booked (its calendar
 * file adds it to their calendar) and the release of the time given back (its file takes it out); each slot's
 * recruiters get the slot's event with whoever has it booked now, or its cancellation when nobody has.
 */
export async function queueBookingEmails(db: Db, change: BookingChange, publicUrl: URL, now: Date): Promise<void> {
  const { organisationId } = change;
  const organisation = (await findOrganisation(db, organisationId))!;
  const [application] = await findApplications(db, organisationId, [change.applicationId]);
  const slots = await findInterviews(db, organisationId, [change.booked, change.released].filter((id) => id !== null));
  const slotOf = (id: string | null) => slots.find((slot) => slot.id === id) ?? null;
  if (!application || slots.length === 0) return;
  const project = (await findProject(db, organisationId, slots[0]!.projectId))!;
  const logo = await emailLogo(db, organisationId, publicUrl);
  const language = languageOr(change.language, organisation.defaultLanguage);
  const sender = organisation.defaultSenderAddress;

  const messages: NewMessage[] = [];
  const letter = (slot: Interview, kind: 'booking_confirmation' | 'interview_cancellation') => {
    const interview = { type: slot.type, startsAt: new Date(slot.startsAt), endsAt: new Date(slot.endsAt), location: slot.location, meetingUrl: slot.meetingUrl };
    const values = invitationValues({
      candidate: application.candidate,
      jobTitle: project.title,
      companyName: organisation.name,
      interview: { ...interview, durationMinutes: slot.durationMinutes },
      recruiterNames: slot.recruiters.map((recruiter) => recruiter.name),
      sender: organisation.defaultSenderName ?? organisation.name,
      language,
      timeZone: organisation.timeZone,
      confirmLink: CONFIRM_LINK_PLACEHOLDER,
    });
    return candidateEmail(
      {
        kind,
        organisation,
        interview: { ...interview, id: slot.id, sequence: slot.sequence },
        applicationId: application.id,
        invitationId: change.invitationId,
        bookingInvitationId: change.bookingInvitationId,
        candidate: application.candidate,
        recruiters: slot.recruiters,
        sender,
        replyTo: slot.recruiters[0]?.email ?? sender,
        email: kind === 'booking_confirmation' ? bookingConfirmationEmail(values, language, logo) : bookingReleasedEmail(values, language, logo),
        values,
        now,
      },
      publicUrl,
    );
  };
  const released = slotOf(change.released);
  const booked = slotOf(change.booked);
  if (released) messages.push(letter(released, 'interview_cancellation'));
  if (booked) messages.push(letter(booked, 'booking_confirmation'));

  for (const slot of [released, booked].filter((slot) => slot !== null)) {
    const comes = (await listInterviewInvitations(db, organisationId, slot.id)).filter((invitation) => invitation.responseStatus === 'accepted');
    const candidates = (await findApplications(db, organisationId, comes.map((invitation) => invitation.applicationId))).map((a) => a.candidate);
    const startsAt = new Date(slot.startsAt);
    const notice = recruiterNotice({
      language: organisation.defaultLanguage,
      timeZone: organisation.timeZone,
      type: slot.type,
      jobTitle: project.title,
      invitedBy: fullName(application.candidate),
      startsAt,
      endsAt: new Date(slot.endsAt),
      durationMinutes: slot.durationMinutes,
      where: slot.type === 'video' ? slot.meetingUrl : slot.location,
      candidateNames: candidates.map(fullName),
      recruiterNames: slot.recruiters.map((recruiter) => recruiter.name),
      reason: candidates.length > 0 ? 'booked' : 'unbooked',
    });
    messages.push(
      ...recruiterEmails(
        {
          method: candidates.length > 0 ? 'REQUEST' : 'CANCEL',
          organisation,
          interview: { type: slot.type, startsAt, endsAt: new Date(slot.endsAt), location: slot.location, meetingUrl: slot.meetingUrl, id: slot.id, sequence: slot.sequence },
          recruiters: slot.recruiters,
          candidates,
          sender,
          replyTo: application.candidate.email,
          words: () => notice,
          now,
        },
        publicUrl,
      ),
    );
  }
  await queueMessages(db, messages);
}
