import type { ApplicationStatus } from '../../domain/application-status.js';
import { MAX_DURATION_MINUTES, type InterviewType } from '../../domain/interview.js';
import type { ResponseStatus } from '../../domain/invitation.js';
import type { MessageStatus } from '../../domain/message.js';
import type { Db } from '../database.js';

/** Which interviews the recruitment calendar (or a recruiter's feed) shows. */
export interface CalendarFilter {
  /** Interviews whose time overlaps [from, to). */
  from: Date;
  to: Date;
  /** Only interviews this user takes part in. */
  recruiterId?: string;
  projectId?: string;
  /** Leave out cancelled interviews. */
  scheduledOnly?: boolean;
  /** Whether to read the invitees' reminders (the feed does not show them). */
  withReminders?: boolean;
}

export interface CalendarInvitee {
  invitationId: string;
  applicationId: string;
  applicationStatus: ApplicationStatus;
  candidate: { id: string; firstName: string; lastName: string };
  responseStatus: ResponseStatus;
  /** When the invitation was sent. */
  createdAt: string;
  updatedAt: string;
  /** The invitation's reminder messages (email, SMS), empty without `withReminders`. */
  reminders: { status: MessageStatus; dueAt: string }[];
}

export interface CalendarEntry {
  id: string;
  project: { id: string; title: string };
  type: InterviewType;
  startsAt: string;
  endsAt: string;
  location: string | null;
  meetingUrl: string | null;
  status: 'scheduled' | 'cancelled';
  sequence: number;
  updatedAt: string;
  /** A slot offered for booking: its offer and seats. */
  offer: { id: string; seats: number; booked: number } | null;
  recruiters: { id: string; name: string }[];
  invitees: CalendarInvitee[];
}

const MAX_DURATION_MS = MAX_DURATION_MINUTES * 60_000;

/**
 * The interviews the filter selects, as a query to select from or to use as a subquery. Overlap is
 * `starts_at < to and ends_at > from`; since no interview lasts longer than the longest duration offered, it also
 * bounds `starts_at` from below, so the (organisation_id, starts_at) index reads just the window.
 */
function interviewsOf(db: Db, organisationId: string, filter: CalendarFilter) {
  let query = db
    .selectFrom('interviews')
    .where('interviews.organisation_id', '=', organisationId)
    .where('interviews.starts_at', '<', filter.to.toISOString())
    .where('interviews.starts_at', '>', new Date(filter.from.getTime() - MAX_DURATION_MS).toISOString())
    .where('interviews.ends_at', '>', filter.from.toISOString());
  if (filter.projectId !== undefined) query = query.where('interviews.project_id', '=', filter.projectId);
  if (filter.scheduledOnly) query = query.where('interviews.status', '=', 'scheduled');
  const { recruiterId } = filter;
  if (recruiterId !== undefined) {
    query = query.where('interviews.id', 'in', (eb) =>
      eb
        .selectFrom('interview_recruiters')
        .select('interview_recruiters.interview_id')
        .where('interview_recruiters.organisation_id', '=', organisationId)
        .where('interview_recruiters.user_id', '=', recruiterId),
    );
  }
  return query;
}

/**
 * The interviews of the recruitment calendar with their project, recruiters, invitees and reminders: four queries
 * (three without reminders) however many interviews there are. The later queries select their interviews by the
 * same filter as a subquery rather than by a list of ids, so a full quarter stays within every engine's limit
 * on parameters. Every query is limited to the organisation.
 */
