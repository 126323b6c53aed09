import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiKey } from '../../../../test/support/api-keys.js';
import { createApplication, createOrganisation, createProject } from '../../../../test/support/factories.js';
import { createTestApp, organisationWithRecruiter, type TestApp } from '../../../../test/support/test-app.js';
import { TEST_ENGINE } from '../../../../test/support/test-database.js';

let test: TestApp;
beforeEach(async () => {
  test = await createTestApp();
});
afterEach(() => test.close());

async function openProject() {
  const { organisation, user, cookie } = await organisationWithRecruiter(test);
  const projectId = await createProject(test.ctx.db, organisation.id, user.id);
  const add = (payload: object, project = projectId) =>
    test.app.inject({ method: 'POST', url: `/api/projects/${project}/applications`, headers: { cookie }, payload });
  const upload = (action: 'preview' | 'import', file: string | Buffer, query = '') =>
    test.app.inject({
      method: 'POST',
      url: `/api/projects/${projectId}/applicant-import${action === 'preview' ? '/preview' : ''}${query}`,
      headers: { cookie, 'content-type': 'text/csv' },
      payload: file,
    });
  return { organisation, user, cookie, projectId, add, upload };
}

const applicationsOf = (projectId: string) =>
  test.ctx.db
    .selectFrom('applications')
    .innerJoin('candidates', 'candidates.id', 'applications.candidate_id')
    .select(['candidates.id as candidateId', 'first_name', 'last_name', 'email', 'mobile', 'language', 'status'])
    .where('project_id', '=', projectId)
    .orderBy('email')
    .execute();

