import { describe, expect, it } from 'vitest';
import { bookingInvitationValues } from './booking-invitation-values.js';

const slot = (start: string, minutes = 30) => ({ startsAt: new Date(start), endsAt: new Date(new Date(start).getTime() + minutes * 60_000) });

const input = (slots: ReturnType<typeof slot>[], language: 'da' | 'en' = 'da') => ({
  candidate: { firstName: 'Søren', lastName: 'Ågård' },
  jobTitle: 'Tømrer',
  companyName: 'Nordhavn Byg A/S',
  recruiterNames: ['Anna Holm'],
  sender: 'Anna Holm',
  language,
  timeZone: 'Europe/Copenhagen',
  confirmLink: 'https://samtale.example/i/x',
  offer: { type: 'in_person' as const, durationMinutes: 30, location: 'Havnegade 1', meetingUrl: null, slots, deadline: new Date('2026-12-09T08:00:00Z') },
});

describe('bookingInvitationValues', () => {
  it('names the offered days as a range and the span of the day the slots cover, on the organisation’s clock', () => {
    // Day one 13:00–15:00, day two 09:00–10:30 Copenhagen time: the span is 09.00–15.00 whichever day holds each end.
    const values = bookingInvitationValues(input([slot('2026-12-11T08:00:00Z', 90), slot('2026-12-10T12:00:00Z'), slot('2026-12-10T13:30:00Z')]));
    expect(values.interviewdate).toBe('torsdag 10.–fredag 11. december 2026');
    expect(values.interviewtime).toBe('09.00–15.00 CET');
    expect(values.bookingdeadline).toBe('onsdag den 9. december 2026 kl. 09.00 CET');
    expect(values.duration).toBe('30 minutter');
    expect(values.firstname).toBe('Søren');
  });

  it('names a single day once, in the candidate’s language', () => {
    const values = bookingInvitationValues(input([slot('2026-12-10T08:00:00Z'), slot('2026-12-10T09:00:00Z')], 'en'));
    expect(values.interviewdate).toBe('Thursday, 10 December 2026');
    expect(values.interviewtime).toBe('09:00–10:30 CET');
    expect(values.bookingdeadline).toBe('Wednesday, 9 December 2026 at 09:00 CET');
  });
});
