import { createApplication, createOrganisation, createProject, createUser } from './factories.js';
import { logInAs, type TestApp } from './test-app.js';

/**
 * Nordhavn Byg A/S with two recruiters, Anna Holm (administrator, signed in: `cookie`) and Bo Lindqvist, and one
 * recruitment project of `title`; `applicant` adds an application to it.
 */
export async function recruitmentProject(test: TestApp, title = 'Bogholder') {
  const db = test.ctx.db;
  const organisation = await createOrganisation(db, { name: 'Nordhavn Byg A/S', defaultSenderAddress: 'job@nordhavn.example' });
  const anna = await createUser(db, organisation.id, { name: 'Anna Holm', email: 'anna@nordhavn.example', role: 'admin' });
  const bo = await createUser(db, organisation.id, { name: 'Bo Lindqvist', email: 'bo@nordhavn.example' });
  const projectId = await createProject(db, organisation.id, anna.id, { title });
  const applicant = (firstName: string, language = 'da', extra: Parameters<typeof createApplication>[3] = {}) =>
    createApplication(db, organisation.id, projectId, { firstName, lastName: 'Test', language, ...extra });
  const cookie = await logInAs(test.app, anna.email);
  return { organisation, anna, bo, projectId, applicant, cookie };
}

export type RecruitmentProject = Awaited<ReturnType<typeof recruitmentProject>>;
