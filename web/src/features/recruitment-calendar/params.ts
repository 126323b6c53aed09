import { mondayOf, parseLocalDate } from './week';

/**
 * What the calendar shows, kept in the address: `?week=2026-11-30&recruiter=all&project=<id>`. The week is its
 * Monday on the organisation's calendar (any other day of it is taken to mean its week); the recruiter is `me`
 * (the default, left out of the address), `all`, or a recruiter's id; no project means every project. Anything
 * that makes no sense falls back to the default, so an old or hand-edited link never breaks the screen.
 */
export type RecruiterFilter = 'me' | 'all' | { id: string };

export interface CalendarParams {
  week: string;
  recruiter: RecruiterFilter;
  project: string | null;
}

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseCalendarParams(search: URLSearchParams, today: string): CalendarParams {
  const week = parseLocalDate(search.get('week'));
  const recruiter = search.get('recruiter') ?? '';
  const project = search.get('project') ?? '';
  return {
    week: mondayOf(week ?? today),
    recruiter: recruiter === 'all' ? 'all' : ID.test(recruiter) ? { id: recruiter.toLowerCase() } : 'me',
    project: ID.test(project) ? project.toLowerCase() : null,
  };
}

/** The address for these params. The week is always written, so a shared link shows the same week later on. */
export function calendarParamsToSearch(params: CalendarParams): URLSearchParams {
  const search = new URLSearchParams({ week: params.week });
  if (params.recruiter !== 'me') search.set('recruiter', recruiterValue(params.recruiter));
  if (params.project) search.set('project', params.project);
  return search;
}

/** The filter as one string, for the address and for a select's value. */
export function recruiterValue(recruiter: RecruiterFilter): string {
  return typeof recruiter === 'string' ? recruiter : recruiter.id;
}

export function recruiterFromValue(value: string): RecruiterFilter {
  return value === 'me' || value === 'all' ? value : { id: value };
}

/** Whom the server is asked about: `me` is the signed-in recruiter's id, `all` asks about no one in particular. */
export function recruiterIdFor(recruiter: RecruiterFilter, myId: string): string | undefined {
  if (recruiter === 'all') return undefined;
  if (recruiter === 'me') return myId;
  return recruiter.id;
}
