import { monthOf, monthOfWeek, parseMonth, weekOfMonth } from './month';
import { mondayOf, parseLocalDate } from './week';

/**
 * What the calendar shows, kept in the address: `?week=2026-11-30&recruiter=all&project=<id>`, or
 * `?view=month&month=2026-12&…` for a month. The week is its Monday on the organisation's calendar (any other day
 * of it is taken to mean its week); without a month the month view shows that of the week; the recruiter is `me`
 * (the default, left out of the address), `all`, or a recruiter's id; no project means every project. Anything
 * that makes no sense falls back to the default, so an old or hand-edited link never breaks the screen.
 */
export type RecruiterFilter = 'me' | 'all' | { id: string };

export const CALENDAR_VIEWS = ['week', 'month'] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

export interface CalendarParams {
  view: CalendarView;
  week: string;
  /** `YYYY-MM`. */
  month: string;
  recruiter: RecruiterFilter;
  project: string | null;
}

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseCalendarParams(search: URLSearchParams, today: string): CalendarParams {
  const week = mondayOf(parseLocalDate(search.get('week')) ?? today);
  const month = parseMonth(search.get('month'));
  const recruiter = search.get('recruiter') ?? '';
  const project = search.get('project') ?? '';
  return {
    view: search.get('view') === 'month' ? 'month' : 'week',
    week: month && !search.has('week') ? weekOfMonth(month, today) : week,
    month: month ?? (search.has('week') ? monthOfWeek(week) : monthOf(today)),
    recruiter: recruiter === 'all' ? 'all' : ID.test(recruiter) ? { id: recruiter.toLowerCase() } : 'me',
    project: ID.test(project) ? project.toLowerCase() : null,
  };
}

/**
 * The address for these params. The week or month shown is always written, so a shared link shows the same days
 * later on; the week view, the default, is left out.
 */
export function calendarParamsToSearch(params: CalendarParams): URLSearchParams {
  const search = new URLSearchParams(params.view === 'month' ? { view: 'month', month: params.month } : { week: params.week });
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

/** The other view, on the days the recruiter was looking at: a month opens on its week, a week on its month. */
export function switchView(params: CalendarParams, view: CalendarView, today: string): CalendarParams {
  if (view === params.view) return params;
  return view === 'week' ? { ...params, view, week: weekOfMonth(params.month, today) } : { ...params, view, month: monthOfWeek(params.week) };
}
