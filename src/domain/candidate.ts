/** A person who applies; may apply to several projects of the same organisation. */
export interface Candidate {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  /** E.164, or null when the candidate gave none. */
  mobile: string | null;
  language: string;
}

export function fullName(candidate: Pick<Candidate, 'firstName' | 'lastName'>): string {
  return `${candidate.firstName} ${candidate.lastName}`;
}

/** The text a recruiter's search matches against: names, email and mobile, lower-cased. */
export function candidateSearchText(candidate: Omit<Candidate, 'id' | 'language'>): string {
  return [candidate.firstName, candidate.lastName, candidate.email, candidate.mobile ?? '']
    .join(' ')
    .toLowerCase();
}
