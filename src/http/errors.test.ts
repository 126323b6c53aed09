import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, organisationWithRecruiter, type TestApp } from '../../test/support/test-app.js';
import { TEST_ENGINE } from '../../test/support/test-database.js';

let test: TestApp;
beforeEach(async () => {
  test = await createTestApp();
});
afterEach(() => test.close());

const loginWith = (payload: string, contentType = 'application/json') =>
  test.app.inject({ method: 'POST', url: '/api/auth/login', payload, headers: { 'content-type': contentType } });

describe(`error responses on ${TEST_ENGINE}`, () => {
  it('answers malformed JSON with 400 invalid_json', async () => {
    const response = await loginWith('{"email": "a@b.example", ');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: { code: 'invalid_json', message: 'The request body is not valid JSON.' } });
  });

  it('answers an empty JSON body with 400', async () => {
    const response = await loginWith('');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('invalid_json');
  });

  it('names every problem field in details', async () => {
    const response = await loginWith(JSON.stringify({ email: 'a@b.example', password: 'x', extra: 1 }));
    expect(response.json()).toEqual({
      error: {
        code: 'validation_failed',
        message: 'body.extra is not a known field.',
        details: [{ field: 'extra', in: 'body', message: 'is not a known field' }],
      },
    });
  });

  it('does not coerce types in a JSON body', async () => {
    const response = await loginWith(JSON.stringify({ email: 'a@b.example', password: 12345678 }));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toBe('body.password must be string.');
  });

  it('refuses a NUL character in a login email with 400 naming the field, which PostgreSQL would fail on', async () => {
    const response = await loginWith(JSON.stringify({ email: 'anna\u0000@b.example', password: 'x' }));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: {
        code: 'validation_failed',
        message: 'body.email must not contain the NUL character (U+0000).',
        details: [{ field: 'email', in: 'body', message: 'must not contain the NUL character (U+0000)' }],
      },
    });
  });

  it('refuses a NUL character in a path parameter with 400 naming it', async () => {
    const { cookie } = await organisationWithRecruiter(test);
    const response = await test.app.inject({ url: '/api/projects/%00', headers: { cookie } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toBe('params.projectId must not contain the NUL character (U+0000).');
  });

  it('answers a broken percent-encoding and an overlong path parameter in the error shape, without echoing the address', async () => {
    const broken = await test.app.inject({ url: '/api/projects/%zz-Hemmelig' });
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toEqual({ error: { code: 'bad_request', message: 'The address is not valid.' } });
    const overlong = await test.app.inject({ url: `/api/projects/Hemmelig${'x'.repeat(100)}` });
    expect(overlong.statusCode).toBe(414);
    expect(overlong.json()).toEqual({ error: { code: 'bad_request', message: 'A part of the address is too long.' } });
  });

  it('refuses a __proto__ key in a JSON body as malformed', async () => {
    const response = await loginWith('{"email": "a@b.example", "password": "x", "__proto__": {"role": "admin"}}');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('invalid_json');
  });

  it('refuses a body that is not JSON with 415', async () => {
    const response = await loginWith('email=a@b.example&password=x', 'application/x-www-form-urlencoded');
    expect(response.statusCode).toBe(415);
    expect(response.json().error.code).toBe('bad_request');
  });

  it('answers an unknown address with a 404 in the same shape', async () => {
    const response = await test.app.inject({ url: '/api/no-such-thing' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'not_found', message: 'There is nothing at this address.' } });
  });

  it('never sends a stack trace: a failure inside is a plain 500 with a request id to quote', async () => {
    const { cookie } = await organisationWithRecruiter(test);
    await test.database.close();
    const response = await test.app.inject({ url: '/api/projects', headers: { cookie } });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({ error: { code: 'internal_error', message: 'Something went wrong on our side. Please try again.' } });
    expect(response.body).not.toMatch(/at .*\.ts|Error:|kysely|sqlite|postgres/i);
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    test.database.close = async () => {};
  });

  it('sends headers that keep API answers out of caches, frames and sniffing', async () => {
    const response = await test.app.inject({ url: '/api/health' });
    expect(response.headers).toMatchObject({
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
    });
  });
});
