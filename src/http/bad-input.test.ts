import fc from 'fast-check';
import type { HTTPMethods, LightMyRequestResponse } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { invitedApplicants } from '../../test/support/invited-applicant.js';
import { TEST_PASSWORD } from '../../test/support/factories.js';
import { createTestApp, sessionCookieFrom } from '../../test/support/test-app.js';
import { TEST_ENGINE } from '../../test/support/test-database.js';

/**
 * Every operation of the OpenAPI document gets generated bad input — in its path parameters, query string and JSON
 * body, with a session and without — and must answer it as a client error in the error shape, never a 500, and go
 * on answering. Runs are deterministic; a failure prints fast-check's seed and the shrunk request. To explore, run
 * with another seed in BAD_INPUT_SEED.
 */
const SEED = Number(process.env.BAD_INPUT_SEED ?? 20260302);
const RUNS_PER_OPERATION = 150;

type JsonSchema = {
  type?: string;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  format?: string;
  pattern?: string;
};
type OperationObject = {
  parameters?: { in: string; name: string; required?: boolean; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
};
interface Operation {
  method: HTTPMethods;
  path: string;
  pathParameters: { name: string; schema: JsonSchema }[];
  queryParameters: { name: string; required?: boolean; schema: JsonSchema }[];
  body: JsonSchema | undefined;
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

const test = await createTestApp();
afterAll(() => test.close());

const setup = await invitedApplicants(test, {
  recruiter: { role: 'admin', smsAccess: true },
  applicants: [{ firstName: 'Søren', mobile: '+4520123456' }, { firstName: 'Emma', language: 'en' }],
  email: { action: 'send_email', variants: { da: { subject: 'Samtale', body: 'Hej {firstname}' }, en: { subject: 'Interview', body: 'Hi {firstname}' } } },
});
/** Real ids of the caller's organisation by the name of the field or parameter that takes them, so input reaches deep. */
const KNOWN_IDS: Record<string, string[]> = {
  projectId: [setup.projectId],
  applicationId: setup.invited.map((invited) => invited.applicationId),
  interviewId: [setup.interviewId],
  invitationId: setup.invited.map((invited) => invited.invitationId),
  recruiterId: [setup.recruiter.id],
  mailId: [(await test.ctx.db.selectFrom('dev_mailbox').select('id').executeTakeFirstOrThrow()).id],
  messageId: [(await test.ctx.db.selectFrom('messages').select('id').executeTakeFirstOrThrow()).id],
};
const KNOWN_EMAILS = [setup.recruiter.email, setup.organisation.defaultSenderAddress];

const document = (await test.app.inject({ url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, OperationObject>> };
const operations: Operation[] = Object.entries(document.paths).flatMap(([path, byMethod]) =>
  HTTP_METHODS.filter((method) => byMethod[method]).map((method) => {
    const operation = byMethod[method]!;
    const parameters = (where: string) => (operation.parameters ?? []).filter((parameter) => parameter.in === where);
    return {
      method: method.toUpperCase() as HTTPMethods,
      path,
      pathParameters: parameters('path'),
      queryParameters: parameters('query'),
      body: operation.requestBody?.content['application/json']?.schema,
    };
  }),
);
// Cancelling closes the shared interview to the other operations, so it goes last.
operations.sort((a, b) => Number(a.path.endsWith('/cancel')) - Number(b.path.endsWith('/cancel')));

/** JSON text sent as written: numbers JSON.stringify cannot write (1e309), and nesting too deep to build as objects. */
class RawJson {
  constructor(readonly text: string) {}
  [fc.toStringMethod]() {
    return `RawJson(${abbreviated(this.text)})`;
  }
}

function abbreviated(text: string): string {
  return text.length > 80 ? `${JSON.stringify(text.slice(0, 40))}… (${text.length} characters)` : JSON.stringify(text);
}

function toJson(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value)) return `[${value.map(toJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value).map(([key, child]) => `${JSON.stringify(key)}:${toJson(child)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const MEGABYTE = 1_000_000;
const nested = (depth: number, open: string, close: string, inner = '1') => new RawJson(open.repeat(depth) + inner + close.repeat(depth));

/** Values no field should take: NUL, lone surrogates, a megabyte, overflowing and non-finite numbers, wrong types, deep nesting. */
const badJson: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom('\u0000', 'a\u0000b', 'Søren\u0000'), weight: 3 },
  { arbitrary: fc.constantFrom('\ud800', 'x\udfff', '\udc00\ud800'), weight: 2 },
  { arbitrary: fc.constantFrom(...['1e309', '-1e309', '99999999999999999999', '-99999999999999999999', '1e-400', '-0'].map((text) => new RawJson(text))), weight: 2 },
  { arbitrary: fc.constantFrom(-1, 0, 1.5, -2147483649, 2 ** 53 + 2, true, false, null, [], {}, [null], { '': '' }), weight: 2 },
  fc.constantFrom('', ' ', '__proto__', 'constructor', '9999-12-31', '+010000-01-01', '+275760-09-13T00:00:00.000Z', '1e309', 'Infinity', '-1', NO_SUCH_ID),
  fc.constant(new RawJson(JSON.stringify('x'.repeat(MEGABYTE)))),
  fc.constantFrom(nested(20_000, '[', ']'), nested(20_000, '{"a":', '}'), new RawJson(`[${Array(100_000).fill('"x"').join(',')}]`)),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 8 }),
  fc.oneof(fc.integer(), fc.double()),
);

