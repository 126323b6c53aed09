import { randomUUID } from 'node:crypto';
import type { Context } from '../../context.js';
import { setApplicationStatus } from '../../db/repositories/applications.js';
import { recordAuditEvents } from '../../db/repositories/audit-events.js';
import { insertInterviews, type NewInterview } from '../../db/repositories/interviews.js';
import { insertInvitations } from '../../db/repositories/invitations.js';
import { queueMessages, type NewMessage } from '../../db/repositories/messages.js';
import type { AuditEventInput } from '../../domain/audit-event.js';
import { fullName, type Candidate } from '../../domain/candidate.js';
import { recruiterNotice } from '../../domain/recruiter-notice.js';
import { confirmLinkHash, confirmLinkToken, confirmLinkUrl } from '../../security/confirm-link-token.js';
import type { Session } from '../authenticate.js';
import { candidateEmail, recruiterEmails } from '../interview-emails.js';
import { queueInvitationEvents } from '../webhook-events.js';
import { reminderMessages } from '../reminder-messages.js';
import { reminderOutcome, type ReminderOutcome } from './plan-reminders.js';
import { planInvitations, refuseUnacknowledgedMissingMobiles, type InvitationPlan, type Warning } from './plan.js';
import { invitationGroundsHold } from './plan-still-holds.js';
import { planThenWrite } from '../plan-then-write.js';
import { mapInTurns } from '../in-turns.js';
import type { InvitationRequest } from './request.js';

export interface SentInvitation {
  id: string;
  applicationId: string;
  interviewId: string;
  responseStatus: 'awaiting';
  confirmUrl: string;
  reminder: ReminderOutcome;
}

export interface SendResult {
  invitations: SentInvitation[];
  interviewIds: string[];
  warnings: Warning[];
}

/**
 * "Send" on the invitation page: in one transaction, the interviews, an invitation per applicant awaiting an
 * answer, the applications marked invited, the audit trail, and every email queued in the outbox. Either all of
 * it happens or none. Everything is decided and rendered before the transaction, which only writes.
 */
export async function sendInvitations(
  ctx: Context,
  publicUrl: URL,
  session: Session,
  projectId: string,
  request: InvitationRequest,
): Promise<SendResult> {
  const now = ctx.clock.now();
  return planThenWrite(ctx.db, {
    plan: async (db) => {
      const plan = await planInvitations(db, session, projectId, request, now, publicUrl);
      refuseUnacknowledgedMissingMobiles(plan.warnings, request.acknowledgeWarnings);
      return { plan, records: await invitationRecords(plan, ctx.secret, publicUrl, now) };
    },
    stillHolds: (trx, { plan }) =>
      invitationGroundsHold(trx, { organisationId: plan.organisation.id, project: plan.project, recruiters: plan.recruiters, applications: plan.invitations.map((p) => p.application) }),
    write: async (trx, { plan, records }) => {
      await insertInterviews(trx, records.interviews);
      await insertInvitations(trx, records.invitations);
      await setApplicationStatus(trx, plan.organisation.id, plan.invitations.map((p) => p.application.id), 'invited_to_interview', now);
      await queueMessages(trx, records.messages);
      await queueInvitationEvents(trx, plan.organisation.id, 'invitation.sent', records.sent.map((invitation) => ({ invitationId: invitation.id })), now);
      await recordAuditEvents(trx, records.events, now);
      return { invitations: records.sent, interviewIds: records.interviews.map((interview) => interview.id), warnings: plan.warnings };
    },
  });
}

interface InvitationRecords {
  interviews: NewInterview[];
  invitations: Parameters<typeof insertInvitations>[1];
  messages: NewMessage[];
  events: AuditEventInput[];
  sent: SentInvitation[];
}

