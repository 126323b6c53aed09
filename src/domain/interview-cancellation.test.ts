import { describe, expect, it } from 'vitest';
import { cancellationEmail } from './interview-cancellation.js';

const base = {
  timeZone: 'Europe/Copenhagen',
  type: 'in_person' as const,
  startsAt: new Date('2026-03-10T09:00:00Z'),
  endsAt: new Date('2026-03-10T09:45:00Z'),
  jobTitle: 'Bogholder',
  companyName: 'Nordhavn Byg A/S',
  firstName: 'Søren',
  sender: 'Anna Holm',
};

describe('cancellationEmail', () => {
  it("tells a Danish candidate which interview is off, in local time with the zone, and passes on the recruiter's message", () => {
    const email = cancellationEmail({ ...base, language: 'da', message: 'Vi vender tilbage med et nyt tidspunkt.' });
    expect(email.subject).toBe('Aflyst: personlig samtale om Bogholder');
    expect(email.text).toContain('Kære Søren');
    expect(email.text).toContain('tirsdag den 10. marts 2026 kl. 10.00–10.45 CET');
    expect(email.text).toContain('Besked fra os:\nVi vender tilbage med et nyt tidspunkt.');
    expect(email.text).toMatch(/Venlig hilsen\nAnna Holm\nNordhavn Byg A\/S$/);
  });

  it('leaves out the message paragraph when there is none', () => {
    const email = cancellationEmail({ ...base, language: 'en', message: null });
    expect(email.subject).toBe('Cancelled: in-person interview for Bogholder');
    expect(email.text).not.toContain('A message from us');
  });
});