/** A whole body that is wrong in itself, and keys that poison prototypes. */
const badBody = fc.oneof(
  badJson,
  fc.constantFrom(
    new RawJson('{"__proto__": {"admin": true}}'),
    new RawJson('{"constructor": {"prototype": {"admin": true}}}'),
    new RawJson('{"a": 1, "a": 2}'),
    new RawJson('{'),
    new RawJson(''),
    // Past the body limit.
    new RawJson(JSON.stringify('x'.repeat(2 * MEGABYTE))),
  ),
);

/** Strings for a field of this schema, real ids and addresses among them. */
function stringFor(schema: JsonSchema, name: string): fc.Arbitrary<string> {
  const known = KNOWN_IDS[name.replace(/s$/, '')];
  if (known) return fc.oneof({ arbitrary: fc.constantFrom(...known), weight: 4 }, fc.constant(NO_SUCH_ID), fc.string({ minLength: 1, maxLength: 40 }));
  const maxLength = Math.min(schema.maxLength ?? 40, 40);
  switch (schema.format) {
    case 'date':
      return fc.oneof(
        // Around the test clock's today and the last day an interview may be on, five years later.
        { arbitrary: fc.date({ min: new Date('2026-03-01'), max: new Date('2031-03-05'), noInvalidDate: true }), weight: 3 },
        fc.date({ min: new Date('0000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }),
        fc.constantFrom(new Date('0001-01-01'), new Date('9999-12-31')),
      ).map((date) => date.toISOString().slice(0, 10));
    case 'date-time':
      return fc
        .oneof(fc.date({ min: new Date('2026-03-01'), max: new Date('2026-06-01'), noInvalidDate: true }), fc.date({ noInvalidDate: true }))
        .map((date) => date.toISOString());
    case 'email':
      return fc.oneof(fc.constantFrom(...KNOWN_EMAILS), fc.emailAddress());
    case 'uuid':
      return fc.uuid();
  }
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern, 'u')).map((text) => text.slice(0, maxLength));
  return fc.oneof(
    fc.constantFrom('Hej {firstname}', 'Samtale om {jobtitle} {confirmlink}'),
    fc.string({ minLength: schema.minLength ?? 0, maxLength }),
  );
}

/** Values the schema accepts (mostly: a rule beyond it may still refuse them), for a field called `name`. */
function valueFor(schema: JsonSchema, name = ''): fc.Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((alternative) => valueFor(alternative, name)));
  switch (schema.type) {
    case 'object': {
      const properties = Object.entries(schema.properties ?? {});
      const model = Object.fromEntries(properties.map(([key, property]) => [key, valueFor(property, key)]));
      return fc.record(model, { requiredKeys: schema.required ?? [] });
    }
    case 'array': {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? 3, KNOWN_IDS[name.replace(/s$/, '')]?.length ?? 3));
      // Without repeats: a list that names an id twice is refused before it reaches anything deeper.
      return fc.uniqueArray(valueFor(schema.items ?? {}, name), { minLength, maxLength });
    }
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000 });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'string':
      return stringFor(schema, name);
  }
  return fc.jsonValue();
}

