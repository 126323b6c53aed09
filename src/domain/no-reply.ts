import { DateTime } from 'luxon';
import type { ResponseStatus } from './invitation.js';
import { isKnownTimeZone } from './local-time.js';

/** How many working days an invitation may wait for an answer before the recruiter is told to follow up. */
export const NO_REPLY_WORKING_DAYS = 2;

/** Luxon's weekday (Monday 1 … Sunday 7). */
const SATURDAY = 6;
/** `Date.getUTCDay`'s (Sunday 0 … Saturday 6). */
const SUNDAY = 0;
const UTC_SATURDAY = 6;

/**
 * The moment an invitation sent at `sentAt` that is still unanswered becomes "no reply": the same wall-clock time
 * in `timeZone` (the organisation's) two working days later. Working days are Monday to Friday on the local
 * calendar; a Saturday or Sunday does not count, and public holidays are out of scope (they count as working days:
 * Samtale knows no holiday calendar).
 *
 * - Sent Wednesday 10:00 → Friday 10:00.
 * - Sent Thursday 14:00 → Monday 14:00 (Friday is one, the weekend is skipped, Monday is two).
 * - Sent Friday 16:00 → Tuesday 16:00.
 * - Sent on a Saturday or Sunday, at any hour → counted from Monday 00:00, so Wednesday 00:00.
 *
 * Counted on the local calendar, so a change of summer time in between does not shift the wall-clock time: sent
 * Thursday 14:00 before the clocks go forward on Sunday, it is Monday 14:00 on the new clock (95 real hours later,
 * not 96). European zones change their clocks on Sundays, so the span is never shorter than 48 real hours there; in
 * a zone that changes on a weekday, a span over a spring-forward is an hour shorter, and a wall-clock time the
 * clocks skip that day is moved forward past the gap.
 *
 * Throws a RangeError for an invalid Date or an unknown zone: programming errors, since callers read both from
 * stored data.
 */
export function noReplyAt(sentAt: Date, timeZone: string): Date {
  const sent = DateTime.fromJSDate(sentAt, { zone: timeZone });
  if (!sent.isValid || !isKnownTimeZone(timeZone)) {
    throw new RangeError(`Cannot place ${String(sentAt)} on the calendar of time zone "${timeZone}"`);
  }
  // The count is of calendar dates alone: which date follows which, and its weekday, are the same in every zone, so
  // only the sending and the flag are read on the organisation's clock. The count starts at the moment of sending
  // on a weekday, else at Monday 00:00.
  const onWeekend = sent.weekday >= SATURDAY;
  const clock = onWeekend
    ? { hour: 0, minute: 0, second: 0, millisecond: 0 }
    : { hour: sent.hour, minute: sent.minute, second: sent.second, millisecond: sent.millisecond };
  const day = new Date(0);
  day.setUTCFullYear(sent.year, sent.month - 1, sent.day);
  if (onWeekend) day.setUTCDate(day.getUTCDate() + 8 - sent.weekday);
  for (let counted = 0; counted < NO_REPLY_WORKING_DAYS; ) {
    day.setUTCDate(day.getUTCDate() + 1);
    if (day.getUTCDay() !== SUNDAY && day.getUTCDay() !== UTC_SATURDAY) counted += 1;
  }
  return DateTime.fromObject({ year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), ...clock }, { zone: timeZone }).toJSDate();
}

/** Whether an unanswered invitation sent at `sentAt` has waited two working days by `now` (see `noReplyAt`). */
export function isNoReply(sentAt: Date, now: Date, timeZone: string): boolean {
  return now.getTime() >= noReplyAt(sentAt, timeZone).getTime();
}

/**
 * The flag the recruitment calendar and the candidate's page show: the invitation still awaits an answer, and has
 * for two working days since it was sent (created; whether or not an email went with it).
 */
export function invitationHasNoReply(
  invitation: { responseStatus: ResponseStatus; createdAt: string },
  now: Date,
  timeZone: string,
): boolean {
  return invitation.responseStatus === 'awaiting' && isNoReply(new Date(invitation.createdAt), now, timeZone);
}
