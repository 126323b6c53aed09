import { describe, expect, it } from 'vitest';
import { calendarParamsToSearch, parseCalendarParams, recruiterIdFor } from './params';

const TODAY = '2026-12-03';
const ID = '0b7a1f9e-5c2d-4e8f-9a1b-2c3d4e5f6a7b';
const parse = (query: string) => parseCalendarParams(new URLSearchParams(query), TODAY);

describe("the calendar's address", () => {
  it("shows this week's Monday, my interviews and every project when it says nothing", () => {
    expect(parse('')).toEqual({ week: '2026-11-30', recruiter: 'me', project: null });
  });

  it('reads the week, a recruiter or all of them, and a project', () => {
    expect(parse(`week=2026-12-07&recruiter=all&project=${ID}`)).toEqual({ week: '2026-12-07', recruiter: 'all', project: ID });
    expect(parse(`recruiter=${ID}`).recruiter).toEqual({ id: ID });
  });

  it('takes any day of a week to mean its Monday', () => {
    expect(parse('week=2026-12-10').week).toBe('2026-12-07');
  });

  it('falls back to the defaults for what makes no sense', () => {
    expect(parse('week=2026-13-01&recruiter=someone&project=1%3Bdrop')).toEqual({ week: '2026-11-30', recruiter: 'me', project: null });
  });

  it('writes the week always and leaves the defaults out', () => {
    expect(calendarParamsToSearch({ week: '2026-11-30', recruiter: 'me', project: null }).toString()).toBe('week=2026-11-30');
    expect(calendarParamsToSearch({ week: '2026-11-30', recruiter: { id: ID }, project: ID }).toString()).toBe(`week=2026-11-30&recruiter=${ID}&project=${ID}`);
  });

  it("asks the server about the signed-in recruiter, one recruiter, or no one in particular", () => {
    expect(recruiterIdFor('me', 'mine')).toBe('mine');
    expect(recruiterIdFor('all', 'mine')).toBeUndefined();
    expect(recruiterIdFor({ id: ID }, 'mine')).toBe(ID);
  });
});
