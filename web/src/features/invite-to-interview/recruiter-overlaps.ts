/**
 * The preview's 'recruiter_busy' warnings as the overlap warning names them: who, and when their other interview
 * is. The warning carries the recruiter's id and a sentence for people holding the other interview's start and end
 * as ISO instants; the instants are read from it so the screen can show them in the organisation's zone and the
 * reader's language. A sentence without them still names the recruiter.
 */
export interface RecruiterOverlap {
  name: string;
  startsAt: string | null;
  endsAt: string | null;
}

interface Warning {
  code: string;
  message: string;
  recruiterId?: string;
}

const INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})/g;

export function recruiterOverlaps(warnings: readonly Warning[], recruiters: readonly { id: string; name: string }[]): RecruiterOverlap[] {
  return warnings
    .filter((warning) => warning.code === 'recruiter_busy')
    .map((warning) => {
      const known = recruiters.find((recruiter) => recruiter.id === warning.recruiterId);
      const name = known?.name ?? warning.message.split(' already has ')[0] ?? '';
      const instants = (warning.message.match(INSTANT) ?? []).filter((instant) => !Number.isNaN(Date.parse(instant)));
      const [startsAt = null, endsAt = null] = instants.length === 2 ? instants : [];
      return { name, startsAt, endsAt };
    });
}
