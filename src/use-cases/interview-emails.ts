import type { NewMessage } from '../db/repositories/messages.js';
import type { CalendarInvitationInput } from '../domain/calendar-invitation.js';
import type { RenderedEmail } from '../domain/candidate-email.js';
import { fullName } from '../domain/candidate.js';
import type { TemplateValues } from '../domain/template.js';
import { interviewCalendar, type InterviewCalendarInput } from './interview-calendar.js';
import { outboxMessage } from './outbox-message.js';

/** What every email about one version of an interview shares. */
interface InterviewVersion {
  method: 'REQUEST' | 'CANCEL';
  organisation: { id: string; name: string; timeZone: string };
  interview: InterviewCalendarInput['interview'] & { id: string; sequence: number };
  sender: string;
  now: Date;
}

const asRecruiter = (recruiter: { name: string; email: string }) => ({ name: recruiter.name, email: recruiter.email, role: 'recruiter' as const });

function calendarOf({ method, organisation, interview, sender, now }: InterviewVersion, attendees: CalendarInvitationInput['attendees'], summary: string, description: string) {
  return interviewCalendar({ method, interviewId: interview.id, sequence: interview.sequence, now, interview, organisation, sender, attendees, summary, description });
}

export interface CandidateEmailInput extends Omit<InterviewVersion, 'method'> {
  /** An invitation, first or after a move, asks for an answer (REQUEST); a cancellation takes the event away (CANCEL). */
  kind: 'interview_invitation' | 'booking_confirmation' | 'interview_cancellation';
  applicationId: string;
  invitationId: string;
  /** For an email about a booked time: its link is then the booking page's. */
  bookingInvitationId?: string;
  candidate: { firstName: string; lastName: string; email: string };
  recruiters: { name: string; email: string }[];
  replyTo: string;
  /** The email as rendered for this candidate, and the values it was rendered from (for the calendar event). */
  email: RenderedEmail;
  values: TemplateValues;
}

/**
 * The one way an email about an interview is put together for a candidate, whether it invites, tells of a move or
 * cancels: text and HTML as rendered, and the calendar file of the interview (same UID in every version, the
 * interview's sequence), due now. The event names the candidate and the recruiters, never other candidates of a group.
 */
export function candidateEmail(input: CandidateEmailInput, publicUrl: URL): NewMessage {
  const { organisation, interview, candidate, values } = input;
  const type = values.interviewtype;
  const calendar = calendarOf(
    { ...input, method: input.kind === 'interview_cancellation' ? 'CANCEL' : 'REQUEST' },
    [{ name: fullName(candidate), email: candidate.email, role: 'candidate' }, ...input.recruiters.map(asRecruiter)],
    `${type.charAt(0).toLocaleUpperCase()}${type.slice(1)}: ${values.jobtitle} – ${organisation.name}`,
    [values.interviewtime, values.location, values.recruiters].filter(Boolean).join('\n'),
  );
  return outboxMessage(
    {
      organisationId: organisation.id,
      kind: input.kind,
      applicationId: input.applicationId,
      invitationId: input.invitationId,
      bookingInvitationId: input.bookingInvitationId ?? null,
      interviewId: interview.id,
      recipient: candidate.email,
      sender: input.sender,
      replyTo: input.replyTo,
      subject: input.email.subject,
      text: input.email.text,
      html: input.email.html,
      calendar,
      dueAt: input.now,
    },
    publicUrl,
    input.now,
  );
}

export interface RecruiterEmailsInput extends InterviewVersion {
  recruiters: { name: string; email: string }[];
  /** Everyone invited to the interview: a recruiter's calendar event names them all. */
  candidates: { firstName: string; lastName: string; email: string }[];
  replyTo: string;
  /** What each recruiter is told. */
  words: (recruiter: { name: string }) => { subject: string; text: string };
}

/** Each participating recruiter's email about the interview, with the calendar event of the whole interview. */
export function recruiterEmails(input: RecruiterEmailsInput, publicUrl: URL): NewMessage[] {
  const { organisation, interview } = input;
  const attendees = [
    ...input.recruiters.map(asRecruiter),
    ...input.candidates.map((candidate) => ({ name: fullName(candidate), email: candidate.email, role: 'candidate' as const })),
  ];
  return input.recruiters.map((recruiter) => {
    const { subject, text } = input.words(recruiter);
    const calendar = calendarOf(input, attendees, subject, text);
    return outboxMessage(
      { organisationId: organisation.id, kind: 'recruiter_calendar', interviewId: interview.id, recipient: recruiter.email, sender: input.sender, replyTo: input.replyTo, subject, text, calendar, dueAt: input.now },
      publicUrl,
      input.now,
    );
  });
}
