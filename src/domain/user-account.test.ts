import { describe, expect, it } from 'vitest';
import { leavesNoAdministrator, type UserAccount } from './user-account.js';

const admin: UserAccount = { id: 'u1', organisationId: 'o1', name: 'Mette', email: 'mette@firma.example', role: 'admin', smsAccess: true, status: 'active' };

describe('leavesNoAdministrator', () => {
  it('refuses to demote or deactivate the last active administrator', () => {
    expect(leavesNoAdministrator(admin, { role: 'recruiter' }, 0)).toBe(true);
    expect(leavesNoAdministrator(admin, { deactivate: true }, 0)).toBe(true);
  });

  it('allows it while another active administrator remains', () => {
    expect(leavesNoAdministrator(admin, { role: 'recruiter' }, 1)).toBe(false);
    expect(leavesNoAdministrator(admin, { deactivate: true }, 1)).toBe(false);
  });

  it('allows changes that keep the administrator one, and changes to recruiters or invited administrators', () => {
    expect(leavesNoAdministrator(admin, { role: 'admin' }, 0)).toBe(false);
    expect(leavesNoAdministrator({ ...admin, role: 'recruiter' }, { deactivate: true }, 0)).toBe(false);
    expect(leavesNoAdministrator({ ...admin, status: 'invited' }, { deactivate: true }, 0)).toBe(false);
  });
});
