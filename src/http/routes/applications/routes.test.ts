import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordAuditEvent } from '../../../db/repositories/audit-events.js';
import { createApplication, createProject } from '../../../../test/support/factories.js';
import { createTestApp, organisationWithRecruiter, type TestApp } from '../../../../test/support/test-app.js';
import { TEST_ENGINE } from '../../../../test/support/test-database.js';

let test: TestApp;
beforeEach(async () => {
  test = await createTestApp();
});
afterEach(() => test.close());

describe(`GET /api/applications/:applicationId on ${TEST_ENGINE}`, () => {
  it('returns the candidate, the application, its project and its history with names of the actors', async () => {
    const { organisation, user, cookie } = await organisationWithRecruiter(test);
    const db = test.ctx.db;
    const projectId = await createProject(db, organisation.id, user.id, { title: 'Bogholder' });
    const { applicationId, candidate } = await createApplication(db, organisation.id, projectId, {
      firstName: 'Søren',
      lastName: 'Ågård',
      mobile: '+4520123456',
      language: 'da',
      status: 'in_review',
    });
    await recordAuditEvent(
      db,
      {
        organisationId: organisation.id,
        actor: { type: 'user', id: user.id },
        subject: { type: 'application', id: applicationId },
        action: 'application.status_changed',
        before: { status: 'received' },
        after: { status: 'in_review' },
      },
      new Date('2026-01-06T08:00:00Z'),
    );

    const response = await test.app.inject({ url: `/api/applications/${applicationId}`, headers: { cookie } });

    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.application).toMatchObject({ id: applicationId, status: 'in_review' });
    expect(body.candidate).toEqual({ id: candidate.id, firstName: 'Søren', lastName: 'Ågård', email: candidate.email, mobile: '+4520123456', language: 'da' });
    expect(body.project).toMatchObject({ id: projectId, title: 'Bogholder' });
    expect(body.history).toEqual([
      {
        id: expect.any(String),
        actor: { type: 'user', id: user.id, name: user.name },
        subject: { type: 'application', id: applicationId },
        action: 'application.status_changed',
        before: { status: 'received' },
        after: { status: 'in_review' },
        at: '2026-01-06T08:00:00.000Z',
      },
    ]);
  });

  it('is 404 for an application that does not exist, and 401 without a session', async () => {
    const { cookie } = await organisationWithRecruiter(test);
    const missing = await test.app.inject({ url: '/api/applications/00000000-0000-4000-8000-000000000000', headers: { cookie } });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('not_found');
    expect((await test.app.inject({ url: '/api/applications/00000000-0000-4000-8000-000000000000' })).statusCode).toBe(401);
  });
});