describe(`Add applicant (POST /api/projects/:projectId/applications) on ${TEST_ENGINE}`, () => {
  it('adds a new candidate as a received application, with the mobile in E.164 read as Danish, and audit events', async () => {
    const { user, projectId, add } = await openProject();
    const response = await add({ firstName: 'Søren', lastName: 'Ågård', email: 'Soren@Mail.Example', mobile: '20 12 34 56', language: 'da' });

    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      candidateOutcome: 'new_candidate',
      application: { status: 'received', candidate: { firstName: 'Søren', lastName: 'Ågård', email: 'soren@mail.example', mobile: '+4520123456', language: 'da' } },
    });
    const { application } = response.json();
    const events = await test.ctx.db
      .selectFrom('audit_events')
      .select(['action', 'subject_id', 'actor_id', 'after_json'])
      .where('subject_type', 'in', ['candidate', 'application'])
      .orderBy('id')
      .execute();
    expect(events).toEqual([
      { action: 'candidate.created', subject_id: application.candidate.id, actor_id: user.id, after_json: '{"source":"by_hand"}' },
      {
        action: 'application.created',
        subject_id: application.id,
        actor_id: user.id,
        after_json: JSON.stringify({ projectId, candidateId: application.candidate.id, status: 'received', source: 'by_hand' }),
      },
    ]);
  });

  it("gives the organisation's default language when none is given", async () => {
    const { add } = await openProject();
    expect((await add({ firstName: 'Emma', lastName: 'Berg', email: 'emma@mail.example' })).json().application.candidate).toMatchObject({ language: 'da', mobile: null });
  });

  it('reuses a candidate of the organisation with the same email, as stored, and refuses the same candidate twice in one project', async () => {
    const { organisation, user, projectId, add } = await openProject();
    const otherProject = await createProject(test.ctx.db, organisation.id, user.id);
    const { candidate } = await createApplication(test.ctx.db, organisation.id, otherProject, { firstName: 'Ida', lastName: 'Møller', email: 'ida@mail.example' });

    const reused = await add({ firstName: 'Ida M.', lastName: 'Møller', email: 'IDA@mail.example ' });
    expect(reused.statusCode).toBe(201);
    expect(reused.json()).toMatchObject({ candidateOutcome: 'existing_candidate', application: { candidate: { id: candidate.id, firstName: 'Ida' } } });

    const twice = await add({ firstName: 'Ida', lastName: 'Møller', email: 'ida@mail.example' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error).toEqual({ code: 'conflict', message: 'A candidate with this email has already applied to this project.', details: { candidateId: candidate.id } });
    expect(await applicationsOf(projectId)).toHaveLength(1);
  });

  it('makes one candidate when the same new email is added to two projects at the same moment', async () => {
    const { organisation, user, add } = await openProject();
    const other = await createProject(test.ctx.db, organisation.id, user.id);
    const applicant = { firstName: 'Emma', lastName: 'Berg', email: 'emma@mail.example' };
    const answers = await Promise.all([add(applicant), add(applicant, other)]);
    expect(answers.map((answer) => answer.statusCode)).toEqual([201, 201]);
    expect(answers.map((answer) => answer.json().candidateOutcome).sort()).toEqual(['existing_candidate', 'new_candidate']);
    expect(await test.ctx.db.selectFrom('candidates').select('id').where('organisation_id', '=', organisation.id).execute()).toHaveLength(1);
  });

  it.each([
    [{ firstName: '', lastName: 'Berg', email: 'emma@mail.example' }, 'body.firstName is required.'],
    [{ firstName: 'Emma', lastName: 'Berg', email: 'emma.mail.example' }, 'body.email is not valid.'],
    [{ firstName: 'Emma', lastName: 'Berg', email: 'emma@mail.example', mobile: 'ring efter 16' }, 'body.mobile is not valid.'],
    [{ firstName: 'Emma', lastName: 'Berg', email: 'emma@mail.example', language: 'tlh' }, 'body.language is not a language Samtale speaks (da, en, sv or nb).'],
    [{ firstName: 'Emma', lastName: 'Berg' }, 'body.email is required.'],
  ])('refuses %j naming the field', async (payload, message) => {
    const { projectId, add } = await openProject();
    const response = await add(payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toBe(message);
    expect(await applicationsOf(projectId)).toEqual([]);
  });

  it("is 404 for another organisation's project, adding nothing", async () => {
    const { projectId } = await openProject();
    const { add } = await openProject();
    const response = await add({ firstName: 'Emma', lastName: 'Berg', email: 'emma@mail.example' }, projectId);
    expect(response.statusCode).toBe(404);
    expect(await applicationsOf(projectId)).toEqual([]);
  });
});

/** A Danish Excel "CSV (semikolonsepareret)" file: Windows-1252, CRLF, a quoted cell holding the separator and a line break. */
const DANISH_EXCEL = iconv.encode(
  [
    'Fornavn;Efternavn;E-mail;Mobil;Sprog;Noter',
    'Søren;Ågård;soren@mail.example;20 12 34 56;Dansk;"Ring; gerne\r\nefter kl. 16"',
    'Ærø;Bæk;aeroe@mail.example;;;',
    'Emma;Thompson;emma@mail.example;+44 7911 123456;English;',
    'Åse;Øst;ikke-en-mail;;;',
    'Ida;Møller;ida@mail.example;;da;',
    'Bo;Berg;bo@mail.example;123;Klingon;',
    '',
  ].join('\r\n'),
  'windows-1252',
);

