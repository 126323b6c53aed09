import { describe, expect, it } from 'vitest';
import {
  applicationsQuery,
  DEFAULT_LIST_PARAMS,
  hasFilters,
  lastPageIfBeyond,
  listParamsToSearch,
  pageWindow,
  parseListParams,
  toggledSort,
  withoutFilters,
  withPage,
  withSearch,
  withSort,
  withStatuses,
  type ListParams,
} from './list-params';

const parse = (query: string) => parseListParams(new URLSearchParams(query));
const onPage3: ListParams = { ...DEFAULT_LIST_PARAMS, page: 3 };

describe('the address of All applications', () => {
  it('shows every application, newest first, 50 to a page when it says nothing', () => {
    expect(parse('')).toEqual({ statuses: [], q: '', sort: '-submittedAt', page: 1, pageSize: 50 });
  });

  it('reads the status filter, the search, the sort and the page', () => {
    expect(parse('status=in_review&status=received&q=mette&sort=name&page=2&pageSize=20')).toEqual({
      statuses: ['received', 'in_review'],
      q: 'mette',
      sort: 'name',
      page: 2,
      pageSize: 20,
    });
  });

  it('keeps the statuses in the order a recruiter follows them, each once', () => {
    expect(parse('status=rejected&status=received&status=rejected').statuses).toEqual(['received', 'rejected']);
  });

  it('leaves out statuses that do not exist', () => {
    expect(parse('status=hired&status=fired&status=').statuses).toEqual(['hired']);
  });

  it('falls back to the default sort when the sort is unknown', () => {
    for (const sort of ['email', '--name', 'Name', '', '-']) expect(parse(`sort=${sort}`).sort).toBe('-submittedAt');
  });

  it('reads a descending sort', () => {
    expect(parse('sort=-status').sort).toBe('-status');
  });

  it('falls back to page 1 when the page is not a whole number from 1 up', () => {
    for (const page of ['0', '-1', '1.5', 'two', '', '1e3', '0x10', ' 2', '99999999999']) expect(parse(`page=${page}`).page).toBe(1);
  });

  it('falls back to 50 rows when the page size is not one the server takes', () => {
    for (const pageSize of ['0', '201', 'all', '-5']) expect(parse(`pageSize=${pageSize}`).pageSize).toBe(50);
    expect(parse('pageSize=200').pageSize).toBe(200);
  });

  it('cuts a search longer than the server takes', () => {
    expect(parse(`q=${'a'.repeat(500)}`).q).toHaveLength(200);
  });

  it('keeps the spaces of a search as typed', () => {
    expect(parse('q=mette%20').q).toBe('mette ');
  });

  it('leaves the defaults out when written back', () => {
    expect(listParamsToSearch(DEFAULT_LIST_PARAMS).toString()).toBe('');
    expect(listParamsToSearch({ ...DEFAULT_LIST_PARAMS, q: '   ' }).toString()).toBe('');
  });

  it('reads back what it writes', () => {
    const params: ListParams = { statuses: ['received', 'offer'], q: 'Kjærgaard & co', sort: 'status', page: 4, pageSize: 10 };
    expect(listParamsToSearch(params).toString()).toBe('status=received&status=offer&q=Kj%C3%A6rgaard+%26+co&sort=status&page=4&pageSize=10');
    expect(parseListParams(listParamsToSearch(params))).toEqual(params);
  });
});

describe('changing what All applications lists', () => {
  it('resets to page 1 when the status filter changes', () => {
    expect(withStatuses(onPage3, ['received'])).toMatchObject({ statuses: ['received'], page: 1 });
  });

  it('takes only real statuses for the filter, in process order', () => {
    expect(withStatuses(onPage3, ['offer', 'nonsense', 'received']).statuses).toEqual(['received', 'offer']);
  });

  it('resets to page 1 when the search changes', () => {
    expect(withSearch(onPage3, 'mette')).toMatchObject({ q: 'mette', page: 1 });
  });

  it('stays on the page when only spaces around the search change', () => {
    expect(withSearch({ ...onPage3, q: 'mette' }, 'mette ')).toMatchObject({ q: 'mette ', page: 3 });
  });

  it('resets to page 1 when the sort changes', () => {
    expect(withSort(onPage3, 'name').page).toBe(1);
    expect(withSort(onPage3, '-submittedAt').page).toBe(3);
  });

  it('turns to a page, never before the first', () => {
    expect(withPage(DEFAULT_LIST_PARAMS, 4).page).toBe(4);
    expect(withPage(DEFAULT_LIST_PARAMS, 0).page).toBe(1);
  });

  it('clears the filters and the search but keeps the sort', () => {
    const filtered: ListParams = { statuses: ['hired'], q: 'x', sort: 'name', page: 2, pageSize: 50 };
    expect(hasFilters(filtered)).toBe(true);
    expect(withoutFilters(filtered)).toEqual({ statuses: [], q: '', sort: 'name', page: 1, pageSize: 50 });
    expect(hasFilters(withoutFilters(filtered))).toBe(false);
  });
});

describe('sorting by a column heading', () => {
  it('turns the sorted column around', () => {
    expect(toggledSort('name', 'name')).toBe('-name');
    expect(toggledSort('-name', 'name')).toBe('name');
    expect(toggledSort('-submittedAt', 'submittedAt')).toBe('submittedAt');
  });

  it('starts names from A and submissions from the newest', () => {
    expect(toggledSort('-submittedAt', 'name')).toBe('name');
    expect(toggledSort('name', 'status')).toBe('status');
    expect(toggledSort('-name', 'submittedAt')).toBe('-submittedAt');
  });
});

describe('the question to the server', () => {
  it('sends the filter, the trimmed search, the sort and the page', () => {
    expect(applicationsQuery({ statuses: ['received'], q: ' mette ', sort: 'name', page: 2, pageSize: 50 })).toEqual({
      status: ['received'],
      q: 'mette',
      sort: 'name',
      page: 2,
      pageSize: 50,
    });
  });

  it('sends no filter and no search when there are none', () => {
    expect(applicationsQuery({ ...DEFAULT_LIST_PARAMS, q: '  ' })).toEqual({ sort: '-submittedAt', page: 1, pageSize: 50 });
  });
});

describe('the pager', () => {
  it('says which rows are shown', () => {
    expect(pageWindow(1, 50, 123, 50)).toEqual({ from: 1, to: 50, pageCount: 3, hasPrevious: false, hasNext: true });
    expect(pageWindow(3, 50, 123, 23)).toEqual({ from: 101, to: 123, pageCount: 3, hasPrevious: true, hasNext: false });
  });

  it('has one empty page when nothing matches', () => {
    expect(pageWindow(1, 50, 0, 0)).toEqual({ from: 0, to: 0, pageCount: 1, hasPrevious: false, hasNext: false });
  });

  it('finds the last page when the address points past it', () => {
    expect(lastPageIfBeyond(7, 50, 123)).toBe(3);
    expect(lastPageIfBeyond(9, 50, 0)).toBe(1);
    expect(lastPageIfBeyond(3, 50, 123)).toBeNull();
  });
});
