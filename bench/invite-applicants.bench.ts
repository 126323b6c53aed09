import { bench, describe } from 'vitest';
import { createApplication, createOrganisation, createProject, createUser } from '../test/support/factories.js';
import { ManualClock } from '../test/support/manual-clock.js';
import { createTestDatabase } from '../test/support/test-database.js';
import { sendInvitations } from '../src/use-cases/invite-to-interview/send.js';
import { DEFAULT_INVITATION_TEMPLATES } from '../src/domain/invitation-templates.js';

/**
 * How long "Send" takes for a large bulk invitation: plan, render every email and calendar file, and write it
 * all in one transaction. Run with `npm run bench`; the engine follows TEST_DATABASE_URL as in the tests.
 */
const APPLICANTS = 1000;
const database = await createTestDatabase();
const db = database.db;
const organisation = await createOrganisation(db);
const recruiter = await createUser(db, organisation.id);
const session = { user: recruiter, organisation };
const clock = new ManualClock('2026-03-02T08:00:00Z');
const ctx = { db, clock, secret: 'bench-secret-bench-secret-bench-secret' };
const publicUrl = new URL('https://samtale.example');

async function freshProject(): Promise<{ projectId: string; applicationIds: string[] }> {
  const projectId = await createProject(db, organisation.id, recruiter.id);
  const languages = ['da', 'en', 'sv', 'nb'];
  const applicationIds: string[] = [];
  for (let i = 0; i < APPLICANTS; i++) {
    applicationIds.push((await createApplication(db, organisation.id, projectId, { language: languages[i % 4]! })).applicationId);
  }
  return { projectId, applicationIds };
}

describe(`invite ${APPLICANTS} applicants`, () => {
  let round: { projectId: string; applicationIds: string[] };
  bench(
    'send, phone interviews back to back, emails in four languages',
    async () => {
      await sendInvitations(ctx, publicUrl, session, round.projectId, {
        applicationIds: round.applicationIds,
        interview: { type: 'phone', recruiterIds: [recruiter.id], date: '2026-03-10', time: '08:00', durationMinutes: 5 },
        email: { action: 'send_email', variants: DEFAULT_INVITATION_TEMPLATES },
      });
    },
    {
      iterations: 3,
      setup: async () => {
        round = await freshProject();
      },
    },
  );
});
