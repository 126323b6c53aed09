import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApplication, createProject } from '../../../../test/support/factories.js';
import { createTestApp, organisationWithRecruiter, type TestApp } from '../../../../test/support/test-app.js';
import { TEST_ENGINE } from '../../../../test/support/test-database.js';

let test: TestApp;
beforeEach(async () => {
  test = await createTestApp();
});
afterEach(() => test.close());

describe(`GET /api/projects on ${TEST_ENGINE}`, () => {
  it('lists every project of the organisation, newest first, with applications counted per status', async () => {
    const { organisation, user, cookie } = await organisationWithRecruiter(test);
    const db = test.ctx.db;
    const older = await createProject(db, organisation.id, user.id, { title: 'Tømrer', createdAt: new Date('2026-01-01T00:00:00Z') });
    const newer = await createProject(db, organisation.id, user.id, { title: 'Elektriker', status: 'closed', createdAt: new Date('2026-02-01T00:00:00Z') });
    await createApplication(db, organisation.id, older, { status: 'received' });
    await createApplication(db, organisation.id, older, { status: 'received' });
    await createApplication(db, organisation.id, older, { status: 'withdrawn' });

    const response = await test.app.inject({ url: '/api/projects', headers: { cookie } });

    expect(response.statusCode).toBe(200);
    const items = response.json().items;
    expect(items.map((p: { title: string }) => p.title)).toEqual(['Elektriker', 'Tømrer']);
    expect(items[0]).toMatchObject({ id: newer, status: 'closed', owner: { id: user.id, name: user.name }, applicationCounts: { total: 0, received: 0 } });
    expect(items[1].applicationCounts).toEqual({
      received: 2,
      in_review: 0,
      invited_to_interview: 0,
      interviewed: 0,
      offer: 0,
      hired: 0,
      rejected: 0,
      withdrawn: 1,
      total: 3,
    });
  });

  it('gives each project exactly its id, title, reference, status, owner, creation time and counts, as the web app reads them', async () => {
    const { organisation, user, cookie } = await organisationWithRecruiter(test);
    const project = await createProject(test.ctx.db, organisation.id, user.id, { title: 'Tømrer', reference: 'T-7', createdAt: new Date('2026-01-01T00:00:00Z') });
    await createApplication(test.ctx.db, organisation.id, project, { status: 'hired' });

    const response = await test.app.inject({ url: '/api/projects', headers: { cookie } });

    expect(response.json()).toEqual({
      items: [
        {
          id: project,
          title: 'Tømrer',
          reference: 'T-7',
          status: 'open',
          owner: { id: user.id, name: user.name },
          createdAt: '2026-01-01T00:00:00.000Z',
          applicationCounts: { received: 0, in_review: 0, invited_to_interview: 0, interviewed: 0, offer: 0, hired: 1, rejected: 0, withdrawn: 0, total: 1 },
        },
      ],
    });
  });

  it('is 401 without a session', async () => {
    expect((await test.app.inject({ url: '/api/projects' })).statusCode).toBe(401);
  });
});

describe(`GET /api/projects/:projectId on ${TEST_ENGINE}`, () => {
  it('returns the project', async () => {
    const { organisation, user, cookie } = await organisationWithRecruiter(test);
    const projectId = await createProject(test.ctx.db, organisation.id, user.id, { title: 'Lagerchef', reference: 'LC-7' });
    const response = await test.app.inject({ url: `/api/projects/${projectId}`, headers: { cookie } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: projectId, title: 'Lagerchef', reference: 'LC-7', status: 'open', owner: { id: user.id } });
  });

  it('is 404 for an id that does not exist or is not an id at all', async () => {
    const { cookie } = await organisationWithRecruiter(test);
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const response = await test.app.inject({ url: `/api/projects/${id}`, headers: { cookie } });
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('not_found');
    }
  });
});

