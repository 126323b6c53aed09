import type { Context } from '../context.js';
import { findApplications } from '../db/repositories/applications.js';
import { recordAuditEvents } from '../db/repositories/audit-events.js';
import { changeInterview as storeChange, findInterviews, lockInterview, replaceInterviewRecruiters } from '../db/repositories/interviews.js';
import { listStandingInvitations, setInterviewResponseStatus } from '../db/repositories/invitations.js';
import {
  cancelQueuedMessage,
  pendingInterviewReminders,
  restoreRemindersCancelledByDecline,
  queueMessages,
  rescheduleReminder,
} from '../db/repositories/messages.js';
import { findProject } from '../db/repositories/projects.js';
import type { ApplicationWithCandidate } from '../domain/application.js';
import { fullName } from '../domain/candidate.js';
import { changeEmail } from '../domain/interview-change.js';
import { interviewDateProblem } from '../domain/interview-date-range.js';
import { invitationValues } from '../domain/invitation-values.js';
import type { Invitation } from '../domain/invitation.js';
import { languageOr, type Language } from '../domain/languages.js';
import { localDate, localDateTimeToInstant, localTime } from '../domain/local-time.js';
import { recruiterNotice } from '../domain/recruiter-notice.js';
import { renderReminderEmail, renderReminderSms, type ReminderEmailParts } from '../domain/reminder-message.js';
import { reminderDueAt } from '../domain/reminder-timing.js';
import { AppError, invalidField, notFound } from '../errors.js';
import { CONFIRM_LINK_PLACEHOLDER } from '../security/confirm-link-token.js';
import type { Session } from './authenticate.js';
import { interviewAuditEvents } from './interview-audit.js';
import type { ReminderSource } from './invite-to-interview/plan-reminders.js';
import { participatingRecruiters } from './invite-to-interview/plan.js';
import { candidateEmail, recruiterEmails } from './interview-emails.js';
import { emailLogo } from './organisation-logo.js';
import { queueInvitationEvents } from './webhook-events.js';

export interface InterviewChange {
  date?: string;
  time?: string;
  durationMinutes?: number;
  location?: string | null;
  meetingUrl?: string | null;
  recruiterIds?: string[];
  /** Passed on to the invitees in the email about the change. */
  message?: string | null;
}

const MINUTE_MS = 60_000;

/**
 * A reminder stored before reminders kept what they were made from (migration 0005) holds the old time in its text
 * and cannot be written anew, so a move cancels it rather than let it go out wrong.
 */
const REMINDER_WITHOUT_SOURCE = 'Cancelled: the interview moved, and this reminder, stored without its template, could not be written for the new time.';

/**
 * "Edit meeting invitation": the recruiter moves or changes an interview. In one transaction: the interview with a
 * higher sequence, every invitee's answer back to `awaiting` (a withdrawal stays), the pending reminders made again
 * for the new time (or dropped if that time has passed), and an updated invitation to every invitee and recruiter,
 * whose calendar file keeps the UID so calendars move the event instead of adding one. A recruiter taken off it gets
 * a cancellation. When only the recruiters change, the invitees' answers, reminders and calendars stay as they are.
 */
