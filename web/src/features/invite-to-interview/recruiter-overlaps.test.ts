import { describe, expect, it } from 'vitest';
import { recruiterOverlaps } from './recruiter-overlaps';

describe("the preview's recruiter overlaps", () => {
  it('name the recruiter and the start and end of their other interview', () => {
    const warnings = [
      { code: 'recruiter_busy', recruiterId: 'u-anna', recruiterName: 'Anna Holm', startsAt: '2026-12-03T09:00:00.000Z', endsAt: '2026-12-03T09:45:00.000Z', message: '…' },
    ];
    expect(recruiterOverlaps(warnings)).toEqual([{ name: 'Anna Holm', startsAt: '2026-12-03T09:00:00.000Z', endsAt: '2026-12-03T09:45:00.000Z', offered: false }]);
  });

  it('tell a free time the recruiter offered for booking from an interview', () => {
    const warnings = [{ code: 'recruiter_busy', recruiterName: 'Anna Holm', startsAt: '2026-12-03T12:00:00.000Z', endsAt: '2026-12-03T12:30:00.000Z', offered: true, message: '…' }];
    expect(recruiterOverlaps(warnings)).toEqual([{ name: 'Anna Holm', startsAt: '2026-12-03T12:00:00.000Z', endsAt: '2026-12-03T12:30:00.000Z', offered: true }]);
  });

  it('leave out the warnings that are not about a busy recruiter', () => {
    const warnings = [
      { code: 'language_fallback', applicationId: 'a1', message: 'Astrid gets the da variant.' },
      { code: 'missing_mobile', applicationId: 'a2', message: 'Line has no mobile number.' },
    ];
    expect(recruiterOverlaps(warnings)).toEqual([]);
  });
});
