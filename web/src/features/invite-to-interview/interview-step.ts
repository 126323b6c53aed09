import { MAX_DURATION_MINUTES, MIN_DURATION_MINUTES } from '@domain/interview';
import { isPastInZone } from '../application-and-cv/interview-form';
import type { InterviewStep, InterviewType } from './wizard-state';

/**
 * Step 1, the interview: what each field may hold, what the choices are, and the order of the applicants' slots.
 * Problems are catalog keys under `invite-to-interview:errors`.
 */
export type InterviewField = 'recruiterIds' | 'date' | 'time' | 'location' | 'meetingUrl';
export type InterviewProblem =
  | 'recruitersMissing'
  | 'dateMissing'
  | 'dateInPast'
  | 'timeMissing'
  | 'timeInPast'
  | 'meetingUrlMissing'
  | 'meetingUrlInvalid'
  | 'locationTooLong';
export type InterviewProblems = Partial<Record<InterviewField, InterviewProblem>>;

/** The fields in the order the form shows them: Next names the problems in this order. */
export const FIELD_ORDER: readonly InterviewField[] = ['recruiterIds', 'date', 'time', 'location', 'meetingUrl'];

/** The API's bounds (src/http/routes/interview-invitations/schemas.ts). */
export const MAX_LOCATION_LENGTH = 500;
const MAX_MEETING_URL_LENGTH = 2000;
const MEETING_URL = /^https?:\/\/\S+$/;

/** Whether the interview takes place at an address (or by phone) or behind a meeting link. */
export function placeField(type: InterviewType): 'location' | 'meetingUrl' {
  return type === 'video' ? 'meetingUrl' : 'location';
}

/** Everything standing in the way of going on, checked in the organisation's zone at `now`. */
export function interviewProblems(interview: InterviewStep, timeZone: string, now: Date): InterviewProblems {
  const problems: InterviewProblems = {};
  if (interview.recruiterIds.length === 0) problems.recruiterIds = 'recruitersMissing';
  if (interview.date === '') problems.date = 'dateMissing';
  else if (isPastInZone(interview.date, null, timeZone, now)) problems.date = 'dateInPast';
  if (interview.time === '') problems.time = 'timeMissing';
  else if (!problems.date && isPastInZone(interview.date, interview.time, timeZone, now)) problems.time = 'timeInPast';
  return { ...problems, ...placeProblems(interview) };
}

/** What the place holds wrongly, whichever way the applicants get their time: a video interview needs its link. */
export function placeProblems(interview: Pick<InterviewStep, 'type' | 'location' | 'meetingUrl'>): InterviewProblems {
  if (placeField(interview.type) === 'meetingUrl') {
    const link = interview.meetingUrl.trim();
    if (link === '') return { meetingUrl: 'meetingUrlMissing' };
    if (!MEETING_URL.test(link) || link.length > MAX_MEETING_URL_LENGTH) return { meetingUrl: 'meetingUrlInvalid' };
  } else if (interview.location.trim().length > MAX_LOCATION_LENGTH) {
    return { location: 'locationTooLong' };
  }
  return {};
}

/** Interview lengths a recruiter books, within the API's 5 to 480 minutes. */
const DURATIONS = [10, 15, 20, 30, 45, 60, 75, 90, 120, 180, 240, 480];
const BREAKS = [0, 5, 10, 15, 20, 30, 45, 60];

/** The lengths to choose from, with the current one among them even when it is not a usual one. */
export function durationChoices(current: number): number[] {
  const valid = Number.isInteger(current) && current >= MIN_DURATION_MINUTES && current <= MAX_DURATION_MINUTES;
  return valid && !DURATIONS.includes(current) ? [...DURATIONS, current].sort((a, b) => a - b) : DURATIONS;
}

export function breakChoices(current: number): number[] {
  return BREAKS.includes(current) ? BREAKS : [...BREAKS, current].sort((a, b) => a - b);
}

/** The list with the item at `index` moved one place earlier (-1) or later (+1); unchanged at either end. */
export function moved<Item>(items: readonly Item[], index: number, by: -1 | 1): Item[] {
  const to = index + by;
  if (index < 0 || index >= items.length || to < 0 || to >= items.length) return [...items];
  const next = [...items];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}