export async function changeInterview(ctx: Context, publicUrl: URL, session: Session, interviewId: string, change: InterviewChange): Promise<void> {
  const { organisation, user: actor } = session;
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    await lockInterview(trx, organisation.id, interviewId);
    const [interview] = await findInterviews(trx, organisation.id, [interviewId]);
    if (!interview) throw notFound('The interview');
    if (interview.status === 'cancelled') throw new AppError('conflict', 'The interview is cancelled; schedule a new one instead.');
    if (new Date(interview.startsAt).getTime() <= now.getTime()) throw new AppError('conflict', 'The interview has already started.');

    const zone = organisation.timeZone;
    const date = change.date ?? localDate(new Date(interview.startsAt), zone);
    const time = change.time ?? localTime(new Date(interview.startsAt), zone);
    const start = localDateTimeToInstant(date, time, zone);
    if (!start.ok && start.reason === 'nonexistent') throw invalidField('time', `does not exist on ${date} in ${zone}: the clocks skip it.`);
    if (!start.ok) throw invalidField('date', 'and time are not a valid date and time.');
    if (start.instant.getTime() <= now.getTime()) throw invalidField('date', 'and time are in the past.');
    const tooFarAhead = interviewDateProblem(date, now, zone);
    if (tooFarAhead) throw invalidField('date', tooFarAhead);
    const durationMinutes = change.durationMinutes ?? interview.durationMinutes;
    const slot = {
      type: interview.type,
      startsAt: start.instant,
      endsAt: new Date(start.instant.getTime() + durationMinutes * MINUTE_MS),
      location: change.location === undefined ? interview.location : change.location?.trim() || null,
      meetingUrl: change.meetingUrl === undefined ? interview.meetingUrl : change.meetingUrl?.trim() || null,
    };
    if (slot.type === 'video' && !slot.meetingUrl) throw invalidField('meetingUrl', 'is needed for a video interview.');
    const staying = interview.recruiters.map((recruiter) => recruiter.id);
    const recruiters = change.recruiterIds ? await participatingRecruiters(trx, organisation.id, change.recruiterIds, 'recruiterIds', staying) : interview.recruiters;
    // An "update" with the same details would still ask every invitee to answer again; refuse it instead.
    const before = new Set(interview.recruiters.map((r) => r.id));
    const sameRecruiters = recruiters.length === before.size && recruiters.every((r) => before.has(r.id));
    const removedRecruiters = interview.recruiters.filter((recruiter) => !recruiters.some((r) => r.id === recruiter.id));
    // Only a new time, length, place or link asks the invitees again; a change of recruiters concerns the recruiters.
    const moved =
      slot.startsAt.toISOString() !== new Date(interview.startsAt).toISOString() ||
      durationMinutes !== interview.durationMinutes ||
      slot.location !== interview.location ||
      slot.meetingUrl !== interview.meetingUrl;
    if (!moved && sameRecruiters) {
      throw new AppError('validation_failed', 'The change is the same as the interview: give a new date, time, duration, place, link or recruiters.');
    }

    const project = (await findProject(trx, organisation.id, interview.projectId))!;
    const invitations = await listStandingInvitations(trx, organisation.id, interview.id);
    const applications = new Map((await findApplications(trx, organisation.id, invitations.map((i) => i.applicationId))).map((a) => [a.id, a]));
    const sequence = interview.sequence + 1;

    await storeChange(
      trx,
      organisation.id,
      interview.id,
      { starts_at: slot.startsAt.toISOString(), ends_at: slot.endsAt.toISOString(), duration_minutes: durationMinutes, location: slot.location, meeting_url: slot.meetingUrl },
      now,
    );
    if (change.recruiterIds) await replaceInterviewRecruiters(trx, organisation.id, interview.id, recruiters.map((r) => r.id));
    if (moved) await setInterviewResponseStatus(trx, organisation.id, interview.id, 'awaiting', now);

    const recruiterNames = recruiters.map((r) => r.name);
    const logo = await emailLogo(trx, organisation.id, publicUrl);
    const valuesFor = (application: ApplicationWithCandidate, language: Language, sender: string) =>
      invitationValues({
        candidate: application.candidate,
        jobTitle: project.title,
        companyName: organisation.name,
        interview: { ...slot, durationMinutes },
        recruiterNames,
        sender,
        language,
        timeZone: zone,
        confirmLink: CONFIRM_LINK_PLACEHOLDER,
      });

    // Everyone is asked again, so reminders a decline cancelled are wanted again too, timed for the new start.
    if (moved) await restoreRemindersCancelledByDecline(trx, organisation.id, { interviewId: interview.id }, now, { stillDue: false });
    const invitationOf = new Map(invitations.map((invitation) => [invitation.id, invitation]));
    const cancelledWithoutSource = new Map<Invitation, number>();
    for (const reminder of moved ? await pendingInterviewReminders(trx, organisation.id, interview.id) : []) {
      const invitation = reminder.invitation_id ? invitationOf.get(reminder.invitation_id) : undefined;
      const application = invitation && applications.get(invitation.applicationId);
      // Only a withdrawal takes an invitation out of the list, and it cancelled the reminders with it.
      if (!application) continue;
      if (!reminder.source_json) {
        await cancelQueuedMessage(trx, reminder.id, REMINDER_WITHOUT_SOURCE, now);
        cancelledWithoutSource.set(invitation, (cancelledWithoutSource.get(invitation) ?? 0) + 1);
        continue;
      }
      const source = JSON.parse(reminder.source_json) as ReminderSource<ReminderEmailParts | { text: string }>;
      const dueAt = reminderDueAt(slot.startsAt, source.daysBefore, zone);
      if (dueAt.getTime() <= now.getTime()) {
        await cancelQueuedMessage(trx, reminder.id, 'Cancelled: after the interview moved, its time had passed.', now);
        continue;
      }
      const values = valuesFor(application, source.language, source.sender);
      const content =
        'text' in source.parts
          ? { subject: '', text_body: renderReminderSms(source.parts.text, values), html_body: null }
          : (({ subject, text, html }) => ({ subject, text_body: text, html_body: html }))(renderReminderEmail(source.parts, values, source.language, logo));
      await rescheduleReminder(trx, reminder.id, { ...content, next_attempt_at: dueAt.toISOString(), not_after: slot.startsAt.toISOString() }, now);
    }

    const sender = organisation.defaultSenderAddress;
    const where = slot.type === 'video' ? slot.meetingUrl : slot.location;
    const changed = { ...slot, id: interview.id, sequence };
    const message = change.message?.trim() || null;
    const messages = (moved ? invitations : []).map((invitation) => {
      const application = applications.get(invitation.applicationId)!;
      const language = languageOr(invitation.language, organisation.defaultLanguage);
      const values = valuesFor(application, language, actor.name);
      return candidateEmail(
        {
          kind: 'interview_invitation',
          organisation,
          interview: changed,
          applicationId: application.id,
          invitationId: invitation.id,
          candidate: application.candidate,
          recruiters,
          sender,
          replyTo: actor.email,
          email: changeEmail(values, language, message, logo),
          values,
          now,
        },
        publicUrl,
      );
    });
    const candidates = [...applications.values()].map((a) => a.candidate);
    const noticeInput = {
      language: organisation.defaultLanguage,
      timeZone: zone,
      type: slot.type,
      jobTitle: project.title,
      invitedBy: actor.name,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      durationMinutes,
      where,
      candidateNames: candidates.map(fullName),
      recruiterNames,
    };
    const notice = recruiterNotice(noticeInput);
    // A free offered slot is not in the recruiters' calendars: it joins them when someone books it.
    const inRecruitersCalendars = interview.offerId === null || invitations.length > 0;
    messages.push(
      ...recruiterEmails(
        { method: 'REQUEST', organisation, interview: changed, recruiters: inRecruitersCalendars ? recruiters : [], candidates, sender, replyTo: actor.email, words: () => notice, now },
        publicUrl,
      ),
      // A recruiter taken off the interview has it taken out of their calendar.
      ...recruiterEmails(
        {
          method: 'CANCEL',
          organisation,
          interview: changed,
          recruiters: inRecruitersCalendars ? removedRecruiters : [],
          candidates,
          sender,
          replyTo: actor.email,
          words: () => recruiterNotice({ ...noticeInput, reason: 'removed' }),
          now,
        },
        publicUrl,
      ),
    );
    await queueMessages(trx, messages);
    await queueInvitationEvents(
      trx,
      organisation.id,
      'interview.moved',
      (moved ? invitations : []).map((invitation) => ({
        invitationId: invitation.id,
        details: {
          previous: { startsAt: interview.startsAt, endsAt: interview.endsAt, location: interview.location, meetingUrl: interview.meetingUrl },
          message,
        },
      })),
      now,
    );

    await recordAuditEvents(
      trx,
      interviewAuditEvents({
        organisationId: organisation.id,
        actorId: actor.id,
        interviewId: interview.id,
        interview: {
          action: 'interview.changed',
          before: { startsAt: interview.startsAt, endsAt: interview.endsAt, location: interview.location, recruiterIds: interview.recruiters.map((r) => r.id), sequence: interview.sequence },
          after: { startsAt: slot.startsAt.toISOString(), endsAt: slot.endsAt.toISOString(), location: slot.location, recruiterIds: recruiters.map((r) => r.id), sequence },
        },
        invitations: moved ? invitations : [],
        invitation: { action: 'invitation.reset_by_change', responseStatus: 'awaiting', after: { startsAt: slot.startsAt.toISOString() } },
      }).concat(
        [...cancelledWithoutSource].map(([invitation, count]) => ({
          organisationId: organisation.id,
          actor: { type: 'user' as const, id: actor.id },
          subject: { type: 'application', id: invitation.applicationId },
          action: 'reminders.cancelled',
          after: { invitationId: invitation.id, count, reason: REMINDER_WITHOUT_SOURCE },
        })),
      ),
      now,
    );
  });
}
