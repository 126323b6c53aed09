import { DateTime } from 'luxon';
import type { Context } from '../context.js';
import {
  deleteCalendarFeed,
  findCalendarFeedOwner,
  listCalendarEntries,
  saveCalendarFeed,
  type CalendarEntry,
  type CalendarInvitee,
} from '../db/repositories/calendar.js';
import { findOrganisation } from '../db/repositories/organisations.js';
import { feedEventText } from '../domain/calendar-feed-text.js';
import { buildCalendarFeed } from '../domain/calendar-invitation.js';
import type { ApplicationStatus } from '../domain/application-status.js';
import type { InterviewType } from '../domain/interview.js';
import type { ResponseStatus } from '../domain/invitation.js';
import type { Language } from '../domain/languages.js';
import { wallClockReader } from '../domain/local-time.js';
import { invitationHasNoReply } from '../domain/no-reply.js';
import type { Organisation } from '../domain/organisation.js';
import { AppError, notFound } from '../errors.js';
import { hashToken, newSecretToken } from '../security/tokens.js';
import type { Session } from './authenticate.js';
import { calendarUid } from './interview-calendar.js';

/** The longest window the calendar shows at once: a quarter. */
export const MAX_CALENDAR_WINDOW_DAYS = 92;

export interface CalendarQuery {
  from: Date;
  to: Date;
  recruiterId?: string;
  projectId?: string;
}

export type ReminderStatus = 'none' | 'queued' | 'sent' | 'cancelled' | 'failed';

export interface CalendarInterview {
  id: string;
  project: { id: string; title: string };
  type: InterviewType;
  startsAt: string;
  endsAt: string;
  /** The start's date (YYYY-MM-DD) and time (HH:MM) on the organisation's clock. */
  date: string;
  time: string;
  location: string | null;
  meetingUrl: string | null;
  status: 'scheduled' | 'cancelled';
  /** A slot offered for booking (issue 13): its offer and how many of its seats are booked. */
  offer: { id: string; seats: number; booked: number } | null;
  recruiters: { id: string; name: string }[];
  invitees: {
    invitationId: string;
    applicationId: string;
    /** "Status for the project", to set after the interview. */
    applicationStatus: ApplicationStatus;
    candidate: { id: string; firstName: string; lastName: string };
    responseStatus: ResponseStatus;
    /** Still awaiting an answer two working days after it was sent: time to follow up. */
    noReply: boolean;
    reminder: { status: ReminderStatus; dueAt: string | null };
  }[];
}

const EARLIEST = Date.UTC(1900, 0, 1);
const LATEST = Date.UTC(10000, 0, 1);

function windowError(field: 'from' | 'to', message: string): AppError {
  return new AppError('validation_failed', `querystring.${field} ${message}.`, [{ field, in: 'querystring', message }]);
}

/**
 * The window [from, to) must be non-empty and span at most 92 days on the organisation's calendar, so a window
 * between local midnights fits even when a change of summer time makes it an hour longer than 92 × 24 hours.
 */
function assertWindow(query: CalendarQuery, timeZone: string): void {
  for (const field of ['from', 'to'] as const) {
    // The schema lets through what JavaScript cannot place (a leap second) or both engines cannot store alike.
    const time = query[field].getTime();
    if (Number.isNaN(time) || time < EARLIEST || time >= LATEST) throw windowError(field, 'must be an instant between the years 1900 and 9999');
  }
  if (query.to.getTime() <= query.from.getTime()) throw windowError('to', 'must be after from');
  const latest = DateTime.fromJSDate(query.from, { zone: timeZone }).plus({ days: MAX_CALENDAR_WINDOW_DAYS });
  if (query.to.getTime() > latest.toMillis()) {
    throw windowError('to', `must be at most ${MAX_CALENDAR_WINDOW_DAYS} days after from`);
  }
}

/** The statuses a summary of reminders may have, the first that any of them has winning. */
const SUMMARY_ORDER = ['queued', 'sent', 'failed', 'cancelled'] as const satisfies readonly ReminderStatus[];

