import fc from 'fast-check';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { postgresInstantToIso } from './postgres-instant.js';

const PG_TIMESTAMPTZ = 1184;
const pgParseDate = pg.types.getTypeParser(PG_TIMESTAMPTZ, 'text') as (value: string) => Date;
/** What the pool did before: pg's parser, then `toISOString`. */
const before = (value: string) => pgParseDate(value).toISOString();
const toIso = postgresInstantToIso(pgParseDate);

/** PostgreSQL's text for an instant in a session on UTC: microseconds, trailing zeros dropped, and "+00". */
function postgresText(instant: Date, microseconds: number): string {
  const [date, time] = instant.toISOString().slice(0, 19).split('T');
  const fraction = String(microseconds).padStart(6, '0').replace(/0+$/, '');
  return `${date} ${time}${fraction ? `.${fraction}` : ''}+00`;
}

describe('postgresInstantToIso', () => {
  it('writes PostgreSQL’s UTC text as the ISO instant, milliseconds cut', () => {
    expect(toIso('2026-12-01 09:00:00+00')).toBe('2026-12-01T09:00:00.000Z');
    expect(toIso('2026-12-01 09:00:00.5+00')).toBe('2026-12-01T09:00:00.500Z');
    expect(toIso('2026-12-01 09:00:00.123456+00')).toBe('2026-12-01T09:00:00.123Z');
    expect(toIso('2026-12-01 09:00:00.000999+00')).toBe('2026-12-01T09:00:00.000Z');
    expect(toIso('0050-03-01 00:00:00+00')).toBe('0050-03-01T00:00:00.000Z');
  });

  it('gives what pg’s parser and toISOString gave, for any instant and fraction of a second', () => {
    const instants = fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true });
    fc.assert(
      fc.property(instants, fc.integer({ min: 0, max: 999_999 }), (instant, microseconds) => {
        const text = postgresText(instant, microseconds);
        expect(toIso(text)).toBe(before(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads text in another zone, past the year 9999 or before Christ as pg reads it, and refuses infinity as before', () => {
    for (const text of ['2026-03-29 03:30:00+02', '2026-12-01 09:00:00.25-05:30', '2026-12-01 09:00:00+00:00', '12026-01-01 00:00:00+00', '0044-03-15 12:00:00+00 BC']) {
      expect(toIso(text)).toBe(before(text));
    }
    expect(() => toIso('infinity')).toThrow(TypeError);
    expect(() => before('infinity')).toThrow(TypeError);
  });
});
