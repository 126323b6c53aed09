import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApplication, createProject } from '../../../../test/support/factories.js';
import { createTestApp, organisationWithRecruiter, type TestApp } from '../../../../test/support/test-app.js';
import { TEST_ENGINE } from '../../../../test/support/test-database.js';

const ROWS = 5000;

/** Counts the statements sent to the database, to show an import of thousands takes a few, not one per row. */
function statementCounter(): KyselyPlugin & { count: number } {
  return {
    count: 0,
    transformQuery(args) {
      this.count += 1;
      return args.node;
    },
    async transformResult(args) {
      return args.result;
    },
  };
}

let test: TestApp;
beforeAll(async () => {
  test = await createTestApp();
});
afterAll(() => test.close());

describe(`A CSV import of ${ROWS} applicants on ${TEST_ENGINE}`, () => {
  it('is previewed and imported in a few seconds with a few dozen statements, none per row', { timeout: 60_000 }, async () => {
    const { organisation, user, cookie } = await organisationWithRecruiter(test);
    const projectId = await createProject(test.ctx.db, organisation.id, user.id);
    // A tenth of the file are candidates the organisation has already.
    for (let i = 0; i < ROWS; i += 10) await createApplication(test.ctx.db, organisation.id, await createProject(test.ctx.db, organisation.id, user.id), { email: `ansøger${i}@mail.example`.replace('ø', 'o') });
    const lines = Array.from({ length: ROWS }, (_, i) => `Fornavn${i};Æblesø ${i};ansoger${i}@mail.example;+45 2012 ${String(i).padStart(4, '0')};${['da', 'en', 'Svensk', 'Norsk'][i % 4]}`);
    const file = ['Fornavn;Efternavn;E-mail;Mobil;Sprog', ...lines].join('\r\n');
    const upload = (url: string) => test.app.inject({ method: 'POST', url: `/api/projects/${projectId}/${url}`, headers: { cookie, 'content-type': 'text/csv' }, payload: file });

    const counter = statementCounter();
    test.ctx.db = test.ctx.db.withPlugin(counter);
    const startedAt = performance.now();
    const preview = await upload('applicant-import/preview');
    const previewSeconds = (performance.now() - startedAt) / 1000;
    const previewStatements = counter.count;
    const imported = await upload(`applicant-import?planId=${preview.json().planId}`);
    const totalSeconds = (performance.now() - startedAt) / 1000;

    expect(preview.json().counts).toEqual({ new_candidate: ROWS * 0.9, existing_candidate: ROWS * 0.1, already_in_project: 0, error: 0 });
    expect(imported.json().imported).toBe(ROWS);
    const stored = await test.ctx.db.selectFrom('applications').select((eb) => eb.fn.countAll<number>().as('count')).where('project_id', '=', projectId).executeTakeFirstOrThrow();
    expect(Number(stored.count)).toBe(ROWS);
    process.stdout.write(
      `${ROWS} rows on ${TEST_ENGINE}: preview ${previewSeconds.toFixed(2)} s in ${previewStatements} statements; preview and import ${totalSeconds.toFixed(2)} s in ${counter.count} statements\n`,
    );
    expect(counter.count).toBeLessThan(100);
    // Alone it takes about 3 s on SQLite; the margin is for a machine busy with other test files.
    expect(totalSeconds).toBeLessThan(15);
  });
});
