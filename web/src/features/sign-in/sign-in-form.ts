import * as z from 'zod/mini';

/**
 * The sign-in form; messages are catalog keys under `sign-in:errors`, so they follow the language. Zod's mini
 * build: the first screen's weight counts, and this form needs only its basics.
 */
export const signInSchema = z.object({
  // Whether it looks like an address is asked only once there is something to look at.
  email: z.pipe(z.string().check(z.trim(), z.minLength(1, 'emailMissing')), z.email('emailInvalid')),
  password: z.string().check(z.minLength(1, 'passwordMissing')),
});

export type SignInForm = z.infer<typeof signInSchema>;
