import { describe, expect, it } from 'vitest';
import { recruiterOverlaps } from './recruiter-overlaps';

const recruiters = [
  { id: 'u-anna', name: 'Anna Holm' },
  { id: 'u-bo', name: 'Bo Lindqvist' },
];

describe("the preview's recruiter overlaps", () => {
  it('name the recruiter and the start and end of their other interview', () => {
    const warnings = [
      { code: 'recruiter_busy', recruiterId: 'u-anna', message: 'Anna Holm already has an interview from 2026-12-03T09:00:00.000Z to 2026-12-03T09:45:00.000Z.' },
    ];
    expect(recruiterOverlaps(warnings, recruiters)).toEqual([{ name: 'Anna Holm', startsAt: '2026-12-03T09:00:00.000Z', endsAt: '2026-12-03T09:45:00.000Z' }]);
  });

  it('leave out the warnings that are not about a busy recruiter', () => {
    const warnings = [
      { code: 'language_fallback', applicationId: 'a1', message: 'Astrid gets the da variant.' },
      { code: 'missing_mobile', applicationId: 'a2', message: 'Line has no mobile number.' },
    ];
    expect(recruiterOverlaps(warnings, recruiters)).toEqual([]);
  });

  it('still name the recruiter when the sentence holds no times', () => {
    const warnings = [{ code: 'recruiter_busy', recruiterId: 'u-bo', message: 'Bo Lindqvist is busy then.' }];
    expect(recruiterOverlaps(warnings, recruiters)).toEqual([{ name: 'Bo Lindqvist', startsAt: null, endsAt: null }]);
  });

  it("take the name from the sentence for a recruiter missing from the list (one added since it was fetched)", () => {
    const warnings = [{ code: 'recruiter_busy', recruiterId: 'u-new', message: 'Carl Mortensen already has an interview from 2026-12-03T09:00:00Z to 2026-12-03T10:00:00Z.' }];
    expect(recruiterOverlaps(warnings, recruiters)).toEqual([{ name: 'Carl Mortensen', startsAt: '2026-12-03T09:00:00Z', endsAt: '2026-12-03T10:00:00Z' }]);
  });
});
