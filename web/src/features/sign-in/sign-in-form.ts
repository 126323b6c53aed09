import { z } from 'zod';

/** The sign-in form; messages are catalog keys under `sign-in:errors`, so they follow the language. */
export const signInSchema = z.object({
  email: z.string().trim().min(1, 'emailMissing').pipe(z.email('emailInvalid')),
  password: z.string().min(1, 'passwordMissing'),
});

export type SignInForm = z.infer<typeof signInSchema>;
