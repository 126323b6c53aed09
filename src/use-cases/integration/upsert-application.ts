import type { Context } from '../../context.js';
import type { Db } from '../../db/database.js';
import { recordAuditEvent } from '../../db/repositories/audit-events.js';
import {
  findApplicationByExternalId,
  insertApplicationIfNew,
  lockApplicationsByExternalIdOrPair,
  updateExternalApplication,
  type ExternalApplication,
} from '../../db/repositories/external-applications.js';
import { findCandidateByExternalId } from '../../db/repositories/external-candidates.js';
import { projectIdByExternalId } from '../../db/repositories/external-projects.js';
import type { ApplicationStatus } from '../../domain/application-status.js';
import { fieldChanges } from '../../domain/field-changes.js';
import { AppError, invalidField } from '../../errors.js';
import type { Caller } from '../caller.js';

export interface ApplicationUpsert {
  projectExternalId: string;
  candidateExternalId: string;
  /** Left out, a new application is `received` and an existing one keeps the status Samtale gave it. */
  status?: ApplicationStatus;
  /** When the candidate applied; now when left out. Only a new application takes it. */
  submittedAt?: string;
}

async function projectAndCandidate(trx: Db, organisationId: string, request: ApplicationUpsert) {
  const [projectId, candidate] = await Promise.all([
    projectIdByExternalId(trx, organisationId, request.projectExternalId),
    findCandidateByExternalId(trx, organisationId, request.candidateExternalId),
  ]);
  if (!projectId) throw invalidField('projectExternalId', 'names no project of your organisation; create it first with PUT /api/integration/projects/{externalId}.');
  if (!candidate) throw invalidField('candidateExternalId', 'names no candidate of your organisation; create them first with PUT /api/integration/candidates/{externalId}.');
  return { projectId, candidateId: candidate.id };
}

/**
 * Creates or updates the application the ATS knows by `externalId`, in one transaction. The candidate's application
 * to the project that a recruiter made by hand is taken over rather than doubled. An application never moves to
 * another project or candidate: that is another application, with an external id of its own.
 */
export async function upsertApplication(
  ctx: Context,
  caller: Caller,
  externalId: string,
  request: ApplicationUpsert,
): Promise<{ application: ExternalApplication; created: boolean }> {
  const now = ctx.clock.now();
  const organisationId = caller.organisation.id;
  const audit = (trx: Db, id: string, event: { action: string; before?: unknown; after: unknown }) =>
    recordAuditEvent(trx, { organisationId, actor: caller.actor, subject: { type: 'application', id }, ...event }, now);

  const created = await ctx.db.transaction().execute(async (trx) => {
    const pair = await projectAndCandidate(trx, organisationId, request);
    const existing = async () => {
      const rows = await lockApplicationsByExternalIdOrPair(trx, organisationId, externalId, pair);
      return rows.find((row) => row.externalId === externalId) ?? rows[0];
    };
    let current = await existing();
    if (!current) {
      const status = request.status ?? 'received';
      const submittedAt = request.submittedAt ? new Date(request.submittedAt) : now;
      const id = await insertApplicationIfNew(trx, { organisationId, externalId, ...pair, status, submittedAt });
      if (id) {
        await audit(trx, id, { action: 'application.created', after: { externalId, ...request, status, submittedAt: submittedAt.toISOString() } });
        return true;
      }
      current = await existing();
      if (!current) throw new Error('The application with an external id that conflicted is gone.');
    }
    if (current.externalId !== null && current.externalId !== externalId) {
      throw new AppError('conflict', `The candidate's application to this project already has another external id (${current.externalId}).`);
    }
    if (current.projectId !== pair.projectId || current.candidateId !== pair.candidateId) {
      throw new AppError('conflict', 'An application cannot move to another project or candidate; give that application an external id of its own.');
    }
    const changes = fieldChanges({ externalId: current.externalId, status: current.status }, { externalId, status: request.status });
    if (changes) {
      await updateExternalApplication(trx, organisationId, current.id, changes.after as { externalId?: string; status?: ApplicationStatus }, now);
      await audit(trx, current.id, { action: changes.after.status ? 'application.status_changed' : 'application.updated', ...changes });
    }
    return false;
  });
  return { application: (await findApplicationByExternalId(ctx.db, organisationId, externalId))!, created };
}
