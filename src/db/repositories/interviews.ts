import type { Interview, Participant } from '../../domain/interview.js';
import { insertInChunks, isPostgres, type Db } from '../database.js';
import type { Insertable, Selectable } from 'kysely';
import type { InterviewTable } from '../schema.js';

export type NewInterview = Omit<Insertable<InterviewTable>, 'updated_at'> & { recruiterIds: string[] };

export async function insertInterviews(db: Db, interviews: NewInterview[]): Promise<void> {
  await insertInChunks(
    db,
    'interviews',
    interviews.map(({ recruiterIds, ...row }) => ({ ...row, updated_at: row.created_at })),
  );
  await insertInChunks(
    db,
    'interview_recruiters',
    interviews.flatMap((interview) =>
      interview.recruiterIds.map((userId) => ({ interview_id: interview.id, user_id: userId, organisation_id: interview.organisation_id })),
    ),
  );
}

/** The recruiters of the given interviews, in name order, in one query however many interviews there are. */
export async function recruitersOf(db: Db, organisationId: string, interviewIds: string[]): Promise<Map<string, Participant[]>> {
  const byInterview = new Map<string, Participant[]>(interviewIds.map((id) => [id, []]));
  if (interviewIds.length === 0) return byInterview;
  const rows = await db
    .selectFrom('interview_recruiters')
    .innerJoin('users', 'users.id', 'interview_recruiters.user_id')
    .select(['interview_recruiters.interview_id', 'users.id', 'users.name', 'users.email'])
    .where('interview_recruiters.organisation_id', '=', organisationId)
    .where('interview_recruiters.interview_id', 'in', interviewIds)
    .orderBy('users.name')
    .execute();
  for (const row of rows) byInterview.get(row.interview_id)?.push({ id: row.id, name: row.name, email: row.email });
  return byInterview;
}

function toInterview(row: Selectable<InterviewTable>, recruiters: Participant[]): Interview {
  return {
    id: row.id,
    projectId: row.project_id,
    type: row.type,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    durationMinutes: row.duration_minutes,
    location: row.location,
    meetingUrl: row.meeting_url,
    recruiters,
    sequence: row.sequence,
    status: row.status,
    offerId: row.offer_id,
  };
}

export async function findInterviews(db: Db, organisationId: string, interviewIds: string[]): Promise<Interview[]> {
  if (interviewIds.length === 0) return [];
  const rows = await db
    .selectFrom('interviews')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', interviewIds)
    .orderBy('starts_at')
    .execute();
  const recruiters = await recruitersOf(db, organisationId, rows.map((row) => row.id));
  return rows.map((row) => toInterview(row, recruiters.get(row.id) ?? []));
}

/**
 * Holds the interview's row until the transaction ends, so that what changes one interview (an answer, a move, a
 * cancellation) runs one at a time instead of deciding on what another is overwriting: PostgreSQL's READ COMMITTED
 * lets two transactions read the same state and then both write. SQLite needs nothing: one process runs its
 * transactions one after another, and a transaction of another process that would write over a newer commit fails.
 */
export async function lockInterview(db: Db, organisationId: string, interviewId: string): Promise<void> {
  if (!isPostgres(db)) return;
  await db.selectFrom('interviews').select('id').where('organisation_id', '=', organisationId).where('id', '=', interviewId).forUpdate().execute();
}

export interface Booking {
  recruiterId: string;
  recruiterName: string;
  interviewId: string;
  startsAt: string;
  endsAt: string;
  /** A time offered for booking that nobody has booked yet: the recruiter is not busy then, but may become so. */
  freeOfferedSlot: boolean;
}

/** Scheduled interviews of these recruiters that overlap the window: one query for a whole bulk invitation. */
export async function bookingsBetween(
  db: Db,
  organisationId: string,
  recruiterIds: string[],
  from: Date,
  to: Date,
): Promise<Booking[]> {
  if (recruiterIds.length === 0) return [];
  const rows = await db
    .selectFrom('interviews')
    .innerJoin('interview_recruiters', 'interview_recruiters.interview_id', 'interviews.id')
    .innerJoin('users', 'users.id', 'interview_recruiters.user_id')
    .select(['users.id as recruiter_id', 'users.name', 'interviews.id', 'interviews.starts_at', 'interviews.ends_at', 'interviews.offer_id', 'interviews.booked_seats'])
    .where('interviews.organisation_id', '=', organisationId)
    .where('interviews.status', '=', 'scheduled')
    .where('interview_recruiters.user_id', 'in', recruiterIds)
    .where('interviews.starts_at', '<', to.toISOString())
    .where('interviews.ends_at', '>', from.toISOString())
    .orderBy('interviews.starts_at')
    .orderBy('users.name')
    .execute();
  return rows.map((row) => ({
    recruiterId: row.recruiter_id,
    recruiterName: row.name,
    interviewId: row.id,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    freeOfferedSlot: row.offer_id !== null && row.booked_seats === 0,
  }));
}

/** Marks an interview cancelled and raises its sequence, so calendars take the cancellation as the newer version. */
export async function cancelInterview(db: Db, organisationId: string, interviewId: string, now: Date): Promise<void> {
  await db
    .updateTable('interviews')
    .set((eb) => ({ status: 'cancelled', sequence: eb('sequence', '+', 1), updated_at: now.toISOString() }))
    .where('organisation_id', '=', organisationId)
    .where('id', '=', interviewId)
    .execute();
}

/** Moves or changes an interview and raises its sequence, so calendars take this as the newer version. */
export async function changeInterview(
  db: Db,
  organisationId: string,
  interviewId: string,
  fields: Pick<InterviewTable, 'starts_at' | 'ends_at' | 'duration_minutes' | 'location' | 'meeting_url'>,
  now: Date,
): Promise<void> {
  await db
    .updateTable('interviews')
    .set((eb) => ({ ...fields, sequence: eb('sequence', '+', 1), updated_at: now.toISOString() }))
    .where('organisation_id', '=', organisationId)
    .where('id', '=', interviewId)
    .execute();
}

export async function replaceInterviewRecruiters(db: Db, organisationId: string, interviewId: string, userIds: string[]): Promise<void> {
  await db.deleteFrom('interview_recruiters').where('organisation_id', '=', organisationId).where('interview_id', '=', interviewId).execute();
  await insertInChunks(
    db,
    'interview_recruiters',
    userIds.map((userId) => ({ interview_id: interviewId, user_id: userId, organisation_id: organisationId })),
  );
}
