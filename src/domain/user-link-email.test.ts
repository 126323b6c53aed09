import { describe, expect, it } from 'vitest';
import { userLinkEmail } from './user-link-email.js';

const base = { organisationName: 'Fjord A/S', userName: 'Bo Berg', invitedBy: 'Mette Holm', link: 'urn:samtale:user-link:x' };

describe('userLinkEmail', () => {
  it('invites in the language asked for, naming who invited, the link and how long it works', () => {
    const email = userLinkEmail({ ...base, purpose: 'invitation', language: 'da' });
    expect(email.subject).toBe('Du er inviteret til Samtale hos Fjord A/S');
    expect(email.text).toContain('Kære Bo Berg');
    expect(email.text).toContain('Mette Holm har inviteret dig');
    expect(email.text).toContain('\nurn:samtale:user-link:x\n');
    expect(email.text).toContain('72 timer');
  });

  it('words a reset as asked for by someone, says it lasts an hour and that ignoring it changes nothing', () => {
    const email = userLinkEmail({ ...base, invitedBy: null, purpose: 'password_reset', language: 'en' });
    expect(email.subject).toBe('Choose a new password for Samtale');
    expect(email.text).toContain('one hour');
    expect(email.text).toContain('your password is unchanged');
    expect(email.text).toContain('\nurn:samtale:user-link:x\n');
  });
});
