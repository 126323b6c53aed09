import * as z from 'zod/mini';
import type { ApplicationAndCv, InterviewChange } from '../../api/types';
import { localDateTime } from '../../time/wall-clock';

/**
 * "Edit meeting invitation": the form that moves or changes an interview, its checks as the user types, and the
 * PATCH body made from it. Messages are catalog keys under `application-and-cv:edit.errors`.
 */
export type Interview = ApplicationAndCv['invitations'][number]['interview'];

/** The API's bounds (src/domain/interview.ts). */
export const MIN_DURATION_MINUTES = 5;
export const MAX_DURATION_MINUTES = 480;
export const MAX_MESSAGE_LENGTH = 2000;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const MEETING_URL = /^https?:\/\/\S+$/;

/**
 * Whether a local date (and, when given, time) in `timeZone` has already come at `now`: the organisation's
 * calendar decides, never the browser's. The current minute counts as past, as the server refuses a start at now.
 */
export function isPastInZone(date: string, time: string | null, timeZone: string, now: Date): boolean {
  const today = localDateTime(now, timeZone);
  if (date !== today.date) return date < today.date;
  return time !== null && time <= today.time;
}

export interface EditInterviewValues {
  date: string;
  time: string;
  /** As typed: a number input's text. */
  durationMinutes: string;
  /** The address for an in-person, phone or group interview; the meeting link for a video interview. */
  place: string;
  recruiterIds: string[];
  message: string;
}

export function initialValues(interview: Interview, timeZone: string): EditInterviewValues {
  const { date, time } = localDateTime(interview.startsAt, timeZone);
  return {
    date,
    time,
    durationMinutes: String(interview.durationMinutes),
    place: (interview.type === 'video' ? interview.meetingUrl : interview.location) ?? '',
    recruiterIds: interview.recruiters.map((recruiter) => recruiter.id),
    message: '',
  };
}

function duration(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const minutes = Number(trimmed);
  return minutes >= MIN_DURATION_MINUTES && minutes <= MAX_DURATION_MINUTES ? minutes : null;
}

/** The form's checks for an interview of `type` in `timeZone`; `now` is read at each check. */
export function editInterviewSchema(type: Interview['type'], timeZone: string, now: () => Date = () => new Date()) {
  return z
    .object({
      date: z.string().check(z.minLength(1, 'dateMissing'), z.regex(DATE, 'dateInvalid')),
      time: z.string().check(z.minLength(1, 'timeMissing'), z.regex(TIME, 'timeInvalid')),
      durationMinutes: z.string().check(z.refine((text) => duration(text) !== null, 'durationRange')),
      place:
        type === 'video'
          ? z.string().check(z.trim(), z.minLength(1, 'meetingUrlMissing'), z.regex(MEETING_URL, 'meetingUrlInvalid'), z.maxLength(2000, 'meetingUrlInvalid'))
          : z.string().check(z.maxLength(500, 'locationTooLong')),
      recruiterIds: z.array(z.string()).check(z.minLength(1, 'recruitersMissing')),
      message: z.string().check(z.maxLength(MAX_MESSAGE_LENGTH, 'messageTooLong')),
    })
    .check(
      z.superRefine((values, ctx) => {
        const at = now();
        if (isPastInZone(values.date, null, timeZone, at)) ctx.issues.push({ code: 'custom', path: ['date'], message: 'dateInPast', input: values.date });
        else if (isPastInZone(values.date, values.time, timeZone, at)) ctx.issues.push({ code: 'custom', path: ['time'], message: 'timeInPast', input: values.time });
      }),
    );
}

/**
 * The PATCH body: only what differs from the interview as it is, plus the message when there is one. Null when
 * nothing would change, as a message alone would still ask everyone again.
 */
export function interviewChange(values: EditInterviewValues, interview: Interview, timeZone: string): InterviewChange | null {
  const before = initialValues(interview, timeZone);
  const change: InterviewChange = {};
  if (values.date !== before.date) change.date = values.date;
  if (values.time !== before.time) change.time = values.time;
  const minutes = duration(values.durationMinutes);
  if (minutes !== null && minutes !== interview.durationMinutes) change.durationMinutes = minutes;
  const place = values.place.trim();
  if (place !== before.place) {
    if (interview.type === 'video') change.meetingUrl = place || null;
    else change.location = place || null;
  }
  const sameRecruiters = values.recruiterIds.length === before.recruiterIds.length && values.recruiterIds.every((id) => before.recruiterIds.includes(id));
  if (!sameRecruiters) change.recruiterIds = [...values.recruiterIds];
  if (Object.keys(change).length === 0) return null;
  const message = values.message.trim();
  if (message) change.message = message;
  return change;
}

/**
 * Whether a change touches only who takes part: then the invitees are not asked again, and only the recruiters
 * (those staying, added and taken off) are told.
 */
export function changesOnlyRecruiters(change: InterviewChange): boolean {
  const { recruiterIds, message: _message, ...rest } = change;
  return recruiterIds !== undefined && Object.keys(rest).length === 0;
}

/** The recruiters to choose from: the interview's own, and the signed-in user when not among them. */
export function recruiterChoices<Recruiter extends { id: string }>(current: readonly Recruiter[], me: Recruiter): Recruiter[] {
  return current.some((recruiter) => recruiter.id === me.id) ? [...current] : [...current, me];
}
