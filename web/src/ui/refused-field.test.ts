import { describe, expect, it } from 'vitest';
import { refusedField } from './refused-field';

describe('refusedField', () => {
  it('reads the field a refusal names, with or without the schema’s "body." before it', () => {
    expect(refusedField([{ field: 'timeZone', in: 'body', message: 'is not an IANA time zone.' }])).toBe('timeZone');
    expect(refusedField([{ field: 'body.password', message: 'must be longer' }])).toBe('password');
  });

  it('is null when the refusal names no field', () => {
    expect(refusedField(undefined)).toBeNull();
    expect(refusedField([])).toBeNull();
    expect(refusedField(['text'])).toBeNull();
  });
});
