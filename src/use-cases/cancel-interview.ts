import type { Context } from '../context.js';
import { findApplications } from '../db/repositories/applications.js';
import { recordAuditEvents } from '../db/repositories/audit-events.js';
import { cancelInterview as markCancelled, findInterviews, lockInterview } from '../db/repositories/interviews.js';
import { listInterviewInvitations, setInterviewResponseStatus } from '../db/repositories/invitations.js';
import { cancelPendingReminders, queueMessages } from '../db/repositories/messages.js';
import { findProject } from '../db/repositories/projects.js';
import type { CalendarInvitationInput } from '../domain/calendar-invitation.js';
import { fullName } from '../domain/candidate.js';
import { cancellationEmail } from '../domain/interview-cancellation.js';
import { languageOr } from '../domain/languages.js';
import { AppError, notFound } from '../errors.js';
import type { Session } from './authenticate.js';
import { interviewAuditEvents } from './interview-audit.js';
import { interviewCalendar } from './interview-calendar.js';
import { outboxMessage, type MessageFields } from './outbox-message.js';
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
    const invitations = (await listInterviewInvitations(trx, organisation.id, interview.id)).filter((i) => i.responseStatus !== 'not_relevant');
    const applications = new Map((await findApplications(trx, organisation.id, invitations.map((i) => i.applicationId))).map((a) => [a.id, a]));

    await markCancelled(trx, organisation.id, interview.id, now);
    await setInterviewResponseStatus(trx, organisation.id, interview.id, 'cancelled', now);
    await cancelPendingReminders(trx, organisation.id, { interviewId: interview.id }, 'Cancelled: the interview was cancelled.', now);

    const sequence = interview.sequence + 1;
    const slot = { type: interview.type, startsAt: new Date(interview.startsAt), endsAt: new Date(interview.endsAt), location: interview.location, meetingUrl: interview.meetingUrl };
    const recruiters = interview.recruiters.map((r) => ({ name: r.name, email: r.email, role: 'recruiter' as const }));
    const sender = organisation.defaultSenderAddress;
    const email = (fields: Pick<MessageFields, 'kind' | 'recipient' | 'subject' | 'text' | 'applicationId' | 'invitationId' | 'calendar'>) =>
      outboxMessage({ ...fields, organisationId: organisation.id, interviewId: interview.id, sender, replyTo: actor.email, dueAt: now }, publicUrl, now);
    const calendar = (attendees: CalendarInvitationInput['attendees'], summary: string) =>
      interviewCalendar({ method: 'CANCEL', interviewId: interview.id, sequence, now, interview: slot, organisation, sender, attendees, summary, description: summary });

    const messages = invitations.map((invitation) => {
      const application = applications.get(invitation.applicationId)!;
      const candidate = application.candidate;
      const language = languageOr(invitation.language, organisation.defaultLanguage);
      const words = cancellationEmail({ language, timeZone: organisation.timeZone, ...slot, jobTitle: project.title, companyName: organisation.name, firstName: candidate.firstName, sender: actor.name, message });
      return email({
        kind: 'interview_cancellation',
        recipient: candidate.email,
        subject: words.subject,
        text: words.text,
        applicationId: application.id,
        invitationId: invitation.id,
        calendar: calendar([{ name: fullName(candidate), email: candidate.email, role: 'candidate' }, ...recruiters], words.subject),
      });
    });
    for (const recruiter of interview.recruiters) {
      const words = cancellationEmail({ language: organisation.defaultLanguage, timeZone: organisation.timeZone, ...slot, jobTitle: project.title, companyName: organisation.name, firstName: recruiter.name.split(' ')[0]!, sender: actor.name, message });
      const candidates = [...applications.values()].map((a) => ({ name: fullName(a.candidate), email: a.candidate.email, role: 'candidate' as const }));
      messages.push(
        email({ kind: 'recruiter_calendar', recipient: recruiter.email, subject: words.subject, text: words.text, calendar: calendar([...recruiters, ...candidates], words.subject) }),
      );
    }
    await queueMessages(trx, messages);
    await queueInvitationEvents(trx, organisation.id, 'interview.cancelled', invitations.map((invitation) => ({ invitationId: invitation.id, details: { message } })), now);
    await recordAuditEvents(
      trx,
      interviewAuditEvents({
        organisationId: organisation.id,
        actorId: actor.id,
        interviewId: interview.id,
        interview: { action: 'interview.cancelled', before: { status: interview.status, sequence: interview.sequence }, after: { status: 'cancelled', sequence, message } },
        invitations,
        invitation: { action: 'invitation.cancelled', responseStatus: 'cancelled' },
      }),
      now,
    );
  });
}
