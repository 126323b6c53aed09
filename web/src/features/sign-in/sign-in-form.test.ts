import { describe, expect, it } from 'vitest';
import { signInSchema } from './sign-in-form';

const problems = (values: { email: string; password: string }) => {
  const result = signInSchema.safeParse(values);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path[0], issue.message]));
};

describe('the sign-in form', () => {
  it('asks for an email address and a password', () => {
    expect(problems({ email: '', password: '' })).toEqual({ email: 'emailMissing', password: 'passwordMissing' });
  });

  it('refuses an address that is not one, before asking the server', () => {
    expect(problems({ email: 'anna', password: 'x' })).toEqual({ email: 'emailInvalid' });
  });

  it('takes an address with spaces around it', () => {
    expect(signInSchema.parse({ email: ' anna@demo.example ', password: 'x' }).email).toBe('anna@demo.example');
  });
});
