import type { ApplicationStatus } from '../../domain/application-status.js';
import type { Language } from '../../domain/languages.js';
import type { Invitation, ResponseStatus } from '../../domain/invitation.js';
import { insertInChunks, isPostgres, type Db } from '../database.js';
import type { InvitationTable } from '../schema.js';
import { lockInterview } from './interviews.js';

export async function insertInvitations(db: Db, invitations: Omit<InvitationTable, 'updated_at'>[]): Promise<void> {
  await insertInChunks(db, 'invitations', invitations.map((row) => ({ ...row, updated_at: row.created_at })));
}

function toInvitation(row: InvitationTable): Invitation {
  return {
    id: row.id,
    interviewId: row.interview_id,
    applicationId: row.application_id,
    responseStatus: row.response_status,
    language: row.language,
    createdAt: row.created_at,
  };
}

export async function listApplicationInvitations(db: Db, organisationId: string, applicationId: string): Promise<Invitation[]> {
  const rows = await db
    .selectFrom('invitations')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('application_id', '=', applicationId)
    .orderBy('created_at')
    .execute();
  return rows.map(toInvitation);
}

/** Every invitation to an interview, whatever its answer. */
export async function listInterviewInvitations(db: Db, organisationId: string, interviewId: string): Promise<Invitation[]> {
  const rows = await db
    .selectFrom('invitations')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('interview_id', '=', interviewId)
    .orderBy('created_at')
    .execute();
  return rows.map(toInvitation);
}

/**
 * The invitations an interview still has: not those whose candidate withdrew, nor a booking the candidate gave back
 * (which stays on the offered slot as history), so that a change or cancellation tells only who still comes.
 */
export async function listStandingInvitations(db: Db, organisationId: string, interviewId: string): Promise<Invitation[]> {
  return (await listInterviewInvitations(db, organisationId, interviewId)).filter((i) => i.responseStatus !== 'not_relevant' && i.responseStatus !== 'cancelled');
}

export interface InvitationInContext extends Invitation {
  interviewStartsAt: string;
  applicationStatus: ApplicationStatus;
}

/** An invitation with what deciding on an answer needs: when its interview starts, where its application stands. */
async function findInvitationInContext(db: Db, organisationId: string, invitationId: string): Promise<InvitationInContext | undefined> {
  const row = await db
    .selectFrom('invitations')
    .innerJoin('interviews', 'interviews.id', 'invitations.interview_id')
    .innerJoin('applications', 'applications.id', 'invitations.application_id')
    .selectAll('invitations')
    .select(['interviews.starts_at as interview_starts_at', 'applications.status as application_status'])
    .where('invitations.organisation_id', '=', organisationId)
    .where('invitations.id', '=', invitationId)
    .executeTakeFirst();
  if (!row) return undefined;
  const { interview_starts_at, application_status, ...invitation } = row;
  return { ...toInvitation(invitation), interviewStartsAt: interview_starts_at, applicationStatus: application_status };
}

export async function setResponseStatus(db: Db, organisationId: string, invitationId: string, status: ResponseStatus, now: Date): Promise<void> {
  await db
    .updateTable('invitations')
    .set({ response_status: status, updated_at: now.toISOString() })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', invitationId)
    .execute();
}

/** Moves an invitation to another interview with an answer: a candidate who booked another offered time. */
export async function moveInvitation(db: Db, organisationId: string, invitationId: string, interviewId: string, status: ResponseStatus, now: Date): Promise<void> {
  await db
    .updateTable('invitations')
    .set({ interview_id: interviewId, response_status: status, updated_at: now.toISOString() })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', invitationId)
    .execute();
}

/** Sets the response status of an interview's invitations, except those whose candidate has withdrawn. */
export async function setInterviewResponseStatus(db: Db, organisationId: string, interviewId: string, status: ResponseStatus, now: Date): Promise<void> {
  await db
    .updateTable('invitations')
    .set({ response_status: status, updated_at: now.toISOString() })
    .where('organisation_id', '=', organisationId)
    .where('interview_id', '=', interviewId)
    .where('response_status', 'not in', ['not_relevant', 'cancelled'])
    .execute();
}

/**
 * The invitation in context, with its interview held until the transaction ends (see lockInterview) and read under
 * that lock: another answer, a move or a cancellation may have been committed between the first read and the lock.
 * SQLite's transactions already run one at a time, so there one read is the whole of it.
 */
export async function lockInvitationInContext(db: Db, organisationId: string, invitationId: string): Promise<InvitationInContext | undefined> {
  const found = await findInvitationInContext(db, organisationId, invitationId);
  if (!found || !isPostgres(db)) return found;
  await lockInterview(db, organisationId, found.interviewId);
  return findInvitationInContext(db, organisationId, invitationId);
}

/** Invitations with their interview, its project, the application, its candidate and the organisation, to select from. */
export function invitationsInFull(db: Db) {
  return db
    .selectFrom('invitations')
    .innerJoin('interviews', 'interviews.id', 'invitations.interview_id')
    .innerJoin('projects', 'projects.id', 'interviews.project_id')
    .innerJoin('applications', 'applications.id', 'invitations.application_id')
    .innerJoin('candidates', 'candidates.id', 'applications.candidate_id')
    .innerJoin('organisations', 'organisations.id', 'invitations.organisation_id');
}

/** What telling an interview's recruiters of a candidate's answer needs. */
export interface AnswerNoticeFacts {
  interviewId: string;
  applicationId: string;
  startsAt: string;
  endsAt: string;
  jobTitle: string;
  candidate: { firstName: string; lastName: string; email: string };
  organisation: { defaultLanguage: Language; timeZone: string; defaultSenderAddress: string };
  /** The participating recruiters' addresses, in name order. */
  recruiterEmails: string[];
}

/**
 * The facts of an answer's notice in one query, a row per participating recruiter: the answer holds its interview's
 * row meanwhile on PostgreSQL, so every round trip saved is time another answer to it does not wait.
 */
export async function answerNoticeFacts(db: Db, organisationId: string, invitationId: string): Promise<AnswerNoticeFacts | undefined> {
  const rows = await invitationsInFull(db)
    .leftJoin('interview_recruiters', (join) =>
      join.onRef('interview_recruiters.interview_id', '=', 'interviews.id').onRef('interview_recruiters.organisation_id', '=', 'invitations.organisation_id'),
    )
    .leftJoin('users', 'users.id', 'interview_recruiters.user_id')
    .select([
      'interviews.id as interview_id',
      'interviews.starts_at',
      'interviews.ends_at',
      'projects.title as job_title',
      'applications.id as application_id',
      'candidates.first_name',
      'candidates.last_name',
      'candidates.email as candidate_email',
      'organisations.default_language',
      'organisations.time_zone',
      'organisations.default_sender_address',
      'users.email as recruiter_email',
    ])
    .where('invitations.organisation_id', '=', organisationId)
    .where('invitations.id', '=', invitationId)
    .orderBy('users.name')
    .execute();
  const [first] = rows;
  if (!first) return undefined;
  return {
    interviewId: first.interview_id,
    applicationId: first.application_id,
    startsAt: first.starts_at,
    endsAt: first.ends_at,
    jobTitle: first.job_title,
    candidate: { firstName: first.first_name, lastName: first.last_name, email: first.candidate_email },
    organisation: { defaultLanguage: first.default_language as Language, timeZone: first.time_zone, defaultSenderAddress: first.default_sender_address },
    recruiterEmails: rows.flatMap((row) => (row.recruiter_email === null ? [] : [row.recruiter_email])),
  };
}
