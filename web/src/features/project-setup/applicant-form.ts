import * as z from 'zod/mini';

/**
 * Add applicant; messages are catalog keys under `project-setup:errors`. The mobile number is checked by the server,
 * which reads it as Danish without a country code and answers for the field.
 */
export const applicantSchema = z.object({
  firstName: z.string().check(z.trim(), z.minLength(1, 'firstNameMissing'), z.maxLength(100, 'nameTooLong')),
  lastName: z.string().check(z.trim(), z.minLength(1, 'lastNameMissing'), z.maxLength(100, 'nameTooLong')),
  email: z.pipe(z.string().check(z.trim(), z.minLength(1, 'emailMissing')), z.email('emailInvalid')),
  mobile: z.string().check(z.trim(), z.maxLength(50, 'mobileInvalid')),
  language: z.enum(['da', 'en', 'sv', 'nb']),
});

export type ApplicantForm = z.infer<typeof applicantSchema>;

type ApplicantField = keyof ApplicantForm;
const FIELDS: readonly string[] = ['firstName', 'lastName', 'email', 'mobile', 'language'] satisfies ApplicantField[];

/**
 * The fields a refusal of the server names, with the catalog key of each problem: its answer's details are
 * `{field, problem}` (src/domain/applicant-fields.ts), e.g. a mobile that is a landline.
 */
export function refusedApplicantFields(details: unknown): { field: ApplicantField; key: string }[] {
  if (!Array.isArray(details)) return [];
  return details.flatMap((detail: unknown) => {
    if (typeof detail !== 'object' || detail === null) return [];
    const { field, problem } = detail as { field?: unknown; problem?: unknown };
    if (typeof field !== 'string' || !FIELDS.includes(field) || typeof problem !== 'string') return [];
    return [{ field: field as ApplicantField, key: `problem.${field}.${problem}` }];
  });
}
