import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApplication, createOrganisation, createProject, createUser } from '../../../test/support/factories.js';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../../../test/support/test-database.js';
import type { ApplicationQuery } from '../../domain/application.js';
import { listProjectApplications } from './applications.js';

let database: TestDatabase;
beforeEach(async () => {
  database = await createTestDatabase();
});
afterEach(() => database.close());

/** A project of seven applicants, five of them called Hansen, and a second project with a Hansen of its own. */
async function project() {
  const db = database.db;
  const organisation = await createOrganisation(db);
  const recruiter = await createUser(db, organisation.id);
  const projectId = await createProject(db, organisation.id, recruiter.id);
  const otherProjectId = await createProject(db, organisation.id, recruiter.id);
  const lastNames = ['Hansen', 'Hansen', 'Nielsen', 'Hansen', 'Jensen', 'Hansen', 'Hansen'];
  for (const [index, lastName] of lastNames.entries()) {
    await createApplication(db, organisation.id, projectId, { firstName: `Kandidat${index}`, lastName, submittedAt: new Date(Date.UTC(2026, 0, 1 + index)) });
  }
  await createApplication(db, organisation.id, otherProjectId, { firstName: 'Anden', lastName: 'Hansen' });
  const list = (query: Partial<ApplicationQuery>) =>
    listProjectApplications(db, organisation.id, projectId, { sort: 'submittedAt', descending: false, limit: 2, offset: 0, ...query });
  return { list };
}

describe(`listProjectApplications on ${TEST_ENGINE}`, () => {
  it('counts every application matching a search on each of its pages, and on a page past the last', async () => {
    const { list } = await project();
    const pages = await Promise.all([0, 2, 4, 6].map((offset) => list({ search: 'HANSEN', offset })));
    expect(pages.map((page) => page.total)).toEqual([5, 5, 5, 5]);
    expect(pages.map((page) => page.items.map((item) => item.candidate.firstName))).toEqual([
      ['Kandidat0', 'Kandidat1'],
      ['Kandidat3', 'Kandidat5'],
      ['Kandidat6'],
      [],
    ]);
  });

  it('counts no applications for a search that matches none, and every one without a search', async () => {
    const { list } = await project();
    expect(await list({ search: 'ingen' })).toEqual({ items: [], total: 0 });
    expect(await list({ search: 'ingen', offset: 4 })).toEqual({ items: [], total: 0 });
    expect((await list({ offset: 10 })).total).toBe(7);
    expect((await list({ statuses: ['received'], offset: 10 })).total).toBe(7);
  });

  it('matches every word of a search anywhere in the name, email or mobile, as plain text', async () => {
    const { list } = await project();
    expect((await list({ search: 'kandidat3 hansen', limit: 50 })).items.map((item) => item.candidate.firstName)).toEqual(['Kandidat3']);
    expect((await list({ search: 'ansen kandidat', limit: 50 })).total).toBe(5);
    expect((await list({ search: 'hans_n', limit: 50 })).total).toBe(0);
    expect((await list({ search: 'hans%', limit: 50 })).total).toBe(0);
  });
});
