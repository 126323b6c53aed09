import type { Candidate } from '../../src/domain/candidate.js';
import type { Organisation } from '../../src/domain/organisation.js';
import type { User } from '../../src/domain/user.js';
import { createApplication, createOrganisation, createProject, createUser } from './factories.js';
import { deliverDue } from './outbox.js';
import { logInAs, type TestApp } from './test-app.js';

/** An organisation with a logged-in recruiter and a recruitment project of theirs. */
export interface RecruitingProject {
  organisation: Organisation;
  recruiter: User;
  cookie: string;
  projectId: string;
}

export async function recruitingProject(
  test: TestApp,
  options: {
    organisation?: Parameters<typeof createOrganisation>[1];
    recruiter?: Parameters<typeof createUser>[2];
    project?: Parameters<typeof createProject>[3];
  } = {},
): Promise<RecruitingProject> {
  const db = test.ctx.db;
  const organisation = await createOrganisation(db, options.organisation);
  const recruiter = await createUser(db, organisation.id, options.recruiter);
  const projectId = await createProject(db, organisation.id, recruiter.id, options.project);
  return { organisation, recruiter, projectId, cookie: await logInAs(test.app, recruiter.email) };
}

export interface InvitationRequest {
  /** One applicant each, in slot order; one applicant with the factory's defaults without it. */
  applicants?: NonNullable<Parameters<typeof createApplication>[3]>[];
  /** What differs from an in-person interview with the recruiter on Tuesday 10 March 2026, 10:00–10:45, at Havnegade 1. */
  interview?: Record<string, unknown>;
  /** The request's `email`; no email without it. */
  email?: Record<string, unknown>;
  /** The request's `reminder`; none without it. */
  reminder?: Record<string, unknown>;
}

export interface InvitedApplicant {
  applicationId: string;
  candidate: Candidate;
  invitationId: string;
  interviewId: string;
  /** The path of the candidate's confirmation link (`/i/<token>`). */
  confirmPath: string;
}

/**
 * New applicants to the project, invited through the API by its recruiter. The invitations' emails are delivered
 * before it returns, so a test starts with only its own messages due.
 */
export async function inviteApplicants(test: TestApp, project: RecruitingProject, request: InvitationRequest = {}): Promise<InvitedApplicant[]> {
  const { organisation, recruiter, projectId, cookie } = project;
  const applications = [];
  for (const fields of request.applicants ?? [{}]) applications.push(await createApplication(test.ctx.db, organisation.id, projectId, fields));
  const response = await test.app.inject({
    method: 'POST',
    url: `/api/projects/${projectId}/interview-invitations`,
    headers: { cookie },
    payload: {
      applicationIds: applications.map((application) => application.applicationId),
      interview: { type: 'in_person', recruiterIds: [recruiter.id], date: '2026-03-10', time: '10:00', durationMinutes: 45, location: 'Havnegade 1', ...request.interview },
      email: request.email ?? { action: 'no_email' },
      ...(request.reminder ? { reminder: request.reminder } : {}),
    },
  });
  if (response.statusCode !== 201) throw new Error(`inviting answered ${response.statusCode}: ${response.body}`);
  await deliverDue(test);
  const invitations = response.json().invitations as { id: string; applicationId: string; interviewId: string; confirmUrl: string }[];
  return applications.map((application) => {
    const invitation = invitations.find((i) => i.applicationId === application.applicationId)!;
    return { ...application, invitationId: invitation.id, interviewId: invitation.interviewId, confirmPath: new URL(invitation.confirmUrl).pathname };
  });
}

/** The usual start of a test about an interview: an organisation, a logged-in recruiter, a project, and invited applicants. */
export async function invitedApplicants(
  test: TestApp,
  options: Parameters<typeof recruitingProject>[1] & InvitationRequest = {},
): Promise<RecruitingProject & { interviewId: string; invited: InvitedApplicant[] }> {
  const project = await recruitingProject(test, options);
  const invited = await inviteApplicants(test, project, options);
  return { ...project, interviewId: invited[0]!.interviewId, invited };
}