/** Every row a planned invitation round writes, with each candidate's confirmation link made and put in place. */
async function invitationRecords(plan: InvitationPlan, secret: string, publicUrl: URL, now: Date): Promise<InvitationRecords> {
  const at = now.toISOString();
  const { organisation, project, actor } = plan;
  const interviewIds = plan.interviews.map(() => randomUUID());
  const recruiterIds = plan.recruiters.map((recruiter) => recruiter.id);

  const interviews = plan.interviews.map((slot, index): NewInterview => ({
    id: interviewIds[index]!,
    organisation_id: organisation.id,
    project_id: project.id,
    type: plan.type,
    starts_at: slot.startsAt.toISOString(),
    ends_at: slot.endsAt.toISOString(),
    duration_minutes: plan.durationMinutes,
    location: plan.location,
    meeting_url: plan.meetingUrl,
    sequence: 0,
    status: 'scheduled',
    created_by: actor.id,
    created_at: at,
    recruiterIds,
  }));

  const sent: SentInvitation[] = [];
  const messages: NewMessage[] = [];
  const events: AuditEventInput[] = [];
  const invitationRows = await mapInTurns(plan.invitations, (planned) => {
    const id = randomUUID();
    const interviewId = interviewIds[planned.interviewIndex]!;
    const token = confirmLinkToken(id, secret);
    const reminder = reminderOutcome(planned.reminder);
    sent.push({ id, applicationId: planned.application.id, interviewId, responseStatus: 'awaiting', confirmUrl: confirmLinkUrl(publicUrl, token), reminder });
    messages.push(
      ...reminderMessages(
        planned.reminder,
        { organisationId: organisation.id, applicationId: planned.application.id, invitationId: id, interviewId, sender: plan.sender, replyTo: actor.email },
        planned.application.candidate,
        publicUrl,
        now,
      ),
    );
    events.push({
      organisationId: organisation.id,
      actor: { type: 'user', id: actor.id },
      subject: { type: 'application', id: planned.application.id },
      action: 'application.invited_to_interview',
      before: { status: planned.application.status },
      after: { status: 'invited_to_interview', invitationId: id, interviewId, email: planned.email !== null, reminder },
    });
    if (planned.email) {
      const slot = plan.interviews[planned.interviewIndex]!;
      messages.push(
        candidateEmail(
          {
            kind: 'interview_invitation',
            organisation,
            interview: { id: interviewId, sequence: 0, type: plan.type, startsAt: slot.startsAt, endsAt: slot.endsAt, location: plan.location, meetingUrl: plan.meetingUrl },
            applicationId: planned.application.id,
            invitationId: id,
            candidate: planned.application.candidate,
            recruiters: plan.recruiters,
            sender: plan.sender,
            replyTo: actor.email,
            email: planned.email,
            values: planned.email.values,
            now,
          },
          publicUrl,
        ),
      );
    }
    return {
      id,
      organisation_id: organisation.id,
      interview_id: interviewId,
      application_id: planned.application.id,
      response_status: 'awaiting' as const,
      language: planned.language,
      link_hash: confirmLinkHash(token, secret),
      created_by: actor.id,
      created_at: at,
    };
  });

  const candidatesOf = plan.interviews.map((): Candidate[] => []);
  plan.invitations.forEach((planned) => candidatesOf[planned.interviewIndex]!.push(planned.application.candidate));
  await mapInTurns(plan.interviews, (slot, index) => {
    const interviewId = interviewIds[index]!;
    const candidates = candidatesOf[index]!;
    const notice = recruiterNotice({
      language: organisation.defaultLanguage,
      timeZone: organisation.timeZone,
      type: plan.type,
      jobTitle: project.title,
      invitedBy: actor.name,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      durationMinutes: plan.durationMinutes,
      where: plan.type === 'video' ? plan.meetingUrl : plan.location,
      candidateNames: candidates.map(fullName),
      recruiterNames: plan.recruiters.map((r) => r.name),
    });
    const interview = { id: interviewId, sequence: 0, type: plan.type, startsAt: slot.startsAt, endsAt: slot.endsAt, location: plan.location, meetingUrl: plan.meetingUrl };
    messages.push(
      ...recruiterEmails(
        { method: 'REQUEST', organisation, interview, recruiters: plan.recruiters, candidates, sender: plan.sender, replyTo: actor.email, words: () => notice, now },
        publicUrl,
      ),
    );
    events.push({
      organisationId: organisation.id,
      actor: { type: 'user', id: actor.id },
      subject: { type: 'interview', id: interviewId },
      action: 'interview.scheduled',
      after: { type: plan.type, startsAt: slot.startsAt.toISOString(), endsAt: slot.endsAt.toISOString(), recruiterIds },
    });
  });

  return { interviews, invitations: invitationRows, messages, events, sent };
}
