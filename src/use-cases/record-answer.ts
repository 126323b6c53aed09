import type { Context } from '../context.js';
import type { Db } from '../db/database.js';
import { setApplicationStatus } from '../db/repositories/applications.js';
import { recordAuditEvents } from '../db/repositories/audit-events.js';
import { answerNoticeFacts, lockInvitationInContext, setResponseStatus, type InvitationInContext } from '../db/repositories/invitations.js';
import { CANCELLED_BY_DECLINE, cancelPendingReminders, queueMessages, restoreRemindersCancelledByDecline } from '../db/repositories/messages.js';
import { answerNotice } from '../domain/answer-notice.js';
import type { Actor, AuditEventInput } from '../domain/audit-event.js';
import { fullName } from '../domain/candidate.js';
import type { Invitation } from '../domain/invitation.js';
import { answerInvitation, type Answer } from '../domain/response-status.js';
import { AppError, notFound } from '../errors.js';
import { outboxMessage } from './outbox-message.js';
import { queueInvitationEvents } from './webhook-events.js';

/** Tells the participating recruiters how the candidate answered, in the transaction that records the answer. */
async function queueAnswerNotices(
  db: Db,
  invitation: InvitationInContext,
  input: { organisationId: string; answer: Answer; message?: string | null; publicUrl: URL },
  now: Date,
): Promise<void> {
  const facts = await answerNoticeFacts(db, input.organisationId, invitation.id);
  if (!facts) return;
  const notice = answerNotice({
    language: facts.organisation.defaultLanguage,
    timeZone: facts.organisation.timeZone,
    candidateName: fullName(facts.candidate),
    jobTitle: facts.jobTitle,
    startsAt: new Date(facts.startsAt),
    endsAt: new Date(facts.endsAt),
    answer: input.answer,
    message: input.message ?? null,
  });
  await queueMessages(
    db,
    facts.recruiterEmails.map((recipient) =>
      outboxMessage(
        {
          organisationId: input.organisationId,
          kind: 'answer_notice',
          applicationId: facts.applicationId,
          interviewId: facts.interviewId,
          recipient,
          sender: facts.organisation.defaultSenderAddress,
          // So that a recruiter's reply reaches the candidate.
          replyTo: facts.candidate.email,
          subject: notice.subject,
          text: notice.text,
          dueAt: now,
        },
        input.publicUrl,
        now,
      ),
    ),
  );
}

const REFUSALS = {
  withdrawn: 'The candidate has withdrawn the application; that answer is final.',
  cancelled: 'The interview has been cancelled; the invitation takes no answers.',
  interview_started: 'The interview has started; the invitation is closed.',
} as const;

/**
 * An answer to an invitation, from the candidate's page or recorded by a recruiter: in one transaction the
 * response status, the reminders that no longer make sense, a withdrawn application, and the audit trail.
 */
export async function recordAnswer(
  ctx: Context,
  input: { organisationId: string; invitationId: string; answer: Answer; actor: Actor; message?: string | null; publicUrl: URL },
): Promise<Invitation> {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const invitation = await lockInvitationInContext(trx, input.organisationId, input.invitationId);
    if (!invitation) throw notFound('The invitation');
    const outcome = answerInvitation(invitation.responseStatus, input.answer, {
      interviewStarted: now.getTime() >= new Date(invitation.interviewStartsAt).getTime(),
      byRecruiter: input.actor.type === 'user',
    });
    if (!outcome.ok) throw new AppError('conflict', REFUSALS[outcome.reason]);
    const { interviewStartsAt, applicationStatus, ...current } = invitation;
    if (!outcome.changed) return current;

    await setResponseStatus(trx, input.organisationId, invitation.id, input.answer, now);
    // Every event of an answer is told on the candidate's application, by whoever answered.
    const onApplication = (action: string, change: { before?: object; after: object }): AuditEventInput => ({
      organisationId: input.organisationId,
      actor: input.actor,
      subject: { type: 'application', id: invitation.applicationId },
      action,
      ...change,
    });
    const events = [
      onApplication('invitation.answered', {
        before: { invitationId: invitation.id, responseStatus: invitation.responseStatus },
        after: { invitationId: invitation.id, responseStatus: input.answer, ...(input.message ? { message: input.message } : {}) },
      }),
    ];
    // A candidate's own answer is news to the recruiters; one they recorded by hand is not.
    if (input.actor.type === 'candidate') await queueAnswerNotices(trx, invitation, input, now);
    if (outcome.cancelReminders) {
      const reason = input.answer === 'declined' ? CANCELLED_BY_DECLINE : 'Cancelled: the candidate withdrew the application.';
      const cancelled = await cancelPendingReminders(trx, input.organisationId, { invitationId: invitation.id }, reason, now);
      if (cancelled > 0) events.push(onApplication('reminders.cancelled', { after: { invitationId: invitation.id, count: cancelled } }));
    }
    if (outcome.restoreReminders) {
      const restored = await restoreRemindersCancelledByDecline(trx, input.organisationId, { invitationId: invitation.id }, now, { stillDue: true });
      if (restored > 0) events.push(onApplication('reminders.restored', { after: { invitationId: invitation.id, count: restored } }));
    }
    if (outcome.withdrawApplication && applicationStatus !== 'withdrawn') {
      await setApplicationStatus(trx, input.organisationId, [invitation.applicationId], 'withdrawn', now);
      events.push(onApplication('application.withdrawn', { before: { status: applicationStatus }, after: { status: 'withdrawn' } }));
    }
    await queueInvitationEvents(
      trx,
      input.organisationId,
      'invitation.answered',
      [
        {
          invitationId: invitation.id,
          details: {
            answer: { responseStatus: input.answer, previousResponseStatus: invitation.responseStatus, message: input.message ?? null, by: input.actor.type },
          },
        },
      ],
      now,
    );
    await recordAuditEvents(trx, events, now);
    return { ...current, responseStatus: input.answer };
  });
}
