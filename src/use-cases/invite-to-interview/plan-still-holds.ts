import type { Db } from '../../db/database.js';
import { lockApplicationStatuses } from '../../db/repositories/applications.js';
import { lockProjectStatus } from '../../db/repositories/projects.js';
import { deactivatedUserIds } from '../../db/repositories/users.js';
import type { ApplicationWithCandidate } from '../../domain/application.js';
import type { Project } from '../../domain/project.js';
import type { User } from '../../domain/user.js';

/** What a plan to invite applicants was decided on. */
export interface InvitationGrounds {
  organisationId: string;
  project: Project;
  recruiters: User[];
  applications: ApplicationWithCandidate[];
}

/**
 * Whether an invitation planned outside the transaction may still be written as planned: the project is as it was,
 * every application still has the status it was planned with (none has withdrawn meanwhile), and no participating
 * recruiter has been deactivated. The project and the applications stay locked until the transaction ends.
 */
export async function invitationGroundsHold(trx: Db, grounds: InvitationGrounds): Promise<boolean> {
  const { organisationId, project, recruiters, applications } = grounds;
  if ((await lockProjectStatus(trx, organisationId, project.id)) !== project.status) return false;
  const statuses = new Map((await lockApplicationStatuses(trx, organisationId, applications.map((a) => a.id))).map((row) => [row.id, row.status]));
  if (applications.some((application) => statuses.get(application.id) !== application.status)) return false;
  return (await deactivatedUserIds(trx, organisationId, recruiters.map((recruiter) => recruiter.id))).size === 0;
}