/** Every place in a JSON value, as paths of keys, the value itself first. */
function places(value: unknown, path: string[] = []): string[][] {
  if (value === null || typeof value !== 'object') return [path];
  return [path, ...Object.entries(value).flatMap(([key, child]) => places(child, [...path, key]))];
}

function withValueAt(value: unknown, path: string[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(value) as Record<string, unknown>;
  const parent = path.slice(0, -1).reduce((node, key) => node[key] as Record<string, unknown>, copy);
  // defineProperty makes even "__proto__" an own field, as JSON.parse would.
  Object.defineProperty(parent, path.at(-1)!, { value: replacement, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** A body for the operation: its own schema's value with one field made bad or one bad field added, or a bad body. */
function bodyFor(schema: JsonSchema | undefined): fc.Arbitrary<unknown> {
  if (!schema) return fc.option(badBody, { nil: undefined });
  const valid = valueFor(schema);
  const oneFieldBad = fc.tuple(valid, fc.nat(), badJson).map(([value, index, bad]) => {
    const all = places(value);
    return withValueAt(value, all[index % all.length]!, bad);
  });
  const badFieldAdded = fc
    .tuple(valid, fc.nat(), fc.constantFrom('__proto__', 'constructor', 'prototype', '\u0000', '\ud800', 'x'), badJson)
    .map(([value, index, key, bad]) => {
      const objects = places(value).filter((path) => {
        const node = path.reduce<unknown>((at, step) => (at as Record<string, unknown>)[step], value);
        return node !== null && typeof node === 'object' && !Array.isArray(node);
      });
      return objects.length === 0 ? value : withValueAt(value, [...objects[index % objects.length]!, key], bad);
    });
  return fc.oneof({ arbitrary: valid, weight: 2 }, { arbitrary: oneFieldBad, weight: 3 }, badFieldAdded, badBody);
}

/** Bad text for a URL, already percent-encoded the way an attacker would write it. */
const badUrlText = fc.oneof(
  { arbitrary: fc.constantFrom('%00', 'a%00', 'S%C3%B8ren%00'), weight: 3 },
  { arbitrary: fc.constantFrom('1e309', '-1e309', 'Infinity', '99999999999999999999'), weight: 2 },
  fc.constantFrom('%ED%A0%80', '%', '%zz', '%2F', '..', '__proto__', 'constructor', 'x'.repeat(101), 'x'.repeat(MEGABYTE)),
  fc.constantFrom('NaN', '-1', '0', '1.5', '%2B275760-09-13T00:00:00Z', '%2B010000-01-01', '9999-12-31T23:59:59-12:00'),
  fc.string({ maxLength: 20 }).map(encodeURIComponent),
);

function pathParameterValue(name: string, schema: JsonSchema): fc.Arbitrary<string> {
  const known = KNOWN_IDS[name];
  const good = known
    ? fc.oneof({ arbitrary: fc.constantFrom(...known), weight: 3 }, fc.constant(NO_SUCH_ID))
    : valueFor(schema, name).map((value) => encodeURIComponent(String(value)));
  return fc.oneof({ arbitrary: good, weight: 3 }, badUrlText);
}

function queryFor(operation: Operation): fc.Arbitrary<string> {
  const parameters = operation.queryParameters.map(({ name, schema, required }) =>
    fc.option(
      fc.oneof(
        { arbitrary: valueFor(schema, name).map((value) => [value].flat().map((item) => `${name}=${encodeURIComponent(String(item))}`).join('&')), weight: 2 },
        fc.array(badUrlText, { minLength: 1, maxLength: 2 }).map((values) => values.map((value) => `${name}=${value}`).join('&')),
      ),
      { nil: '', freq: required ? 8 : 2 },
    ),
  );
  const extra = fc.oneof(
    { arbitrary: fc.constant(''), weight: 4 },
    fc.constantFrom('__proto__=1', 'constructor=1', 'constructor%5Bprototype%5D%5Badmin%5D=1', '%00=1', 'unknown=1'),
  );
  return fc.tuple(fc.tuple(...parameters), extra).map(([values, more]) => [...values, more].filter(Boolean).join('&'));
}

interface BadRequest {
  loggedIn: boolean;
  url: string;
  body: unknown;
  contentType: string;
}

function requestFor(operation: Operation): fc.Arbitrary<BadRequest> {
  const segments = fc.tuple(...operation.pathParameters.map(({ name, schema }) => pathParameterValue(name, schema)));
  return fc
    .record({
      loggedIn: fc.oneof({ arbitrary: fc.constant(true), weight: 3 }, fc.constant(false)),
      segments,
      query: queryFor(operation),
      body: operation.method === 'GET' ? fc.constant(undefined) : bodyFor(operation.body),
      contentType: fc.oneof({ arbitrary: fc.constant('application/json'), weight: 5 }, fc.constant('text/plain')),
    })
    .map(({ loggedIn, segments: values, query, body, contentType }) => {
      let index = 0;
      const path = operation.path.replace(/\{[^}]+\}/g, () => values[index++]!);
      return {
        loggedIn,
        url: query ? `${path}?${query}` : path,
        body,
        contentType,
        [fc.toStringMethod]: () =>
          `${operation.method} ${abbreviated(path)}?${abbreviated(query)} ${loggedIn ? 'logged in' : 'anonymous'} ${contentType} ${
            body === undefined ? 'no body' : abbreviated(toJson(body))
          }`,
      };
    });
}

let address = 0;
/** A client address of its own for every request, so that the login limit never stands in for validation. */
const nextAddress = () => {
  address += 1;
  return `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`;
};

/** A session of its own, for logging out: the shared one must last the whole file. */
async function freshSession(): Promise<string> {
  const payload = { email: setup.recruiter.email, password: TEST_PASSWORD };
  return sessionCookieFrom(await test.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: nextAddress(), payload }));
}

async function send(operation: Operation, request: BadRequest): Promise<LightMyRequestResponse> {
  const cookie = !request.loggedIn ? undefined : operation.path === '/api/auth/logout' ? await freshSession() : setup.cookie;
  return test.app.inject({
    method: operation.method,
    url: request.url,
    remoteAddress: nextAddress(),
    headers: { ...(cookie ? { cookie } : {}), ...(request.body === undefined ? {} : { 'content-type': request.contentType }) },
    ...(request.body === undefined ? {} : { payload: toJson(request.body) }),
  });
}

describe(`bad input on ${TEST_ENGINE}`, () => {
  it.each(operations)('$method $path answers bad input with a client error in the error shape, never a 500', { timeout: 120_000 }, async (operation) => {
    // A seed of its own per operation, so operations with the same shape of input do not all get the same input.
    const seed = SEED + operations.indexOf(operation);
    await fc.assert(
      fc.asyncProperty(requestFor(operation), async (request) => {
        const response = await send(operation, request);
        expect(response.statusCode, response.body.slice(0, 300)).toBeLessThan(500);
        if (response.statusCode >= 400) {
          expect(response.headers['content-type']).toMatch(/^application\/json/);
          expect(response.json()).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
        }
      }),
      { seed, numRuns: RUNS_PER_OPERATION },
    );
    expect((await test.app.inject({ url: '/api/health' })).statusCode).toBe(200);
    expect((await test.app.inject({ url: '/api/me', headers: { cookie: setup.cookie } })).statusCode).toBe(200);
  });
});
