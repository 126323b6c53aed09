import type { Context } from '../context.js';
import { findApplications } from '../db/repositories/applications.js';
import { findInterviews } from '../db/repositories/interviews.js';
import { listInterviewInvitations } from '../db/repositories/invitations.js';
import type { ApplicationWithCandidate } from '../domain/application.js';
import type { Interview } from '../domain/interview.js';
import type { Invitation } from '../domain/invitation.js';
import { notFound } from '../errors.js';

export interface InterviewDetails {
  interview: Interview;
  invitations: (Invitation & { application: ApplicationWithCandidate })[];
}

/** An interview with its recruiters and every invitee's answer. */
export async function interviewDetails(ctx: Context, organisationId: string, interviewId: string): Promise<InterviewDetails> {
  const [interview] = await findInterviews(ctx.db, organisationId, [interviewId]);
  if (!interview) throw notFound('The interview');
  const invitations = await listInterviewInvitations(ctx.db, organisationId, interviewId);
  const applications = new Map(
    (await findApplications(ctx.db, organisationId, invitations.map((invitation) => invitation.applicationId))).map((a) => [a.id, a]),
  );
  return {
    interview,
    invitations: invitations.map((invitation) => ({ ...invitation, application: applications.get(invitation.applicationId)! })),
  };
}
