import * as z from 'zod/mini';

/** Inviting a user; messages are catalog keys under `users:errors`. */
export const inviteSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1, 'nameMissing'), z.maxLength(200, 'nameTooLong')),
  email: z.pipe(z.string().check(z.trim(), z.minLength(1, 'emailMissing')), z.email('emailInvalid')),
  role: z.enum(['admin', 'recruiter']),
  smsAccess: z.boolean(),
});

export type InviteForm = z.infer<typeof inviteSchema>;

export const EMPTY_INVITATION: InviteForm = { name: '', email: '', role: 'recruiter', smsAccess: false };
