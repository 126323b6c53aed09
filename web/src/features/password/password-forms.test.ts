import { describe, expect, it } from 'vitest';
import { changePasswordSchema, choosePasswordSchema, forgotPasswordSchema } from './password-forms';

const problems = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((issue) => [issue.path.join('.'), issue.message]);

describe('password forms', () => {
  it('accept a password of 12 characters typed the same twice', () => {
    expect(problems(choosePasswordSchema.safeParse({ password: 'tolv tegn ok', repeat: 'tolv tegn ok' }))).toEqual([]);
  });

  it('refuse a shorter password, and a repeat that differs, at the field concerned', () => {
    expect(problems(choosePasswordSchema.safeParse({ password: 'elleve tegn', repeat: 'elleve tegn' }))).toEqual([['password', 'passwordTooShort']]);
    expect(problems(choosePasswordSchema.safeParse({ password: 'tolv tegn ok', repeat: 'tolv tegn ok!' }))).toEqual([['repeat', 'repeatDiffers']]);
  });

  it('ask for the current password when changing one', () => {
    expect(problems(changePasswordSchema.safeParse({ currentPassword: '', password: 'tolv tegn ok', repeat: 'tolv tegn ok' }))).toEqual([['currentPassword', 'currentMissing']]);
  });

  it('ask for an address that looks like one to send a reset link to', () => {
    expect(problems(forgotPasswordSchema.safeParse({ email: ' ' }))).toEqual([['email', 'emailMissing']]);
    expect(problems(forgotPasswordSchema.safeParse({ email: 'mia' }))).toEqual([['email', 'emailInvalid']]);
  });
});
