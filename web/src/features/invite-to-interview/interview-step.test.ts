import { describe, expect, it } from 'vitest';
import { breakChoices, durationChoices, interviewProblems, moved, placeField } from './interview-step';
import type { InterviewStep } from './wizard-state';

const ZONE = 'Europe/Copenhagen';
// Monday 30 November 2026, 09:00 in Copenhagen.
const NOW = new Date('2026-11-30T08:00:00Z');

const ready: InterviewStep = {
  type: 'in_person',
  recruiterIds: ['anna'],
  date: '2026-12-03',
  time: '10:00',
  durationMinutes: 45,
  breakMinutes: 15,
  location: 'Sundkrogsgade 21',
  meetingUrl: '',
};

describe('step 1, the interview', () => {
  it('can go on with a recruiter, a date and time ahead, and a place', () => {
    expect(interviewProblems(ready, ZONE, NOW)).toEqual({});
  });

  it('cannot go on without a recruiter, a date or a time', () => {
    expect(interviewProblems({ ...ready, recruiterIds: [], date: '', time: '' }, ZONE, NOW)).toEqual({
      recruiterIds: 'recruitersMissing',
      date: 'dateMissing',
      time: 'timeMissing',
    });
  });

  it("refuses a day that has passed on the organisation's calendar, not the browser's", () => {
    expect(interviewProblems({ ...ready, date: '2026-11-29' }, ZONE, NOW)).toEqual({ date: 'dateInPast' });
    // 23:30 UTC on 30 November is already 1 December in Copenhagen: 30 November at 23:45 has passed there.
    expect(interviewProblems({ ...ready, date: '2026-11-30', time: '23:45' }, ZONE, new Date('2026-11-30T23:30:00Z'))).toEqual({ date: 'dateInPast' });
    expect(interviewProblems({ ...ready, date: '2026-12-01', time: '00:45' }, ZONE, new Date('2026-11-30T23:30:00Z'))).toEqual({});
  });

  it('refuses a time earlier today, and the current minute, in the organisation\'s zone', () => {
    expect(interviewProblems({ ...ready, date: '2026-11-30', time: '08:30' }, ZONE, NOW)).toEqual({ time: 'timeInPast' });
    expect(interviewProblems({ ...ready, date: '2026-11-30', time: '09:00' }, ZONE, NOW)).toEqual({ time: 'timeInPast' });
    expect(interviewProblems({ ...ready, date: '2026-11-30', time: '09:01' }, ZONE, NOW)).toEqual({});
  });

  it('needs a meeting link starting with http(s) for a video interview, and no place', () => {
    const video = { ...ready, type: 'video' as const, location: '' };
    expect(interviewProblems(video, ZONE, NOW)).toEqual({ meetingUrl: 'meetingUrlMissing' });
    expect(interviewProblems({ ...video, meetingUrl: 'meet.example/x' }, ZONE, NOW)).toEqual({ meetingUrl: 'meetingUrlInvalid' });
    expect(interviewProblems({ ...video, meetingUrl: 'https://meet.example/a b' }, ZONE, NOW)).toEqual({ meetingUrl: 'meetingUrlInvalid' });
    expect(interviewProblems({ ...video, meetingUrl: ' https://meet.example/x ' }, ZONE, NOW)).toEqual({});
  });

  it('asks for a meeting link only for video, and a place for the other types', () => {
    expect(placeField('video')).toBe('meetingUrl');
    for (const type of ['phone', 'in_person', 'group'] as const) expect(placeField(type)).toBe('location');
    expect(interviewProblems({ ...ready, type: 'phone', location: '' }, ZONE, NOW)).toEqual({});
  });

  it('refuses a place longer than the API keeps', () => {
    expect(interviewProblems({ ...ready, location: 'x'.repeat(501) }, ZONE, NOW)).toEqual({ location: 'locationTooLong' });
  });
});

describe('the choices of length and break', () => {
  it('are the usual lengths, with an unusual current one added in its place', () => {
    expect(durationChoices(45)).toContain(45);
    expect(durationChoices(50)).toEqual(expect.arrayContaining([45, 50, 60]));
    expect(durationChoices(50).indexOf(50)).toBe(durationChoices(50).indexOf(45) + 1);
    expect(Math.min(...durationChoices(45))).toBeGreaterThanOrEqual(5);
    expect(Math.max(...durationChoices(45))).toBeLessThanOrEqual(480);
  });

  it('offer no break at all, and keep an unusual current break', () => {
    expect(breakChoices(15)[0]).toBe(0);
    expect(breakChoices(25)).toContain(25);
  });
});

describe('the order of the applicants', () => {
  it('moves one applicant a slot earlier or later', () => {
    expect(moved(['Mette', 'Søren', 'Line'], 1, -1)).toEqual(['Søren', 'Mette', 'Line']);
    expect(moved(['Mette', 'Søren', 'Line'], 1, 1)).toEqual(['Mette', 'Line', 'Søren']);
  });

  it('leaves the order as it is at either end', () => {
    expect(moved(['Mette', 'Søren'], 0, -1)).toEqual(['Mette', 'Søren']);
    expect(moved(['Mette', 'Søren'], 1, 1)).toEqual(['Mette', 'Søren']);
  });
});
