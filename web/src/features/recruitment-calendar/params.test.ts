import { describe, expect, it } from 'vitest';
import { calendarParamsToSearch, parseCalendarParams, recruiterIdFor, switchView, type CalendarParams } from './params';

const TODAY = '2026-12-03';
const ID = '0b7a1f9e-5c2d-4e8f-9a1b-2c3d4e5f6a7b';
const parse = (query: string) => parseCalendarParams(new URLSearchParams(query), TODAY);

describe("the calendar's address", () => {
  it("shows this week's Monday, my interviews and every project when it says nothing", () => {
    expect(parse('')).toEqual({ view: 'week', week: '2026-11-30', month: '2026-12', recruiter: 'me', project: null });
  });

  it('reads the week, a recruiter or all of them, and a project', () => {
    expect(parse(`week=2026-12-07&recruiter=all&project=${ID}`)).toMatchObject({ view: 'week', week: '2026-12-07', recruiter: 'all', project: ID });
    expect(parse(`recruiter=${ID}`).recruiter).toEqual({ id: ID });
  });

  it('takes any day of a week to mean its Monday', () => {
    expect(parse('week=2026-12-10').week).toBe('2026-12-07');
  });

  it('falls back to the defaults for what makes no sense', () => {
    expect(parse('week=2026-13-01&recruiter=someone&project=1%3Bdrop&view=year&month=2026-13')).toEqual({ view: 'week', week: '2026-11-30', month: '2026-12', recruiter: 'me', project: null });
  });

  it('writes the week always and leaves the defaults out', () => {
    const params: CalendarParams = { view: 'week', week: '2026-11-30', month: '2026-12', recruiter: 'me', project: null };
    expect(calendarParamsToSearch(params).toString()).toBe('week=2026-11-30');
    expect(calendarParamsToSearch({ ...params, recruiter: { id: ID }, project: ID }).toString()).toBe(`week=2026-11-30&recruiter=${ID}&project=${ID}`);
    expect(calendarParamsToSearch({ ...params, view: 'month', recruiter: 'all' }).toString()).toBe('view=month&month=2026-12&recruiter=all');
  });

  it('reads a month view, and shows the month of the week asked for when no month is given', () => {
    expect(parse('view=month&month=2027-02')).toMatchObject({ view: 'month', month: '2027-02', week: '2027-02-01' });
    expect(parse('view=month&week=2026-10-28')).toMatchObject({ view: 'month', month: '2026-10' });
    expect(parse('view=month')).toMatchObject({ view: 'month', month: '2026-12' });
  });

  it('switches views on the days being looked at, keeping the filters', () => {
    const week: CalendarParams = { view: 'week', week: '2027-01-11', month: '2026-12', recruiter: 'all', project: ID };
    const month = switchView(week, 'month', TODAY);
    expect(month).toEqual({ ...week, view: 'month', month: '2027-01' });
    expect(switchView({ ...month, month: '2026-12' }, 'week', TODAY)).toEqual({ ...week, week: '2026-11-30', month: '2026-12' });
    expect(switchView(week, 'week', TODAY)).toBe(week);
  });

  it("asks the server about the signed-in recruiter, one recruiter, or no one in particular", () => {
    expect(recruiterIdFor('me', 'mine')).toBe('mine');
    expect(recruiterIdFor('all', 'mine')).toBeUndefined();
    expect(recruiterIdFor({ id: ID }, 'mine')).toBe(ID);
  });
});
