/** The preview's 'recruiter_busy' warnings as the overlap warning names them: who, and when their other interview is. */
export interface RecruiterOverlap {
  name: string;
  startsAt: string;
  endsAt: string;
  /** A time they offered for booking that nobody has booked yet, rather than an interview. */
  offered: boolean;
}

interface Warning {
  code: string;
  recruiterName?: string;
  startsAt?: string;
  endsAt?: string;
  offered?: boolean;
}

export function recruiterOverlaps(warnings: readonly Warning[]): RecruiterOverlap[] {
  return warnings.flatMap(({ code, recruiterName, startsAt, endsAt, offered = false }) =>
    code === 'recruiter_busy' && recruiterName && startsAt && endsAt ? [{ name: recruiterName, startsAt, endsAt, offered }] : [],
  );
}
