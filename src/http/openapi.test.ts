import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/test-app.js';

let test: TestApp;
beforeAll(async () => {
  test = await createTestApp();
});
afterAll(() => test.close());

type Operation = { summary?: string; responses?: Record<string, unknown>; security?: unknown[] };

describe('the OpenAPI document', () => {
  it('is served as JSON at /api/openapi.json and describes every operation with a summary and responses', async () => {
    const response = await test.app.inject({ url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toBe('3.1.0');
    const operations = Object.values(document.paths as Record<string, Record<string, Operation>>).flatMap((path) => Object.values(path));
    expect(operations.length).toBeGreaterThanOrEqual(7);
    for (const operation of operations) {
      expect(operation.summary).toBeTruthy();
      expect(Object.keys(operation.responses ?? {})).not.toHaveLength(0);
    }
  });

  it('marks the routes that need a session', async () => {
    const document = (await test.app.inject({ url: '/api/openapi.json' })).json();
    expect(document.paths['/api/projects'].get.security).toEqual([{ session: [] }]);
    expect(document.paths['/api/health'].get.security).toBeUndefined();
  });

  it('is browsable at /api/docs', async () => {
    const response = await test.app.inject({ url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
  });
});
