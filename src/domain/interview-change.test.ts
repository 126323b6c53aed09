import { describe, expect, it } from 'vitest';
import { changeEmail } from './interview-change.js';

describe('changeEmail', () => {
  it('gives the new time in local time with the zone, and asks the candidate to answer again through their link', () => {
    const email = changeEmail({
      language: 'da',
      timeZone: 'Europe/Copenhagen',
      type: 'phone',
      startsAt: new Date('2026-07-06T12:00:00Z'),
      endsAt: new Date('2026-07-06T12:30:00Z'),
      durationMinutes: 30,
      where: 'Vi ringer til dig',
      jobTitle: 'Bogholder',
      companyName: 'Nordhavn Byg A/S',
      firstName: 'Søren',
      sender: 'Anna Holm',
      message: null,
      confirmLink: 'https://job.example/i/abc',
    });
    expect(email.subject).toBe('Ændret: telefonsamtale om Bogholder');
    expect(email.text).toContain('Tidspunkt: mandag den 6. juli 2026, 14.00–14.30 CEST');
    expect(email.text).toContain('Svar venligst igen, om du kan deltage: https://job.example/i/abc');
    expect(email.text).not.toContain('Besked fra os');
  });
});
