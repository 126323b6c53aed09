import type { Context } from '../context.js';
import { findApplication } from '../db/repositories/applications.js';
import { checkApplicant, type ApplicantValues } from '../domain/applicant-fields.js';
import type { ApplicationWithCandidate } from '../domain/application.js';
import type { Actor } from '../domain/audit-event.js';
import type { Organisation } from '../domain/organisation.js';
import { AppError } from '../errors.js';
import { addToProject, knownCandidates, openProjectForApplicants } from './applicants-in.js';

const PROBLEM_WORDS = {
  missing: 'is required.',
  invalid: 'is not valid.',
  too_long: 'is too long.',
  not_mobile: 'is not a mobile number.',
  unknown: 'is not a language Samtale speaks (da, en, sv or nb).',
  repeated: 'is given twice.',
} as const;

export interface AddApplicantRequest {
  organisation: Organisation;
  actor: Actor;
  projectId: string;
  values: ApplicantValues;
}

/**
 * "Add applicant": one candidate typed in by a recruiter, as a received application of the project. An email the
 * organisation knows reuses that candidate as stored; one who already applied to the project is a conflict (409).
 */
export async function addApplicant(ctx: Context, request: AddApplicantRequest): Promise<{ application: ApplicationWithCandidate; candidate: 'new' | 'existing' }> {
  const { organisation, projectId } = request;
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    await openProjectForApplicants(trx, organisation.id, projectId);
    const check = checkApplicant(request.values, organisation.defaultLanguage);
    if (!check.ok) {
      const details = check.problems.map(({ field, problem }) => ({ field, in: 'body', message: PROBLEM_WORDS[problem], problem }));
      throw new AppError('validation_failed', `body.${details[0]!.field} ${details[0]!.message}`, details);
    }
    const known = (await knownCandidates(trx, organisation.id, projectId, [check.applicant.email])).get(check.applicant.email);
    if (known?.inProject) {
      throw new AppError('conflict', 'A candidate with this email has already applied to this project.', { candidateId: known.candidateId });
    }
    const target = { organisationId: organisation.id, projectId, actor: request.actor, source: 'by_hand' as const };
    const { applicationIds } = await addToProject(trx, target, [{ applicant: check.applicant, candidateId: known?.candidateId ?? null }], now);
    const application = (await findApplication(trx, organisation.id, applicationIds[0]!))!;
    return { application, candidate: known ? 'existing' : 'new' };
  });
}
