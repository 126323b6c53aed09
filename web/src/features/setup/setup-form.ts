import * as z from 'zod/mini';
import { MIN_PASSWORD_LENGTH } from '@domain/password-rule';
import { SUPPORTED_LANGUAGES } from '@domain/languages';

/** The first-run form; messages are catalog keys under `setup:errors`. The password rule is the server's own. */
export const setupSchema = z.object({
  organisationName: z.string().check(z.trim(), z.minLength(1, 'organisationNameMissing')),
  timeZone: z.string().check(z.minLength(1, 'timeZoneMissing')),
  language: z.enum(SUPPORTED_LANGUAGES),
  adminName: z.string().check(z.trim(), z.minLength(1, 'adminNameMissing')),
  adminEmail: z.pipe(z.string().check(z.trim(), z.minLength(1, 'emailMissing')), z.email('emailInvalid')),
  password: z.string().check(z.refine((password) => password.trim().length >= MIN_PASSWORD_LENGTH, 'passwordTooShort')),
  setupToken: z.string(),
});

export type SetupForm = z.infer<typeof setupSchema>;

/** The zone the browser is in, as a first guess at the organisation's: most set a server up from where they work. */
export function guessedTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
