import type { ApplicationStatus } from '../../api/types';
import { APPLICATION_STATUSES } from '../../ui/application-statuses';

/**
 * What "All applications" shows, kept in the address so a link, a reload or the back button shows the same list:
 * `?status=received&status=in_review&q=mette&sort=name&page=2&pageSize=50`. Anything the address holds that makes
 * no sense falls back to the default, so a hand-edited or outdated link never breaks the screen.
 */
export const SORT_FIELDS = ['name', 'status', 'submittedAt'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export type Sort = SortField | `-${SortField}`;

export const DEFAULT_SORT: Sort = '-submittedAt';
export const DEFAULT_PAGE_SIZE = 50;
/** The server's own limits: more would be refused with a 400. */
export const MAX_PAGE_SIZE = 200;
export const MAX_PAGE = 1_000_000;
export const MAX_SEARCH_LENGTH = 200;

export interface ListParams {
  /** Only these statuses, in the order a recruiter follows them; none means every status. */
  statuses: ApplicationStatus[];
  /** The search as typed (spaces kept, so typing is not disturbed); trimmed only when asking the server. */
  q: string;
  sort: Sort;
  page: number;
  pageSize: number;
}

export const DEFAULT_LIST_PARAMS: ListParams = { statuses: [], q: '', sort: DEFAULT_SORT, page: 1, pageSize: DEFAULT_PAGE_SIZE };

export const SORTS: readonly Sort[] = SORT_FIELDS.flatMap((field) => [field, `-${field}`] as const);

export function isSort(value: string): value is Sort {
  return (SORTS as readonly string[]).includes(value);
}

/** A whole number in [min, max] written plainly ("2", not "2.0", "+2" or "0x2"), else null. */
function wholeNumber(value: string | null, min: number, max: number): number | null {
  if (value === null || !/^\d{1,7}$/.test(value)) return null;
  const number = Number(value);
  return number >= min && number <= max ? number : null;
}

export function parseListParams(search: URLSearchParams): ListParams {
  const wanted = new Set(search.getAll('status'));
  const sort = search.get('sort') ?? '';
  return {
    statuses: APPLICATION_STATUSES.filter((status) => wanted.has(status)),
    q: (search.get('q') ?? '').slice(0, MAX_SEARCH_LENGTH),
    sort: isSort(sort) ? sort : DEFAULT_SORT,
    page: wholeNumber(search.get('page'), 1, MAX_PAGE) ?? 1,
    pageSize: wholeNumber(search.get('pageSize'), 1, MAX_PAGE_SIZE) ?? DEFAULT_PAGE_SIZE,
  };
}

/** The address for these params: defaults are left out, so the plain list has the plain address. */
export function listParamsToSearch(params: ListParams): URLSearchParams {
  const search = new URLSearchParams();
  for (const status of params.statuses) search.append('status', status);
  if (params.q.trim() !== '') search.set('q', params.q);
  if (params.sort !== DEFAULT_SORT) search.set('sort', params.sort);
  if (params.page !== 1) search.set('page', String(params.page));
  if (params.pageSize !== DEFAULT_PAGE_SIZE) search.set('pageSize', String(params.pageSize));
  return search;
}

/** What the server is asked for. */
export function applicationsQuery(params: ListParams) {
  const q = params.q.trim();
  return {
    ...(params.statuses.length > 0 ? { status: params.statuses } : {}),
    ...(q ? { q } : {}),
    sort: params.sort,
    page: params.page,
    pageSize: params.pageSize,
  };
}

// Changing what is listed starts again on page 1: page 3 of another filter is a page of something else.

export function withStatuses(params: ListParams, statuses: readonly string[]): ListParams {
  const wanted = new Set(statuses);
  return { ...params, statuses: APPLICATION_STATUSES.filter((status) => wanted.has(status)), page: 1 };
}

export function withSearch(params: ListParams, q: string): ListParams {
  const next = q.slice(0, MAX_SEARCH_LENGTH);
  if (next.trim() === params.q.trim()) return { ...params, q: next };
  return { ...params, q: next, page: 1 };
}

export function withSort(params: ListParams, sort: Sort): ListParams {
  return sort === params.sort ? params : { ...params, sort, page: 1 };
}

export function withPage(params: ListParams, page: number): ListParams {
  return { ...params, page: Math.min(Math.max(1, Math.trunc(page)), MAX_PAGE) };
}

export function withoutFilters(params: ListParams): ListParams {
  return { ...params, statuses: [], q: '', page: 1 };
}

export function hasFilters(params: ListParams): boolean {
  return params.statuses.length > 0 || params.q.trim() !== '';
}

export function sortField(sort: Sort): SortField {
  return (sort.startsWith('-') ? sort.slice(1) : sort) as SortField;
}

export function sortDirection(sort: Sort): 'ascending' | 'descending' {
  return sort.startsWith('-') ? 'descending' : 'ascending';
}

export function toSort(field: SortField, direction: 'ascending' | 'descending'): Sort {
  return direction === 'descending' ? `-${field}` : field;
}

/**
 * A click on a column heading: the same column turns around; another column starts the way a recruiter reads it
 * first (names A–Z, statuses in process order, newest applications first).
 */
export function toggledSort(current: Sort, field: SortField): Sort {
  if (sortField(current) === field) return toSort(field, sortDirection(current) === 'ascending' ? 'descending' : 'ascending');
  return field === 'submittedAt' ? '-submittedAt' : field;
}

export interface PageWindow {
  /** 1-based position of the first and last row shown; 0 and 0 when nothing is. */
  from: number;
  to: number;
  pageCount: number;
  hasPrevious: boolean;
  hasNext: boolean;
}

export function pageWindow(page: number, pageSize: number, total: number, shown: number): PageWindow {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const from = shown === 0 ? 0 : (page - 1) * pageSize + 1;
  return { from, to: shown === 0 ? 0 : from + shown - 1, pageCount, hasPrevious: page > 1, hasNext: page < pageCount };
}

/** A page past the end (an old link, or rows that went away): the last page that has rows, else null when fine. */
export function lastPageIfBeyond(page: number, pageSize: number, total: number): number | null {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  return page > pageCount ? pageCount : null;
}
