import { insertApplication } from '../../src/db/repositories/applications.js';
import { insertCandidate } from '../../src/db/repositories/candidates.js';
import { insertOrganisation } from '../../src/db/repositories/organisations.js';
import { insertProject } from '../../src/db/repositories/projects.js';
import { insertUser } from '../../src/db/repositories/users.js';
import type { Db } from '../../src/db/database.js';
import type { ApplicationStatus } from '../../src/domain/application-status.js';
import type { Candidate } from '../../src/domain/candidate.js';
import type { Organisation } from '../../src/domain/organisation.js';
import type { ProjectStatus } from '../../src/domain/project.js';
import type { Role, User } from '../../src/domain/user.js';
import { hashPassword } from '../../src/security/password.js';

export const TEST_PASSWORD = 'correct horse battery staple';
// Hashing is deliberately slow; one hash serves every test user.
const passwordHash = await hashPassword(TEST_PASSWORD);
let sequence = 0;
const next = () => ++sequence;
const at = new Date('2026-01-05T10:00:00.000Z');

export function createOrganisation(db: Db, overrides: Partial<Omit<Organisation, 'id'>> = {}): Promise<Organisation> {
  const n = next();
  return insertOrganisation(
    db,
    {
      name: `Organisation ${n}`,
      timeZone: 'Europe/Copenhagen',
      defaultLanguage: 'da',
      languages: ['da', 'en', 'sv', 'nb'],
      smsEnabled: true,
      defaultSenderAddress: `jobs${n}@org.example`,
      ...overrides,
    },
    at,
  );
}

export function createUser(
  db: Db,
  organisationId: string,
  overrides: Partial<{ name: string; email: string; role: Role; smsAccess: boolean }> = {},
): Promise<User> {
  const n = next();
  return insertUser(
    db,
    { organisationId, name: `Recruiter ${n}`, email: `recruiter${n}@org.example`, role: 'recruiter', smsAccess: false, passwordHash, ...overrides },
    at,
  );
}

export function createProject(
  db: Db,
  organisationId: string,
  ownerId: string,
  overrides: Partial<{ title: string; reference: string; status: ProjectStatus; createdAt: Date }> = {},
): Promise<string> {
  const n = next();
  const { createdAt = at, ...rest } = overrides;
  return insertProject(db, { organisationId, ownerId, title: `Project ${n}`, reference: `REF-${n}`, status: 'open', ...rest }, createdAt);
}

export async function createApplication(
  db: Db,
  organisationId: string,
  projectId: string,
  overrides: Partial<Omit<Candidate, 'id'>> & { status?: ApplicationStatus; submittedAt?: Date } = {},
): Promise<{ applicationId: string; candidate: Candidate }> {
  const n = next();
  const { status = 'received', submittedAt = at, ...candidateFields } = overrides;
  const candidate = await insertCandidate(
    db,
    organisationId,
    { firstName: `First${n}`, lastName: `Last${n}`, email: `candidate${n}@mail.example`, mobile: null, language: 'da', ...candidateFields },
    at,
  );
  const application = await insertApplication(db, { organisationId, projectId, candidateId: candidate.id, status, submittedAt });
  return { applicationId: application.id, candidate };
}

/** The email address of an application's candidate, to find what reached them. */
export async function candidateEmailOf(db: Db, applicationId: string): Promise<string> {
  const row = await db
    .selectFrom('applications')
    .innerJoin('candidates', 'candidates.id', 'applications.candidate_id')
    .select('candidates.email')
    .where('applications.id', '=', applicationId)
    .executeTakeFirstOrThrow();
  return row.email;
}
