import { describe, expect, it } from 'vitest';
import { EMPTY_INVITATION, inviteSchema } from './invite-form';

describe('the invitation form', () => {
  it('takes a name and an address, trimmed', () => {
    expect(inviteSchema.parse({ ...EMPTY_INVITATION, name: ' Bo Berg ', email: ' bo@fjord.example ' })).toEqual({
      name: 'Bo Berg',
      email: 'bo@fjord.example',
      role: 'recruiter',
      smsAccess: false,
    });
  });

  it('asks for a name and an address that looks like one', () => {
    const result = inviteSchema.safeParse({ ...EMPTY_INVITATION, email: 'bo' });
    expect(result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['name', 'nameMissing'],
      ['email', 'emailInvalid'],
    ]);
  });
});
