import { describe, expect, it } from 'vitest';
import { statusChangeOutcome } from './application-status-change.js';

describe('statusChangeOutcome', () => {
  it('changes an application to any other status, back along the process too', () => {
    expect(statusChangeOutcome('invited_to_interview', 'interviewed', { reopenWithdrawn: false })).toBe('changed');
    expect(statusChangeOutcome('rejected', 'in_review', { reopenWithdrawn: false })).toBe('changed');
  });

  it('leaves an application already in the chosen status alone', () => {
    expect(statusChangeOutcome('offer', 'offer', { reopenWithdrawn: false })).toBe('unchanged');
    expect(statusChangeOutcome('withdrawn', 'withdrawn', { reopenWithdrawn: true })).toBe('unchanged');
  });

  it("keeps the candidate's withdrawal unless the recruiter reopens it on purpose", () => {
    expect(statusChangeOutcome('withdrawn', 'interviewed', { reopenWithdrawn: false })).toBe('kept_withdrawn');
    expect(statusChangeOutcome('withdrawn', 'interviewed', { reopenWithdrawn: true })).toBe('changed');
  });

  it('lets a recruiter record a withdrawal the candidate gave by phone', () => {
    expect(statusChangeOutcome('interviewed', 'withdrawn', { reopenWithdrawn: false })).toBe('changed');
  });
});