/**
 * One status for an invitation's reminders — an email, an SMS or both, and any made again when the interview moved:
 * `queued` while one is still to go (or going), else `sent` if one reached the candidate, else `failed`, else
 * `cancelled`. The due time is the earliest of the reminders in that status. The application's page shows each
 * message on its own.
 */
export function reminderSummary(reminders: CalendarInvitee['reminders']): { status: ReminderStatus; dueAt: string | null } {
  // One pass, as the calendar sums up hundreds of invitees: the best status so far (lowest rank) and its earliest due.
  let rank: number = SUMMARY_ORDER.length;
  let dueAt = Number.POSITIVE_INFINITY;
  for (const reminder of reminders) {
    const reminderRank = SUMMARY_ORDER.indexOf(reminder.status === 'sending' ? 'queued' : reminder.status);
    if (reminderRank < 0 || reminderRank > rank) continue;
    const due = Date.parse(reminder.dueAt);
    if (reminderRank < rank || due < dueAt) dueAt = due;
    rank = reminderRank;
  }
  const status = SUMMARY_ORDER[rank];
  return status === undefined ? { status: 'none', dueAt: null } : { status, dueAt: new Date(dueAt).toISOString() };
}

const DAY_MS = 86_400_000;

/**
 * The no-reply flag of a calendar's many invitees, each worked out on the organisation's calendar (`noReplyAt`) only
 * when it could go either way: two working days are never less than one day nor more than six (a weekend, a change of
 * clocks), so an invitation sent less than a day ago has no reply yet, and one sent six days ago or more has waited.
 */
function noReplyOf(now: Date, timeZone: string): (invitee: CalendarInvitee) => boolean {
  return (invitee) => {
    if (invitee.responseStatus !== 'awaiting') return false;
    const waited = now.getTime() - Date.parse(invitee.createdAt);
    if (waited < DAY_MS) return false;
    if (waited >= 6 * DAY_MS) return true;
    return invitationHasNoReply(invitee, now, timeZone);
  };
}

/**
 * The local date and time of day of each start on the organisation's clock, once for the interviews that start at the
 * same moment. What `localDate` cannot place, it refuses as before.
 */
function localStartOf(timeZone: string): (startsAt: string) => { date: string; time: string } {
  const known = new Map<string, { date: string; time: string }>();
  const wallClock = wallClockReader(timeZone);
  return (startsAt) => {
    let local = known.get(startsAt);
    if (!local) {
      local = wallClock(new Date(startsAt));
      known.set(startsAt, local);
    }
    return local;
  };
}

function toCalendarInterview(
  entry: CalendarEntry,
  localStart: (startsAt: string) => { date: string; time: string },
  noReply: (invitee: CalendarInvitee) => boolean,
): CalendarInterview {
  const { date, time } = localStart(entry.startsAt);
  return {
    id: entry.id,
    project: entry.project,
    type: entry.type,
    startsAt: entry.startsAt,
    endsAt: entry.endsAt,
    date,
    time,
    location: entry.location,
    meetingUrl: entry.meetingUrl,
    status: entry.status,
    offer: entry.offer,
    recruiters: entry.recruiters,
    // A time a candidate booked and gave back is history on their page, not a guest of the slot.
    invitees: entry.invitees.filter((invitee) => !(entry.offer && invitee.responseStatus === 'cancelled')).map((invitee) => ({
      invitationId: invitee.invitationId,
      applicationId: invitee.applicationId,
      applicationStatus: invitee.applicationStatus,
      candidate: invitee.candidate,
      responseStatus: invitee.responseStatus,
      noReply: noReply(invitee),
      reminder: reminderSummary(invitee.reminders),
    })),
  };
}

/**
 * The recruitment calendar: the organisation's interviews, scheduled or cancelled, whose time overlaps the window,
 * optionally only those of one participating recruiter or one project (an id that is not the organisation's simply
 * matches nothing), each with every invitee's answer ("Acc. time"), no-reply flag and reminder.
 */
