import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { TEST_ENGINE } from '../../../../test/support/test-database.js';

let test: TestApp;
beforeEach(async () => {
  test = await createTestApp();
});
afterEach(() => test.close());

describe(`GET /api/health on ${TEST_ENGINE}`, () => {
  it('is ok, without a session, while the database answers', async () => {
    const response = await test.app.inject({ url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', worker: { inProcess: false, lastTickAt: null }, outbox: { oldestOverdueSeconds: null } });
  });

  it("reports the last pass of this process's outbox worker", async () => {
    await test.close();
    test = await createTestApp({}, { lastTickAt: () => new Date('2026-03-02T07:59:58Z') });
    const response = await test.app.inject({ url: '/api/health' });
    expect(response.json().worker).toEqual({ inProcess: true, lastTickAt: '2026-03-02T07:59:58.000Z' });
  });

  it('is 503 when the database does not answer', async () => {
    await test.database.close();
    test.database.close = async () => {};
    const response = await test.app.inject({ url: '/api/health' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({ status: 'unavailable' });
  });
});
