import type { Context } from '../context.js';
import { recordAuditEvents } from '../db/repositories/audit-events.js';
import { insertApplication } from '../db/repositories/applications.js';
import { insertCandidate } from '../db/repositories/candidates.js';
import { countOrganisations, insertOrganisation } from '../db/repositories/organisations.js';
import { insertProject } from '../db/repositories/projects.js';
import { insertUser } from '../db/repositories/users.js';
import { SYSTEM_ACTOR, type AuditEventInput } from '../domain/audit-event.js';
import { normaliseMobileNumber } from '../domain/mobile-number.js';
import type { User } from '../domain/user.js';
import { hashPassword } from '../security/password.js';
import { scheduleDemoInterviews, type DemoOrganisation } from './demo-interviews.js';
import { DEMO_APPLICANTS, DEMO_ORGANISATION, DEMO_PROJECTS, DEMO_RECRUITERS, type ProjectKey, type RecruiterKey } from './demo-data.js';

const DAY_MS = 24 * 60 * 60 * 1000;

function mobileOf(written: string | null): string | null {
  if (written === null) return null;
  const result = normaliseMobileNumber(written);
  if (!result.ok) throw new Error(`Demo data holds an invalid mobile number: ${written}`);
  return result.e164;
}

/**
 * Fills an empty database with the demo organisation. Returns false, and changes nothing, when the
 * database already holds an organisation (a restart, or another process that seeded first).
 */
export async function seedDemoData(ctx: Context, password: string, publicUrl: URL): Promise<boolean> {
  if ((await countOrganisations(ctx.db)) > 0) return false;
  const passwordHash = await hashPassword(password);
  const now = ctx.clock.now();
  const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);

  let seeded: DemoOrganisation;
  try {
    seeded = await ctx.db.transaction().execute(async (trx) => {
      const organisation = await insertOrganisation(trx, { ...DEMO_ORGANISATION, languages: [...DEMO_ORGANISATION.languages] }, ago(90));
      const recruiters = new Map<RecruiterKey, User>();
      for (const recruiter of DEMO_RECRUITERS) {
        recruiters.set(recruiter.key, await insertUser(trx, { ...recruiter, organisationId: organisation.id, passwordHash }, ago(90)));
      }
      const projects = new Map<ProjectKey, string>();
      for (const project of DEMO_PROJECTS) {
        const ownerId = recruiters.get(project.owner)!.id;
        projects.set(project.key, await insertProject(trx, { ...project, organisationId: organisation.id, ownerId }, ago(project.daysAgo)));
      }
      const events: AuditEventInput[] = [];
      const applications: DemoOrganisation['applications'] = [];
      for (const [firstName, lastName, email, mobile, language, projectKey, status, daysAgo] of DEMO_APPLICANTS) {
        const candidate = await insertCandidate(trx, organisation.id, { firstName, lastName, email, mobile: mobileOf(mobile), language }, ago(daysAgo));
        const application = await insertApplication(trx, {
          organisationId: organisation.id,
          projectId: projects.get(projectKey)!,
          candidateId: candidate.id,
          status,
          submittedAt: ago(daysAgo),
        });
        applications.push({ id: application.id, project: projectKey, firstName, status });
        events.push({
          organisationId: organisation.id,
          actor: SYSTEM_ACTOR,
          subject: { type: 'application', id: application.id },
          action: 'application.imported',
          after: { status },
        });
      }
      await recordAuditEvents(trx, events, now);
      return { organisation, recruiters, projects, applications };
    });
  } catch (error) {
    // Two processes starting on one empty PostgreSQL: the unique emails let only one seed.
    if ((await countOrganisations(ctx.db)) > 0) return false;
    throw error;
  }
  await scheduleDemoInterviews(ctx, publicUrl, seeded);
  return true;
}
