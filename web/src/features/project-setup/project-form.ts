import * as z from 'zod/mini';

/** New project and Edit project; messages are catalog keys under `project-setup:errors`. */
export const projectSchema = z.object({
  title: z.string().check(z.trim(), z.minLength(1, 'titleMissing'), z.maxLength(200, 'titleTooLong')),
  reference: z.string().check(z.trim(), z.maxLength(50, 'referenceTooLong')),
  ownerId: z.string().check(z.minLength(1, 'ownerMissing')),
});

export type ProjectForm = z.infer<typeof projectSchema>;
