import type { Invitation } from '../../domain/invitation.js';
import { insertInChunks, type Db } from '../database.js';
import type { InvitationTable } from '../schema.js';

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
