import { describe, expect, it } from 'vitest';
import { offerStanding } from './offer-standing';

const deadlineAt = '2026-12-09T08:00:00.000Z';

describe('where an offer stands', () => {
  it('is open until its deadline', () => {
    expect(offerStanding({ status: 'open', deadlineAt }, new Date('2026-12-09T07:59:00Z'))).toBe('open');
  });

  it('is past its deadline from the deadline on, though still open on the server', () => {
    expect(offerStanding({ status: 'open', deadlineAt }, new Date('2026-12-09T08:00:00Z'))).toBe('deadlinePassed');
  });

  it('is closed once closed, before or after the deadline', () => {
    expect(offerStanding({ status: 'closed', deadlineAt }, new Date('2026-12-01T08:00:00Z'))).toBe('closed');
    expect(offerStanding({ status: 'closed', deadlineAt }, new Date('2026-12-10T08:00:00Z'))).toBe('closed');
  });
});
