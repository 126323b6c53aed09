import type { Context } from '../context.js';
import { findApplications } from '../db/repositories/applications.js';
import { recordAuditEvents } from '../db/repositories/audit-events.js';
import { cancelInterview as markCancelled, findInterviews, lockInterview } from '../db/repositories/interviews.js';
import { reopenBookingsOfSlot } from '../db/repositories/booking-invitations.js';
import { listStandingInvitations, setInterviewResponseStatus } from '../db/repositories/invitations.js';
import { cancelPendingReminders, queueMessages } from '../db/repositories/messages.js';
import { findProject } from '../db/repositories/projects.js';
import { cancellationEmail } from '../domain/interview-cancellation.js';
import { invitationValues } from '../domain/invitation-values.js';
import { languageOr, type Language } from '../domain/languages.js';
import { AppError, notFound } from '../errors.js';
import type { Session } from './authenticate.js';
import { interviewAuditEvents } from './interview-audit.js';
import { candidateEmail, recruiterEmails } from './interview-emails.js';
import { emailLogo } from './organisation-logo.js';
import { queueInvitationEvents } from './webhook-events.js';

/**
 * The recruiter calls an interview off: in one transaction the interview is cancelled, every invitee's answer
 * becomes `cancelled`, their reminders are dropped, and each invitee and recruiter is sent word with a calendar
 * cancellation (METHOD:CANCEL, a higher SEQUENCE) that removes the event from their calendar.
 */
export async function cancelInterview(
  ctx: Context,
  publicUrl: URL,
  session: Session,
  interviewId: string,
  message: string | null,
): Promise<void> {
  const { organisation, user: actor } = session;
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    await lockInterview(trx, organisation.id, interviewId);
    const [interview] = await findInterviews(trx, organisation.id, [interviewId]);
    if (!interview) throw notFound('The interview');
    if (interview.status === 'cancelled') throw new AppError('conflict', 'The interview is already cancelled.');
    // Invitees would be told that something in the past is off; from its start on, an interview is history.
    if (new Date(interview.startsAt).getTime() <= now.getTime()) throw new AppError('conflict', 'The interview has already started; it can no longer be cancelled.');
    const project = (await findProject(trx, organisation.id, interview.projectId))!;
    const invitations = await listStandingInvitations(trx, organisation.id, interview.id);
    const applications = new Map((await findApplications(trx, organisation.id, invitations.map((i) => i.applicationId))).map((a) => [a.id, a]));

    await markCancelled(trx, organisation.id, interview.id, now);
    await setInterviewResponseStatus(trx, organisation.id, interview.id, 'cancelled', now);
    await reopenBookingsOfSlot(trx, organisation.id, interview.id, now);
    await cancelPendingReminders(trx, organisation.id, { interviewId: interview.id }, 'Cancelled: the interview was cancelled.', now);

    const cancelled = { id: interview.id, sequence: interview.sequence + 1, type: interview.type, startsAt: new Date(interview.startsAt), endsAt: new Date(interview.endsAt), location: interview.location, meetingUrl: interview.meetingUrl };
    const sender = organisation.defaultSenderAddress;
    const logo = await emailLogo(trx, organisation.id, publicUrl);
    const valuesFor = (person: { firstName: string; lastName: string }, language: Language) =>
      invitationValues({
        candidate: person,
        jobTitle: project.title,
        companyName: organisation.name,
        interview: { ...cancelled, durationMinutes: interview.durationMinutes },
        recruiterNames: interview.recruiters.map((r) => r.name),
        sender: actor.name,
        language,
        timeZone: organisation.timeZone,
        confirmLink: '',
      });

    const messages = invitations.map((invitation) => {
      const application = applications.get(invitation.applicationId)!;
      const language = languageOr(invitation.language, organisation.defaultLanguage);
      const values = valuesFor(application.candidate, language);
      return candidateEmail(
        {
          kind: 'interview_cancellation',
          organisation,
          interview: cancelled,
          applicationId: application.id,
          invitationId: invitation.id,
          candidate: application.candidate,
          recruiters: interview.recruiters,
          sender,
          replyTo: actor.email,
          email: cancellationEmail(values, language, message, logo),
          values,
          now,
        },
        publicUrl,
      );
    });
    // Each recruiter is told in the organisation's language, by first name, as a candidate is.
    const recruiterWords = (recruiter: { name: string }) => {
      const [firstName = '', ...rest] = recruiter.name.split(' ');
      return cancellationEmail(valuesFor({ firstName, lastName: rest.join(' ') }, organisation.defaultLanguage), organisation.defaultLanguage, message, logo);
    };
    // A free offered slot was never in the recruiters' calendars: there is nothing to take out.
    const inRecruitersCalendars = interview.offerId === null || invitations.length > 0;
    messages.push(
      ...recruiterEmails(
        {
          method: 'CANCEL',
          organisation,
          interview: cancelled,
          recruiters: inRecruitersCalendars ? interview.recruiters : [],
          candidates: [...applications.values()].map((a) => a.candidate),
          sender,
          replyTo: actor.email,
          words: recruiterWords,
          now,
        },
        publicUrl,
      ),
    );
    await queueMessages(trx, messages);
    await queueInvitationEvents(trx, organisation.id, 'interview.cancelled', invitations.map((invitation) => ({ invitationId: invitation.id, details: { message } })), now);
    await recordAuditEvents(
      trx,
      interviewAuditEvents({
        organisationId: organisation.id,
        actorId: actor.id,
        interviewId: interview.id,
        interview: { action: 'interview.cancelled', before: { status: interview.status, sequence: interview.sequence }, after: { status: 'cancelled', sequence: cancelled.sequence, message } },
        invitations,
        invitation: { action: 'invitation.cancelled', responseStatus: 'cancelled' },
      }),
      now,
    );
  });
}
