import { describe, expect, it } from 'vitest';
import { setupSchema } from './setup-form';

const filled = {
  organisationName: 'Fjordside Tømrer ApS',
  timeZone: 'Europe/Copenhagen',
  language: 'da',
  adminName: 'Signe Dahl',
  adminEmail: 'signe@fjordside.example',
  password: 'a long enough passphrase',
  setupToken: '',
};

const problems = (values: object) => {
  const result = setupSchema.safeParse({ ...filled, ...values });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('the setup form', () => {
  it('takes a filled-in form', () => {
    expect(problems({})).toEqual([]);
  });

  it('asks for the names, and an email address that looks like one', () => {
    expect(problems({ organisationName: '  ', adminName: '' })).toEqual(['organisationName: organisationNameMissing', 'adminName: adminNameMissing']);
    expect(problems({ adminEmail: 'signe' })).toEqual(['adminEmail: emailInvalid']);
  });

  it('refuses a password shorter than the server’s rule, spaces not counted', () => {
    expect(problems({ password: 'short' })).toEqual(['password: passwordTooShort']);
    expect(problems({ password: '   nine99   ' })).toEqual(['password: passwordTooShort']);
  });
});
