import { Type } from 'typebox';
import { describe, expect, it } from 'vitest';
import { validatorCompiler } from './validation.js';

const compile = (httpPart: 'body' | 'querystring', schema: object) =>
  validatorCompiler({ schema, httpPart, method: 'POST', url: '/test' }) as (data: unknown) => true | { error: unknown[] };

describe('the request validator', () => {
  const query = compile('querystring', Type.Object({ count: Type.Integer({ minimum: 1 }) }));
  const body = compile('body', Type.Object({ count: Type.Integer(), names: Type.Array(Type.String()), extra: Type.Record(Type.String(), Type.String()) }));

  it('refuses a number a query string makes infinite, which the schema alone lets through', () => {
    expect(query({ count: '1e309' })).toEqual({ error: [expect.objectContaining({ instancePath: '/count', message: 'must be a finite number' })] });
  });

  it('refuses a whole number beyond the safe integers where the schema sets no maximum', () => {
    expect(query({ count: '99999999999999999999' })).toEqual({
      error: [expect.objectContaining({ instancePath: '/count', message: 'must be between -9007199254740991 and 9007199254740991' })],
    });
    expect(body({ count: 2 ** 60, names: [], extra: {} })).toEqual({ error: [expect.objectContaining({ instancePath: '/count' })] });
    expect(query({ count: String(Number.MAX_SAFE_INTEGER) })).toBe(true);
  });

  it('refuses NUL and lone surrogates in values and in field names, naming their place', () => {
    expect(body({ count: 1, names: ['ok', 'a\u0000b'], extra: {} })).toEqual({
      error: [expect.objectContaining({ instancePath: '/names/1', message: 'must not contain the NUL character (U+0000)' })],
    });
    expect(body({ count: 1, names: ['\ud800x'], extra: {} })).toEqual({
      error: [expect.objectContaining({ instancePath: '/names/0', message: 'must be valid Unicode text (it holds a lone surrogate)' })],
    });
    expect(body({ count: 1, names: [], extra: { 'a\u0000': 'b' } })).toEqual({
      error: [expect.objectContaining({ instancePath: '/extra/a\u0000', message: 'is a field name that must not contain the NUL character (U+0000)' })],
    });
  });

  it('accepts text with paired surrogates, such as an emoji', () => {
    expect(body({ count: 1, names: ['Søren 👋'], extra: { 'ü': '😀' } })).toBe(true);
  });

  it('reports what the schema refuses before anything else', () => {
    expect(body({ count: 'x', names: ['\u0000'], extra: {} })).toEqual({ error: [expect.objectContaining({ instancePath: '/count', keyword: 'type' })] });
  });
});
