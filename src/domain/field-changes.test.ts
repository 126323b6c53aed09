import { describe, expect, it } from 'vitest';
import { fieldChanges } from './field-changes.js';

describe('fieldChanges', () => {
  const current = { title: 'Tømrer', reference: 'T-1', mobile: null as string | null };

  it('names only the fields whose values differ, before and after', () => {
    expect(fieldChanges(current, { title: 'Murer', reference: 'T-1' })).toEqual({ before: { title: 'Tømrer' }, after: { title: 'Murer' } });
  });

  it('finds nothing to change when the same values come again', () => {
    expect(fieldChanges(current, { ...current })).toBeUndefined();
  });

  it('keeps a field that is left out, and changes one set to null', () => {
    expect(fieldChanges(current, { title: undefined })).toBeUndefined();
    expect(fieldChanges({ ...current, mobile: '+4520123456' as string | null }, { mobile: null })).toEqual({ before: { mobile: '+4520123456' }, after: { mobile: null } });
  });
});
