import type { Context } from '../context.js';
import { lockApplicationStatuses, setApplicationStatus } from '../db/repositories/applications.js';
import { recordAuditEvents } from '../db/repositories/audit-events.js';
import type { ApplicationStatus } from '../domain/application-status.js';
import { statusChangeOutcome, type StatusChangeOutcome } from '../domain/application-status-change.js';
import type { Actor } from '../domain/audit-event.js';
import { notFound } from '../errors.js';

export interface StatusChangeRequest {
  organisationId: string;
  actor: Actor;
  applicationIds: string[];
  status: ApplicationStatus;
  /** Change applications the candidate withdrew as well; without it they keep "withdrawn". */
  reopenWithdrawn: boolean;
}

export interface ChangedApplication {
  id: string;
  status: ApplicationStatus;
  outcome: StatusChangeOutcome;
}

/**
 * "Status for the project" after an interview, for one applicant or all of a group: in one transaction every
 * application that really changes, with an audit event each. An id the organisation does not have changes nothing.
 */
export async function changeApplicationStatus(ctx: Context, request: StatusChangeRequest): Promise<ChangedApplication[]> {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const current = new Map(
      (await lockApplicationStatuses(trx, request.organisationId, request.applicationIds)).map((row) => [row.id, row.status]),
    );
    if (current.size !== request.applicationIds.length) throw notFound('The application');

    const answer = request.applicationIds.map((id) => {
      const before = current.get(id)!;
      const outcome = statusChangeOutcome(before, request.status, { reopenWithdrawn: request.reopenWithdrawn });
      return { id, before, outcome, status: outcome === 'changed' ? request.status : before };
    });
    const changed = answer.filter((application) => application.outcome === 'changed');
    await setApplicationStatus(trx, request.organisationId, changed.map((application) => application.id), request.status, now);
    await recordAuditEvents(
      trx,
      changed.map((application) => ({
        organisationId: request.organisationId,
        actor: request.actor,
        subject: { type: 'application', id: application.id },
        action: 'application.status_changed',
        before: { status: application.before },
        after: { status: request.status },
      })),
      now,
    );
    return answer.map(({ id, status, outcome }) => ({ id, status, outcome }));
  });
}
