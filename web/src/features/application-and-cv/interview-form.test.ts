import { describe, expect, it } from 'vitest';
import { changesOnlyRecruiters, editInterviewSchema, initialValues, interviewChange, isPastInZone, recruiterChoices, type EditInterviewValues, type Interview } from './interview-form';

const ZONE = 'Europe/Copenhagen';
const anna = { id: 'u-anna', name: 'Anna Holm', email: 'anna@demo.example' };
const bo = { id: 'u-bo', name: 'Bo Madsen', email: 'bo@demo.example' };

const interview: Interview = {
  id: 'i-1',
  projectId: 'p-1',
  type: 'in_person',
  status: 'scheduled',
  startsAt: '2026-12-03T09:00:00.000Z',
  endsAt: '2026-12-03T09:45:00.000Z',
  durationMinutes: 45,
  location: 'Sundkrogsgade 21',
  meetingUrl: null,
  recruiters: [anna, bo],
  sequence: 0,
  offerId: null,
};
const video: Interview = { ...interview, type: 'video', location: null, meetingUrl: 'https://meet.example/a' };

// Monday 30 November 2026, 09:00 in Copenhagen.
const now = () => new Date('2026-11-30T08:00:00Z');

const problems = (values: Partial<EditInterviewValues>, of: Interview = interview) => {
  const result = editInterviewSchema(of.type, ZONE, now).safeParse({ ...initialValues(of, ZONE), ...values });
  // The first problem of each field, as the form shows it.
  return result.success ? {} : Object.fromEntries(result.error.issues.toReversed().map((issue) => [issue.path[0], issue.message]));
};

describe('local dates and times in the organisation zone', () => {
  it('calls a date past when it is before today in the zone, even where the browser is still on yesterday', () => {
    // 23:30 UTC on 30 November is already 1 December in Copenhagen.
    const late = new Date('2026-11-30T23:30:00Z');
    expect(isPastInZone('2026-11-30', null, ZONE, late)).toBe(true);
    expect(isPastInZone('2026-12-01', null, ZONE, late)).toBe(false);
  });

  it('calls a time today past from the current minute on', () => {
    expect(isPastInZone('2026-11-30', '09:00', ZONE, now())).toBe(true);
    expect(isPastInZone('2026-11-30', '09:01', ZONE, now())).toBe(false);
  });
});

describe('the edit interview form', () => {
  it('takes the interview as it is', () => {
    expect(problems({})).toEqual({});
  });

  it('refuses a date in the past and a time already gone today', () => {
    expect(problems({ date: '2026-11-29' })).toEqual({ date: 'dateInPast' });
    expect(problems({ date: '2026-11-30', time: '08:30' })).toEqual({ time: 'timeInPast' });
  });

  it('asks for a duration from 5 to 480 minutes', () => {
    expect(problems({ durationMinutes: '4' })).toEqual({ durationMinutes: 'durationRange' });
    expect(problems({ durationMinutes: '481' })).toEqual({ durationMinutes: 'durationRange' });
    expect(problems({ durationMinutes: 'abc' })).toEqual({ durationMinutes: 'durationRange' });
    expect(problems({ durationMinutes: '480' })).toEqual({});
  });

  it('asks for at least one recruiter and a time of day', () => {
    expect(problems({ recruiterIds: [], time: '' })).toEqual({ recruiterIds: 'recruitersMissing', time: 'timeMissing' });
  });

  it('asks a video interview for a meeting link that is a web address', () => {
    expect(problems({ place: '' }, video)).toEqual({ place: 'meetingUrlMissing' });
    expect(problems({ place: 'meet.example/a' }, video)).toEqual({ place: 'meetingUrlInvalid' });
  });
});

describe('the change sent to the server', () => {
  it('holds only the new date when the interview moves a day', () => {
    expect(interviewChange({ ...initialValues(interview, ZONE), date: '2026-12-04' }, interview, ZONE)).toEqual({ date: '2026-12-04' });
  });

  it('holds time, duration, place, recruiters and the message when they change', () => {
    const values = { ...initialValues(interview, ZONE), time: '11:30', durationMinutes: '60', place: ' ', recruiterIds: ['u-bo'], message: ' Vi ses ' };
    expect(interviewChange(values, interview, ZONE)).toEqual({ time: '11:30', durationMinutes: 60, location: null, recruiterIds: ['u-bo'], message: 'Vi ses' });
  });

  it('changes the meeting link of a video interview, not its location', () => {
    expect(interviewChange({ ...initialValues(video, ZONE), place: 'https://meet.example/b' }, video, ZONE)).toEqual({ meetingUrl: 'https://meet.example/b' });
  });

  it('is nothing when only a message was written, or the recruiters were merely reordered', () => {
    expect(interviewChange({ ...initialValues(interview, ZONE), message: 'Hej', recruiterIds: ['u-bo', 'u-anna'] }, interview, ZONE)).toBeNull();
  });
});

describe('the recruiters to choose from', () => {
  it('are the interview recruiters and the signed-in user, once', () => {
    const me = { id: 'u-carl', name: 'Carl', email: 'carl@demo.example' };
    expect(recruiterChoices([anna, bo], me).map((r) => r.id)).toEqual(['u-anna', 'u-bo', 'u-carl']);
    expect(recruiterChoices([anna, bo], anna).map((r) => r.id)).toEqual(['u-anna', 'u-bo']);
  });
});

describe('changesOnlyRecruiters', () => {
  it('is a change of who takes part alone, with or without a message', () => {
    expect(changesOnlyRecruiters({ recruiterIds: ['a', 'b'] })).toBe(true);
    expect(changesOnlyRecruiters({ recruiterIds: ['a'], message: 'Bo tager over' })).toBe(true);
  });

  it('is not a change that also moves the interview, or leaves the recruiters alone', () => {
    expect(changesOnlyRecruiters({ recruiterIds: ['a'], time: '11:00' })).toBe(false);
    expect(changesOnlyRecruiters({ location: 'Havnegade 2' })).toBe(false);
  });
});