export async function recruitmentCalendar(ctx: Context, organisation: Organisation, query: CalendarQuery): Promise<CalendarInterview[]> {
  assertWindow(query, organisation.timeZone);
  const entries = await listCalendarEntries(ctx.db, organisation.id, { ...query, withReminders: true });
  const localStart = localStartOf(organisation.timeZone);
  const noReply = noReplyOf(ctx.clock.now(), organisation.timeZone);
  return entries.map((entry) => toCalendarInterview(entry, localStart, noReply));
}

// The personal calendar feed.

export const FEED_DAYS_BACK = 30;
export const FEED_DAYS_AHEAD = 365;
/** Asked of calendar programs that honour it; Google and Outlook fetch on their own schedule (hours). */
const FEED_REFRESH_SECONDS = 60 * 60;

/** The feed's address under the public URL, keeping any path prefix the service is published under. */
export function calendarFeedUrl(publicUrl: URL, token: string): string {
  const base = publicUrl.href.endsWith('/') ? publicUrl.href : `${publicUrl.href}/`;
  const url = new URL('api/calendar.ics', base);
  url.searchParams.set('token', token);
  return url.toString();
}

/**
 * Creates the caller's feed, or replaces its token so that the address given before stops working. The token is
 * 256 random bits, shown only in the returned address; the database keeps its keyed hash.
 */
export async function createCalendarFeed(ctx: Context, publicUrl: URL, session: Session): Promise<{ url: string }> {
  const token = newSecretToken();
  await saveCalendarFeed(
    ctx.db,
    { userId: session.user.id, organisationId: session.organisation.id, tokenHash: hashToken(token, ctx.secret) },
    ctx.clock.now(),
  );
  return { url: calendarFeedUrl(publicUrl, token) };
}

export async function revokeCalendarFeed(ctx: Context, session: Session): Promise<void> {
  await deleteCalendarFeed(ctx.db, session.organisation.id, session.user.id);
}

function feedEvent(entry: CalendarEntry, language: Language) {
  const { summary, description } = feedEventText(entry, language);
  // Without METHOD, DTSTAMP is when the event's information last changed (RFC 5545 3.8.7.2): the interview or an answer.
  const stamp = [entry.updatedAt, ...entry.invitees.map((invitee) => invitee.updatedAt)]
    .map((instant) => new Date(instant))
    .reduce((a, b) => (b > a ? b : a));
  const video = entry.type === 'video';
  return {
    uid: calendarUid(entry.id),
    sequence: entry.sequence,
    stamp,
    start: new Date(entry.startsAt),
    end: new Date(entry.endsAt),
    summary,
    description,
    location: video ? entry.meetingUrl : entry.location,
    url: video ? entry.meetingUrl : null,
  };
}

/**
 * The recruiter's read-only iCalendar feed behind a feed token: their scheduled interviews, and the offered slots
 * someone booked, from 30 days back to 365 days ahead. A token that is wrong or revoked is simply not found.
 */
export async function calendarFeed(ctx: Context, token: string): Promise<string> {
  const owner = await findCalendarFeedOwner(ctx.db, hashToken(token, ctx.secret));
  const organisation = owner && (await findOrganisation(ctx.db, owner.organisationId));
  if (!owner || !organisation) throw notFound('The calendar feed');
  const now = ctx.clock.now();
  const entries = await listCalendarEntries(ctx.db, organisation.id, {
    from: new Date(now.getTime() - FEED_DAYS_BACK * DAY_MS),
    to: new Date(now.getTime() + FEED_DAYS_AHEAD * DAY_MS),
    recruiterId: owner.userId,
    scheduledOnly: true,
    withReminders: false,
  });
  return buildCalendarFeed({
    name: `Samtale – ${organisation.name}`,
    timeZone: organisation.timeZone,
    refreshSeconds: FEED_REFRESH_SECONDS,
    // A free offered slot is not a meeting yet: it joins the recruiter's calendar when someone books it.
    events: entries.filter((entry) => !entry.offer || entry.offer.booked > 0).map((entry) => feedEvent(entry, organisation.defaultLanguage)),
  });
}
