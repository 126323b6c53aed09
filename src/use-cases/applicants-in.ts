import { candidatesInProject, insertApplications } from '../db/repositories/applications.js';
import { recordAuditEvents } from '../db/repositories/audit-events.js';
import { findCandidatesByEmail, insertCandidates, lockCandidateEmails } from '../db/repositories/candidates.js';
import { lockProjectStatus } from '../db/repositories/projects.js';
import type { Db } from '../db/database.js';
import type { NewApplicant } from '../domain/applicant-fields.js';
import type { KnownCandidates } from '../domain/applicant-import.js';
import type { Actor, AuditEventInput } from '../domain/audit-event.js';
import { AppError, notFound } from '../errors.js';

/** The organisation's candidates with these emails, and whether each already applied to the project. */
export async function knownCandidates(db: Db, organisationId: string, projectId: string, emails: string[]): Promise<KnownCandidates> {
  const candidates = await findCandidatesByEmail(db, organisationId, emails);
  const applied = await candidatesInProject(db, organisationId, projectId, candidates.map((candidate) => candidate.id));
  const known = new Map<string, { candidateId: string; inProject: boolean }>();
  // Should an organisation hold one email twice (from before this rule), the oldest candidate is the one reused.
  for (const candidate of candidates) {
    if (!known.has(candidate.email)) known.set(candidate.email, { candidateId: candidate.id, inProject: applied.has(candidate.id) });
  }
  return known;
}

/**
 * Applicants can be added only to an open project of the organisation. Its row, and the adding of the organisation's
 * candidates, stay locked to the end of the transaction, so that what is looked up is still so when it is written.
 */
export async function openProjectForApplicants(db: Db, organisationId: string, projectId: string): Promise<void> {
  await lockCandidateEmails(db, organisationId);
  const status = await lockProjectStatus(db, organisationId, projectId);
  if (!status) throw notFound('The recruitment project');
  if (status === 'closed') throw new AppError('conflict', 'The recruitment project is closed; reopen it to add applicants.');
}

export interface ApplicantToAdd {
  applicant: NewApplicant;
  /** The organisation's candidate to reuse, or null for a new one. */
  candidateId: string | null;
}

export type ApplicantSource = 'by_hand' | 'csv_import';

/**
 * Adds applicants to a project as received applications, making the candidates that are new: a few statements
 * whatever their number, with an audit event for each candidate made and each application.
 */
export async function addToProject(
  db: Db,
  target: { organisationId: string; projectId: string; actor: Actor; source: ApplicantSource },
  applicants: ApplicantToAdd[],
  now: Date,
): Promise<{ applicationIds: string[]; candidateIds: string[] }> {
  const { organisationId, projectId, actor, source } = target;
  const created = await insertCandidates(
    db,
    organisationId,
    applicants.filter((item) => item.candidateId === null).map((item) => item.applicant),
    now,
  );
  let made = 0;
  const candidateIds = applicants.map((item) => item.candidateId ?? created[made++]!.id);
  const applications = await insertApplications(
    db,
    candidateIds.map((candidateId) => ({ organisationId, projectId, candidateId, status: 'received', submittedAt: now })),
  );
  const event = (subject: AuditEventInput['subject'], action: string, after: unknown): AuditEventInput => ({ organisationId, actor, subject, action, after });
  await recordAuditEvents(
    db,
    [
      ...created.map((candidate) => event({ type: 'candidate', id: candidate.id }, 'candidate.created', { source })),
      ...applications.map((application) =>
        event({ type: 'application', id: application.id }, 'application.created', { projectId, candidateId: application.candidateId, status: 'received', source }),
      ),
    ],
    now,
  );
  return { applicationIds: applications.map((application) => application.id), candidateIds };
}
