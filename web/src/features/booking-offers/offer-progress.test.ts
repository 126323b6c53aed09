import { describe, expect, it } from 'vitest';
import { offerProgress } from './offer-progress';

describe('an offer in brief', () => {
  it('counts times booked of the times offered when each time has one seat', () => {
    expect(offerProgress({ slotCount: 6, seats: 6, booked: 4, awaiting: 2 })).toEqual({ unit: 'times', booked: 4, of: 6, awaiting: 2 });
  });

  it('counts seats when a time holds a group', () => {
    expect(offerProgress({ slotCount: 2, seats: 8, booked: 5, awaiting: 3 })).toEqual({ unit: 'seats', booked: 5, of: 8, awaiting: 3 });
  });
});