describe(`CSV import (POST /api/projects/:projectId/applicant-import) on ${TEST_ENGINE}`, () => {
  it('previews every row of a Danish Excel export with what importing it will do, changing nothing', async () => {
    const { organisation, user, projectId, upload } = await openProject();
    const { candidate: ida } = await createApplication(test.ctx.db, organisation.id, projectId, { email: 'ida@mail.example' });
    const other = await createProject(test.ctx.db, organisation.id, user.id);
    const { candidate: emma } = await createApplication(test.ctx.db, organisation.id, other, { email: 'Emma@mail.example' });

    const response = await upload('preview', DANISH_EXCEL);

    expect(response.statusCode).toBe(200);
    const preview = response.json();
    expect(preview.counts).toEqual({ new_candidate: 2, existing_candidate: 1, already_in_project: 1, error: 2 });
    expect(preview.ignoredColumns).toEqual(['Noter']);
    expect(preview.rows.map((row: { rowNumber: number; outcome: string; candidateId: string | null }) => [row.rowNumber, row.outcome, row.candidateId])).toEqual([
      [2, 'new_candidate', null],
      [3, 'new_candidate', null],
      [4, 'existing_candidate', emma.id],
      [5, 'error', null],
      [6, 'already_in_project', ida.id],
      [7, 'error', null],
    ]);
    expect(preview.rows[0].values).toEqual({ firstName: 'Søren', lastName: 'Ågård', email: 'soren@mail.example', mobile: '20 12 34 56', language: 'Dansk' });
    expect(preview.rows[3].problems).toEqual([{ field: 'email', problem: 'invalid' }]);
    expect(preview.rows[5].problems).toEqual([{ field: 'mobile', problem: 'invalid' }, { field: 'language', problem: 'unknown' }]);
    expect(await applicationsOf(projectId)).toHaveLength(1);
  });

  it('imports the rows the preview says, in one go, and not the rows with errors', async () => {
    const { organisation, user, projectId, upload } = await openProject();
    await createApplication(test.ctx.db, organisation.id, projectId, { firstName: 'Ida', email: 'ida@mail.example' });
    const preview = (await upload('preview', DANISH_EXCEL)).json();

    const response = await upload('import', DANISH_EXCEL, `?planId=${preview.planId}`);

    expect(response.statusCode).toBe(200);
    const result = response.json();
    expect(result).toMatchObject({ imported: 3, planId: preview.planId, counts: preview.counts, rows: preview.rows });
    expect((await applicationsOf(projectId)).map((row) => [row.first_name, row.last_name, row.email, row.mobile, row.language, row.status])).toEqual([
      ['Ærø', 'Bæk', 'aeroe@mail.example', null, 'da', 'received'],
      ['Emma', 'Thompson', 'emma@mail.example', '+447911123456', 'en', 'received'],
      ['Ida', expect.any(String), 'ida@mail.example', null, 'da', 'received'],
      ['Søren', 'Ågård', 'soren@mail.example', '+4520123456', 'da', 'received'],
    ]);
    const summary = await test.ctx.db.selectFrom('audit_events').select(['actor_id', 'after_json']).where('action', '=', 'project.applicants_imported').executeTakeFirstOrThrow();
    expect(summary).toEqual({
      actor_id: user.id,
      after_json: JSON.stringify({ rows: 6, imported: 3, new_candidate: 3, existing_candidate: 0, already_in_project: 1, error: 2 }),
    });
  });

  it('imports the same file twice as once: the second time every row is already in the project', async () => {
    const { projectId, upload } = await openProject();
    await upload('import', DANISH_EXCEL);
    const again = (await upload('import', DANISH_EXCEL)).json();
    expect(again.imported).toBe(0);
    expect(again.counts).toEqual({ new_candidate: 0, existing_candidate: 0, already_in_project: 4, error: 2 });
    expect(await applicationsOf(projectId)).toHaveLength(4);
  });

  it('refuses an import whose file would now be imported otherwise than previewed, importing nothing', async () => {
    const { projectId, upload, add } = await openProject();
    const preview = (await upload('preview', DANISH_EXCEL)).json();
    await add({ firstName: 'Søren', lastName: 'Ågård', email: 'soren@mail.example' });

    const response = await upload('import', DANISH_EXCEL, `?planId=${preview.planId}`);

    expect(response.statusCode).toBe(409);
    expect(response.json().error.message).toBe('The applicants of the file have changed since the preview; preview it again.');
    expect(await applicationsOf(projectId)).toHaveLength(1);
  });

  it('reads UTF-8 with a byte order mark and comma separators, with English headings', async () => {
    const { upload } = await openProject();
    const file = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Email,First name,Last name\r\n"soren@mail.example","Søren","Ågård, jr."\r\n')]);
    const preview = (await upload('preview', file)).json();
    expect(preview.rows[0].values).toMatchObject({ firstName: 'Søren', lastName: 'Ågård, jr.', email: 'soren@mail.example', mobile: '', language: '' });
  });

  it.each([
    ['Navn;Mobil\r\nSøren;20123456\r\n', 'body The file has no column for firstName, lastName, email.'],
    ['Fornavn;Efternavn;E-mail\r\n', 'body The file has a header but no rows.'],
    ['', 'body The file has no header row.'],
    ['Fornavn;Efternavn;E-mail\r\n"Søren;Ågård;soren@mail.example\r\n', 'body The file cannot be read as CSV (at line 3).'],
    ['Fornavn;Efternavn;E-mail\r\nSø\u0000ren;Ågård;soren@mail.example\r\n', 'must not contain the NUL character (U+0000).'],
  ])('refuses a file it cannot import as a whole: %j', async (file, message) => {
    const { upload } = await openProject();
    for (const action of ['preview', 'import'] as const) {
      const response = await upload(action, file);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.message).toContain(message);
    }
  });

  it('refuses a body that is not sent as text/csv, and a file over 5 MB', async () => {
    const { cookie, projectId } = await openProject();
    const url = `/api/projects/${projectId}/applicant-import/preview`;
    const json = await test.app.inject({ method: 'POST', url, headers: { cookie }, payload: { csv: 'Fornavn' } });
    expect(json.statusCode).toBe(400);
    expect(json.json().error.message).toBe('body must be the CSV file itself, sent with Content-Type: text/csv.');
    const plain = await test.app.inject({ method: 'POST', url, headers: { cookie, 'content-type': 'text/plain' }, payload: 'Fornavn;Efternavn;E-mail\nA;B;a@b.example' });
    expect(plain.statusCode).toBe(400);
    const huge = await test.app.inject({ method: 'POST', url, headers: { cookie, 'content-type': 'text/csv' }, payload: 'x'.repeat(5 * 1024 * 1024 + 1) });
    expect(huge.statusCode).toBe(413);
  });
});

