import * as z from 'zod/mini';

/** As the server asks (src/domain/password-rule.ts): length is what makes a password hard to guess. */
export const MIN_PASSWORD_LENGTH = 12;

const newPassword = z.string().check(z.minLength(MIN_PASSWORD_LENGTH, 'passwordTooShort'), z.maxLength(1024, 'passwordTooLong'));

/** A new password typed twice, so a slip of the finger does not lock its owner out. Messages are catalog keys under `password:errors`. */
const twice = { password: newPassword, repeat: z.string() };
const sameTwice = (values: { password: string; repeat: string }) => values.password === values.repeat;

export const choosePasswordSchema = z.object(twice).check(z.refine(sameTwice, { message: 'repeatDiffers', path: ['repeat'] }));
export type ChoosePasswordForm = z.infer<typeof choosePasswordSchema>;

export const changePasswordSchema = z
  .object({ currentPassword: z.string().check(z.minLength(1, 'currentMissing')), ...twice })
  .check(z.refine(sameTwice, { message: 'repeatDiffers', path: ['repeat'] }));
export type ChangePasswordForm = z.infer<typeof changePasswordSchema>;

export const forgotPasswordSchema = z.object({
  email: z.pipe(z.string().check(z.trim(), z.minLength(1, 'emailMissing')), z.email('emailInvalid')),
});
export type ForgotPasswordForm = z.infer<typeof forgotPasswordSchema>;
