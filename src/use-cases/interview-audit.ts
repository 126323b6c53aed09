import type { AuditEventInput } from '../domain/audit-event.js';
import type { Invitation, ResponseStatus } from '../domain/invitation.js';

/**
 * The audit trail of a change to an interview: one event on the interview, and one on each invitee's application
 * saying what became of their answer, so that the candidate's page tells the story too.
 */
export function interviewAuditEvents(input: {
  organisationId: string;
  actorId: string;
  interviewId: string;
  interview: { action: string; before: object; after: object };
  invitations: Invitation[];
  invitation: { action: string; responseStatus: ResponseStatus; after?: object };
}): AuditEventInput[] {
  const actor = { type: 'user' as const, id: input.actorId };
  return [
    { organisationId: input.organisationId, actor, subject: { type: 'interview', id: input.interviewId }, ...input.interview },
    ...input.invitations.map((invitation) => ({
      organisationId: input.organisationId,
      actor,
      subject: { type: 'application', id: invitation.applicationId },
      action: input.invitation.action,
      before: { invitationId: invitation.id, responseStatus: invitation.responseStatus },
      after: { invitationId: invitation.id, responseStatus: input.invitation.responseStatus, ...input.invitation.after },
    })),
  ];
}