describe(`Projects and applicants in with an API key on ${TEST_ENGINE}`, () => {
  it("lets an ATS's write key create a project owned by the key's administrator and import applicants into it, acting as the key", async () => {
    const organisation = await createOrganisation(test.ctx.db);
    const { id: keyId, admin, authorization } = await createApiKey(test, organisation.id, 'write');
    const created = await test.app.inject({ method: 'POST', url: '/api/projects', headers: { authorization }, payload: { title: 'Tømrer' } });
    expect(created.statusCode).toBe(201);
    expect(created.json().owner.id).toBe(admin.id);

    const imported = await test.app.inject({
      method: 'POST',
      url: `/api/projects/${created.json().id}/applicant-import`,
      headers: { authorization, 'content-type': 'text/csv' },
      payload: DANISH_EXCEL,
    });
    expect(imported.json().imported).toBe(4);
    const actors = await test.ctx.db.selectFrom('audit_events').select(['actor_type', 'actor_id']).distinct().where('subject_type', 'in', ['project', 'application']).execute();
    expect(actors).toEqual([{ actor_type: 'api_key', actor_id: keyId }]);
  });

  it('refuses a read key (403), adding nothing', async () => {
    const organisation = await createOrganisation(test.ctx.db);
    const { authorization } = await createApiKey(test, organisation.id, 'read');
    const response = await test.app.inject({ method: 'POST', url: '/api/projects', headers: { authorization }, payload: { title: 'Tømrer' } });
    expect(response.statusCode).toBe(403);
    expect(await test.ctx.db.selectFrom('projects').select('id').execute()).toEqual([]);
  });
});
