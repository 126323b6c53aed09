import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApplication, createProject, TEST_PASSWORD } from '../../test/support/factories.js';
import { createTestApp, organisationWithRecruiter, type TestApp } from '../../test/support/test-app.js';

let test: TestApp;
beforeEach(async () => {
  test = await createTestApp();
});
afterEach(() => test.close());

describe('request logs', () => {
  it('hold one line per request with its id, route, status and time taken, and never a password, session token, email or searched name', async () => {
    const { organisation, user, cookie } = await organisationWithRecruiter(test);
    const projectId = await createProject(test.ctx.db, organisation.id, user.id);
    await createApplication(test.ctx.db, organisation.id, projectId, { firstName: 'Ølstykke', mobile: '+4520123456' });
    await test.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: 'wrong password' } });
    await test.app.inject({ url: `/api/projects/${projectId}/applications?q=%C3%98lstykke`, headers: { cookie } });

    const logs = test.logs();
    const lines = logs.trim().split('\n').map((line) => JSON.parse(line));
    const completed = lines.filter((line) => line.msg === 'request completed');
    expect(completed.slice(-2).map((line) => [line.req.route, line.res.statusCode])).toEqual([
      ['/api/auth/login', 401],
      ['/api/projects/:projectId/applications', 200],
    ]);
    expect(completed.at(-1)).toMatchObject({
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      req: { method: 'GET', route: '/api/projects/:projectId/applications' },
      responseTime: expect.any(Number),
    });
    expect(new Set(completed.map((line) => line.requestId)).size).toBe(completed.length);
    expect(lines.filter((line) => line.msg === 'incoming request')).toEqual([]);

    const token = cookie.split('=')[1]!;
    for (const secret of [TEST_PASSWORD, 'wrong password', token, user.email, 'Ølstykke', '%C3%98lstykke', '+4520123456']) {
      expect(logs).not.toContain(secret);
    }
  });

  it('at debug level also logs each request as it arrives, with its route and nothing more of it', async () => {
    const debugging = await createTestApp({ LOG_LEVEL: 'debug' });
    try {
      await debugging.app.inject({ url: '/api/projects?q=%C3%98lstykke' });
      const lines = debugging.logs().trim().split('\n').map((line) => JSON.parse(line));
      const arrived = lines.filter((line) => line.msg === 'incoming request');
      expect(arrived.at(-1)).toMatchObject({ level: 20, req: { method: 'GET', route: '/api/projects' } });
      expect(debugging.logs()).not.toContain('lstykke');
    } finally {
      await debugging.close();
    }
  });
});