describe(`GET /api/projects/:projectId/applications on ${TEST_ENGINE}`, () => {
  async function projectWithApplicants() {
    const { organisation, user, cookie } = await organisationWithRecruiter(test);
    const db = test.ctx.db;
    const projectId = await createProject(db, organisation.id, user.id);
    const day = (n: number) => new Date(Date.UTC(2026, 0, n));
    const applicants = [
      { firstName: 'Søren', lastName: 'Ågård', email: 'soren@mail.example', mobile: '+4520123456', language: 'da', status: 'received', submittedAt: day(3) },
      { firstName: 'Emma', lastName: 'Thompson', email: 'emma@mail.example', mobile: null, language: 'en', status: 'in_review', submittedAt: day(1) },
      { firstName: 'Ærø', lastName: 'Bæk', email: 'aeroe@mail.example', mobile: '+4521000000', language: 'da', status: 'received', submittedAt: day(5) },
      { firstName: 'Astrid', lastName: 'Lindgren', email: 'astrid_100%@mail.example', mobile: '+46701234567', language: 'sv', status: 'rejected', submittedAt: day(2) },
      { firstName: 'Ingrid', lastName: 'Haugen', email: 'ingrid@mail.example', mobile: '+4741234567', language: 'nb', status: 'withdrawn', submittedAt: day(4) },
    ] as const;
    for (const applicant of applicants) await createApplication(db, organisation.id, projectId, applicant);
    const list = async (query = '') => {
      const response = await test.app.inject({ url: `/api/projects/${projectId}/applications${query}`, headers: { cookie } });
      return response;
    };
    const names = async (query = '') => (await list(query)).json().items.map((item: { candidate: { firstName: string } }) => item.candidate.firstName);
    return { list, names };
  }

  it("lists candidates' name, email, mobile, language and application status, newest first", async () => {
    const { list } = await projectWithApplicants();
    const response = await list();
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ page: 1, pageSize: 50, total: 5 });
    expect(body.items[0]).toMatchObject({
      status: 'received',
      submittedAt: '2026-01-05T00:00:00.000Z',
      candidate: { firstName: 'Ærø', lastName: 'Bæk', email: 'aeroe@mail.example', mobile: '+4521000000', language: 'da' },
    });
    expect(body.items[4].candidate).toMatchObject({ firstName: 'Emma', mobile: null, language: 'en' });
  });

  it('filters by one status or several', async () => {
    const { names } = await projectWithApplicants();
    expect(await names('?status=received')).toEqual(['Ærø', 'Søren']);
    expect(await names('?status=rejected&status=withdrawn')).toEqual(['Ingrid', 'Astrid']);
  });

  it('searches name, email and mobile without regard to case, æ, ø and å included', async () => {
    const { names } = await projectWithApplicants();
    expect(await names('?q=ÅGÅRD')).toEqual(['Søren']);
    expect(await names('?q=ærø')).toEqual(['Ærø']);
    expect(await names('?q=emma%40mail')).toEqual(['Emma']);
    expect(await names('?q=%2B4741')).toEqual(['Ingrid']);
    expect(await names('?q=astrid%20lindgren')).toEqual(['Astrid']);
    expect(await names('?q=nobody')).toEqual([]);
  });

  it('treats % and _ in a search as plain characters', async () => {
    const { names } = await projectWithApplicants();
    expect(await names('?q=_100%25')).toEqual(['Astrid']);
    expect(await names('?q=%25')).toEqual(['Astrid']);
  });

  it('combines search and status filter, and counts the total of the filtered set', async () => {
    const { list } = await projectWithApplicants();
    const body = (await list('?status=received&q=s%C3%B8ren')).json();
    expect(body.total).toBe(1);
    expect(body.items[0].candidate.firstName).toBe('Søren');
  });

  it('sorts by name, status or submission time, either way', async () => {
    const { names } = await projectWithApplicants();
    expect(await names('?sort=name')).toEqual(['Ærø', 'Ingrid', 'Astrid', 'Emma', 'Søren']);
    expect(await names('?sort=-name')).toEqual(['Søren', 'Emma', 'Astrid', 'Ingrid', 'Ærø']);
    expect(await names('?sort=submittedAt')).toEqual(['Emma', 'Astrid', 'Søren', 'Ingrid', 'Ærø']);
  });

  it('sorts by status in the order of the recruitment process, then by name', async () => {
    const { names } = await projectWithApplicants();
    expect(await names('?sort=status')).toEqual(['Ærø', 'Søren', 'Emma', 'Astrid', 'Ingrid']);
    expect(await names('?sort=-status')).toEqual(['Ingrid', 'Astrid', 'Emma', 'Søren', 'Ærø']);
  });

  it('pages through the list with the total on every page', async () => {
    const { list } = await projectWithApplicants();
    const pages = await Promise.all([1, 2, 3].map((page) => list(`?sort=submittedAt&pageSize=2&page=${page}`)));
    const bodies = pages.map((response) => response.json());
    expect(bodies.map((body) => body.total)).toEqual([5, 5, 5]);
    expect(bodies.map((body) => body.items.map((item: { candidate: { firstName: string } }) => item.candidate.firstName))).toEqual([
      ['Emma', 'Astrid'],
      ['Søren', 'Ingrid'],
      ['Ærø'],
    ]);
    expect(bodies[2]).toMatchObject({ page: 3, pageSize: 2 });
  });

  it.each([
    ['?status=hired_yesterday', 'querystring.status'],
    ['?sort=age', 'querystring.sort'],
    ['?page=0', 'querystring.page'],
    ['?pageSize=201', 'querystring.pageSize'],
    ['?pageSize=ten', 'querystring.pageSize'],
    ['?colour=blue', 'querystring.colour'],
    ['?page=1e309', 'querystring.page must be a finite number'],
    ['?pageSize=1e309', 'querystring.pageSize must be a finite number'],
    ['?pageSize=Infinity', 'querystring.pageSize must be a finite number'],
    ['?page=99999999999999999999', 'querystring.page must be <= 1000000'],
    ['?page=1000001', 'querystring.page must be <= 1000000'],
    ['?q=Ann%00', 'querystring.q must not contain the NUL character'],
  ])('refuses %s naming %s', async (query, field) => {
    const { list } = await projectWithApplicants();
    const response = await list(query);
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'validation_failed' });
    expect(response.json().error.message).toContain(field);
  });

  it('is 404 for a project that does not exist', async () => {
    const { cookie } = await organisationWithRecruiter(test);
    const response = await test.app.inject({ url: '/api/projects/00000000-0000-4000-8000-000000000000/applications', headers: { cookie } });
    expect(response.statusCode).toBe(404);
  });
});