export async function listCalendarEntries(db: Db, organisationId: string, filter: CalendarFilter): Promise<CalendarEntry[]> {
  const interviewIds = () => interviewsOf(db, organisationId, filter).select('interviews.id');
  const [interviews, recruiters, invitees, reminders] = await Promise.all([
    interviewsOf(db, organisationId, filter)
      .innerJoin('projects', 'projects.id', 'interviews.project_id')
      .select([
        'interviews.id',
        'interviews.project_id',
        'projects.title as project_title',
        'interviews.type',
        'interviews.starts_at',
        'interviews.ends_at',
        'interviews.location',
        'interviews.meeting_url',
        'interviews.status',
        'interviews.sequence',
        'interviews.updated_at',
        'interviews.offer_id',
        'interviews.seats',
        'interviews.booked_seats',
      ])
      .where('projects.organisation_id', '=', organisationId)
      .orderBy('interviews.starts_at')
      .orderBy('interviews.id')
      .execute(),
    db
      .selectFrom('interview_recruiters')
      .innerJoin('users', 'users.id', 'interview_recruiters.user_id')
      .select(['interview_recruiters.interview_id', 'users.id', 'users.name'])
      .where('interview_recruiters.organisation_id', '=', organisationId)
      .where('interview_recruiters.interview_id', 'in', interviewIds())
      .orderBy('users.name')
      .orderBy('users.id')
      .execute(),
    db
      .selectFrom('invitations')
      .innerJoin('applications', 'applications.id', 'invitations.application_id')
      .innerJoin('candidates', 'candidates.id', 'applications.candidate_id')
      .select([
        'invitations.id',
        'invitations.interview_id',
        'invitations.application_id',
        'applications.status as application_status',
        'invitations.response_status',
        'invitations.created_at',
        'invitations.updated_at',
        'candidates.id as candidate_id',
        'candidates.first_name',
        'candidates.last_name',
      ])
      .where('invitations.organisation_id', '=', organisationId)
      .where('invitations.interview_id', 'in', interviewIds())
      .orderBy('candidates.last_name')
      .orderBy('candidates.first_name')
      .orderBy('invitations.id')
      .execute(),
    filter.withReminders === false
      ? Promise.resolve([])
      : db
          .selectFrom('messages')
          .select(['invitation_id', 'status', 'next_attempt_at'])
          .where('organisation_id', '=', organisationId)
          .where('kind', '=', 'reminder')
          .where('invitation_id', 'in', (eb) =>
            eb
              .selectFrom('invitations')
              .select('invitations.id')
              .where('invitations.organisation_id', '=', organisationId)
              .where('invitations.interview_id', 'in', interviewIds()),
          )
          .orderBy('next_attempt_at')
          .orderBy('id')
          .execute(),
  ]);

  const remindersOf = new Map<string, CalendarInvitee['reminders']>();
  for (const row of reminders) {
    if (row.invitation_id === null) continue;
    const list = remindersOf.get(row.invitation_id) ?? [];
    list.push({ status: row.status, dueAt: row.next_attempt_at });
    remindersOf.set(row.invitation_id, list);
  }
  const entries = new Map<string, CalendarEntry>(
    interviews.map((row) => [
      row.id,
      {
        id: row.id,
        project: { id: row.project_id, title: row.project_title },
        type: row.type,
        startsAt: row.starts_at,
        endsAt: row.ends_at,
        location: row.location,
        meetingUrl: row.meeting_url,
        status: row.status,
        sequence: row.sequence,
        updatedAt: row.updated_at,
        offer: row.offer_id === null ? null : { id: row.offer_id, seats: row.seats, booked: row.booked_seats },
        recruiters: [],
        invitees: [],
      },
    ]),
  );
  // An interview written between the queries may show up in the later ones only; it is left for the next read.
  for (const row of recruiters) entries.get(row.interview_id)?.recruiters.push({ id: row.id, name: row.name });
  for (const row of invitees) {
    entries.get(row.interview_id)?.invitees.push({
      invitationId: row.id,
      applicationId: row.application_id,
      applicationStatus: row.application_status,
      candidate: { id: row.candidate_id, firstName: row.first_name, lastName: row.last_name },
      responseStatus: row.response_status,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      reminders: remindersOf.get(row.id) ?? [],
    });
  }
  return [...entries.values()];
}

/** Creates the user's feed, or replaces its token: the old address stops working at once. */
export async function saveCalendarFeed(
  db: Db,
  feed: { userId: string; organisationId: string; tokenHash: string },
  now: Date,
): Promise<void> {
  const row = { user_id: feed.userId, organisation_id: feed.organisationId, token_hash: feed.tokenHash, created_at: now.toISOString() };
  await db
    .insertInto('calendar_feeds')
    .values(row)
    .onConflict((conflict) =>
      conflict.column('user_id').doUpdateSet({ organisation_id: row.organisation_id, token_hash: row.token_hash, created_at: row.created_at }),
    )
    .execute();
}

/** Revokes the user's feed; returns whether there was one. */
export async function deleteCalendarFeed(db: Db, organisationId: string, userId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('calendar_feeds')
    .where('organisation_id', '=', organisationId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Whose feed a token hash opens, if any: the user and their organisation. */
export async function findCalendarFeedOwner(db: Db, tokenHash: string): Promise<{ userId: string; organisationId: string } | undefined> {
  const row = await db
    .selectFrom('calendar_feeds')
    .innerJoin('users', (join) =>
      join.onRef('users.id', '=', 'calendar_feeds.user_id').onRef('users.organisation_id', '=', 'calendar_feeds.organisation_id'),
    )
    .select(['calendar_feeds.user_id', 'calendar_feeds.organisation_id'])
    .where('calendar_feeds.token_hash', '=', tokenHash)
    .executeTakeFirst();
  return row && { userId: row.user_id, organisationId: row.organisation_id };
}
