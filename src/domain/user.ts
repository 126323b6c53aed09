export type Role = 'admin' | 'recruiter';

/** A recruiter or administrator of one organisation. */
export interface User {
  id: string;
  organisationId: string;
  name: string;
  email: string;
  role: Role;
  /** May send SMS reminders ("SMS access" in the source). */
  smsAccess: boolean;
}

/** Emails are compared without regard to case or surrounding space: people type them both ways. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
