import { describe, expect, it } from 'vitest';
import { applicantSchema, refusedApplicantFields } from './applicant-form';

describe('applicantSchema', () => {
  it('takes a name, an email and no mobile', () => {
    const result = applicantSchema.safeParse({ firstName: ' Søren ', lastName: 'Ågård', email: 'soren@mail.example', mobile: '', language: 'da' });
    expect(result.success && result.data.firstName).toBe('Søren');
  });

  it('names the missing names and a malformed email by catalog key', () => {
    const result = applicantSchema.safeParse({ firstName: '', lastName: ' ', email: 'soren', mobile: '', language: 'da' });
    expect(result.success ? [] : result.error.issues.map((issue) => issue.message)).toEqual(['firstNameMissing', 'lastNameMissing', 'emailInvalid']);
  });
});

describe('refusedApplicantFields', () => {
  it("reads the server's refusal field by field", () => {
    const details = [
      { field: 'mobile', in: 'body', message: 'is not a mobile number.', problem: 'not_mobile' },
      { field: 'language', in: 'body', message: 'x', problem: 'unknown' },
      { field: 'body', in: 'body', message: 'x' },
    ];
    expect(refusedApplicantFields(details)).toEqual([
      { field: 'mobile', key: 'problem.mobile.not_mobile' },
      { field: 'language', key: 'problem.language.unknown' },
    ]);
    expect(refusedApplicantFields(undefined)).toEqual([]);
  });
});
